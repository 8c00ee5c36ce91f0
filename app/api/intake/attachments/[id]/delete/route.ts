import { getDb } from "@/lib/server/db/client";
import { removeAttachment } from "@/lib/server/files/attachments";
import { formRoute } from "@/lib/server/http/form-route";
import { currentApplicantRequest } from "@/lib/server/intake/applicant-session";
import { pagePath, seeOther } from "@/lib/server/urls";

// Removes a file from the browser's own draft (removeAttachment checks it belongs to that draft).
export const POST = formRoute<{ id: string }>(async ({ locale }, { id }) => {
  const draft = await currentApplicantRequest("COLLABORATION");
  if (!draft || draft.status !== "DRAFT") return seeOther(pagePath(locale, "/forfragan"));
  const removed = await removeAttachment(await getDb(), { requestId: draft.id, attachmentId: id });
  return seeOther(`${pagePath(locale, "/forfragan/bilagor")}${removed ? "?ok=removed" : ""}`);
});
