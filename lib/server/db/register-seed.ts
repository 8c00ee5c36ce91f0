import "server-only";
import { z } from "zod";
import { THEMES } from "@/lib/domain/themes";
import type { Db } from "./client";
import collection from "./register-seed.json";

// The public IOP register's starting content: every partnership in the collection of examples from several
// municipalities (docs/domain.md, "The register collection"). Names, public parties, municipalities, years
// and results are as printed there; the short descriptions are our own summaries.

/** Seeded partnerships are current until their end year has passed. */
const REFERENCE_YEAR = 2026;

const entrySchema = z
  .object({
    title: z.string(),
    municipality: z.string(),
    civil: z.array(z.string()),
    /** [name] or [name, department] */
    public: z.array(z.union([z.tuple([z.string()]), z.tuple([z.string(), z.string()])])),
    startYear: z.number().int(),
    endYear: z.number().int(),
    themes: z.array(z.enum(THEMES)),
    purpose: z.string(),
    targetGroup: z.string(),
    efforts: z.string().optional(),
    goals: z
      .array(
        z.strictObject({
          text: z.string(),
          indicator: z.string(),
          target: z.string(),
          result: z.string().optional(),
        }),
      )
      .optional(),
  })
  .strict();

export type RegisterSeedEntry = z.infer<typeof entrySchema>;

/** The collection, from register-seed.json (data, by municipality); a malformed entry stops the seed here. */
export const REGISTER_SEED: RegisterSeedEntry[] = z.array(entrySchema).parse(collection);

/**
 * Inserts every partnership of REGISTER_SEED that is not there yet (same title and municipality),
 * published, ACTIVE or ENDED by its end year. Returns how many were inserted.
 */
export async function seedRegister(db: Db, now = new Date()): Promise<number> {
  let inserted = 0;
  for (const entry of REGISTER_SEED) {
    const existing = await db.partnership.findFirst({
      where: { title: entry.title, municipality: entry.municipality },
      select: { id: true },
    });
    if (existing) continue;
    await db.partnership.create({
      data: {
        title: entry.title,
        municipality: entry.municipality,
        purpose: entry.purpose,
        targetGroup: entry.targetGroup,
        efforts: entry.efforts ?? "",
        overallGoal: "",
        goals: (entry.goals ?? []).map((g) => ({ ...g })),
        themes: entry.themes,
        startYear: entry.startYear,
        endYear: entry.endYear,
        status: entry.endYear < REFERENCE_YEAR ? "ENDED" : "ACTIVE",
        publishedAt: now,
        published: { content: true, goals: true, results: true, budget: false },
        parties: {
          create: [
            ...entry.civil.map((name, i) => ({ side: "CIVIL_SOCIETY" as const, name, sortOrder: i })),
            ...entry.public.map(([name, department], i) => ({
              side: "PUBLIC" as const,
              name,
              department: department ?? null,
              sortOrder: entry.civil.length + i,
            })),
          ],
        },
      },
    });
    inserted++;
  }
  return inserted;
}
