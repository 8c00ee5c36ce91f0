import { readLegalHoldForm } from "@/lib/domain/retention";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { setLegalHold } from "@/lib/server/retention/legal-hold";
import { answerFailure, backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// Sets or clears a case's legal hold (audited in setLegalHold).
export const POST = staffFormRoute("setLegalHold", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/legal-hold");
  const read = readLegalHoldForm((n) => String(form.get(n) ?? ""));
  const target = { page, form: "legal-hold", keep: form, at: "?fel=1#fel" };
  if (!read.ok) return backWithErrors(target, read.errors);
  const result = await setLegalHold(read.command, session.user.id);
  if (!result.ok) return answerFailure(result, { ...target, field: "registrationNumber" });
  const ok = !result.changed ? "unchanged" : read.command.hold ? "set" : "cleared";
  return seeOther(`${page}?ok=${ok}#hold-heading`);
});
