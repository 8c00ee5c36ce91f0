import "server-only";
import type { Failure } from "@/lib/domain/result";
import { formValues, setFlash, type Flash } from "../staff/flash";
import { seeOther } from "../urls";
import { forbiddenResponse, notFoundResponse } from "./html-page";

// The one place a failed verb (lib/domain/result.ts) becomes the answer to a form post
// (post/redirect/get): back to the page with the errors, and what was typed, in the flash cookie
// (lib/server/staff/flash.ts), or the not-found or forbidden page. The decision is a plain value
// (`failureAnswer`), so it is unit-tested without a request.

export interface FormTarget {
  /** The page the form is on. */
  page: string;
  /** The form's name on the page: the flash it reads. */
  form: string;
  /** The posted form, whose values come back typed; null where they must be typed again (passwords). */
  keep: FormData | null;
  /** Query and anchor that open the form's errors on the page; by default `?fel=<form>#fel`. */
  at?: string;
}

export type Answer = { page: "notFound" | "forbidden" } | { redirect: string; flash?: Flash };

/** Back to the form with `errors` beside its fields and its input kept. */
export function errorsAnswer(target: FormTarget, errors: Record<string, string>): Answer {
  return {
    redirect: `${target.page}${target.at ?? `?fel=${encodeURIComponent(target.form)}#fel`}`,
    flash: { form: target.form, values: target.keep ? formValues(target.keep) : {}, errors },
  };
}

/**
 * A failed result's answer. Field errors (only "invalid" has them) go back to the form. With `field`, any other code is shown
 * as that field's error; without it "notFound" and "forbidden" are their pages and any other code is
 * named on the page (`?fel=<code>#fel`), whose error summary says it.
 */
export function failureAnswer(result: Failure, target: FormTarget & { field?: string }): Answer {
  if (result.errors) return errorsAnswer(target, result.errors);
  if (target.field) return errorsAnswer(target, { [target.field]: result.code });
  if (result.code === "notFound" || result.code === "forbidden") return { page: result.code };
  return { redirect: `${target.page}?fel=${encodeURIComponent(result.code)}#fel` };
}

export async function toResponse(answer: Answer): Promise<Response> {
  if ("page" in answer) return answer.page === "notFound" ? notFoundResponse() : forbiddenResponse();
  if (answer.flash) await setFlash(answer.flash);
  return seeOther(answer.redirect);
}

export const backWithErrors = (target: FormTarget, errors: Record<string, string>) =>
  toResponse(errorsAnswer(target, errors));

export const answerFailure = (result: Failure, target: FormTarget & { field?: string }) =>
  toResponse(failureAnswer(result, target));
