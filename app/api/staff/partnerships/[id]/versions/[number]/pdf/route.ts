import { pdfFile, staffDownloadRoute } from "@/lib/server/http/download";
import { versionPdf } from "@/lib/server/signing/versions";

// A frozen version's stored PDF, or (?signed=1) the signed one, for everyone who may see partnerships.
export const GET = staffDownloadRoute<{ id: string; number: string }>(
  "viewPartnerships",
  async ({ query }, { id, number }) => {
    const signed = query.get("signed") === "1";
    const bytes = await versionPdf(id, Number(number), signed);
    if (!bytes) return null;
    return {
      file: pdfFile(`avtal-v${Number(number)}${signed ? "-undertecknat" : ""}.pdf`, bytes),
      read: { entity: "agreement_version", entityId: `${id}/${Number(number)}` },
    };
  },
);
