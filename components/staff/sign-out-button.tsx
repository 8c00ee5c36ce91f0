import { SecondaryButton } from "@/components/form/buttons";

/** Signs out without JavaScript: a form post to the route that revokes the session and clears the cookie. */
export function SignOutButton({ locale, label }: { locale: string; label: string }) {
  return (
    <form method="post" action="/api/staff/logout">
      <input type="hidden" name="locale" value={locale} />
      <SecondaryButton type="submit">{label}</SecondaryButton>
    </form>
  );
}
