import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { createFromRequest } from "@/lib/server/partnerships/create-partnership";
import { partnershipDetail } from "@/lib/server/partnerships/queries";
import { saveSection } from "@/lib/server/partnerships/save-section";
import { partnershipSigningState } from "@/lib/server/signing/gate";
import { sendForSigning } from "@/lib/server/signing/send";
import { signingPdf, signingView, signWithToken } from "@/lib/server/signing/sign";
import { freezeVersion, versionPdf } from "@/lib/server/signing/versions";
import { requestSeed, staffMemberBeforeAll, unique } from "../factories";
import { pdfText } from "../support/pdf-text";

// Freezing, sending, signing and the activation gate (lib/server/signing), on the real database.

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function partnershipFromRequest(userId: string) {
  const db = await getDb();
  const { request } = await createSentRequest(db, {
    ...requestSeed({ subject: "Läxhjälp", answers: { idea: { title: `Läxhjälp ${unique()}` } } }),
    step: "PROPOSAL",
  });
  await db.request.update({
    where: { id: request.id },
    data: { status: "ENDED", outcome: "GRANTED", collaborationForm: "IOP" },
  });
  const created = await createFromRequest(request.id, userId);
  if (!created.ok) throw new Error("not created");
  return (await partnershipDetail(created.id!))!;
}

/** Sends version `number` to a signatory of each party; returns each party's token (from the outbox). */
async function sendToBoth(userId: string, partnershipId: string, number: number) {
  const db = await getDb();
  const p = (await partnershipDetail(partnershipId))!;
  const tokens: Record<string, string> = {};
  for (const party of p.parties) {
    const email = `${unique()}@signatory.test`;
    const r = await sendForSigning(
      { userId },
      {
        partnershipId,
        number,
        input: {
          partyId: party.id,
          name: `Signe ${party.side}`,
          role: "Ordförande",
          email,
          mailLocale: "sv",
        },
      },
    );
    expect(r).toEqual({ ok: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.bearerLinks).toHaveLength(1);
    expect(mail.textBody).toContain(mail.bearerLinks[0]);
    tokens[party.side] = mail.bearerLinks[0]!.split("/signera/")[1]!;
  }
  return tokens as { CIVIL_SOCIETY: string; PUBLIC: string };
}

const activate = async (id: string, userId: string) =>
  saveSection(
    { id: userId, roles: ["LOTS"] },
    {
      partnershipId: id,
      expectedVersion: (await partnershipDetail(id))!.version,
      section: "status",
      input: { status: "ACTIVE" },
    },
  );

const sign = (token: string, typedName: string, consent = "yes", now?: Date) =>
  signWithToken(token, { typedName, consent, locale: "sv", clientAddress: "198.51.100.7" }, now);

describe("agreement versions and signing", () => {
  const staff = staffMemberBeforeAll();

  it("freeze twice makes v2 and cancels v1's links; both sign; the signed PDF is stored once; then it may become active", async () => {
    const db = await getDb();
    const p = await partnershipFromRequest(staff.id);
    expect(await activate(p.id, staff.id)).toEqual({ ok: false, code: "refused", reason: "notFrozen" });

    expect(await freezeVersion({ userId: staff.id }, { partnershipId: p.id })).toEqual({
      ok: true,
      number: 1,
    });
    const v1 = await sendToBoth(staff.id, p.id, 1);
    expect((await partnershipSigningState(p.id)).state).toBe("OUT_FOR_SIGNING");
    expect((await signingView(v1.CIVIL_SOCIETY))?.number).toBe(1);

    // A second click, or nothing edited since: no new version to sign.
    expect(await freezeVersion({ userId: staff.id }, { partnershipId: p.id })).toEqual({
      ok: false,
      code: "unchanged",
    });
    await db.partnership.update({
      where: { id: p.id },
      data: { evaluation: "Styrgruppen utvärderar efter ett år." },
    });
    expect(await freezeVersion({ userId: staff.id }, { partnershipId: p.id })).toEqual({
      ok: true,
      number: 2,
    });
    expect(await signingView(v1.CIVIL_SOCIETY)).toBeNull();
    expect(await sign(v1.PUBLIC, "Signe PUBLIC")).toEqual({ ok: false, code: "gone" });
    expect((await partnershipSigningState(p.id)).state).toBe("FROZEN");
    const stale = await sendForSigning(
      { userId: staff.id },
      {
        partnershipId: p.id,
        number: 1,
        input: { partyId: p.parties[0]!.id, name: "A", role: "B", email: "a@b.test", mailLocale: "sv" },
      },
    );
    expect(stale).toEqual({ ok: false, code: "notLatest" });

    const v2 = await sendToBoth(staff.id, p.id, 2);
    expect(await sign(v2.CIVIL_SOCIETY, "Någon annan")).toEqual({
      ok: false,
      code: "invalid",
      errors: { typedName: "nameMismatch" },
    });
    expect(await sign(v2.CIVIL_SOCIETY, "Signe CIVIL_SOCIETY", "")).toEqual({
      ok: false,
      code: "invalid",
      errors: { consent: "consent" },
    });
    expect(await sign(v2.CIVIL_SOCIETY, "  signe civil_society ")).toEqual({ ok: true, completed: false });
    expect(await sign(v2.CIVIL_SOCIETY, "Signe CIVIL_SOCIETY")).toEqual({ ok: false, code: "alreadySigned" });
    expect((await partnershipSigningState(p.id)).state).toBe("OUT_FOR_SIGNING");
    expect(await activate(p.id, staff.id)).toEqual({ ok: false, code: "refused", reason: "notSigned" });
    expect(await signingPdf(v2.CIVIL_SOCIETY, true)).toBeNull();

    expect(await sign(v2.PUBLIC, "Signe PUBLIC")).toEqual({ ok: true, completed: true });
    expect((await partnershipSigningState(p.id)).state).toBe("SIGNED");

    const version = await db.agreementVersion.findUniqueOrThrow({
      where: { partnershipId_number: { partnershipId: p.id, number: 2 } },
      include: { signatures: true },
    });
    const frozen = (await versionPdf(p.id, 2, false))!;
    const signed = (await versionPdf(p.id, 2, true))!;
    expect(sha(frozen)).toBe(version.sha256);
    expect(sha(signed)).toBe(version.signedSha256);
    // The same bytes for the signatory's link and on every download.
    expect(sha((await signingPdf(v2.PUBLIC, true))!.bytes)).toBe(version.signedSha256);
    expect(sha((await versionPdf(p.id, 2, true))!)).toBe(version.signedSha256);
    const text = await pdfText(signed);
    expect(text).toContain("Underskrifter");
    expect(text).toContain(version.sha256);
    expect(text).toContain("Signe PUBLIC");
    for (const s of version.signatures) {
      expect(s.addressHash).toMatch(/^[0-9a-f]{64}$/);
      expect(s.addressHash).not.toContain("198.51");
      expect(s.consentText).toContain(version.sha256);
      expect(s.evidence).toMatchObject({ provider: "simple", documentSha256: version.sha256 });
    }
    // The frozen version never changes (a database trigger).
    await expect(
      db.agreementVersion.update({ where: { id: version.id }, data: { sha256: "0".repeat(64) } }),
    ).rejects.toThrow();

    expect(await activate(p.id, staff.id)).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findMany({
      where: { entity: { in: ["agreement_version", "agreement_signature"] } },
      select: { action: true, entityId: true },
    });
    const actions = audit.filter((a) =>
      [version.id, ...version.signatures.map((s) => s.id)].includes(a.entityId),
    );
    expect(actions.map((a) => a.action).sort()).toEqual([
      "frozen",
      "sent",
      "sent",
      "signed",
      "signed",
      "signed_by_all",
    ]);
  });

  it("links expire, a re-sent link replaces the old one, and partnerships entered directly are exempt", async () => {
    const p = await partnershipFromRequest(staff.id);
    await freezeVersion({ userId: staff.id }, { partnershipId: p.id });
    const first = await sendToBoth(staff.id, p.id, 1);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await signingView(first.CIVIL_SOCIETY, later)).toBeNull();
    expect(await sign(first.CIVIL_SOCIETY, "Signe CIVIL_SOCIETY", "yes", later)).toEqual({
      ok: false,
      code: "gone",
    });
    const again = await sendToBoth(staff.id, p.id, 1);
    expect(await signingView(first.CIVIL_SOCIETY)).toBeNull();
    expect(await signingView(again.CIVIL_SOCIETY)).toMatchObject({ number: 1, signedAt: null });
    expect(await signingView("not-a-token")).toBeNull();

    const db = await getDb();
    const direct = await db.partnership.create({
      data: { title: `Direkt ${unique()}`, municipality: "Testkommun", status: "DRAFT" },
    });
    expect(await activate(direct.id, staff.id)).toMatchObject({ ok: true });
  });
});
