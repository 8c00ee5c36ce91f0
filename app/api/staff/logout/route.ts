import { forbiddenResponse } from "@/lib/server/http/html-page";
import { cookies } from "next/headers";
import { cookieNames, cookieOptions } from "@/lib/server/auth/config";
import { readSessionCookie } from "@/lib/server/auth/options";
import { loginPath } from "@/lib/server/auth/session";
import { revokeSession } from "@/lib/server/auth/staff-sessions";
import { getDb } from "@/lib/server/db/client";
import { formRoute } from "@/lib/server/http/form-route";
import { isSameOriginPost } from "@/lib/server/http/same-origin";
import { logger } from "@/lib/server/log";
import { seeOther } from "@/lib/server/urls";

// The sign-out button posts here: the session row is revoked (so a copied cookie is dead too), the
// cookie is cleared, and the browser goes to the sign-in page.
export const POST = formRoute(async ({ request, locale }) => {
  if (!isSameOriginPost(request.headers)) return forbiddenResponse();
  const jar = await cookies();
  const name = cookieNames().session;
  const token = await readSessionCookie(jar.get(name)?.value);
  if (token) {
    await revokeSession(await getDb(), token.sid);
    logger.info({ event: "signout", userId: token.sub }, "staff signed out");
  }
  jar.set(name, "", { ...cookieOptions(), maxAge: 0 });
  return seeOther(loginPath(locale, { signedOut: true }));
});
