import { staffDownloadRoute } from "@/lib/server/http/download";
import { currentExtract } from "@/lib/server/privacy/current-extract";
import { extractDownload } from "@/lib/server/privacy/extract-documents";

// The extract on screen as a PDF or JSON file; which identifier comes from the page's cookie.
export const GET = staffDownloadRoute<{ format: string }>(
  "handlePersonalData",
  async ({ session, locale }, { format }) => {
    const identifier = await currentExtract();
    if ((format !== "json" && format !== "pdf") || !identifier) return null;
    const file = await extractDownload(session, identifier, format, locale);
    return file && { file };
  },
);
