import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";
import type { Locale } from "@/lib/i18n/routing";
import { first, type Search, type TitleOptions } from "@/lib/server/page-metadata";
import { pagePath } from "@/lib/server/urls";

// The errors a code page is sent back with (`?error=`), by their message key under secondFactor.errors.
const CODE_ERRORS = { wrong: "wrong", empty: "empty", "rate-limited": "rateLimited" } as const;

/** The error a code page came back with, as its message key; none for an unknown one. */
export function codeError(search: Search) {
  const code = first(search.error);
  return code && code in CODE_ERRORS ? CODE_ERRORS[code as keyof typeof CODE_ERRORS] : undefined;
}

/** The title of a code page: it says so first when the page came back with a code error. */
export const CODE_PAGE_TITLE = {
  errorPrefix: "account.errorTitlePrefix",
  failed: codeError,
} satisfies TitleOptions;

/** The form that asks for a second-factor code: one field, its hint and error, wired for screen readers. */
export function CodeForm({
  action,
  label,
  hint,
  error,
  submit,
}: {
  action: string;
  label: string;
  hint: string;
  error?: string;
  submit: string;
}) {
  return (
    <PostForm action={action} className="mt-6" submit={submit} submitSpacing="mt-8">
      <TextField
        id="code"
        label={label}
        hint={hint}
        error={error}
        inputMode="text"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        width="narrow"
        controlClass="font-mono text-xl tracking-widest"
      />
    </PostForm>
  );
}

/**
 * A page that asks for a code (signing in, setting the second factor up): the error summary that
 * points to the code, the heading and lead, what the page shows before the form (`children`), the
 * form, and (`cancel`) the way back to signing in. `summaryFrom` is the namespace of the summary's title.
 */
export async function CodeStep(p: {
  locale: Locale;
  error?: ReturnType<typeof codeError>;
  summaryFrom: "staffAuth" | "account";
  title: string;
  lead: string;
  action: string;
  hint: string;
  submit: string;
  cancel: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations("secondFactor");
  const message = p.error ? t(`errors.${p.error}`) : undefined;
  return (
    <>
      <ErrorSummary
        title={(await getTranslations(p.summaryFrom))("errorSummaryTitle")}
        errors={message ? [{ fieldId: "code", message }] : []}
      />
      <h1>{p.title}</h1>
      <p className="text-lg">{p.lead}</p>
      {p.children}
      <CodeForm action={p.action} label={t("code")} hint={p.hint} error={message} submit={p.submit} />
      {p.cancel && (
        <p className="mt-8">
          <a href={pagePath(p.locale, "/staff/login")}>{t("cancel")}</a>
        </p>
      )}
    </>
  );
}
