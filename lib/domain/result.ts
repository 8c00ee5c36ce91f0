// The one shape every verb answers with: success with its values, or a failure named by a `code`.
// A failure may carry field errors for a form to show beside its fields, and, where a verb declares
// them in `X`, what else the page needs to say more (a refusal's reason, a wait before trying again).
// Routes turn a failure into their response in one place (lib/server/http/answer.ts).

export type Failure<C extends string = string, X extends object = object> = {
  ok: false;
  code: C;
  /** Field name → message key, shown beside the field the form posted under that name. */
  errors?: Record<string, string>;
} & X;

export type Result<T extends object = object, C extends string = string, X extends object = object> =
  ({ ok: true } & T) | Failure<C, X>;

/** The failure codes a result can carry. */
export type FailureCode<R> = R extends { ok: false; code: infer C extends string } ? C : never;

export function ok(): { ok: true };
export function ok<T extends object>(values: T): { ok: true } & T;
export function ok(values?: object) {
  return { ...values, ok: true };
}

export function fail<C extends string, X extends object = object>(
  code: C,
  extra?: X & { errors?: Record<string, string> },
): Failure<C, X> {
  return { ...extra, ok: false, code } as Failure<C, X>;
}

/** An invalid form: the code "invalid" with the errors per field. */
export const invalid = (errors: Record<string, string>): Failure<"invalid"> => fail("invalid", { errors });
