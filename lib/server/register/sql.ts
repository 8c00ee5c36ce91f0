import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/client";
import type { RegisterFilters } from "./partnerships";

// The register's filters, free-text search, order and paging as SQL, so a page reads one page of
// rows whatever the register's size (50,000 partnerships and more). Plain SQL that both databases
// run: Prisma's list operators on enum arrays fail on the embedded adapter (README, "Tests").

/** Published and visible now: the one condition every public read shares. */
export function publishedSql(now: Date): Prisma.Sql {
  return Prisma.sql`p.status IN ('ACTIVE', 'ENDED') AND p.published_at IS NOT NULL AND p.published_at <= ${now}`;
}

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function filterSql(filters: RegisterFilters, now: Date): Prisma.Sql {
  const and = [publishedSql(now)];
  if (filters.theme) and.push(Prisma.sql`${filters.theme}::"Theme" = ANY(p.themes)`);
  if (filters.status) and.push(Prisma.sql`p.status = ${filters.status}::"PartnershipStatus"`);
  if (filters.municipality) and.push(Prisma.sql`lower(p.municipality) = lower(${filters.municipality})`);
  if (filters.party) {
    const pattern = like(filters.party);
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM partnership_party pp WHERE pp.partnership_id = p.id
      AND pp.side = 'PUBLIC' AND (pp.name ILIKE ${pattern} OR pp.department ILIKE ${pattern}))`);
  }
  if (filters.q) {
    // Two trigram-indexed lookups joined with UNION (migration register_search): an OR across the
    // two tables would make PostgreSQL read every partnership. Only always-public fields are searched.
    const pattern = like(filters.q);
    and.push(Prisma.sql`p.id IN (
      SELECT id FROM partnership WHERE title ILIKE ${pattern} OR municipality ILIKE ${pattern}
      UNION SELECT partnership_id FROM partnership_party WHERE name ILIKE ${pattern} OR department ILIKE ${pattern})`);
  }
  if (filters.year !== undefined) {
    const y = filters.year;
    const yearStart = new Date(Date.UTC(y, 0, 1));
    const yearEnd = new Date(Date.UTC(y, 11, 31));
    and.push(Prisma.sql`(p.start_year <= ${y} OR (p.start_year IS NULL AND p.start_date <= ${yearEnd}))`);
    and.push(Prisma.sql`(p.end_year >= ${y} OR (p.end_year IS NULL AND p.end_date >= ${yearStart})
      OR (p.end_year IS NULL AND p.end_date IS NULL AND p.status = 'ACTIVE'))`);
  }
  return Prisma.join(and, " AND ");
}

/**
 * The register's order: municipality, end year newest first with open-ended ones first, title, id.
 * The end year is written as an ascending key (-end year, open-ended as the smallest), so the whole
 * order is ascending and a row comparison can start an index scan (partnership_register_keyset)
 * where the previous batch ended.
 */
const END_KEY = Prisma.sql`(-coalesce(p.end_year, 1000000))`;
export const ORDER_SQL = Prisma.sql`p.municipality ASC, ${END_KEY} ASC, p.title ASC, p.id ASC`;

export interface OrderKey {
  id: string;
  municipality: string;
  end_key: number;
  title: string;
}

export const ORDER_KEY_SQL = Prisma.sql`p.id, p.municipality, ${END_KEY} AS end_key, p.title`;

/** Rows after `key` in ORDER_SQL (keyset paging: no OFFSET, so every batch costs the same). */
export function afterSql(key: OrderKey): Prisma.Sql {
  return Prisma.sql`(p.municipality, ${END_KEY}, p.title, p.id) > (${key.municipality}, ${Number(key.end_key)}::int, ${key.title}, ${key.id}::uuid)`;
}

// ---- The register's version, for ETag and Last-Modified ----

export interface RegisterVersion {
  /** Changes whenever what the register shows may have changed. */
  tag: string;
  lastModified: Date;
}

/**
 * Every change to a partnership, its parties or its budget bumps the partnership's updated_at
 * (lib/server/partnerships/guard.ts claimVersion); the count and newest publication time cover a
 * partnership that became visible by the clock or was removed. Three index lookups.
 */
export async function readRegisterVersion(db: Db, now = new Date()): Promise<RegisterVersion> {
  const [row] = await db.$queryRaw<{ changed: Date | null; published: Date | null; n: bigint }[]>`
    SELECT (SELECT max(updated_at) FROM partnership) AS changed,
      (SELECT max(p.published_at) FROM partnership p WHERE ${publishedSql(now)}) AS published,
      (SELECT count(*) FROM partnership p WHERE ${publishedSql(now)}) AS n`;
  const changed = row?.changed?.getTime() ?? 0;
  const published = row?.published?.getTime() ?? 0;
  const tag = `${changed}-${published}-${row?.n ?? 0}`;
  // HTTP dates have whole seconds.
  return { tag, lastModified: new Date(Math.floor(Math.max(changed, published) / 1000) * 1000) };
}

/** A strong validator from the register's version and whatever else shapes the body. */
export function etagFor(version: RegisterVersion, ...parts: string[]): string {
  const hash = createHash("sha256")
    .update([version.tag, ...parts].join("\n"))
    .digest("base64url");
  return `"${hash.slice(0, 27)}"`;
}
