import { SecondaryButton } from "@/components/form/buttons";
import { FieldError } from "@/components/form/field-kit";

export interface SecondFactorTexts {
  column: string;
  on: string;
  off: string;
  reset: string;
}

/** A user's second factor on the users page: on or off, and a reset for a colleague's (not one's own). */
export function SecondFactorCell({
  user,
  me,
  locale,
  text,
  error,
}: {
  user: { id: string; name: string; hasSecondFactor: boolean };
  me: boolean;
  locale: string;
  text: SecondFactorTexts;
  error?: string;
}) {
  return (
    <div className="mt-2">
      <span>
        {text.column}: {user.hasSecondFactor ? text.on : text.off}
      </span>
      {user.hasSecondFactor && !me && (
        <form method="post" action={`/api/staff/admin/users/${user.id}/second-factor`} className="mt-1">
          <input type="hidden" name="locale" value={locale} />
          <FieldError id={`mfa-${user.id}-error`} label={user.name} message={error} />
          <SecondaryButton type="submit" id={`mfa-${user.id}`} className="!px-3 !py-1 !text-base">
            {text.reset}
            <span className="sr-only"> – {user.name}</span>
          </SecondaryButton>
        </form>
      )}
    </div>
  );
}
