import { notFoundResponse } from "@/lib/server/http/html-page";
import { formRoute, text } from "@/lib/server/http/form-route";
import { REASON_MAX, withdrawRequest } from "@/lib/server/intake/applicant-actions";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { pagePath, seeOther } from "@/lib/server/urls";

// The private link is the credential: its holder may withdraw the request, with a reason.
export const POST = formRoute<{ token: string }>(async ({ form, locale }, { token }) => {
  const req = await requestByStatusToken(token);
  if (!req || req.kind !== "COLLABORATION") return notFoundResponse();
  const page = pagePath(locale, { pathname: "/status/[token]", params: { token } });
  const reason = text(form, "reason").trim();
  if (!reason) return seeOther(`${page}?fel=reasonEmpty#fel`);
  if (reason.length > REASON_MAX) return seeOther(`${page}?fel=reasonTooLong#fel`);
  const ok = await withdrawRequest(req, reason, token);
  return seeOther(ok ? `${page}?ok=withdrawn` : `${page}?fel=closed#fel`);
});
