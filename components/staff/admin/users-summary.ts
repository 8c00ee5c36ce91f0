import type { SummaryError } from "@/components/form/error-summary";
import type { Flash } from "@/lib/server/staff/flash";
import type { SecondFactorT } from "./users-table";

/** The error summary of the users page: which form failed, and the field ids its errors point to. */
export function usersSummary(
  flash: Flash | null,
  err: (code: string | undefined) => string | undefined,
  mfa: SecondFactorT,
): SummaryError[] {
  const summary: SummaryError[] = [];
  if (flash?.form === "invite") {
    for (const [field, code] of Object.entries(flash.errors)) {
      summary.push({
        fieldId: field === "roles" ? "invite-roles-LOTS" : `invite-${field}`,
        message: err(code)!,
      });
    }
  } else if (flash?.form.startsWith("roles-")) {
    const id = flash.form.slice("roles-".length);
    for (const [field, code] of Object.entries(flash.errors)) {
      summary.push({
        fieldId: field === "expertKind" ? `kind-${id}` : `roles-${id}-LOTS`,
        message: err(code)!,
      });
    }
  } else if (flash?.form.startsWith("mfa-")) {
    for (const [field, code] of Object.entries(flash.errors))
      summary.push({ fieldId: field, message: mfa(`errors.${code}` as "errors.self") });
  } else if (flash?.form.startsWith("status-")) {
    for (const [field, code] of Object.entries(flash.errors))
      summary.push({ fieldId: field, message: err(code)! });
  }
  return summary;
}
