import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { forbiddenResponse, notFoundResponse } from "@/lib/server/http/html-page";
import { markSecrecy } from "@/lib/server/records/mark-secrecy";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string; documentId: string }>(
  "markDocumentSecrecy",
  async ({ form, locale, session }, { id, documentId }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });
    const result = await markSecrecy({
      user: session.user,
      requestId: id,
      documentId,
      marking: { marking: text(form, "marking"), paragraph: text(form, "paragraph") },
    });
    if (result.ok) return seeOther(`${page}?ok=marking#doc-${documentId}`);
    if (result.code !== "invalid")
      return result.code === "forbidden" ? forbiddenResponse() : notFoundResponse();
    await setFlash({ form: `marking-${documentId}`, values: formValues(form), errors: result.errors });
    return seeOther(`${page}?form=marking-${documentId}#fel`);
  },
);
