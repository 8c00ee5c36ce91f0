import "server-only";
import { randomUUID } from "node:crypto";
import type { Locale } from "@/lib/i18n/routing";
import { logger } from "../log";
import { requestIdFrom } from "../request-id";
import { withRequestContext } from "../audit/context";
import { asLocale } from "../urls";
import { htmlPage, notFoundResponse } from "./html-page";
import { BodyTooLarge, readForm } from "./read-form";
import { isSameOriginPost } from "./same-origin";
import { isUuid } from "@/lib/domain/ids";

// Every browser form post goes through here: the body is read safely, the language comes from the
// form, and an unexpected failure becomes a calm page with a reference id, never a stack trace.

const MAX_BODY_BYTES = 12 * 1024 * 1024; // one 10 MB attachment plus the form around it

export interface FormContext {
  request: Request;
  form: FormData;
  locale: Locale;
  requestId: string;
}

/**
 * What a route decides before its body is read (staff-form-route.ts: the staff session): stop with
 * `refuse`, or read at most `maxBytes` and hand `state` to the handler.
 */
export type FormGate<S> = (
  request: Request,
) => Promise<{ refuse: Response } | { maxBytes?: number; state: S }>;

const TEXT = {
  sv: {
    title: "Något gick fel",
    text: "Ett oväntat fel inträffade. Det ni har sparat finns kvar. Försök igen om en stund.",
    tooLarge: "Det ni skickade var för stort. Filer får vara högst 10 MB.",
    ref: "Referens",
    back: "Till startsidan",
  },
  en: {
    title: "Something went wrong",
    text: "An unexpected error occurred. What you have saved is still there. Please try again in a while.",
    tooLarge: "What you sent was too large. Files may be at most 10 MB.",
    ref: "Reference",
    back: "To the home page",
  },
} as const;

/** A body too large (413) or not a form (400): before the language is known, so in Swedish. */
function unreadable(error: Error): Response {
  if (error instanceof BodyTooLarge)
    return htmlPage({ locale: "sv", title: TEXT.sv.title, paragraphs: [TEXT.sv.tooLarge], status: 413 });
  return htmlPage({
    locale: "sv",
    title: TEXT.sv.title,
    paragraphs: [TEXT.sv.text],
    status: 400,
    link: { href: "/", text: TEXT.sv.back },
  });
}

export function formRoute<P, S = undefined>(
  handler: (ctx: FormContext & { state: S }, params: P) => Promise<Response>,
  gate?: FormGate<S>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const log = logger.child({
      requestId,
      route: new URL(request.url).pathname.replace(/[A-Za-z0-9_-]{43}/g, ":token"),
    });
    let locale: Locale = "sv";
    // CSRF: only this site's own pages may post (the cookies alone would not tell).
    if (!isSameOriginPost(request.headers)) {
      log.warn({ event: "cross-site-post" }, "form post from another site refused");
      return htmlPage({ locale, title: TEXT.sv.title, paragraphs: [TEXT.sv.text], status: 403 });
    }
    try {
      const gated = gate ? await gate(request) : { state: undefined as S };
      if ("refuse" in gated) return gated.refuse;
      const form = await readForm(request, gated.maxBytes ?? MAX_BODY_BYTES).catch((error: Error) => error);
      if (form instanceof Error) return unreadable(form);
      locale = asLocale(form.get("locale"));
      const params = await context.params;
      // A malformed id in the address is "not found", not a database error.
      if (params && typeof params === "object" && "id" in params && !isUuid(params.id)) {
        return notFoundResponse();
      }
      const ctx = { request, form, locale, requestId, state: gated.state };
      return await withRequestContext(requestId, () => handler(ctx, params));
    } catch (error) {
      // Redirects thrown by next/navigation are not errors.
      if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_"))
        throw error;
      const reference = randomUUID().slice(0, 8);
      log.error({ reference, err: (error as Error).message }, "form post failed");
      const t = TEXT[locale];
      return htmlPage({
        locale,
        title: t.title,
        paragraphs: [t.text, `${t.ref}: ${reference}`],
        link: { href: locale === "en" ? "/en" : "/", text: t.back },
        status: 500,
      });
    }
  };
}

export const text = (form: FormData, name: string): string => {
  const v = form.get(name);
  // PostgreSQL text cannot hold NUL, so it is removed here rather than failing the whole save.
  return typeof v === "string" ? v.replaceAll("\0", "") : "";
};
