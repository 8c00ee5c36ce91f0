-- AlterTable
ALTER TABLE "request" ADD COLUMN     "step_entered_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "request_received_at_idx" ON "request"("received_at");

-- Added by hand: requests sent before this column existed entered their step at their last step
-- change (or when they were received).
UPDATE "request" r SET "step_entered_at" = COALESCE(
  (SELECT max(e."created_at") FROM "case_event" e WHERE e."request_id" = r."id" AND e."to_step" = r."step"),
  r."received_at")
WHERE r."status" <> 'DRAFT';
