import "server-only";
import { cookies } from "next/headers";
import type { Permission } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/i18n/routing";
import { formRoute, type FormContext } from "../http/form-route";
import { requireStaffApi } from "./api-access";
import { cookieNames } from "./config";
import { refuseStaffForm } from "./refusal";
import type { StaffSession } from "./session";

// Staff form posts declare their permission here, and it is checked BEFORE the body is read: without
// a staff session nobody can make the server read a body at all. One exception, on purpose: a browser
// that still holds a staff session cookie whose session has ended (30 minutes idle while someone was
// writing) gets its form read, up to RESCUE_BYTES, so that the refusal page can hand back what was
// typed (refusal.ts). A signed-in member without the permission is refused unread: they could not
// have sent it anyway.

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

export function staffFormRoute<P>(
  permission: Permission,
  handler: (ctx: FormContext & { session: StaffSession }, params: P) => Promise<Response>,
) {
  return formRoute<P, StaffSession | null>(
    ({ state, ...ctx }, params) =>
      state ? handler({ ...ctx, session: state }, params) : refuseStaffForm(ctx.form, ctx.locale),
    async (request) => {
      const session = await requireStaffApi(permission);
      if (session) return { state: session };
      const jar = await cookies();
      const name = cookieNames().session;
      // next-auth splits a long cookie into name.0, name.1, …
      const heldSession = jar.has(name) || jar.has(`${name}.0`);
      if (!heldSession)
        return { refuse: await refuseStaffForm(new FormData(), refererLocale(request.headers)) };
      return { maxBytes: RESCUE_BYTES, state: null };
    },
  );
}
