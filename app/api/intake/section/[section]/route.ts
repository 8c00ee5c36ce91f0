import { pickSectionValues, validateSection } from "@/lib/domain/intake/schema";
import { findSection, SECTIONS } from "@/lib/domain/intake/sections";
import { typedText } from "@/lib/server/auth/refusal";
import { formRoute } from "@/lib/server/http/form-route";
import { tooManyRequestsResponse } from "@/lib/server/http/too-many-requests";
import { currentApplicantRequest, startDraft } from "@/lib/server/intake/applicant-session";
import { saveSection } from "@/lib/server/intake/save-section";
import { pagePath, seeOther } from "@/lib/server/urls";

// Saves one section of the browser's own draft. Whatever was typed is kept, valid or not; errors are
// shown on the section page (no JavaScript) or returned as JSON to the autosave (JavaScript).
export const POST = formRoute<{ section: string }>(async ({ request, form, locale }, { section: id }) => {
  const section = findSection(id);
  const autosave = request.headers.get("x-autosave") === "1";
  if (!section)
    return autosave
      ? Response.json({ saved: false, errors: {} }, { status: 404 })
      : seeOther(pagePath(locale, "/forfragan/oversikt"));

  let draft = await currentApplicantRequest("COLLABORATION");
  if (draft && draft.status !== "DRAFT") {
    return autosave
      ? Response.json({ saved: false, errors: {} }, { status: 409 })
      : seeOther(pagePath(locale, "/forfragan/kvitto"));
  }
  // No cookie (expired, or another browser): keep what was typed in a new draft rather than lose it.
  if (!draft) {
    const started = await startDraft("COLLABORATION", locale, request.headers);
    if (!started.ok)
      return autosave
        ? Response.json({ saved: false, errors: {} }, { status: 429 })
        : tooManyRequestsResponse(
            locale,
            started.retryAfterSeconds,
            pagePath(locale, "/forfragan"),
            typedText(form),
          );
    draft = { id: started.id } as NonNullable<typeof draft>;
  }

  const values = pickSectionValues(section, (name) => {
    const all = form.getAll(name).filter((v): v is string => typeof v === "string");
    return section.fields.find((f) => f.name === name)?.type === "themes" ? all : all[0];
  });
  await saveSection(draft.id, section.id, values);
  const errors = validateSection(section, values);

  if (autosave) return Response.json({ saved: true });
  if (Object.keys(errors).length > 0) {
    return seeOther(
      `${pagePath(locale, { pathname: "/forfragan/avsnitt/[section]", params: { section: section.id } })}?fel=1#fel`,
    );
  }
  const index = SECTIONS.findIndex((s) => s.id === section.id);
  const following = SECTIONS[index + 1];
  if (form.get("next") === "overview" || !following) return seeOther(pagePath(locale, "/forfragan/oversikt"));
  return seeOther(
    pagePath(locale, { pathname: "/forfragan/avsnitt/[section]", params: { section: following.id } }),
  );
});
