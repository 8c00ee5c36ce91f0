import { SecondaryButton } from "@/components/form/buttons";

/** The button that queues a failed mail or webhook delivery again; its label names which one. */
export function RetryButton({
  action,
  locale,
  label,
  text,
}: {
  action: string;
  locale: string;
  label: string;
  text: string;
}) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="locale" value={locale} />
      <SecondaryButton type="submit" aria-label={label}>
        {text}
      </SecondaryButton>
    </form>
  );
}
