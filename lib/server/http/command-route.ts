import "server-only";
import { z } from "zod";
import type { Permission, StaffActor } from "@/lib/domain/permissions";
import type { PublicActor } from "@/lib/domain/public-actor";
import type { Result } from "@/lib/domain/result";
import type { Locale } from "@/lib/i18n/routing";
import { staffFormRoute } from "../auth/staff-form-route";
import type { StaffSession } from "../auth/session";
import { getDb } from "../db/client";
import { checkRateLimit, type RateLimitBucket } from "../rate-limit";
import { seeOther } from "../urls";
import { toResponse } from "./answer";
import { commandFailureAnswer, readCommand, type CommandForm } from "./command-answer";
import { formRoute, type FormContext } from "./form-route";
import { tooManyRequestsResponse } from "./too-many-requests";

export type { CommandForm };

// A form post declared as a command: the gate (formRoute's origin, size and language, and for staff
// staffFormRoute's session and permission), the form read into the command's zod schema
// (lib/domain), the verb called as `run(actor, command)`, and its one Result type turned into the
// answer: `done`'s address on success, else the form again with its errors and typed input
// (command-answer.ts, answer.ts). A route declares only what differs.

/** What a route knows before the form is read; annotate `params` in `form` to type them. */
export type CommandScope<P = unknown> = { locale: Locale; params: P };

export interface CommandSpec<A, P, S extends z.ZodType, R extends Result, C> {
  /** The command's schema; a form with no fields (a button) has none. */
  schema?: S;
  form: (scope: CommandScope<P> & { actor: A }) => CommandForm;
  run: (actor: A, command: z.output<S>, params: P, ctx: C) => Promise<R>;
  /** The address after success, or (a download) the response itself. */
  done: (
    scope: CommandScope<P> & { result: Extract<R, { ok: true }>; command: z.output<S>; actor: A },
  ) => string | Response | Promise<string | Response>;
}

const NO_FIELDS = z.object({});

async function answerCommand<A, P, S extends z.ZodType, R extends Result, C>(
  spec: CommandSpec<A, P, S, R, C>,
  actor: A,
  { form, locale, params, ctx }: { form: FormData; locale: Locale; params: P; ctx: C },
  beforeRun?: (target: CommandForm, command: z.output<S>) => Promise<Response | null>,
): Promise<Response> {
  const target = spec.form({ locale, params, actor });
  const read = readCommand(spec.schema ?? (NO_FIELDS as unknown as S), form);
  if (!read.ok) return toResponse(commandFailureAnswer(read, target, form));
  const stop = beforeRun ? await beforeRun(target, read.command) : null;
  if (stop) return stop;
  const result = await spec.run(actor, read.command, params, ctx);
  if (!result.ok) return toResponse(commandFailureAnswer(result, target, form));
  const done = await spec.done({
    locale,
    params,
    actor,
    command: read.command,
    result: result as Extract<R, { ok: true }>,
  });
  return typeof done === "string" ? seeOther(done) : done;
}

export type StaffCommandContext = FormContext & { session: StaffSession };

/** A staff form's command: the permission is checked before the body is read; the actor is the member. */
export function staffCommandRoute<P, S extends z.ZodType = typeof NO_FIELDS, R extends Result = Result>(
  permission: Permission | null,
  spec: CommandSpec<StaffActor, P, S, R, StaffCommandContext>,
) {
  return staffFormRoute<P>(permission, (ctx, params) =>
    answerCommand(spec, ctx.session.user, { form: ctx.form, locale: ctx.locale, params, ctx }),
  );
}

export type PublicCommandSpec<T, P, S extends z.ZodType, R extends Result> = CommandSpec<
  PublicActor<T>,
  P,
  S,
  R,
  FormContext
> & {
  /**
   * Who sends it: the holder of the private link in the address (or a response when the link opens
   * nothing), by default the anonymous sender.
   */
  actor?: (ctx: FormContext, params: P) => Promise<PublicActor<T> | Response>;
  /** A valid form counts against this limit per client before the verb runs; `unsaved`: text handed back. */
  limit?: { bucket: RateLimitBucket; unsaved?: (command: z.output<S>) => string };
};

/** A public form's command: the sender is anonymous or holds a private link. */
export function publicCommandRoute<
  P,
  T = never,
  S extends z.ZodType = typeof NO_FIELDS,
  R extends Result = Result,
>(spec: PublicCommandSpec<T, P, S, R>) {
  return formRoute<P>(async (ctx, params) => {
    const actor = spec.actor ? await spec.actor(ctx, params) : ({ kind: "anonymous" } as const);
    if (actor instanceof Response) return actor;
    const { form, locale, request } = ctx;
    return answerCommand(spec, actor, { form, locale, params, ctx }, async (target, command) => {
      if (!spec.limit) return null;
      const limit = await checkRateLimit(await getDb(), spec.limit.bucket, request.headers);
      if (limit.allowed) return null;
      const unsaved = spec.limit.unsaved?.(command);
      return tooManyRequestsResponse(locale, limit.retryAfterSeconds, target.page, unsaved);
    });
  });
}
