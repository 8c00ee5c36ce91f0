import { getFormatter, getTranslations } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { TextField } from "@/components/form/field-kit";
import { Entry, ItemList } from "@/components/item-list";
import type { Locale } from "@/lib/i18n/routing";
import type { CaseDetail } from "@/lib/server/staff/case-detail";
import type { Flash } from "@/lib/server/staff/flash";

type Props = { detail: CaseDetail; locale: Locale; flash: Flash | null };

/** The message or note field, with the text and error kept from a failed post. */
async function NoteField(props: {
  name: "message" | "note";
  label: string;
  hint?: string;
  rows: number;
  flash: Flash | null;
}) {
  const t = await getTranslations("staff");
  const failed = props.flash?.form === props.name;
  return (
    <TextField
      id={props.name}
      label={props.label}
      hint={props.hint}
      rows={props.rows}
      compact
      spacing="mt-0"
      width="widest"
      value={failed ? props.flash!.values[props.name]?.[0] : ""}
      error={failed ? t(`errors.${props.flash!.errors[props.name]}` as never) : undefined}
    />
  );
}

/** Messages between lotsen and the applicant; lots may write while the case is open. */
export async function CaseMessages({ detail, locale, flash, mayWrite }: Props & { mayWrite: boolean }) {
  const t = await getTranslations("staff");
  const statusT = await getTranslations("status");
  const format = await getFormatter();
  return (
    <section aria-labelledby="messages">
      <h2 id="messages">{t("case.messages")}</h2>
      <ul className="mt-2 space-y-3">
        {detail.messages.map((m) => (
          <li key={m.id} className="border-l-4 border-slate-400 pl-3">
            <p className="mt-0 font-semibold">
              {m.from === "STAFF" ? statusT("fromLotsen") : t("case.applicant")},{" "}
              {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
          </li>
        ))}
      </ul>
      {mayWrite && (
        <form
          method="post"
          action={`/api/staff/cases/${detail.request.id}/message`}
          className="mt-4"
          noValidate
        >
          <input type="hidden" name="locale" value={locale} />
          <NoteField
            name="message"
            label={t("case.message")}
            hint={t("case.messageHint")}
            rows={4}
            flash={flash}
          />
          <PrimaryButton type="submit" className="mt-3">
            {t("case.sendMessage")}
          </PrimaryButton>
        </form>
      )}
    </section>
  );
}

/** Internal notes, never shown to the applicant. */
export async function CaseNotes({ detail, locale, flash }: Props) {
  const t = await getTranslations("staff");
  const format = await getFormatter();
  return (
    <section aria-labelledby="notes">
      <h2 id="notes">{t("case.notes")}</h2>
      <p className="text-slate-700">{t("case.notesHint")}</p>
      <ItemList items={detail.notes} empty={t("case.noNotes")} look="marked" accent="border-amber-600">
        {(n) => (
          <Entry
            heading={`${n.author.name}, ${format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}`}
          >
            <p className="mt-1 whitespace-pre-line">{n.body}</p>
          </Entry>
        )}
      </ItemList>
      <form method="post" action={`/api/staff/cases/${detail.request.id}/note`} className="mt-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <NoteField name="note" label={t("case.note")} rows={3} flash={flash} />
        <SecondaryButton type="submit" className="mt-3">
          {t("case.addNote")}
        </SecondaryButton>
      </form>
    </section>
  );
}
