import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { markSecrecy } from "@/lib/server/records/mark-secrecy";
import { answerFailure } from "@/lib/server/http/answer";
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
    const name = `marking-${documentId}`;
    return answerFailure(result, { page, form: name, keep: form, at: `?form=${name}#fel` });
  },
);
