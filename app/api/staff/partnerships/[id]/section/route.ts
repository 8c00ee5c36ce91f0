import { refuseStaffForm } from "@/lib/server/auth/refusal";
import { formRoute, text } from "@/lib/server/http/form-route";
import { partnershipPage, readerOf, requireManager, respond } from "@/lib/server/partnerships/respond";
import { saveSection, SECTIONS, type SectionName } from "@/lib/server/partnerships/save-section";
import { seeOther } from "@/lib/server/urls";

// Every section form of the partnership page posts here with its name in `section`.
export const POST = formRoute<{ id: string }>(async ({ form, locale }, { id }) => {
  const session = await requireManager();
  if (!session) return refuseStaffForm(form, locale);
  const page = partnershipPage(locale, id);
  const section = text(form, "section") as SectionName;
  if (!SECTIONS.includes(section)) return seeOther(page);
  const result = await saveSection({
    partnershipId: id,
    expectedVersion: Number(text(form, "version")),
    section,
    form: readerOf(form),
    userId: session.user.id,
  });
  return respond(result, { page, formName: section, form });
});
