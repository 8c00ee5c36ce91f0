import { startBrowserSession } from "@/lib/server/auth/browser-session";
import { clearPendingCookie, pendingCookie } from "@/lib/server/auth/pending-sign-in";
import { verifyPendingCode } from "@/lib/server/auth/second-step";
import { loginPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { clientIp } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// The second step of a password sign-in: the pending-sign-in cookie names who, the code proves it.
export const POST = formRoute(async ({ request, form, locale }) => {
  const db = await getDb();
  const code = text(form, "code").trim().slice(0, 100);
  const page = pagePath(locale, "/staff/login/code");
  if (!code) return seeOther(`${page}?error=empty#fel`);
  const token = await pendingCookie();
  const result = await verifyPendingCode(db, { token, code, ip: clientIp(request.headers) });
  if (!result.ok && result.code !== "expired") return seeOther(`${page}?error=${result.code}#fel`);
  await clearPendingCookie();
  if (!result.ok) return seeOther(loginPath(locale, { error: "expired" }));
  await startBrowserSession(db, result.userId, "password");
  return seeOther(result.callbackUrl);
});
