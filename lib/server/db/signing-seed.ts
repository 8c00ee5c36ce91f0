import "server-only";
import { SIGNING_LINK_DAYS } from "@/lib/domain/agreement-signing";
import { hashToken, newToken } from "../intake/tokens";
import { signWithToken } from "../signing/sign";
import { freezeVersion } from "../signing/versions";
import type { Db } from "./client";
import { DEMO_PARTNERSHIP_TITLE } from "./follow-up-seed";

// Signed agreements in the demo (lib/server/signing): the active demo partnership
// (follow-up-seed.ts) has a version 1 signed by both parties, and a second partnership is out for
// signing, signed by the association and waiting for the municipality. A third is a draft nobody has
// frozen yet. Signatures go through the same code as a signatory's link; the links themselves are not
// kept. Invented people.

export const DEMO_SIGNING_TITLE = "Mötesplats Norr – läxhjälp och föräldrastöd";
export const DEMO_DRAFT_TITLE = "Promenadvänner – gemenskap för äldre på landsbygden";

type Signatory = { name: string; role: string; email: string };

export async function seedSigning(db: Db, now = new Date()): Promise<void> {
  const lots = await db.staffUser.findFirst({
    where: { email: "lots@lotsen.example" },
    select: { id: true },
  });
  if (!lots) return;
  const active = await db.partnership.findFirst({
    where: { title: DEMO_PARTNERSHIP_TITLE },
    select: { id: true, startDate: true },
  });
  if (active && !(await db.agreementVersion.count({ where: { partnershipId: active.id } }))) {
    const signedOn = new Date((active.startDate ?? now).getTime() - 14 * 86_400_000);
    await freezeAndSign(
      db,
      lots.id,
      active.id,
      signedOn,
      {
        CIVIL_SOCIETY: { name: "Lena Nord", role: "Ordförande", email: "lena@kompassen.example" },
        PUBLIC: { name: "Jonas Berg", role: "Förvaltningschef", email: "jonas.berg@exempelstad.example" },
      },
      ["CIVIL_SOCIETY", "PUBLIC"],
    );
  }
  if (!(await db.partnership.count({ where: { title: DEMO_DRAFT_TITLE } })))
    await db.partnership.create({
      data: {
        title: DEMO_DRAFT_TITLE,
        municipality: "Exempelstads kommun",
        purpose: "Äldre som bor ensamma på landsbygden träffas för promenader och fika varje vecka.",
        themes: ["RURAL_ACTIVITIES", "MENTAL_HEALTH"],
        status: "DRAFT",
        parties: {
          create: [
            { side: "CIVIL_SOCIETY", name: "Föreningen Promenadvänner", sortOrder: 0 },
            { side: "PUBLIC", name: "Socialnämnden", department: "Socialförvaltningen", sortOrder: 1 },
          ],
        },
      },
    });
  if (await db.partnership.count({ where: { title: DEMO_SIGNING_TITLE } })) return;
  const p = await db.partnership.create({
    data: {
      title: DEMO_SIGNING_TITLE,
      municipality: "Exempelstads kommun",
      purpose:
        "Barn i årskurs 4–9 får läxhjälp två kvällar i veckan, och deras föräldrar en plats för frågor om skolan.",
      targetGroup: "Barn och föräldrar i stadsdelen Norr.",
      overallGoal: "Fler elever i Norr når godkända betyg.",
      themes: ["INTEGRATION"],
      background: "Föreningen har ordnat läxhjälp med frivilliga sedan 2019.",
      status: "DRAFT",
      parties: {
        create: [
          {
            side: "CIVIL_SOCIETY",
            name: "Föreningen Mötesplats Norr",
            orgNumber: "802456-7896",
            sortOrder: 0,
          },
          {
            side: "PUBLIC",
            name: "Utbildningsnämnden",
            department: "Utbildningsförvaltningen",
            sortOrder: 1,
          },
        ],
      },
    },
    select: { id: true },
  });
  await freezeAndSign(
    db,
    lots.id,
    p.id,
    new Date(now.getTime() - 2 * 86_400_000),
    {
      CIVIL_SOCIETY: { name: "Samira Haddad", role: "Ordförande", email: "samira@motesplatsnorr.example" },
      PUBLIC: { name: "Karin Vik", role: "Utbildningschef", email: "karin.vik@exempelstad.example" },
    },
    ["CIVIL_SOCIETY"],
  );
}

/** Freezes the next version, places a signatory for each side and signs for `signing` sides. */
async function freezeAndSign(
  db: Db,
  userId: string,
  partnershipId: string,
  at: Date,
  signatories: Record<"CIVIL_SOCIETY" | "PUBLIC", Signatory>,
  signing: ("CIVIL_SOCIETY" | "PUBLIC")[],
) {
  const frozen = await freezeVersion({ userId }, { partnershipId }, db);
  if (!frozen.ok) return;
  const version = await db.agreementVersion.findUniqueOrThrow({
    where: { partnershipId_number: { partnershipId, number: frozen.number } },
    select: { id: true },
  });
  const parties = await db.partnershipParty.findMany({
    where: { partnershipId },
    orderBy: { sortOrder: "asc" },
  });
  for (const party of parties) {
    const who = signatories[party.side];
    const token = newToken();
    await db.agreementSignature.create({
      data: {
        versionId: version.id,
        partyId: party.id,
        ...who,
        tokenHash: hashToken(token),
        sentAt: at,
        expiresAt: new Date(Date.now() + SIGNING_LINK_DAYS * 86_400_000),
      },
    });
    if (signing.includes(party.side))
      await signWithToken(
        token,
        { typedName: who.name, consent: "yes", locale: "sv", clientAddress: "192.0.2.10" },
        at,
        db,
      );
  }
}
