import "server-only";
import type { z } from "zod";
import { fieldErrors } from "@/lib/domain/field-errors";
import type { Failure } from "@/lib/domain/result";
import { failureAnswer, type Answer, type FormTarget } from "./answer";
import { formToObject } from "./form-to-object";

// The decisions of a command route (command-route.ts) as plain values, unit-tested without a
// request: the posted form read into the command, and a failure's answer.

/** Where the form is and how its failures are shown (answer.ts). */
export interface CommandForm {
  /** The page the form is on. */
  page: string;
  /** The form's name on the page: the flash it reads. */
  form: string;
  /** A failure without field errors is shown as this field's error. */
  field?: string;
  /** false: what was typed is not sent back (passwords, a number re-typed on purpose). */
  keep?: false;
  /** Query and anchor that open the form's errors; by default `?fel=<form>#fel`. */
  at?: string;
  /**
   * For pages whose error summary reads the address only: an invalid form is named by its first
   * message key (`?fel=<key>#fel`), and a failed verb by its code, "notFound" included.
   */
  inAddress?: true;
}

/** Parses the posted form with the command's schema; a failure names each field's message key. */
export function readCommand<S extends z.ZodType>(
  schema: S,
  form: FormData,
): { ok: true; command: z.output<S> } | Failure<"invalid"> {
  const parsed = schema.safeParse(formToObject(schema, form));
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, code: "invalid", errors: fieldErrors(parsed.error) };
}

/**
 * The answer to a failure, read or run. A malformed id posted ("notFound" as a field's key) is not
 * found, as a malformed id in the address is (form-route.ts).
 */
export function commandFailureAnswer(failure: Failure, target: CommandForm, form: FormData): Answer {
  const errors = Object.values(failure.errors ?? {});
  if (errors.includes("notFound")) return { page: "notFound" };
  if (target.inAddress) {
    const code = failure.code === "invalid" && errors[0] ? errors[0] : failure.code;
    return { redirect: `${target.page}?fel=${encodeURIComponent(code)}#fel` };
  }
  const formTarget: FormTarget & { field?: string } = {
    ...target,
    keep: target.keep === false ? null : form,
  };
  return failureAnswer(failure, formTarget);
}
