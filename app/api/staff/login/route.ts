import { loginPath, safeCallbackPath } from "@/lib/server/auth/session";
import { startBrowserSession } from "@/lib/server/auth/browser-session";
import { setPendingCookie } from "@/lib/server/auth/pending-sign-in";
import { afterPassword } from "@/lib/server/auth/second-step";
import { signInErrorCode, signInWithPassword } from "@/lib/server/auth/sign-in";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { isSameOriginPost } from "@/lib/server/http/same-origin";
import { clientIp } from "@/lib/server/rate-limit";
import { pagePath, seeOther } from "@/lib/server/urls";

// The sign-in form posts here, with or without JavaScript. A route of our own rather than next-auth's
// credentials callback, because that one needs a CSRF token matching a cookie that a server-rendered
// page cannot set; this route checks Origin instead, and issues the same next-auth session cookie.
// When a second factor is needed there is no session yet, only a wait for the code (second-step.ts).
export const POST = formRoute(async ({ request, form, locale }) => {
  const callbackUrl = safeCallbackPath(text(form, "callbackUrl"), locale);
  if (!isSameOriginPost(request.headers))
    return seeOther(loginPath(locale, { callbackUrl, error: "failed" }));

  const db = await getDb();
  const result = await signInWithPassword(db, {
    email: text(form, "email"),
    password: text(form, "password"),
    ip: clientIp(request.headers),
  });
  if (!result.ok) return seeOther(loginPath(locale, { callbackUrl, error: signInErrorCode(result.code) }));
  const step = await afterPassword(db, result.userId, callbackUrl);
  if (step.next === "session") {
    await startBrowserSession(db, result.userId, "password");
    return seeOther(callbackUrl);
  }
  await setPendingCookie(step.token);
  return seeOther(pagePath(locale, step.next === "verify" ? "/staff/login/code" : "/staff/login/setup"));
});
