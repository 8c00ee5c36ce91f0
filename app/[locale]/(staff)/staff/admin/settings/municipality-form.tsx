import { getTranslations } from "next-intl/server";
import type { SummaryError } from "@/components/form/error-summary";
import type { MunicipalitySettings } from "@/lib/server/settings";
import type { Flash } from "@/lib/server/staff/flash";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

// The "Kommunen" section of the settings page: the municipality's own settings, in a form of its own
// posting to /api/staff/admin/municipality. After a failed post the typed values come from the flash.

const FIELDS = [
  { name: "name", type: "text", autoComplete: "organization" },
  { name: "mailbox", type: "email", autoComplete: "off" },
  { name: "contactEmail", type: "email", autoComplete: "off" },
  { name: "contactPhone", type: "tel", autoComplete: "off" },
  { name: "registrationPrefix", type: "text", autoComplete: "off" },
] as const;
type FieldName = (typeof FIELDS)[number]["name"];

const savedValue = (s: MunicipalitySettings, f: FieldName): string =>
  f === "name" ? s.municipalityName : (s[f] ?? "");

/** The section's errors for the page's error summary, in field order. */
export async function municipalityErrors(flash: Flash | null): Promise<SummaryError[]> {
  if (!flash) return [];
  const t = await getTranslations("staff.admin.municipality");
  return FIELDS.filter((f) => flash.errors[`municipality-${f.name}`]).map((f) => ({
    fieldId: `municipality-${f.name}`,
    message: `${t(f.name)}: ${t(`errors.${flash.errors[`municipality-${f.name}`]}` as "errors.nameRequired")}`,
  }));
}

export async function MunicipalityForm({
  saved,
  flash,
}: {
  saved: MunicipalitySettings;
  flash: Flash | null;
}) {
  const t = await getTranslations("staff.admin.municipality");
  return (
    <section aria-labelledby="kommunen" className="mt-12">
      <h2 id="kommunen" tabIndex={-1}>
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      <PostForm action="/api/staff/admin/municipality" submit={t("save")} submitSpacing="mt-8">
        {FIELDS.map((f) => {
          const id = `municipality-${f.name}`;
          const code = flash?.errors[id];
          const error = code ? t(`errors.${code}` as "errors.nameRequired") : undefined;
          const value = flash ? (flash.values[f.name]?.[0] ?? "") : savedValue(saved, f.name);
          return (
            <TextField
              key={f.name}
              id={id}
              name={f.name}
              type={f.type}
              label={t(f.name)}
              hint={t(`${f.name}Hint`)}
              error={error}
              value={value}
              autoComplete={f.autoComplete}
              spellCheck={f.type === "text" ? undefined : false}
              required={f.name !== "contactPhone"}
              width="medium"
              compact
            />
          );
        })}
      </PostForm>
    </section>
  );
}
