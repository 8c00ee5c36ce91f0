import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import { PAYLOADS, type WorkflowCommand } from "@/lib/domain/workflow-payloads";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { answerFailure } from "@/lib/server/http/answer";
import { performAction } from "@/lib/server/staff/perform-action";
import { pagePath, seeOther } from "@/lib/server/urls";

// Every workflow move on the case page posts here. Who may make it is decided by performAction
// (lib/domain/workflow); this route only admits the roles that have moves at all.
export const POST = staffFormRoute<{ id: string }>(
  "actOnCases",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/cases/[id]", params: { id } });
    const action = text(form, "action") as WorkflowAction;
    if (!WORKFLOW_ACTIONS.includes(action)) return seeOther(page);
    const payload = formToObject(PAYLOADS[action], form);
    const command = { requestId: id, expectedVersion: Number(text(form, "version")), action, payload };
    const result = await performAction(session.user, command as WorkflowCommand);
    if (result.ok) return seeOther(`${page}?ok=${action}`);
    if (result.code === "refused")
      return seeOther(
        `${page}?fel=refused&reason=${result.reason}${result.detail ? `&detail=${result.detail}` : ""}#fel`,
      );
    return answerFailure(result, { page, form: action, keep: form, at: `?form=${action}#${action}` });
  },
);
