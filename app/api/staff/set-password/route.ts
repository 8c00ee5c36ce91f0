import { checkNewPassword } from "@/lib/server/auth/password-policy";
import { loginPath } from "@/lib/server/auth/session";
import { formRoute, text } from "@/lib/server/http/form-route";
import { setPasswordWithToken } from "@/lib/server/staff/admin-users";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";
import { setPasswordSchema } from "@/lib/domain/admin-schemas";

// Public: the signed invitation token is the only credential. Passwords never go into the flash cookie.
export const POST = formRoute(async ({ form, locale }) => {
  const token = text(form, "token");
  const password = text(form, "password");
  const back = `${pagePath(locale, "/staff/set-password")}?token=${encodeURIComponent(token)}`;
  const errors: Record<string, string> = {};
  const policy = checkNewPassword(password);
  if (!policy.ok) errors.password = policy.code;
  const parsed = setPasswordSchema.safeParse({ token, password, confirm: text(form, "confirm") });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "token");
      errors[key] ??= key === "token" ? "invalidToken" : issue.message;
    }
  }
  if (Object.keys(errors).length === 0) {
    const result = await setPasswordWithToken(token, password);
    if (result.ok) return seeOther(loginPath(locale));
    errors[result.code === "invalidToken" ? "token" : "password"] = result.code;
  }
  return backWithErrors(
    { page: back, form: "set-password", keep: null, at: "&fel=set-password#fel" },
    errors,
  );
});
