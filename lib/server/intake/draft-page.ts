import "server-only";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { currentApplicantRequest } from "./applicant-session";

/** For the form's pages: the browser's draft, or off to the start page (or the receipt if sent). */
export async function requireDraft(locale: Locale) {
  const request = await currentApplicantRequest("COLLABORATION");
  if (!request) redirect({ href: "/forfragan", locale });
  if (request!.status !== "DRAFT") redirect({ href: "/forfragan/kvitto", locale });
  return request!;
}
