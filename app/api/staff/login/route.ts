import { cookies } from "next/headers";
import { cookieNames } from "@/lib/server/auth/config";
import { readSessionCookie, sessionCookie } from "@/lib/server/auth/options";
import { loginPath, safeCallbackPath } from "@/lib/server/auth/session";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { revokeSession } from "@/lib/server/auth/staff-sessions";
import { getDb } from "@/lib/server/db/client";
import { formRoute, text } from "@/lib/server/http/form-route";
import { isSameOriginPost } from "@/lib/server/http/same-origin";
import { clientIp } from "@/lib/server/rate-limit";
import { seeOther } from "@/lib/server/urls";

// The sign-in form posts here, with or without JavaScript. A route of our own rather than next-auth's
// credentials callback, because that one needs a CSRF token matching a cookie that a server-rendered
// page cannot set; this route checks Origin instead, and issues the same next-auth session cookie.
const ERROR_CODES: Partial<Record<string, string>> = {
  "rate-limited": "rate-limited",
  "demo-only": "demo",
  "password-off": "password-off",
};

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
  if (!result.ok) {
    const error = ERROR_CODES[result.reason] ?? "credentials";
    return seeOther(loginPath(locale, { callbackUrl, error }));
  }

  const jar = await cookies();
  // A new sign-in in the same browser ends the session it had, rather than leaving it open.
  const previous = await readSessionCookie(jar.get(cookieNames().session)?.value);
  if (previous) await revokeSession(db, previous.sid);
  const cookie = await sessionCookie(result.userId, "password");
  jar.set(cookie.name, cookie.value, cookie.options);
  return seeOther(callbackUrl);
});
