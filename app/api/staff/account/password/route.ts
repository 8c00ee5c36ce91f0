import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { getDb } from "@/lib/server/db/client";
import { text } from "@/lib/server/http/form-route";
import { clientIp } from "@/lib/server/rate-limit";
import { changeOwnPassword } from "@/lib/server/staff/account";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

const FIELD = { wrongPassword: "current", rateLimited: "current", mismatch: "confirm" } as const;

// Passwords never go into the flash cookie: a failed change comes back with the errors only.
export const POST = staffFormRoute(null, async ({ request, form, locale, session }) => {
  const page = pagePath(locale, "/staff/account");
  const result = await changeOwnPassword(await getDb(), {
    userId: session.user.id,
    sessionId: session.sessionId,
    current: text(form, "current"),
    password: text(form, "password"),
    confirm: text(form, "confirm"),
    ip: clientIp(request.headers),
  });
  if (result.ok) return seeOther(`${page}?ok=password`);
  const field = FIELD[result.code as keyof typeof FIELD] ?? "password";
  return backWithErrors({ page, form: "password", keep: null }, { [field]: result.code });
});
