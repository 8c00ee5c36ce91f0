import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/domain/intake/schema";
import type { SectionDef } from "@/lib/domain/intake/sections";
import type { Locale } from "@/lib/i18n/routing";

/** Field errors in the person's language, for the autosave's inline messages. */
export async function translateFieldErrors(locale: Locale, section: SectionDef, errors: FieldErrors) {
  const t = await getTranslations({ locale, namespace: "intake" });
  const out: Record<string, string> = {};
  for (const [name, error] of Object.entries(errors)) {
    const field = section.fields.find((f) => f.name === name);
    const label = t(`fields.${section.id}.${name}.label` as never);
    out[name] = (t as unknown as LooseT)(`errors.${error.key}`, { label, max: error.max ?? field?.max ?? 0 });
  }
  return out;
}

// Keys built at run time (error codes) cannot be checked against the message types.
type LooseT = (key: string, values?: Record<string, string | number>) => string;
