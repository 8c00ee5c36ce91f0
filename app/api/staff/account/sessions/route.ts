import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { isUuid } from "@/lib/domain/ids";
import { getDb } from "@/lib/server/db/client";
import { text } from "@/lib/server/http/form-route";
import { endOwnSessions } from "@/lib/server/staff/account";
import { pagePath, seeOther } from "@/lib/server/urls";

// Ends one of the person's own sessions (by id) or all but this one ("others"). Only their own.
export const POST = staffFormRoute(null, async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/account");
  const end = text(form, "end");
  const db = await getDb();
  if (end === "others") {
    await endOwnSessions(db, session.user.id, { allBut: session.sessionId });
    return seeOther(`${page}?ok=othersEnded#sessions`);
  }
  if (!isUuid(end)) return seeOther(`${page}#sessions`);
  await endOwnSessions(db, session.user.id, { only: end });
  // Ending this very session signs out here too; the next page asks to sign in.
  return seeOther(`${page}?ok=ended#sessions`);
});
