import { declareConflictSchema } from "@/lib/domain/expert-opinion";
import { opinionRoute } from "@/lib/server/staff/opinion-route";
import { declareConflict } from "@/lib/server/staff/opinions";

// Refused when already declared.
export const POST = opinionRoute(declareConflictSchema, (actor, opinionId, { conflict, note }) =>
  declareConflict(actor, { opinionId, hasConflict: conflict, note }),
);
