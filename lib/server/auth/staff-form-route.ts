import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/i18n/routing";
import { formRoute, type FormContext } from "../http/form-route";
import { requireStaffApi } from "./api-access";
import { refuseStaffForm } from "./refusal";
import { getStaffSession, type StaffSession } from "./session";

// Staff form posts declare their permission here, and it is checked BEFORE the body is read. A
// signed-in member without the permission is refused unread: they could not have sent it anyway.
// Without a valid session the form is still read, but only up to RESCUE_BYTES (public forms allow
// 12 MB), because the usual sender is a colleague whose session ended while they were writing (idle,
// signed out in another tab, or the cookie expired), and the refusal page hands back what they typed
// (refusal.ts). A session cookie cannot tell them from a stranger: the cookie may be gone.

const RESCUE_BYTES = 1024 * 1024;

/** The refusal comes before the form's `locale` field is read, so the page it came from says. */
function refererLocale(headers: Headers): Locale {
  try {
    const path = new URL(headers.get("referer") ?? "", "http://same.invalid").pathname;
    return path === "/en" || path.startsWith("/en/") ? "en" : "sv";
  } catch {
    return "sv";
  }
}

/** `permission` null: any signed-in staff member (their own account pages). */
export function staffFormRoute<P>(
  permission: Permission | null,
  handler: (ctx: FormContext & { session: StaffSession }, params: P) => Promise<Response>,
) {
  return formRoute<P, StaffSession | null>(
    ({ state, ...ctx }, params) =>
      state ? handler({ ...ctx, session: state }, params) : refuseStaffForm(ctx.form, ctx.locale),
    async (request) => {
      const session = await requireStaffApi(permission ?? undefined);
      if (session) return { state: session };
      if (await getStaffSession())
        return { refuse: await refuseStaffForm(new FormData(), refererLocale(request.headers)) };
      return { maxBytes: RESCUE_BYTES, state: null };
    },
  );
}
