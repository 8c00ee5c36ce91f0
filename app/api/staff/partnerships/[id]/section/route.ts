import {
  SECTION_FORMS,
  SECTIONS,
  type SectionCommand,
  type SectionName,
} from "@/lib/domain/partnership-sections";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { formToObject } from "@/lib/server/http/form-to-object";
import { partnershipPage, respond } from "@/lib/server/partnerships/respond";
import { saveSection } from "@/lib/server/partnerships/save-section";
import { seeOther } from "@/lib/server/urls";

// Every section form of the partnership page posts here with its name in `section`.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ form, locale, session }, { id }) => {
    const page = partnershipPage(locale, id);
    const section = text(form, "section") as SectionName;
    if (!SECTIONS.includes(section)) return seeOther(page);
    const input = formToObject(SECTION_FORMS[section], form);
    const command = { partnershipId: id, expectedVersion: Number(text(form, "version")), section, input };
    const result = await saveSection(session.user, command as SectionCommand);
    return respond(result, { page, formName: section, form });
  },
);
