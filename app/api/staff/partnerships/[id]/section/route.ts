import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { partnershipPage, readerOf, respond } from "@/lib/server/partnerships/respond";
import { saveSection, SECTIONS, type SectionName } from "@/lib/server/partnerships/save-section";
import { seeOther } from "@/lib/server/urls";

// Every section form of the partnership page posts here with its name in `section`.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = partnershipPage(locale, id);
    const section = text(form, "section") as SectionName;
    if (!SECTIONS.includes(section)) return seeOther(page);
    const result = await saveSection({
      partnershipId: id,
      expectedVersion: Number(text(form, "version")),
      section,
      form: readerOf(form),
      userId: session.user.id,
      roles: session.user.roles,
    });
    return respond(result, { page, formName: section, form });
  },
);
