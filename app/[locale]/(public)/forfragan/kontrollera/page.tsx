import { randomUUID } from "node:crypto";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton } from "@/components/form/buttons";
import { ConfirmField } from "@/components/form/field-kit";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { Honeypot } from "@/components/form/honeypot";
import { AnswersList } from "@/components/intake/answers-list";
import { incompleteSections, type Answers } from "@/lib/domain/intake/schema";
import { Link } from "@/lib/i18n/navigation";
import { BackLink } from "@/components/back-link";
import type { Locale } from "@/lib/i18n/routing";
import { getDb } from "@/lib/server/db/client";
import { listAttachments } from "@/lib/server/files/attachments";
import { requireDraft } from "@/lib/server/intake/draft-page";
import { titleMetadata } from "@/lib/server/page-metadata";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/forfragan/kontrollera">;

async function pageErrors(props: Props, answers: Answers): Promise<SummaryError[]> {
  const t = await getTranslations({ locale: (await props.params).locale, namespace: "intake" });
  const fel = (await props.searchParams).fel;
  const errors: SummaryError[] = [];
  if (fel === "idempotencyConflict" || fel === "sendFailed")
    errors.push({ fieldId: "send", message: t(`errors.${fel}`) });
  if (fel) {
    for (const s of incompleteSections(answers)) {
      errors.push({
        fieldId: `answers-${s.id}`,
        message: t("errors.incomplete", { section: t(`sections.${s.id}`) }),
      });
    }
  }
  if (fel === "consent") errors.push({ fieldId: "consent", message: t("errors.consent") });
  return errors;
}

export const generateMetadata = titleMetadata("intake.check.title", {
  errorPrefix: "intake.errorTitlePrefix",
  failed: (search) => search.fel,
});

export default async function CheckAnswersPage(props: Props) {
  const locale = (await props.params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("intake");
  const draft = await requireDraft(locale);
  const answers = draft.answers as Answers;
  const files = (await listAttachments(await getDb(), draft.id)).filter((f) => !f.messageId);
  const errors = await pageErrors(props, answers);
  const consentError = errors.some((e) => e.fieldId === "consent");
  return (
    <>
      <BackLink href="/forfragan/oversikt">{t("backToOverview")}</BackLink>
      <ErrorSummary title={t("errorSummaryTitle")} errors={errors} />
      <h1>{t("check.title")}</h1>
      <p className="text-lg">{t("check.lead")}</p>
      <AnswersList answers={answers} editable />
      <h2>{t("attachmentsSection")}</h2>
      <p>{files.length ? files.map((f) => f.filename).join(", ") : t("attachments.none")}</p>
      <p>
        <Link
          href="/forfragan/bilagor"
          aria-label={t("check.changeNamed", { name: t("attachmentsSection") })}
        >
          {t("check.change")}
        </Link>
      </p>
      <PostForm action="/api/intake/send" className="mt-10">
        {/* One key per rendering of this page: a double click or a re-post sends the same key. */}
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <Honeypot label={t("check.honeypotLabel")} />
        <h2>{t("check.consentHeading")}</h2>
        <ConfirmField
          id="consent"
          value="yes"
          label={t("check.consentLabel")}
          hint={<Link href="/integritet">{t("check.consentHint")}</Link>}
          error={consentError ? t("errors.consent") : undefined}
        />
        <PrimaryButton id="send" type="submit" className="mt-6">
          {t("check.send")}
        </PrimaryButton>
      </PostForm>
    </>
  );
}
