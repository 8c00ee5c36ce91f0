import { z } from "zod";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { assignCases } from "@/lib/server/staff/assign";
import { seeOther } from "@/lib/server/urls";

const ids = z.array(z.uuid()).max(500);

// Bulk assignment from the inbox. Only lots may assign.
export const POST = staffFormRoute("assignCases", async ({ form, locale, session }) => {
  const back = text(form, "back");
  const safeBack =
    back.startsWith("/staff/cases") || back.startsWith("/en/staff/cases")
      ? back
      : locale === "en"
        ? "/en/staff/cases"
        : "/staff/cases";
  const picked = ids.safeParse(form.getAll("ids"));
  const to = text(form, "assignTo");
  const target = to === "none" ? null : z.uuid().safeParse(to).success ? to : undefined;
  if (!picked.success || target === undefined) return seeOther(safeBack);
  const count = picked.data.length ? await assignCases(picked.data, target, session.user.id) : 0;
  return seeOther(`${safeBack}${safeBack.includes("?") ? "&" : "?"}tilldelade=${count}`);
});
