import { notFoundResponse } from "@/lib/server/http/html-page";
import { formRoute } from "@/lib/server/http/form-route";
import { resendReopenedSections } from "@/lib/server/intake/reopened";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { pagePath, seeOther } from "@/lib/server/urls";

// Sends the sections lotsen reopened back to lotsen, once every one of them is valid.
export const POST = formRoute<{ token: string }>(async ({ locale }, { token }) => {
  const req = await requestByStatusToken(token);
  if (!req) return notFoundResponse();
  const page = pagePath(locale, { pathname: "/status/[token]", params: { token } });
  if (req.status !== "OPEN") return seeOther(`${page}?fel=closed#fel`);
  const result = await resendReopenedSections(req.id);
  if (result.ok) return seeOther(`${page}?ok=resent`);
  if (result.code === "invalid") return seeOther(`${page}?fel=info#fel`);
  return seeOther(page);
});
