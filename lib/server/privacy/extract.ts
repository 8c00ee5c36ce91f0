import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { identifierPattern, type HitKind, type Identifier } from "@/lib/domain/privacy";
import type { Db } from "../db/client";
import { CASE_FACTS, wasErased } from "./erasable";
import { PERSONAL_DATA, type PersonalDataTable } from "./personal-data";

// The register extract (GDPR Art. 15): every row, in every table of personal-data.ts, where the
// identifier appears, found with one pattern (lib/domain/privacy.ts) that matches the address in
// any case and phone and org numbers however they were typed, inside JSON too. The rows of a case
// found that way (its messages, files and mail) are listed with it, since they are the person's case.

export interface ExtractHit {
  kind: HitKind;
  id: string;
  /** The requests the row belongs to. */
  requestIds: string[];
  /** The row's personal-data columns as stored (column name → value). */
  values: Record<string, unknown>;
  /** False for a row listed because its case was found, not because it holds the identifier. */
  direct: boolean;
}

export interface ExtractCase {
  id: string;
  registrationNumber: string | null;
  status: string;
  outcome: string | null;
  receivedAt: Date | null;
  createdAt: Date;
  /** An erasure has already been recorded. */
  erased: boolean;
}

export interface RegisterExtract {
  identifierKind: Identifier["kind"];
  generatedAt: Date;
  cases: ExtractCase[];
  hits: ExtractHit[];
}

type Client = Db | Prisma.TransactionClient;

function selectSql(table: PersonalDataTable, where: string): string {
  const values = table.columns.map((c) => `t."${c.name}" AS "${c.name}"`).join(", ");
  return `SELECT t.id::text AS "__id", ${table.requests} AS "__requests", ${values} FROM "${table.table}" AS t WHERE ${where} ORDER BY t.id`;
}

function toHit(table: PersonalDataTable, row: Record<string, unknown>, direct: boolean): ExtractHit {
  const values: Record<string, unknown> = {};
  for (const c of table.columns) values[c.name] = jsonSafe(row[c.name]);
  const requests = typeof row.__requests === "string" ? row.__requests : "";
  return {
    kind: table.kind,
    id: String(row.__id),
    requestIds: requests.split(",").filter(Boolean),
    values,
    direct,
  };
}

function jsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return `(${value.length} bytes)`;
  return value ?? null;
}

/** Finds every row holding the identifier. Reads only; the caller records the audit row. */
export async function findPersonalData(db: Client, identifier: Identifier): Promise<RegisterExtract> {
  const pattern = identifierPattern(identifier);
  const hits: ExtractHit[] = [];
  // One query at a time: the embedded database runs them one by one anyway.
  for (const table of PERSONAL_DATA) {
    const where = table.columns.map((c) => `t."${c.name}"::text ~* $1`).join(" OR ");
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(selectSql(table, where), pattern);
    hits.push(...rows.map((row) => toHit(table, row, true)));
  }
  const requestIds = [...new Set(hits.flatMap((h) => h.requestIds))];
  if (requestIds.length) {
    for (const table of PERSONAL_DATA.filter((t) => t.listedWithRequest)) {
      const seen = new Set(hits.filter((h) => h.kind === table.kind).map((h) => h.id));
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        selectSql(table, `t.request_id::text = ANY(string_to_array($1, ','))`),
        requestIds.join(","),
      );
      hits.push(...rows.filter((r) => !seen.has(String(r.__id))).map((row) => toHit(table, row, false)));
    }
  }
  return {
    identifierKind: identifier.kind,
    generatedAt: new Date(),
    cases: await casesOf(db, requestIds),
    hits,
  };
}

async function casesOf(db: Client, ids: string[]): Promise<ExtractCase[]> {
  if (!ids.length) return [];
  const rows = await db.request.findMany({
    where: { id: { in: ids } },
    select: { ...CASE_FACTS, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, erased: wasErased({ _count }) }));
}
