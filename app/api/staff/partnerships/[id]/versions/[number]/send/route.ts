import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { sendForSigning } from "@/lib/server/signing/send";
import { answerFailure } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// Sends (or sends again) one party's signing link for a frozen version.
export const POST = staffFormRoute<{ id: string; number: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id, number }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/versions", params: { id } });
    const fields = ["partyId", "name", "role", "email", "mailLocale"] as const;
    const input = Object.fromEntries(fields.map((f) => [f, text(form, f)]));
    const result = await sendForSigning(
      { userId: session.user.id },
      { partnershipId: id, number: Number(number), input },
    );
    if (result.ok) return seeOther(`${page}?ok=sent#signatures`);
    const name = `send-${input.partyId}`;
    return answerFailure(result, {
      page,
      form: name,
      keep: form,
      at: `?form=${encodeURIComponent(name)}#fel`,
    });
  },
);
