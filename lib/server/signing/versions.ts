import "server-only";
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import type { FrozenParty } from "@/lib/domain/agreement-signing";
import { isUuid } from "@/lib/domain/ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sv } from "@/lib/i18n/messages";
import { recordAudit, staffActor } from "../audit/record";
import { getDb, type Db } from "../db/client";
import { fileStore } from "../files/store";
import { logger } from "../log";
import { outlineOf } from "../partnerships/agreement-document";
import { agreementPdf } from "../partnerships/agreement-pdf";
import { partnershipDetail } from "../partnerships/queries";
import type { Result } from "@/lib/domain/result";

// "Freeze for signing": the agreement as it is now becomes version n+1, its outline stored as JSON
// and its PDF stored with its SHA-256. The frozen version never changes; later edits of the
// partnership are the draft of the next version. Freezing again cancels the unsigned links of the
// earlier versions, so nobody signs a text that is no longer the one on the table.

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

// "unchanged": the latest version already holds this text and these parties (a second click on the
// button, or nothing edited since): freezing it again would only ask everyone to sign twice.
export type FreezeResult = Result<{ number: number }, "notFound" | "ended" | "conflict" | "unchanged">;

/** The agreement is frozen in Swedish, the language the parties sign. */
export async function freezeVersion(
  actor: { userId: string },
  command: { partnershipId: string },
  client?: Db,
): Promise<FreezeResult> {
  const db = client ?? (await getDb());
  const p = await partnershipDetail(command.partnershipId, db);
  if (!p) return { ok: false, code: "notFound" };
  if (p.status === "ENDED") return { ok: false, code: "ended" };
  const outline = outlineOf(p, "sv");
  const t = createTranslator({ locale: "sv", messages: sv, namespace: "partnerships.agreement" });
  const parties: FrozenParty[] = p.parties.map((x) => ({ id: x.id, side: x.side, name: x.name }));
  try {
    const number = await db.$transaction(async (tx) => {
      const last = await tx.agreementVersion.findFirst({
        where: { partnershipId: p.id },
        orderBy: { number: "desc" },
        select: { number: true, sections: true, parties: true },
      });
      if (last && sameJson(last.sections, outline) && sameJson(last.parties, parties)) return null;
      const number = (last?.number ?? 0) + 1;
      const bytes = await agreementPdf(
        outline,
        (page, pages) => `${outline.title} · v${number} · ${t("page", { page, pages })}`,
      );
      const sha256 = sha256Hex(bytes);
      const pdfFileId = await fileStore().put(tx, bytes);
      // The unique (partnership, number) makes a second freeze at the same moment fail, not fork.
      const version = await tx.agreementVersion.create({
        data: {
          partnershipId: p.id,
          number,
          sections: outline as unknown as Prisma.InputJsonValue,
          parties: parties as unknown as Prisma.InputJsonValue,
          pdfFileId,
          sha256,
          frozenById: actor.userId,
        },
        select: { id: true },
      });
      const cancelled = await tx.agreementSignature.updateMany({
        where: {
          version: { partnershipId: p.id, number: { lt: number } },
          signedAt: null,
          cancelledAt: null,
        },
        data: { cancelledAt: new Date() },
      });
      await recordAudit(tx, {
        actor: staffActor(actor.userId),
        entity: "agreement_version",
        entityId: version.id,
        action: "frozen",
        changes: {
          partnershipId: { to: p.id },
          number: { to: number },
          sha256: { to: sha256 },
          ...(cancelled.count ? { cancelledLinks: { to: cancelled.count } } : {}),
        },
      });
      return number;
    });
    if (number === null) return { ok: false, code: "unchanged" };
    logger.info({ event: "agreement-frozen", partnershipId: p.id, number }, "agreement frozen");
    return { ok: true, number };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "conflict" };
    throw error;
  }
}

/** Compares as stored: JSON columns keep objects with their keys sorted, so both sides are sorted. */
function sameJson(stored: unknown, now: unknown): boolean {
  return canonical(stored) === canonical(JSON.parse(JSON.stringify(now)));
}
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

const versionSelect = {
  id: true,
  number: true,
  sha256: true,
  frozenAt: true,
  frozenById: true,
  parties: true,
  signedSha256: true,
  completedAt: true,
  signatures: {
    select: {
      id: true,
      partyId: true,
      name: true,
      role: true,
      email: true,
      expiresAt: true,
      sentAt: true,
      cancelledAt: true,
      signedAt: true,
      signedName: true,
      addressHash: true,
    },
  },
} as const;

/** Every version of a partnership's agreement, newest first, with its signatures. */
export async function listVersions(partnershipId: string) {
  if (!isUuid(partnershipId)) return [];
  const db = await getDb();
  return db.agreementVersion.findMany({
    where: { partnershipId },
    orderBy: { number: "desc" },
    select: versionSelect,
  });
}
export type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

/** One version with its frozen outline (for the compare page). */
export async function versionOutline(partnershipId: string, number: number) {
  if (!isUuid(partnershipId) || !Number.isInteger(number)) return null;
  const db = await getDb();
  return db.agreementVersion.findUnique({
    where: { partnershipId_number: { partnershipId, number } },
    select: { number: true, sections: true, sha256: true },
  });
}

/** The stored PDF of a version: the frozen one, or (signed) the one with the signature page. */
export async function versionPdf(partnershipId: string, number: number, signed: boolean) {
  if (!isUuid(partnershipId) || !Number.isInteger(number)) return null;
  const db = await getDb();
  const v = await db.agreementVersion.findUnique({
    where: { partnershipId_number: { partnershipId, number } },
    select: { pdfFileId: true, signedFileId: true },
  });
  const key = signed ? v?.signedFileId : v?.pdfFileId;
  return key ? fileStore().get(db, key) : null;
}

/**
 * The newest version every party has signed, with its stored signed PDF: what a partner's page offers
 * instead of the live draft once there is one. Null while nothing is signed by all.
 */
export async function latestSignedAgreement(partnershipId: string) {
  if (!isUuid(partnershipId)) return null;
  const db = await getDb();
  const v = await db.agreementVersion.findFirst({
    where: { partnershipId, signedFileId: { not: null } },
    orderBy: { number: "desc" },
    select: { number: true, signedFileId: true, signedSha256: true },
  });
  if (!v?.signedFileId) return null;
  return { number: v.number, sha256: v.signedSha256, load: () => fileStore().get(db, v.signedFileId!) };
}
