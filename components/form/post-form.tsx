import type { ReactNode } from "react";

/**
 * A form posted to an API route that answers with a redirect back (post/redirect/get). The page's
 * language goes along, so the answer comes back in it, with any other `hidden` values. The
 * browser's own checks are off: the server's errors are the ones shown, with or without JavaScript.
 */
export function PostForm({
  action,
  locale,
  hidden = {},
  className,
  encType,
  children,
}: {
  action: string;
  locale: string;
  hidden?: Record<string, string | number>;
  className?: string;
  encType?: "multipart/form-data";
  children: ReactNode;
}) {
  return (
    <form method="post" action={action} encType={encType} noValidate className={className}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
