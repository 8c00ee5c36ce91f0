import "server-only";
import type { z } from "zod";
import { isUuid } from "@/lib/domain/ids";
import type { Locale } from "@/lib/i18n/routing";
import { staffFormRoute } from "../auth/staff-form-route";
import { answerFailure } from "../http/answer";
import { text } from "../http/form-route";
import { formToObject } from "../http/form-to-object";
import { notFoundResponse } from "../http/html-page";
import type { StaffActor } from "@/lib/domain/permissions";
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

type RowBase = { partnershipId: string; expectedVersion: number };

/**
 * The POST that adds (no row id posted), changes or removes (op=remove) one row of a partnership,
 * such as a budget line or a party. `key` is the row id's field, `form` the prefix of the form's
 * name on the page (`${form}-${id}`, or `${form}-new`).
 */
export function partnershipRowRoute<K extends string, S extends z.ZodType>(row: {
  key: K;
  form: string;
  page: "record" | "budget";
  schema: S;
  save: (
    actor: StaffActor,
    command: RowBase & Record<K, string | null> & { input: z.input<S> },
  ) => Promise<ChangeResult>;
  remove: (actor: StaffActor, command: RowBase & Record<K, string>) => Promise<ChangeResult>;
}) {
  return staffFormRoute<{ id: string }>("managePartnerships", async ({ form, locale, session }, { id }) => {
    const rowId = text(form, row.key);
    if (rowId && !isUuid(rowId)) return notFoundResponse();
    const base = { partnershipId: id, expectedVersion: Number(text(form, "version")) };
    const result =
      text(form, "op") === "remove" && rowId
        ? await row.remove(session.user, { ...base, [row.key]: rowId } as RowBase & Record<K, string>)
        : await row.save(session.user, {
            ...base,
            [row.key]: rowId || null,
            input: formToObject(row.schema, form),
          } as RowBase & Record<K, string | null> & { input: z.input<S> });
    return respond(result, {
      page: partnershipPage(locale, id, row.page),
      formName: rowId ? `${row.form}-${rowId}` : `${row.form}-new`,
      form,
    });
  });
}
