import "server-only";
import { cache } from "react";
import {
  municipalitySettingsSchema,
  type MunicipalitySettingsValue,
} from "@/lib/domain/municipality-settings";
import { getDb } from "./db/client";
import { env } from "./env";
import { putSetting } from "./setting-row";

// The municipality's own settings: what administrators saved (the Setting row "municipality")
// over the environment's values, which stay the defaults so a fresh install works. Read from the
// database once per request (React `cache`); sends and staff work see a change at once. The public
// pages' header and footer use a copy a few seconds old (getPublicSettings).

export interface MunicipalitySettings {
  municipalityName: string;
  /** The lotsen mailbox, where notifications go. */
  mailbox: string;
  /** The address shown to the public (may equal the mailbox). */
  contactEmail: string;
  contactPhone: string | null;
  registrationPrefix: string;
}

const KEY = "municipality";

/** The settings from the environment alone. */
export function defaultSettings(): MunicipalitySettings {
  const e = env();
  return {
    municipalityName: e.MUNICIPALITY_NAME,
    mailbox: e.LOTSEN_MAILBOX,
    contactEmail: e.LOTSEN_MAILBOX,
    contactPhone: null,
    registrationPrefix: e.REGISTRATION_PREFIX,
  };
}

/** The stored value, field by field: a field that is missing or invalid keeps its default. */
function storedFields(value: unknown): Partial<MunicipalitySettingsValue> {
  if (!value || typeof value !== "object") return {};
  const out: Partial<MunicipalitySettingsValue> = {};
  const shape = municipalitySettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse((value as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

export const getSettings = cache(async (): Promise<MunicipalitySettings> => {
  const defaults = defaultSettings();
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const stored = storedFields(row?.value);
  return {
    municipalityName: stored.name ?? defaults.municipalityName,
    mailbox: stored.mailbox ?? defaults.mailbox,
    contactEmail: stored.contactEmail ?? stored.mailbox ?? defaults.contactEmail,
    contactPhone: stored.contactPhone ?? defaults.contactPhone,
    registrationPrefix: stored.registrationPrefix ?? defaults.registrationPrefix,
  };
});

/**
 * For the public pages, which are rendered ahead of time: during `next build` the database is never
 * opened (the environment's values are used); afterwards the pages refresh through `revalidate`.
 */
export async function getPublicSettings(): Promise<MunicipalitySettings> {
  if (process.env.NEXT_PHASE === "phase-production-build") return defaultSettings();
  const holder = globalThis as PublicMemo;
  const memo = holder[PUBLIC];
  if (memo && Date.now() - memo.at < PUBLIC_TTL_MS) return memo.value;
  const value = getSettings();
  holder[PUBLIC] = { at: Date.now(), value };
  value.catch(() => holder[PUBLIC]?.value === value && delete holder[PUBLIC]);
  return value;
}

// What every page shows (the name in the header, the contact in the footer) is read at most every
// few seconds per instance instead of once per request: a query saved on every page rendered per
// request, which matters most on the embedded database. Pages already accept older copies (the
// prerendered ones are refreshed every five minutes, app/[locale]/layout.tsx); a save on this
// instance forgets the copy at once. Sending a request reads getSettings, never this copy.
const PUBLIC_TTL_MS = 5_000;
const PUBLIC = Symbol.for("lotsen.public-settings");
type PublicMemo = { [PUBLIC]?: { at: number; value: Promise<MunicipalitySettings> } };

/** Saves the administrators' settings; they apply from the next request on. */
export async function saveMunicipalitySettings(settings: MunicipalitySettingsValue, userId: string) {
  await putSetting(KEY, municipalitySettingsSchema.parse(settings), userId);
  delete (globalThis as PublicMemo)[PUBLIC];
}
