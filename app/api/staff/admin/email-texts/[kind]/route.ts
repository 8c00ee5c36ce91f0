import { notFoundResponse } from "@/lib/server/http/html-page";
import { isEmailKind } from "@/lib/domain/email-kinds";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import {
  draftAnchor,
  dropEmailTextDraft,
  readEmailTextForm,
  saveEmailTextDraft,
} from "@/lib/server/mail/email-text-drafts";
import { resetEmailText, saveEmailText } from "@/lib/server/mail/email-texts";
import { pagePath, seeOther } from "@/lib/server/urls";

// One form per language on the edit page, with three buttons: preview (keeps the unsaved text as a
// draft and shows it rendered), save (checks, then saves; an invalid text comes back as a draft with
// its errors) and reset (back to the default). Each answers with a redirect to the page.
export const POST = staffFormRoute<{ kind: string }>(
  "administer",
  async ({ form, locale, session }, { kind }) => {
    if (!isEmailKind(kind)) return notFoundResponse();
    const { textLocale, intent, edited } = readEmailTextForm(form);
    const page = pagePath(locale, { pathname: "/staff/admin/email-texts/[kind]", params: { kind } });
    const userId = session.user.id;
    if (intent === "reset") {
      await resetEmailText(kind, textLocale, userId);
      await dropEmailTextDraft(kind, textLocale);
      return seeOther(`${page}?ok=reset#${textLocale}`);
    }
    if (intent === "save" && (await saveEmailText(kind, textLocale, edited, userId)).ok) {
      await dropEmailTextDraft(kind, textLocale);
      return seeOther(`${page}?ok=saved#${textLocale}`);
    }
    // Preview, or a save that failed the checks: the page shows the draft (and its errors).
    const draftIntent = intent === "save" ? "save" : "preview";
    await saveEmailTextDraft(kind, textLocale, userId, { ...edited, intent: draftIntent });
    return seeOther(`${page}?utkast=${textLocale}#${draftAnchor(kind, textLocale, edited)}`);
  },
);
