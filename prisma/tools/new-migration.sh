#!/bin/sh
# Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the database from the
# existing migrations to prisma/schema.prisma. Usage: npm run db:migration -- <name>
# Needs a PostgreSQL server for the shadow database (MIGRATE_DATABASE_URL, default the local one).
set -e
name="$1"
case "$name" in
  ""|*[!a-z0-9_]*) echo "usage: npm run db:migration -- <name in lower_snake_case>" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/../.."
mkdir -p .data/prisma6 prisma/migrations
# prisma 6 wants a url in the schema; the adapter in the config is what actually connects.
awk '/^datasource[ \t]/{ds=1} {print} ds && /provider[ \t]*=/{print "  url      = env(\"DATABASE_URL\")"; ds=0}' \
  prisma/schema.prisma > .data/prisma6/schema.prisma
export DATABASE_URL="postgresql://unused@localhost/unused"
export PRISMA_QUERY_ENGINE_LIBRARY=/bin/false PRISMA_SCHEMA_ENGINE_BINARY=/bin/false
export MIGRATE_DATABASE_URL="${MIGRATE_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1; then
  from="--from-migrations prisma/migrations"
else
  from="--from-empty"
fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
sql=$(node node_modules/prisma6/build/index.js migrate diff $from \
  --to-schema-datamodel .data/prisma6/schema.prisma --script --config prisma/tools/prisma6.config.ts)
# Indexes Prisma cannot express (see the migrations that create them) are not Prisma's to drop.
sql=$(printf '%s\n' "$sql" \
  | grep -v 'DROP INDEX "\(request_search_trgm\|request_inbox_newest\|partnership_register_order\|partnership_register_keyset\|partnership_updated_at\|partnership_search_trgm\|partnership_party_search_trgm\)"' \
  | grep -v '^-- DropIndex$' || true)
if [ -z "$(printf '%s' "$sql" | tr -d '[:space:]')" ] || printf '%s' "$sql" | grep -q "This is an empty migration"; then
  echo "The schema matches the migrations: nothing to write." >&2
  exit 0
fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
printf 'provider = "postgresql"\n' > prisma/migrations/migration_lock.toml
echo "Wrote $dir/migration.sql: read it, add what Prisma cannot express (triggers), then commit it." >&2
