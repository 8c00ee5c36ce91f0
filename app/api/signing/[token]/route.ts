import { notFoundResponse } from "@/lib/server/http/html-page";
import { formRoute, text } from "@/lib/server/http/form-route";
import { clientIp } from "@/lib/server/rate-limit";
import { signWithToken } from "@/lib/server/signing/sign";
import { pagePath, seeOther } from "@/lib/server/urls";

// The signing page's form: the private link is the credential. Errors go back as field → key pairs
// in the address (no typed text), shown in the page's error summary.
export const POST = formRoute<{ token: string }>(async ({ request, form, locale }, { token }) => {
  const page = pagePath(locale, { pathname: "/signera/[token]", params: { token } });
  const result = await signWithToken(token, {
    typedName: text(form, "typedName"),
    consent: text(form, "consent"),
    locale,
    clientAddress: clientIp(request.headers),
  });
  if (result.ok) return seeOther(`${page}?ok=signed`);
  if (result.code === "gone") return notFoundResponse();
  if (result.code !== "invalid") return seeOther(`${page}?fel=alreadySigned#fel`);
  const errors = Object.entries(result.errors ?? {}).map(([field, key]) => `${field}.${key}`);
  return seeOther(`${page}?fel=${encodeURIComponent(errors.join(","))}#fel`);
});
