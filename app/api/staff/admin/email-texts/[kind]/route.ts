import { notFoundResponse } from "@/lib/server/http/html-page";
import { isEmailKind, validateEmailText } from "@/lib/domain/email-kinds";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { dropEmailTextDraft, saveEmailTextDraft } from "@/lib/server/mail/email-text-drafts";
import { resetEmailText, saveEmailText } from "@/lib/server/mail/email-texts";
import { asLocale, pagePath, seeOther } from "@/lib/server/urls";

// One form per language on the edit page, with three buttons: preview (keeps the unsaved text as a
// draft and shows it rendered), save (checks, then saves; an invalid text comes back as a draft with
// its errors) and reset (back to the default). Each answers with a redirect to the page.

export const POST = staffFormRoute<{ kind: string }>(
  "administer",
  async ({ form, locale, session }, { kind }) => {
    if (!isEmailKind(kind)) return notFoundResponse();
    const textLocale = asLocale(form.get("textLocale"));
    const page = pagePath(locale, { pathname: "/staff/admin/email-texts/[kind]", params: { kind } });
    const intent = text(form, "intent");
    const userId = session.user.id;

    if (intent === "reset") {
      await resetEmailText(kind, textLocale, userId);
      await dropEmailTextDraft(kind, textLocale);
      return seeOther(`${page}?ok=reset#${textLocale}`);
    }
    const edited = {
      subject: text(form, "subject").trim(),
      body: text(form, "body").replaceAll("\r\n", "\n"),
    };
    if (intent === "save") {
      const saved = await saveEmailText(kind, textLocale, edited, userId);
      if (saved.ok) {
        await dropEmailTextDraft(kind, textLocale);
        return seeOther(`${page}?ok=saved#${textLocale}`);
      }
    }
    // Preview, or a save that failed the checks: the page shows the draft (and its errors).
    await saveEmailTextDraft(kind, textLocale, userId, {
      ...edited,
      intent: intent === "save" ? "save" : "preview",
    });
    const errors = validateEmailText(kind, edited);
    const anchor = errors.subject || errors.body ? "fel" : `forhandsgranskning-${textLocale}`;
    return seeOther(`${page}?utkast=${textLocale}#${anchor}`);
  },
);
