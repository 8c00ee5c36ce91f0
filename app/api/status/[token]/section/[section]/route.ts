import { notFoundResponse } from "@/lib/server/http/html-page";
import { validateSection } from "@/lib/domain/intake/schema";
import { findSection } from "@/lib/domain/intake/sections";
import { formRoute } from "@/lib/server/http/form-route";
import { saveReopenedSection } from "@/lib/server/intake/reopened";
import { sectionValuesOf } from "@/lib/server/intake/save-section";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { pagePath, seeOther } from "@/lib/server/urls";

// Saves one section that lotsen reopened, through the private link (the link is the credential).
// Whatever was typed is kept, valid or not; errors are shown on the section page.
export const POST = formRoute<{ token: string; section: string }>(
  async ({ form, locale }, { token, section: id }) => {
    const req = await requestByStatusToken(token);
    if (!req) return notFoundResponse();
    const status = pagePath(locale, { pathname: "/status/[token]", params: { token } });
    const section = findSection(id);
    if (!section || req.status !== "OPEN" || !req.reopenedSections.includes(section.id))
      return seeOther(status);

    const values = sectionValuesOf(section, form);
    if (!(await saveReopenedSection(req.id, section.id, values))) return seeOther(status);
    if (Object.keys(validateSection(section, values)).length > 0) {
      const page = pagePath(locale, {
        pathname: "/status/[token]/komplettera/[section]",
        params: { token, section: section.id },
      });
      return seeOther(`${page}?fel=1#fel`);
    }
    return seeOther(`${status}?ok=saved#more-info`);
  },
);
