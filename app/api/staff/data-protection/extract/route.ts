import { parseIdentifier } from "@/lib/domain/privacy";
import { staffFormRoute } from "@/lib/server/auth/staff-form-route";
import { text } from "@/lib/server/http/form-route";
import { rememberExtract } from "@/lib/server/privacy/current-extract";
import { produceExtract } from "@/lib/server/privacy/produce-extract";
import { backWithErrors } from "@/lib/server/http/answer";
import { pagePath, seeOther } from "@/lib/server/urls";

// The register extract's search: the identifier goes into the page's http-only cookie, never the address.
export const POST = staffFormRoute("handlePersonalData", async ({ form, locale, session }) => {
  const page = pagePath(locale, "/staff/dataskydd");
  const parsed = parseIdentifier(text(form, "kind"), text(form, "value"));
  if (!parsed.ok) {
    const field = parsed.problem === "kind" ? "kind" : "value";
    return backWithErrors({ page, form: "extract", keep: form }, { [field]: parsed.problem });
  }
  await produceExtract(session, parsed.identifier, "page");
  await rememberExtract(parsed.identifier);
  return seeOther(`${page}#utdrag`);
});
