import { z } from "zod";

/** Ids in addresses are UUIDs; anything else is answered with "not found" before any query. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success;
}
