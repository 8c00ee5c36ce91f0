import { clearNewCodes, readNewCodes, stashNewCodes } from "@/lib/server/auth/browser-session";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { beginSetup, regenerateRecoveryCodes } from "@/lib/server/auth/second-factor";
import { safeCallbackPath } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db/client";
import { text } from "@/lib/server/http/form-route";
import { pagePath, seeOther } from "@/lib/server/urls";

// The account page's second-factor buttons: start setting up, new recovery codes, codes saved.
export const POST = staffFormRoute(null, async ({ form, locale, session }) => {
  const db = await getDb();
  const account = pagePath(locale, "/staff/account");
  const action = text(form, "action");
  if (action === "setup") {
    const state = await beginSetup(db, session.user.id);
    return seeOther(state === "enrolled" ? account : pagePath(locale, "/staff/login/setup"));
  }
  if (action === "new-codes") {
    const result = await regenerateRecoveryCodes(db, session.user.id, text(form, "code"));
    if (!result.ok) return seeOther(`${account}?fel=${result.code}#fel`);
    await stashNewCodes(session.user.id, result.codes, account);
    return seeOther(pagePath(locale, "/staff/account/recovery-codes"));
  }
  const next = (await readNewCodes(session.user.id))?.next;
  await clearNewCodes();
  return seeOther(next ? safeCallbackPath(next, locale) : account);
});
