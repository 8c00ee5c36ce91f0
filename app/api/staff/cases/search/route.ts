import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { rememberSearch, SEARCH_MARK } from "@/lib/server/staff/inbox-search";
import { pagePath, seeOther } from "@/lib/server/urls";

// The inbox's filter form posts here: the free text is kept out of the address (it may be a name),
// the other filters become the address of the filtered inbox, as before.
const FILTERS = ["status", "step", "kind", "theme", "assigned", "minAge", "overdue", "sort"] as const;

export const POST = staffFormRoute("viewAllCases", async ({ form, locale }) => {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = text(form, name).trim();
    if (value) query.set(name, value.slice(0, 100));
  }
  if (await rememberSearch(text(form, "q"))) query.set(SEARCH_MARK, "1");
  const qs = query.toString();
  return seeOther(`${pagePath(locale, "/staff/cases")}${qs ? `?${qs}` : ""}`);
});
