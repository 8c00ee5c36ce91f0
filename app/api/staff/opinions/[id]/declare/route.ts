import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { declareConflict } from "@/lib/server/staff/opinions";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "giveOpinions",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/opinions/[id]", params: { id } });
    const choice = text(form, "conflict");
    if (choice !== "yes" && choice !== "no") return seeOther(`${page}?fel=choose#fel`);
    if (
      !(await declareConflict(
        id,
        session.user.id,
        choice === "yes",
        text(form, "note").trim().slice(0, 2000),
      ))
    ) {
      return seeOther(`${page}?fel=refused#fel`);
    }
    return seeOther(page);
  },
);
