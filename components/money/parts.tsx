import type { ReactNode } from "react";
import { PrimaryButton } from "@/components/form/buttons";
import { formatSek } from "@/lib/domain/budget";
import type { Locale } from "@/lib/i18n/routing";
import { PostForm } from "@/components/form/post-form";

// Shared pieces of the money page: one plain form per action (post/redirect/get, no JavaScript
// needed), its fields wired to the flash that brings back input and errors
// (components/form/form-fields.ts).

export const th = "border-b-2 border-slate-700 py-1 pr-3 text-left";
export const td = "border-b border-slate-300 py-1 pr-3 align-top";
/** The classes of a column of amounts. */
export const AMOUNT = "text-right whitespace-nowrap";
export const num = `${td} ${AMOUNT}`;

export const sek = (ore: bigint, locale: Locale) => formatSek(ore, locale);

export function MoneyForm({
  formName,
  action,
  op,
  save,
  ok,
  okText,
  hidden = {},
  children,
}: {
  formName: string;
  action: string;
  op: string;
  save: string;
  ok?: string;
  okText: string;
  hidden?: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <div id={formName}>
      {ok === formName && (
        <p role="status" className="border-l-4 border-green-800 bg-green-50 p-3">
          {okText}
        </p>
      )}
      <PostForm action={action} hidden={{ op }}>
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {children}
        <p className="mt-6">
          <PrimaryButton type="submit">{save}</PrimaryButton>
        </p>
      </PostForm>
    </div>
  );
}

export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="mt-10 border-t border-slate-300 pt-4">
      <h2 id={`${id}-h`}>{heading}</h2>
      {children}
    </section>
  );
}
