import type { WorkflowAction } from "@/lib/domain/workflow";
import type { PayloadInput, WorkflowCommand } from "@/lib/domain/workflow-payloads";
import { performAction } from "@/lib/server/staff/perform-action";

// Workflow moves made by a lots, as the case page's forms make them.

/** The move `action` on `request` at the version it was read with, made by the lots `lotsId`. */
export function actAsLots<A extends WorkflowAction>(
  lotsId: string,
  request: { id: string; version: number },
  action: A,
  payload: PayloadInput<A>,
) {
  const command = { requestId: request.id, expectedVersion: request.version, action, payload };
  return performAction({ id: lotsId, roles: ["LOTS"] }, command as WorkflowCommand);
}
