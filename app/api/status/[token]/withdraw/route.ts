import { withdrawSchema } from "@/lib/domain/applicant-forms";
import { linkHolder } from "@/lib/domain/public-actor";
import { fail, ok } from "@/lib/domain/result";
import { publicCommandRoute, type CommandScope } from "@/lib/server/http/command-route";
import { notFoundResponse } from "@/lib/server/http/html-page";
import { withdrawRequest } from "@/lib/server/intake/applicant-actions";
import { requestByStatusToken } from "@/lib/server/intake/status";
import { pagePath } from "@/lib/server/urls";

const statusPage = ({ locale, params: { token } }: CommandScope<{ token: string }>) =>
  pagePath(locale, { pathname: "/status/[token]", params: { token } });

// The private link is the credential: its holder may withdraw the request, with a reason.
export const POST = publicCommandRoute({
  actor: async (_ctx, { token }: { token: string }) => {
    const req = await requestByStatusToken(token);
    return req?.kind === "COLLABORATION" ? linkHolder(token, req) : notFoundResponse();
  },
  schema: withdrawSchema,
  form: (scope) => ({ page: statusPage(scope), form: "withdraw", inAddress: true }),
  run: async (holder, { reason }) =>
    holder.kind === "linkHolder" && (await withdrawRequest(holder.holds, reason, holder.token))
      ? ok()
      : fail("closed"),
  done: (scope) => `${statusPage(scope)}?ok=withdrawn`,
});
