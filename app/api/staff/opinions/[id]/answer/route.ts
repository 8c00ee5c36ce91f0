import { answerOpinionSchema } from "@/lib/domain/expert-opinion";
import { opinionRoute } from "@/lib/server/staff/opinion-route";
import { answerOpinion } from "@/lib/server/staff/opinions";

// Refused when not declared free of conflict first, or already answered.
export const POST = opinionRoute(answerOpinionSchema, (actor, opinionId, { answer }) =>
  answerOpinion(actor, { opinionId, answer }),
);
