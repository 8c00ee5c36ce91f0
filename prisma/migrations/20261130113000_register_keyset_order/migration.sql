-- The register's order as one ascending key (lib/server/register/sql.ts, ORDER_SQL): a row comparison
-- on it starts an index scan where the previous open-data batch ended. On the earlier index, whose
-- end year runs DESC NULLS FIRST, the comparison could only filter, so each batch read the register
-- from its start. Replaces partnership_register_order (migration register_and_inbox_indexes).
DROP INDEX "partnership_register_order";
CREATE INDEX "partnership_register_keyset" ON "partnership" ("municipality", (-coalesce("end_year", 1000000)), "title", "id");
