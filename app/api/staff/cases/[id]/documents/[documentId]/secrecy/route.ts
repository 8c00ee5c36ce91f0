import { secrecyMarkingFormSchema } from "@/lib/domain/case-documents";
import { staffCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { markSecrecy } from "@/lib/server/records/mark-secrecy";
import { pagePath } from "@/lib/server/urls";

type Params = { id: string; documentId: string };
const documentsPage = ({ locale, params: { id } }: CommandScope<Params>) =>
  pagePath(locale, { pathname: "/staff/cases/[id]/documents", params: { id } });

export const POST = staffCommandRoute("markDocumentSecrecy", {
  schema: secrecyMarkingFormSchema,
  form: (scope: CommandScope<Params>) => {
    const form = `marking-${scope.params.documentId}`;
    return { page: documentsPage(scope), form, at: `?form=${form}#fel` };
  },
  run: (user, marking, { id, documentId }) => markSecrecy({ user, requestId: id, documentId, marking }),
  done: (scope) => `${documentsPage(scope)}?ok=marking#doc-${scope.params.documentId}`,
});
