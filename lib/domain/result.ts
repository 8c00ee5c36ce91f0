// The one shape every verb answers with: success with its values, or a failure named by a `code`.
// The failure "invalid" may carry field errors for a form to show beside its fields, and, where a
// verb declares them in `X`, any failure says what else the page needs (a refusal's reason, a wait
// before trying again).
// Routes turn a failure into their response in one place (lib/server/http/answer.ts).

/** Field name → message key, shown beside the field the form posted under that name. */
export type FieldErrors = Record<string, string>;

// Only "invalid" carries field errors; any other code says what happened by itself (and by `X`).
// A failure of any code (`Failure`, as a route handles it) is either kind.
type FailureOf<C extends string> = string extends C
  ? FailureOf<"invalid"> | { ok: false; code: C; errors?: never }
  : C extends "invalid"
    ? { ok: false; code: C; errors?: FieldErrors }
    : { ok: false; code: C; errors?: never };

export type Failure<C extends string = string, X extends object = object> = FailureOf<C> & X;

export type Result<T extends object = object, C extends string = string, X extends object = object> =
  ({ ok: true } & T) | Failure<C, X>;

/** The failure codes a result can carry. */
export type FailureCode<R> = R extends { ok: false; code: infer C extends string } ? C : never;

export function ok(): { ok: true };
export function ok<T extends object>(values: T): { ok: true } & T;
export function ok(values?: object) {
  return { ...values, ok: true };
}

export function fail<C extends string, X extends object & { errors?: never } = object>(
  code: C,
  extra?: X,
): Failure<C, X> {
  return { ...extra, ok: false, code } as Failure<C, X>;
}

/** An invalid form: the code "invalid" with the errors per field. */
export const invalid = (errors: FieldErrors): Failure<"invalid"> => ({ ok: false, code: "invalid", errors });
