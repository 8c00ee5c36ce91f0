import { z } from "zod";
import { stockholmTime } from "./stockholm-time";

// The query parameters of the administrators' filtered lists (the audit trail, lib/server/audit/query.ts;
// the read log, lib/server/records/read-log-query.ts). A malformed parameter is dropped, never an
// error: a filter link cannot break the page.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** A parameter that may be absent: blank counts as absent, and a value `schema` refuses is dropped. */
export const optionalParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

/** A Swedish calendar day, YYYY-MM-DD. */
const dayParam = optionalParam(z.string().regex(DAY));

type Params = Record<string, string | string[] | undefined>;

/**
 * A list's filter: the parameters in `shape`, the days `from` and `to`, and the page. `parse` reads
 * it from a page's search parameters (the first value of a repeated one); `query` writes it back as
 * query parameters (for links and exports), leaving out what is unset.
 */
export function listFilter<S extends z.ZodRawShape>(shape: S) {
  const schema = z.object({
    ...shape,
    from: dayParam,
    to: dayParam,
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  });
  type Filter = z.infer<typeof schema>;
  const keys = [...Object.keys(shape), "from", "to"];
  return {
    parse(params: Params): Filter {
      return schema.parse(
        Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
      );
    },
    query(filter: Filter, page?: number): string {
      const q = new URLSearchParams();
      for (const key of keys) {
        const value: unknown = filter[key as keyof Filter];
        if (typeof value === "string" && value) q.set(key, value);
      }
      if (page && page > 1) q.set("page", String(page));
      return q.toString();
    },
  };
}

/**
 * The time range of the days `from` and `to`, both included; days are Swedish calendar days, so
 * "to 2026-11-30" includes the whole of that day in Sweden. Undefined when neither is set.
 */
export function daysRange(filter: { from?: string; to?: string }): { gte?: Date; lt?: Date } | undefined {
  if (!filter.from && !filter.to) return undefined;
  const range: { gte?: Date; lt?: Date } = {};
  if (filter.from) range.gte = stockholmTime(filter.from, "00:00");
  if (filter.to) range.lt = new Date(stockholmTime(filter.to, "00:00").getTime() + 86_400_000);
  return range;
}
