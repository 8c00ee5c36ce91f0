import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { freezeVersion } from "@/lib/server/signing/versions";
import { pagePath, seeOther } from "@/lib/server/urls";

// "Freeze for signing": the agreement as it is now becomes the next version.
export const POST = staffFormRoute<{ id: string }>(
  "managePartnerships",
  async ({ locale, session }, { id }) => {
    const page = pagePath(locale, { pathname: "/staff/partnerships/[id]/versions", params: { id } });
    const result = await freezeVersion({ userId: session.user.id }, { partnershipId: id });
    if (result.ok) return seeOther(`${page}?ok=frozen&v=${result.number}`);
    if (result.code === "notFound") return notFoundResponse();
    return seeOther(`${page}?fel=${result.code}#fel`);
  },
);
