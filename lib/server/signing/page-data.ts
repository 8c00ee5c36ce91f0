import "server-only";
import {
  compareOutlines,
  outlineChanged,
  readFrozenParties,
  signingState,
  type OutlineLike,
} from "@/lib/domain/agreement-signing";
import { outlineOf } from "../partnerships/agreement-document";
import { partnershipDetail } from "../partnerships/queries";
import { listVersions, versionOutline } from "./versions";

// What the staff pages on versions and signing read. Access is checked by the page before calling.

export async function versionsPageData(partnershipId: string) {
  const p = await partnershipDetail(partnershipId);
  if (!p) return null;
  const versions = (await listVersions(p.id)).map((v) => ({ ...v, parties: readFrozenParties(v.parties) }));
  const latest = versions[0] ?? null;
  let draftChanged = true;
  if (latest) {
    const frozen = await versionOutline(p.id, latest.number);
    draftChanged = outlineChanged(frozen!.sections as unknown as OutlineLike, outlineOf(p, "sv"));
  }
  return {
    partnership: { id: p.id, title: p.title, status: p.status, fromRequest: p.requestId !== null },
    versions,
    latest,
    state: signingState(latest),
    draftChanged,
  };
}
export type VersionsPageData = NonNullable<Awaited<ReturnType<typeof versionsPageData>>>;

/** `a` and `b` are version numbers, or "draft" for the agreement as it is now. */
export async function comparison(partnershipId: string, a: string, b: string) {
  const p = await partnershipDetail(partnershipId);
  if (!p) return null;
  const read = async (which: string): Promise<OutlineLike | null> => {
    if (which === "draft") return outlineOf(p, "sv");
    if (!/^\d{1,4}$/.test(which)) return null;
    const v = await versionOutline(p.id, Number(which));
    return v ? (v.sections as unknown as OutlineLike) : null;
  };
  const [older, newer] = await Promise.all([read(a), read(b)]);
  const numbers = (await listVersions(p.id)).map((v) => v.number);
  return {
    partnership: { id: p.id, title: p.title },
    numbers,
    sections: older && newer ? compareOutlines(older, newer) : null,
  };
}
