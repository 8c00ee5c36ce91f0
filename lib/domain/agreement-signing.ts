// Frozen agreement versions and their signatures (issue 13, point 3): the rules, pure. The server
// (lib/server/signing) stores versions and signatures; everything it decides from them is here:
// when a version is fully signed, what state the partnership's signing is in, whether it may become
// active, and what changed between two versions.

import { z } from "zod";

/** How long a signing link works after it was (last) sent. */
export const SIGNING_LINK_DAYS = 30;

export type SideName = "CIVIL_SOCIETY" | "PUBLIC";

/** A party as frozen with a version: each of them must sign. */
export interface FrozenParty {
  id: string;
  side: SideName;
  name: string;
}

export interface SignatureFacts {
  partyId: string;
  signedAt: Date | null;
  cancelledAt: Date | null;
}

/** Stored JSON read leniently: entries that are not parties are left out. */
export function readFrozenParties(value: unknown): FrozenParty[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const o = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
    return typeof o.id === "string" &&
      typeof o.name === "string" &&
      (o.side === "CIVIL_SOCIETY" || o.side === "PUBLIC")
      ? [{ id: o.id, name: o.name, side: o.side }]
      : [];
  });
}

/** Every frozen party has a signature that is signed (and not cancelled). No parties: never signed. */
export function allSigned(parties: readonly FrozenParty[], signatures: readonly SignatureFacts[]): boolean {
  return (
    parties.length > 0 &&
    parties.every((p) => signatures.some((s) => s.partyId === p.id && s.signedAt && !s.cancelledAt))
  );
}

/**
 * A version's state: FROZEN while no link has gone out, OUT_FOR_SIGNING once one has (whether or
 * not anyone signed yet), SIGNED when every party has signed.
 */
export type VersionState = "FROZEN" | "OUT_FOR_SIGNING" | "SIGNED";

export function versionState(
  parties: readonly FrozenParty[],
  signatures: readonly SignatureFacts[],
): VersionState {
  if (allSigned(parties, signatures)) return "SIGNED";
  return signatures.some((s) => !s.cancelledAt) ? "OUT_FOR_SIGNING" : "FROZEN";
}

/**
 * The signing state of a partnership, derived from its latest version (PartnershipStatus stays
 * DRAFT → ACTIVE → ENDED): NONE before any freeze, else the latest version's state.
 */
export type SigningState = "NONE" | VersionState;

export function signingState(
  latest: { parties: readonly FrozenParty[]; signatures: readonly SignatureFacts[] } | null,
): SigningState {
  return latest ? versionState(latest.parties, latest.signatures) : "NONE";
}

/**
 * The activation rule, the one place it is decided. A partnership made in Lotsen (it came from a
 * granted request) may become ACTIVE only when its latest frozen version is signed by every party.
 * A partnership entered directly (no request: the register's historical agreements, or an agreement
 * signed on paper before it was entered) is exempt: its agreement was signed outside Lotsen.
 * Returns null when allowed, otherwise the reason's message key.
 */
export function activationRefusal(input: {
  fromRequest: boolean;
  latest: { parties: readonly FrozenParty[]; signatures: readonly SignatureFacts[] } | null;
}): "notFrozen" | "notSigned" | null {
  if (!input.fromRequest) return null;
  if (!input.latest) return "notFrozen";
  return allSigned(input.latest.parties, input.latest.signatures) ? null : "notSigned";
}

// ---------------------------------------------------------------------------------------------
// Comparing versions

/** The structure of an agreement outline (lib/server/partnerships/agreement-document.ts). */
export type OutlineBlock =
  | { kind: "text"; label?: string; text: string }
  | { kind: "table"; caption: string; head: string[]; rows: { cells: string[]; total?: boolean }[] }
  | { kind: "signatures"; parties: { name: string; detail: string }[]; place: string; signature: string };
export interface OutlineLike {
  title: string;
  sections: { id: string; heading: string; blocks: OutlineBlock[] }[];
}

/** A section as plain lines of text: what is compared, and shown side by side. */
export function sectionLines(blocks: readonly OutlineBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === "text") return [...(b.label ? [`${b.label}:`] : []), ...b.text.split("\n")];
    if (b.kind === "table") return [b.caption, b.head.join(" | "), ...b.rows.map((r) => r.cells.join(" | "))];
    return b.parties.map((p) => [p.name, p.detail].filter(Boolean).join(", "));
  });
}

export type DiffLine = { op: "same" | "removed" | "added"; text: string };

/** A line diff (longest common subsequence): what was removed from `a` and added in `b`. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: "removed", text: a[i++]! });
    else out.push({ op: "added", text: b[j++]! });
  }
  while (i < n) out.push({ op: "removed", text: a[i++]! });
  while (j < m) out.push({ op: "added", text: b[j++]! });
  return out;
}

export interface SectionComparison {
  id: string;
  heading: string;
  changed: boolean;
  before: string[];
  after: string[];
  diff: DiffLine[];
}

/** Section by section, in the newer outline's order (then any section only the older one has). */
export function compareOutlines(older: OutlineLike, newer: OutlineLike): SectionComparison[] {
  const ids = [...newer.sections.map((s) => s.id)];
  for (const s of older.sections) if (!ids.includes(s.id)) ids.push(s.id);
  const titleLines = (o: OutlineLike) => [o.title];
  const rows: SectionComparison[] = [];
  const title = diffLines(titleLines(older), titleLines(newer));
  rows.push({
    id: "title",
    heading: "",
    changed: older.title !== newer.title,
    before: titleLines(older),
    after: titleLines(newer),
    diff: title,
  });
  for (const id of ids) {
    const a = older.sections.find((s) => s.id === id);
    const b = newer.sections.find((s) => s.id === id);
    const before = a ? sectionLines(a.blocks) : [];
    const after = b ? sectionLines(b.blocks) : [];
    rows.push({
      id,
      heading: (b ?? a)!.heading,
      changed: before.join("\n") !== after.join("\n"),
      before,
      after,
      diff: diffLines(before, after),
    });
  }
  return rows;
}

/** Whether the live agreement differs from a frozen one (edits since: a draft of the next version). */
export function outlineChanged(frozen: OutlineLike, live: OutlineLike): boolean {
  return compareOutlines(frozen, live).some((s) => s.changed);
}

// ---------------------------------------------------------------------------------------------
// Forms

const line = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

/** Staff name a party's signatory when sending the link. */
export const signatorySchema = z.object({
  partyId: z.uuid({ error: "required" }),
  name: line(200),
  role: line(200),
  email: z
    .string()
    .trim()
    .max(254, { error: "tooLong" })
    .pipe(z.email({ error: "email" })),
  mailLocale: z.enum(["sv", "en"], { error: "required" }),
});
export type SignatoryInput = z.infer<typeof signatorySchema>;

/** The signatory types their name and ticks the consent. */
export const signSchema = z.object({
  typedName: line(200),
  consent: z.literal("yes", { error: "consent" }),
});
export type SignInput = z.infer<typeof signSchema>;

/** Names compare without case, surrounding or repeated spaces. */
export const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv") ===
  b.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
