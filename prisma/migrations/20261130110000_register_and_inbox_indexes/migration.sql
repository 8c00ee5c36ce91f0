-- Indexes for the public register at 50,000+ partnerships (lib/server/register/sql.ts) and the staff
-- inbox at 100,000+ requests (lib/server/staff/inbox.ts), chosen from EXPLAIN ANALYZE on the bench
-- data (tests/bench/seed.ts). Prisma cannot express NULLS ordering, INCLUDE or trigram operator
-- classes; prisma/tools/new-migration.sh keeps later generated migrations from dropping them.

-- The inbox's default page (newest first within a status) reads 25 index entries instead of sorting
-- every open request; the included columns let its counts and the kind/step/theme/assignee filters
-- run as index-only scans instead of reading the wide rows (answers are JSON).
CREATE INDEX "request_inbox_newest" ON "request" ("status", "received_at" DESC NULLS LAST, "id")
  INCLUDE ("kind", "step", "themes", "assigned_to_id");

-- The register's order (municipality, end year newest first, title, id): a page or an export batch
-- reads its rows in index order instead of sorting every published partnership.
CREATE INDEX "partnership_register_order" ON "partnership" ("municipality", "end_year" DESC NULLS FIRST, "title", "id");

-- The register's version (its newest change) for ETag and Last-Modified: one index lookup.
CREATE INDEX "partnership_updated_at" ON "partnership" ("updated_at");

-- The register's free-text search: ILIKE '%…%' on titles, municipalities and party names.
CREATE INDEX "partnership_search_trgm" ON "partnership" USING gin ("title" gin_trgm_ops, "municipality" gin_trgm_ops);
CREATE INDEX "partnership_party_search_trgm" ON "partnership_party" USING gin ("name" gin_trgm_ops, "department" gin_trgm_ops);
