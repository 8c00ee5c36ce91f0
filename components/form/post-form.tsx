import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { PrimaryButton } from "./buttons";

/**
 * A form posted to an API route that answers with a redirect back (post/redirect/get). The page's
 * language (the request's, so callers need not pass it) goes along, so the answer comes back in it,
 * with any other `hidden` values. The browser's own checks are off: the server's errors are the ones
 * shown, with or without JavaScript. `submit` is the label of the form's one button, under its
 * fields (`submitSpacing` above it).
 */
export function PostForm({
  action,
  hidden = {},
  className,
  encType,
  submit,
  submitSpacing = "mt-6",
  children,
}: {
  action: string;
  hidden?: Record<string, string | number>;
  className?: string;
  encType?: "multipart/form-data";
  submit?: string;
  submitSpacing?: string;
  children: ReactNode;
}) {
  const locale = useLocale();
  return (
    <form method="post" action={action} encType={encType} noValidate className={className}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {submit && (
        <PrimaryButton type="submit" className={submitSpacing}>
          {submit}
        </PrimaryButton>
      )}
    </form>
  );
}
