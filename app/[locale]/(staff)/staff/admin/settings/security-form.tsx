import { getTranslations } from "next-intl/server";
import { getSecuritySettings } from "@/lib/server/auth/security-settings";
import { getDb } from "@/lib/server/db/client";
import { CheckboxField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

/** Whether every staff member, not only those whose role requires it, signs in in two steps. */
export async function SecurityForm() {
  const t = await getTranslations("secondFactor.admin");
  const { secondFactorForEveryone } = await getSecuritySettings(await getDb());
  return (
    <section aria-labelledby="security-heading">
      <h2 id="security-heading">{t("settingHeading")}</h2>
      <p id="security-hint">{t("settingLead")}</p>
      <PostForm action="/api/staff/admin/security" submit={t("save")}>
        <CheckboxField
          id="second-factor-everyone"
          name="secondFactorForEveryone"
          value="on"
          label={t("everyone")}
          checked={secondFactorForEveryone}
          alsoDescribedBy="security-hint"
          spacing="mt-4"
        />
      </PostForm>
    </section>
  );
}
