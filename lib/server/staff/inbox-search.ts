import "server-only";
import { cookies } from "next/headers";
import { cookieOptions } from "../http/cookies";

// The inbox's free-text search may hold a person's name, so it never travels in an address (where
// it would end up in browser history and access logs). The filter form posts; the text is kept in an
// http-only cookie of this browser and the address only says `sok=1` ("use my search").

const NAME = "lotsen_inbox_search";
const MAX = 200;

export const SEARCH_MARK = "sok";

export async function rememberSearch(text: string): Promise<boolean> {
  const jar = await cookies();
  const value = text.replaceAll("\0", "").trim().slice(0, MAX);
  if (!value) {
    jar.set(NAME, "", cookieOptions(0));
    return false;
  }
  jar.set(NAME, value, cookieOptions(8 * 3600));
  return true;
}

/**
 * The search text for a page or export: the remembered one when the address says `sok=1`, else a `q`
 * in the address (links that search for a registration number, which is not personal data).
 */
export async function searchText(params: Record<string, string | string[] | undefined>) {
  const mark = params[SEARCH_MARK];
  if (mark === "1") return (await cookies()).get(NAME)?.value;
  const q = params.q;
  return Array.isArray(q) ? q[0] : q;
}
