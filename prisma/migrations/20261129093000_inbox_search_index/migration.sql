-- Free-text search in the staff inbox (lib/server/staff/inbox.ts) over 100,000+ requests: a trigram
-- index on the searched text, so ILIKE '%…%' need not read every row. Prisma cannot express an
-- expression index; prisma/tools/new-migration.sh keeps later generated migrations from dropping it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "request_search_trgm" ON "request" USING gin (
  (coalesce("registration_number", '') || ' ' || coalesce("subject", '') || ' ' || "answers"::text) gin_trgm_ops
);
