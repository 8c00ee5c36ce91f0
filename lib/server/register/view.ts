import "server-only";
import { cachedRegister, registerVersion } from "./cache";
import { readRegisterVersion } from "./sql";
import { getDb } from "@/lib/server/db/client";
import {
  listPublishedPartnerships,
  registerFilterChoices,
  registerFiltersKey,
  type RegisterFilters,
} from "./partnerships";

/** One page of the register with the filter form's choices, through the register cache. */
export async function readRegisterView(filters: RegisterFilters, page: number) {
  const db = await getDb();
  // Keyed by the register's version: a change on another instance shows within seconds.
  const { tag } = await registerVersion(() => readRegisterVersion(db));
  const [result, choices] = await Promise.all([
    cachedRegister(`list:${tag}:${registerFiltersKey(filters)}:${page}`, () =>
      listPublishedPartnerships(db, filters, page),
    ),
    cachedRegister(`choices:${tag}`, () => registerFilterChoices(db)),
  ]);
  return { result, choices };
}
