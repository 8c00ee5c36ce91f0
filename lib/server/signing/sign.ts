import "server-only";
import { fieldErrors } from "@/lib/domain/field-errors";
import { allSigned, readFrozenParties, signSchema, type OutlineLike } from "@/lib/domain/agreement-signing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTranslator } from "next-intl";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { recordAudit } from "../audit/record";
import { registerDocument } from "../records/register-document";
import { getDb, type Db } from "../db/client";
import { fileStore } from "../files/store";
import { hashToken, looksLikeToken } from "../intake/tokens";
import { logger } from "../log";
import { addressHash, signatureProvider } from "./provider";
import { signedAgreementPdf } from "./signed-pdf";
import { sha256Hex } from "./versions";
import type { Result } from "@/lib/domain/result";

// The signatory's side: what their link shows, and signing through it. A link works while it is
// not expired and not cancelled (a newer version was frozen); after signing it still shows the
// version and, once everyone has signed, the signed PDF, until it expires.

const linkWhere = (token: string) => ({ tokenHash: hashToken(token) });

/** The signature and version columns the signing page reads. */
const SIGNING_PAGE = {
  name: true,
  role: true,
  partyId: true,
  expiresAt: true,
  cancelledAt: true,
  signedAt: true,
  signedName: true,
  consentText: true,
  version: {
    select: {
      number: true,
      sha256: true,
      sections: true,
      parties: true,
      completedAt: true,
      signedSha256: true,
      partnership: { select: { title: true, municipality: true } },
    },
  },
} satisfies Prisma.AgreementSignatureSelect;

/** What the signing page shows, or null when the link does not work (any reason alike). */
export async function signingView(token: string, now = new Date()) {
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  const s = await db.agreementSignature.findUnique({ where: linkWhere(token), select: SIGNING_PAGE });
  if (!s || s.cancelledAt || s.expiresAt <= now) return null;
  const party = readFrozenParties(s.version.parties).find((p) => p.id === s.partyId);
  return {
    name: s.name,
    role: s.role,
    party: party?.name ?? "",
    signedAt: s.signedAt,
    signedName: s.signedName,
    number: s.version.number,
    sha256: s.version.sha256,
    signedSha256: s.version.signedSha256,
    completedAt: s.version.completedAt,
    title: s.version.partnership.title,
    municipality: s.version.partnership.municipality,
    outline: s.version.sections as unknown as OutlineLike,
  };
}

/** The consent the signatory ticks, as shown on the page and stored with the signature. */
export function consentText(locale: Locale, values: { number: number; hash: string; party: string }) {
  const t = createTranslator({ locale, messages: locale === "en" ? en : sv, namespace: "signing.public" });
  return t("consent", values);
}

export type SignResult = Result<{ completed: boolean }, "gone" | "alreadySigned" | "invalid">;

const stockholm = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  dateStyle: "short",
  timeStyle: "medium",
});

/**
 * Signs through the link: the typed name and the consent, checked by the configured provider, the
 * evidence stored with the hashed client address. The last signature also stores the signed PDF,
 * in the same transaction. The version row is locked first, so two parties signing at the same
 * moment cannot both miss being last.
 */
export async function signWithToken(
  token: string,
  command: { typedName: string; consent: string; locale: Locale; clientAddress: string },
  now = new Date(),
  client?: Db,
): Promise<SignResult> {
  if (!looksLikeToken(token)) return { ok: false, code: "gone" };
  const parsed = signSchema.safeParse({ typedName: command.typedName, consent: command.consent });
  if (!parsed.success) return { ok: false, code: "invalid", errors: fieldErrors(parsed.error) };
  const provider = signatureProvider();
  const db = client ?? (await getDb());
  const result = await db.$transaction(async (tx): Promise<SignResult & { versionId?: string }> => {
    const s = await tx.agreementSignature.findUnique({
      where: linkWhere(token),
      select: {
        id: true,
        versionId: true,
        partyId: true,
        name: true,
        role: true,
        email: true,
        expiresAt: true,
        cancelledAt: true,
        signedAt: true,
      },
    });
    if (!s || s.cancelledAt || s.expiresAt <= now) return { ok: false, code: "gone" };
    await tx.$queryRaw`SELECT id FROM agreement_version WHERE id = ${s.versionId}::uuid FOR UPDATE`;
    const version = await tx.agreementVersion.findUniqueOrThrow({
      where: { id: s.versionId },
      select: { id: true, number: true, sha256: true, parties: true, pdfFileId: true },
    });
    const request = {
      documentSha256: version.sha256,
      signatory: { name: s.name, role: s.role, email: s.email },
    };
    const done = await provider.complete(request, {
      typedName: parsed.data.typedName,
      consentText: consentText(command.locale, {
        number: version.number,
        hash: version.sha256,
        party: readFrozenParties(version.parties).find((p) => p.id === s.partyId)?.name ?? "",
      }),
      addressHash: addressHash(command.clientAddress),
      at: now,
    });
    if (!done.ok) return { ok: false, code: "invalid", errors: { typedName: done.code } };
    const e = done.evidence;
    const updated = await tx.agreementSignature.updateMany({
      where: { id: s.id, signedAt: null, cancelledAt: null },
      data: {
        provider: provider.name,
        signedName: e.signedName,
        signedAt: now,
        consentText: e.consentText,
        addressHash: e.addressHash,
        evidence: e as unknown as Prisma.InputJsonValue,
      },
    });
    if (updated.count !== 1) return { ok: false, code: "alreadySigned" };
    await recordAudit(tx, {
      actor: { type: "PARTNER" },
      entity: "agreement_signature",
      entityId: s.id,
      action: "signed",
      changes: { signedName: { to: e.signedName }, provider: { to: provider.name } },
    });
    const completed = await completeIfAllSigned(tx, version);
    return { ok: true, completed };
  });
  if (result.ok) logger.info({ event: "agreement-signed", completed: result.completed }, "agreement signed");
  return result;
}

/** What the signed PDF shows of each signature, and whether every party has signed. */
const SIGNATURE_EVIDENCE = {
  partyId: true,
  signedAt: true,
  cancelledAt: true,
  signedName: true,
  role: true,
  addressHash: true,
  provider: true,
} satisfies Prisma.AgreementSignatureSelect;

async function completeIfAllSigned(
  tx: Prisma.TransactionClient,
  version: { id: string; number: number; sha256: string; parties: unknown; pdfFileId: string },
): Promise<boolean> {
  const parties = readFrozenParties(version.parties);
  const signatures = await tx.agreementSignature.findMany({
    where: { versionId: version.id },
    select: SIGNATURE_EVIDENCE,
  });
  if (!allSigned(parties, signatures)) return false;
  const v = await tx.agreementVersion.findUniqueOrThrow({
    where: { id: version.id },
    select: {
      completedAt: true,
      partnership: { select: { title: true, municipality: true, requestId: true } },
    },
  });
  if (v.completedAt) return true;
  const frozen = await fileStore().get(tx, version.pdfFileId);
  if (!frozen) throw new Error("frozen agreement PDF missing");
  const bytes = await signedAgreementPdf({
    frozen,
    title: v.partnership.title,
    municipality: v.partnership.municipality,
    number: version.number,
    sha256: version.sha256,
    signatures: parties.map((p) => {
      const s = signatures.find((x) => x.partyId === p.id)!;
      return {
        party: p.name,
        name: s.signedName ?? "",
        role: s.role,
        signedAt: stockholm.format(s.signedAt!),
        addressHash: s.addressHash ?? "",
        provider: s.provider ?? "",
      };
    }),
  });
  const signedSha256 = sha256Hex(bytes);
  const signedFileId = await fileStore().put(tx, bytes);
  await tx.agreementVersion.update({
    where: { id: version.id },
    data: { signedFileId, signedSha256, completedAt: new Date() },
  });
  await recordAudit(tx, {
    actor: { type: "PARTNER" },
    entity: "agreement_version",
    entityId: version.id,
    action: "signed_by_all",
    changes: { signedSha256: { to: signedSha256 } },
  });
  // The signed agreement is a document of the request the partnership came from.
  if (v.partnership.requestId)
    await registerDocument(tx, {
      requestId: v.partnership.requestId,
      direction: "IN",
      kind: "AGREEMENT",
      refId: version.id,
      counterpart: parties
        .filter((p) => p.side === "CIVIL_SOCIETY")
        .map((p) => p.name)
        .join(", "),
      description: `Undertecknad överenskommelse, version ${version.number}: ${v.partnership.title}`,
    });
  return true;
}

/** Whether the link still works, and the version's frozen and signed PDFs. */
const LINKED_PDFS = {
  expiresAt: true,
  cancelledAt: true,
  version: { select: { number: true, pdfFileId: true, signedFileId: true } },
} satisfies Prisma.AgreementSignatureSelect;

/** The PDF a signatory may download: the frozen one, or the signed one once it exists. */
export async function signingPdf(token: string, signed: boolean) {
  if (!looksLikeToken(token)) return null;
  const db = await getDb();
  const s = await db.agreementSignature.findUnique({ where: linkWhere(token), select: LINKED_PDFS });
  if (!s || s.cancelledAt || s.expiresAt <= new Date()) return null;
  const key = signed ? s.version.signedFileId : s.version.pdfFileId;
  const bytes = key ? await fileStore().get(db, key) : null;
  return bytes ? { bytes, number: s.version.number } : null;
}
