import { stashNewCodes, startBrowserSession } from "@/lib/server/auth/browser-session";
import { clearPendingCookie, pendingCookie, readPendingSignIn } from "@/lib/server/auth/pending-sign-in";
import { confirmOwnSetup, confirmPendingSetup } from "@/lib/server/auth/second-step";
import { getStaffSession, loginPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { clientIp } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// The first code from a newly set-up app: during sign-in (the pending cookie) or from the account page
// (a session). Either way the recovery codes go to the page that shows them once.
export const POST = formRoute(async ({ request, form, locale }) => {
  const db = await getDb();
  const code = text(form, "code").trim().slice(0, 100);
  const page = pagePath(locale, "/staff/login/setup");
  if (!code) return seeOther(`${page}?error=empty#fel`);
  const ip = clientIp(request.headers);
  const token = await pendingCookie();
  // A sign-in waiting for setup comes first; otherwise a signed-in person setting up from their account.
  const pending = await readPendingSignIn(db, token);
  const session = pending?.stage === "setup" ? null : await getStaffSession();
  const result = session
    ? await confirmOwnSetup(db, { userId: session.user.id, email: session.user.email, code, ip })
    : await confirmPendingSetup(db, { token, code, ip });
  if (!result.ok && result.code !== "expired") return seeOther(`${page}?error=${result.code}#fel`);
  if (!session) await clearPendingCookie();
  if (!result.ok) return seeOther(loginPath(locale, { error: "expired" }));
  if (!session) await startBrowserSession(db, result.userId, "password");
  await stashNewCodes(result.userId, result.codes, result.callbackUrl || pagePath(locale, "/staff/account"));
  return seeOther(pagePath(locale, "/staff/account/recovery-codes"));
});
