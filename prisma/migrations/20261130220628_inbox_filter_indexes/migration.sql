-- The staff inbox's filters at 100,000+ requests (lib/server/staff/inbox.ts), chosen from EXPLAIN
-- ANALYZE on the bench data (tests/bench/seed.ts). Its count stops at COUNT_CAP rows; a filter that
-- few requests match still had to read every row of the status to find that out (a kind and step
-- within a status, or a theme: 50–80 ms each over 80,000 ended requests). With these the count and
-- the page look the matching rows up instead (under 1 ms).

-- CreateIndex
CREATE INDEX "request_status_kind_step_idx" ON "request"("status", "kind", "step");

-- CreateIndex
CREATE INDEX "request_themes_idx" ON "request" USING GIN ("themes");
