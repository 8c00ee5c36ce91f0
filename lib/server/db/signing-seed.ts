import "server-only";
import { createPartnership } from "../partnerships/create-partnership";
import type { Db } from "./client";
import { GRANTED_SIGNING } from "./demo-answers";
import { act, dateBefore, demoActors, sendDemoRequest } from "./demo-cases";
import { freezeAndSign, partnershipFromRequest, saveDemoParty, saveDemoSection } from "./demo-partnerships";
import { presentCase, proposeDecision } from "./demo-requests";

// Agreements in the demo (lib/server/signing) besides the active partnership's (follow-up-seed.ts):
// a partnership from a request the committee granted, out for signing, signed by the association and
// waiting for the municipality; and a draft entered directly, which nobody has frozen yet. Invented
// people.

export const DEMO_SIGNING_TITLE = GRANTED_SIGNING.idea.title;
export const DEMO_DRAFT_TITLE = "Promenadvänner – gemenskap för äldre på landsbygden";

export async function seedSigning(db: Db, now = new Date()): Promise<void> {
  const staff = await demoActors(db);
  const { lots } = staff;
  if (!(await db.partnership.count({ where: { title: DEMO_DRAFT_TITLE } }))) {
    const draft = await createPartnership(lots, {
      title: DEMO_DRAFT_TITLE,
      civilName: "Föreningen Promenadvänner",
      civilOrgNumber: "802547-2104",
      publicName: "Socialnämnden",
      publicDepartment: "Socialförvaltningen",
      startDate: "",
      endDate: "",
    });
    if (!draft.ok || !draft.id) throw new Error(`demo draft refused: ${JSON.stringify(draft)}`);
    await saveDemoSection(db, lots, draft.id, "content", {
      title: DEMO_DRAFT_TITLE,
      purpose: "Äldre som bor ensamma på landsbygden träffas för promenader och fika varje vecka.",
      themes: ["RURAL_ACTIVITIES", "MENTAL_HEALTH"],
    });
  }
  if (await db.partnership.count({ where: { title: DEMO_SIGNING_TITLE } })) return;
  const requestId = await sendDemoRequest(db, "COLLABORATION", GRANTED_SIGNING);
  await presentCase(db, lots, requestId, GRANTED_SIGNING, now, 60);
  await proposeDecision(db, lots, requestId, "IOP", {
    motivation:
      "Föreningen har drivit läxhjälpen på eget initiativ sedan 2019 och bidrar med ideell tid; verksamheten saknar marknad och stöder skolans mål i Norr.",
    resources: "Utbildningsnämnden bidrar med 150 000 kr per år och skolans bibliotek en kväll i veckan.",
  });
  await act(db, staff.director, requestId, "referToCommittee", {
    comment: "Samarbetet berör utbildningsnämndens verksamhet; utskottet bör besluta.",
  });
  await act(db, staff.committee, requestId, "committeeGrant", {
    meetingDate: dateBefore(now, 10),
    form: "IOP",
    reason: "Utskottet beviljar samverkan som IOP enligt förslaget.",
  });
  const id = await partnershipFromRequest(db, lots, requestId);
  await saveDemoParty(db, lots, id, "PUBLIC", {
    name: "Utbildningsnämnden",
    department: "Utbildningsförvaltningen",
  });
  await freezeAndSign(
    db,
    lots,
    id,
    {
      CIVIL_SOCIETY: { name: "Samira Holmqvist", role: "Ordförande", email: "samira@motesplatsnorr.example" },
      PUBLIC: {
        name: "Karin Vikström",
        role: "Utbildningschef",
        email: "karin.vikstrom@exempelstad.example",
      },
    },
    ["CIVIL_SOCIETY"],
    now,
  );
}
