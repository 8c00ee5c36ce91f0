import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { answerOpinion, OPINION_MAX } from "@/lib/server/staff/opinions";
import { pagePath, seeOther } from "@/lib/server/urls";

export const POST = staffFormRoute<{ id: string }>(
  "giveOpinions",
  async ({ form, locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/opinions/[id]", params: { id } });
    const answer = text(form, "answer").trim();
    if (!answer || answer.length > OPINION_MAX) return seeOther(`${page}?fel=answer#fel`);
    // Refused when not declared free of conflict first, or already answered: say so.
    if (!(await answerOpinion(id, session.user.id, answer))) return seeOther(`${page}?fel=refused#fel`);
    return seeOther(page);
  },
);
