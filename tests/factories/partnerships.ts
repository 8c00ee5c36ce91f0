import type { Db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unique } from "./index";

// A partnership with two parties and measurable goals, unique per call, for follow-up tests.
export async function createPartnership(
  db: Db,
  overrides: Partial<Prisma.PartnershipUncheckedCreateInput> = {},
) {
  return db.partnership.create({
    data: {
      title: `Läxhjälp och praktik ${unique()}`,
      municipality: "Testkommun",
      status: "ACTIVE",
      startDate: new Date("2026-01-01T00:00:00Z"),
      endDate: new Date("2026-12-31T00:00:00Z"),
      followUpPlan: { talkEveryMonths: 1, reportEveryMonths: 3, description: "" },
      goals: [
        { text: "Fler unga når arbete", indicator: "Andel i arbete (%)", target: "50 %" },
        { text: "Deltagare nås", indicator: "Antal deltagare", target: "25" },
      ],
      parties: {
        create: [
          { side: "CIVIL_SOCIETY", name: `Föreningen Framåt ${unique()}`, sortOrder: 0 },
          {
            side: "PUBLIC",
            name: "Kommunstyrelsen",
            department: "Arbetsmarknadsförvaltningen",
            sortOrder: 1,
          },
        ],
      },
      ...overrides,
    },
  });
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
