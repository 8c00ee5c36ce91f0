import "server-only";
import { availableActions, type Role, type WorkflowAction } from "@/lib/domain/workflow";
import { getDb } from "../db/client";
import { getWorkflowSettings } from "../workflow-settings";
import { workflowContext } from "./case-context";
import type { CaseDetail } from "./case-detail";

/** The workflow moves these roles may make on the case now (none once it has ended). */
export async function caseActionsFor(
  roles: Role[],
  request: CaseDetail["request"],
): Promise<WorkflowAction[]> {
  if (request.status !== "OPEN" || !request.step) return [];
  const [settings, context] = await Promise.all([
    getWorkflowSettings(),
    workflowContext(await getDb(), request.id),
  ]);
  return availableActions(
    { kind: "staff", roles },
    { status: "OPEN", step: request.step, kind: request.kind },
    context,
    settings,
  );
}
