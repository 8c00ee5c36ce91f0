import "server-only";
import { cachedRegister } from "./cache";
import { getDb } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import {
  allPublishedPartnerships,
  parseRegisterFilters,
  toOpenDataRow,
} from "@/lib/server/register/partnerships";

/** The register's rows for open data, narrowed by the same query parameters as the register page. */
export async function openDataRows(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filters } = parseRegisterFilters(params);
  const db = await getDb();
  const partnerships = await cachedRegister(`all:${JSON.stringify(filters)}`, () =>
    allPublishedPartnerships(db, filters),
  );
  return partnerships.map((p) => toOpenDataRow(p, env().PUBLIC_BASE_URL));
}
