import { readLegalHoldForm } from "@/lib/domain/retention";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { setLegalHold } from "@/lib/server/retention/legal-hold";
import { formValues, setFlash } from "@/lib/server/staff/flash";
import { pagePath, seeOther } from "@/lib/server/urls";

// Sets or clears a case's legal hold (audited in setLegalHold).
export const POST = staffFormRoute("setLegalHold", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/legal-hold");
  const read = readLegalHoldForm((n) => String(form.get(n) ?? ""));
  const result = read.ok ? await setLegalHold(read.command, session.user.id) : null;
  if (!read.ok || !result?.ok) {
    const errors = read.ok ? { registrationNumber: "notFound" } : read.errors;
    await setFlash({ form: "legal-hold", values: formValues(form), errors });
    return seeOther(`${page}?fel=1#fel`);
  }
  const ok = !result.changed ? "unchanged" : read.command.hold ? "set" : "cleared";
  return seeOther(`${page}?ok=${ok}#hold-heading`);
});
