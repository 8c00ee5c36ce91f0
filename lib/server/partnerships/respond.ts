import "server-only";
import type { Locale } from "@/lib/i18n/routing";
import { answerFailure } from "../http/answer";
import { pagePath, seeOther } from "../urls";
import type { ChangeResult } from "./guard";

// The partnership form routes answer alike (post/redirect/get): back to the page, at the form that
// was posted, with its input and errors in the flash cookie when it failed.

export function partnershipPage(locale: Locale, id: string, page: "record" | "budget" = "record") {
  return page === "budget"
    ? pagePath(locale, { pathname: "/staff/partnerships/[id]/budget", params: { id } })
    : pagePath(locale, { pathname: "/staff/partnerships/[id]", params: { id } });
}

/** `formName` names the form on the page: its anchor and the flash it reads. */
export async function respond(
  result: ChangeResult,
  { page, formName, form }: { page: string; formName: string; form: FormData },
): Promise<Response> {
  if (result.ok) return seeOther(`${page}?ok=${encodeURIComponent(formName)}#${formName}`);
  if (result.code === "refused") return seeOther(`${page}?fel=${result.reason ?? "refused"}#fel`);
  return answerFailure(result, {
    page,
    form: formName,
    keep: form,
    at: `?form=${encodeURIComponent(formName)}#fel`,
  });
}
