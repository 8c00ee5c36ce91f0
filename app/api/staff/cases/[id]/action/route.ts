import { notFoundResponse } from "@/lib/server/http/html-page";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import { PAYLOADS, type WorkflowCommand } from "@/lib/domain/workflow-payloads";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { formValues, setFlash } from "@/lib/server/staff/flash";
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
    if (result.code === "notFound") return notFoundResponse();
    if (result.code === "conflict") return seeOther(`${page}?fel=conflict#fel`);
    if (result.code === "refused")
      return seeOther(
        `${page}?fel=refused&reason=${result.reason}${result.detail ? `&detail=${result.detail}` : ""}#fel`,
      );
    if (result.code !== "invalid") return seeOther(page);
    await setFlash({ form: action, values: formValues(form), errors: result.errors });
    return seeOther(`${page}?form=${action}#${action}`);
  },
);
