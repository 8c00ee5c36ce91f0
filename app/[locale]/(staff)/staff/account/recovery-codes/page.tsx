import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { readNewCodes } from "@/lib/server/auth/browser-session";
import { requireStaff } from "@/lib/server/auth/session";
import { pagePath } from "@/lib/server/urls";
import { openPageLocale, staffMetadata } from "@/lib/server/staff/page";
import { PostForm } from "@/components/form/post-form";

// New recovery codes, shown once: they come in an encrypted cookie that "I have saved the codes" clears.
type Props = PageProps<"/[locale]/staff/account/recovery-codes">;

export const generateMetadata = staffMetadata("secondFactor.codesTitle");

export default async function RecoveryCodesPage({ params }: Props) {
  const locale = await openPageLocale(params);
  const account = pagePath(locale, "/staff/account");
  const { user } = await requireStaff(undefined, account);
  const fresh = await readNewCodes(user.id);
  if (!fresh) redirect(account);
  const t = await getTranslations("secondFactor");
  return (
    <>
      <h1>{t("codesTitle")}</h1>
      <p className="text-lg">{t("codesLead")}</p>
      <p className="text-lg font-semibold">{t("codesOnce")}</p>
      <ol aria-label={t("codesCaption")} className="mt-4 grid max-w-md grid-cols-2 gap-2 font-mono text-lg">
        {fresh.codes.map((code) => (
          <li key={code} data-recovery-code className="rounded bg-slate-100 px-3 py-1">
            {code}
          </li>
        ))}
      </ol>
      <PostForm action="/api/staff/account/second-factor" className="mt-8">
        <input type="hidden" name="action" value="done" />
        <PrimaryButton type="submit">{t("done")}</PrimaryButton>
      </PostForm>
    </>
  );
}
