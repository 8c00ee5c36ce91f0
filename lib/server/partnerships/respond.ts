import "server-only";
import { notFoundResponse } from "@/lib/server/http/html-page";
import type { Locale } from "@/lib/i18n/routing";
import { formValues, setFlash } from "../staff/flash";
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
  if (result.code === "notFound") return notFoundResponse();
  if (result.code === "conflict") return seeOther(`${page}?fel=conflict#fel`);
  if (result.code !== "invalid") return seeOther(`${page}?fel=${result.reason ?? "refused"}#fel`);
  await setFlash({ form: formName, values: formValues(form), errors: result.errors });
  return seeOther(`${page}?form=${encodeURIComponent(formName)}#fel`);
}
