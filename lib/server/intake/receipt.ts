import "server-only";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contactEmail, currentApplicantRequest } from "./applicant-session";

/**
 * The request this browser has sent, for its receipt page, and the address its confirmation went
 * to. A browser with nothing sent goes back to the start of the form.
 */
export async function sentRequest(kind: "COLLABORATION" | "QUESTION", locale: Locale) {
  const request = await currentApplicantRequest(kind);
  if (!request || request.status === "DRAFT") {
    return redirect({ href: kind === "QUESTION" ? "/fraga" : "/forfragan", locale });
  }
  return { request, email: await contactEmail(request.contactId) };
}
