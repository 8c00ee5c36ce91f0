import { validateSection } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { typedText } from "@/lib/server/auth/refusal";
import { formRoute } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import {
  afterSectionPath,
  autosaveRefused,
  draftForSection,
  saveSection,
  sectionValuesOf,
} from "@/lib/server/intake/save-section";
import { pagePath, seeOther } from "@/lib/server/urls";

// Saves one section of the browser's own draft. Whatever was typed is kept, valid or not; errors are
// shown on the section page (no JavaScript) or returned as JSON to the autosave (JavaScript).
export const POST = formRoute<{ section: string }>(async ({ request, form, locale }, { section: id }) => {
  const section = findSection(id);
  const autosave = request.headers.get("x-autosave") === "1";
  if (!section) return autosave ? autosaveRefused(404) : seeOther(pagePath(locale, "/forfragan/oversikt"));
  const draft = await draftForSection(locale, request.headers);
  if (draft.state === "sent")
    return autosave ? autosaveRefused(409) : seeOther(pagePath(locale, "/forfragan/kvitto"));
  if (draft.state === "limited") {
    if (autosave) return autosaveRefused(429);
    const back = pagePath(locale, "/forfragan");
    return tooManyRequestsResponse(locale, draft.retryAfterSeconds, back, typedText(form));
  }
  const values = sectionValuesOf(section, form);
  await saveSection(draft.id, section.id, values);
  if (autosave) return Response.json({ saved: true });
  const valid = Object.keys(validateSection(section, values)).length === 0;
  return seeOther(afterSectionPath(locale, section, valid, form.get("next")));
});
