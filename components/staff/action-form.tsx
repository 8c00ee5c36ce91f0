import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/lib/domain/intake/sections";
import { COLLABORATION_FORMS, IOP_CRITERIA, RECOMMENDATIONS } from "@/lib/domain/workflow-payloads";
import type { WorkflowAction } from "@/lib/domain/workflow";
import { PrimaryButton } from "../form/buttons";

type FieldKind =
  | "date"
  | "time"
  | "number"
  | "text"
  | "textarea"
  | "experts"
  | "recommended"
  | "form"
  | "criteria"
  | "sections";
type F = { name: string; kind: FieldKind; label?: string; optional?: boolean };

// The fields each action's form shows; the rules for them are in lib/domain/workflow-payloads.ts.
const FIELDS: Partial<Record<WorkflowAction, F[]>> = {
  review: [
    { name: "meetingDate", kind: "date" },
    { name: "participants", kind: "textarea" },
    { name: "summary", kind: "textarea" },
  ],
  requestOpinions: [
    { name: "expertIds", kind: "experts" },
    { name: "question", kind: "textarea" },
  ],
  completeConsultation: [{ name: "comment", kind: "textarea", optional: true }],
  skipExperts: [{ name: "reason", kind: "textarea" }],
  bookPresentation: [
    { name: "date", kind: "date" },
    { name: "time", kind: "time" },
    { name: "durationMinutes", kind: "number" },
    { name: "place", kind: "text" },
  ],
  recordPresentation: [{ name: "notes", kind: "textarea" }],
  submitProposal: [
    { name: "recommended", kind: "recommended" },
    { name: "motivation", kind: "textarea" },
    { name: "resources", kind: "textarea" },
    { name: "criteria", kind: "criteria" },
  ],
  approve: [{ name: "comment", kind: "textarea", optional: true }],
  decline: [{ name: "reason", kind: "textarea" }],
  sendBack: [{ name: "comment", kind: "textarea", label: "commentRequired" }],
  referToCommittee: [{ name: "comment", kind: "textarea", optional: true }],
  committeeGrant: [
    { name: "meetingDate", kind: "date" },
    { name: "form", kind: "form" },
    { name: "reason", kind: "textarea" },
  ],
  committeeDecline: [
    { name: "meetingDate", kind: "date" },
    { name: "reason", kind: "textarea" },
  ],
  answerQuestion: [{ name: "answer", kind: "textarea" }],
  requestInformation: [
    { name: "sections", kind: "sections" },
    { name: "message", kind: "textarea" },
  ],
  close: [{ name: "reason", kind: "textarea" }],
};

export const ACTIONS_WITH_FORMS = Object.keys(FIELDS) as WorkflowAction[];

const control = "mt-1 block w-full rounded border-2 border-slate-700 px-3 py-2";

export async function ActionForm(props: {
  action: WorkflowAction;
  requestId: string;
  version: number;
  locale: string;
  experts: { id: string; name: string }[];
  values?: Record<string, string[]>;
  errors?: Record<string, string>;
  open?: boolean;
}) {
  const t = await getTranslations("staff");
  const intake = await getTranslations("intake");
  const id = (name: string) => `${props.action}-${name}`;
  const value = (name: string) => props.values?.[name]?.[0] ?? (name === "durationMinutes" ? "60" : "");
  const error = (name: string) =>
    props.errors?.[name] ? t(`errors.${props.errors[name]}` as never) : undefined;
  const described = (name: string) =>
    error(name) ? { "aria-describedby": `${id(name)}-error`, "aria-invalid": true as const } : {};
  const errorText = (name: string) =>
    error(name) && (
      <p id={`${id(name)}-error`} className="mt-1 font-semibold text-red-800">
        {error(name)}
      </p>
    );

  const field = (f: F) => {
    const label = t(`fields.${f.label ?? f.name}` as never);
    if (f.kind === "experts" || f.kind === "criteria" || f.kind === "sections") {
      return (
        <fieldset
          key={f.name}
          className="mt-4"
          {...(error(f.name) ? { "aria-describedby": `${id(f.name)}-error` } : {})}
        >
          <legend className="font-semibold">{label}</legend>
          {errorText(f.name)}
          {f.kind === "sections"
            ? SECTIONS.map((s) => (
                <div key={s.id} className="mt-1 flex items-center gap-2">
                  <input
                    type="checkbox"
                    id={id(`section-${s.id}`)}
                    name="sections"
                    value={s.id}
                    defaultChecked={props.values?.sections?.includes(s.id)}
                    className="h-5 w-5"
                  />
                  <label htmlFor={id(`section-${s.id}`)}>{intake(`sections.${s.id}` as never)}</label>
                </div>
              ))
            : f.kind === "experts"
              ? props.experts.map((e) => (
                  <div key={e.id} className="mt-1 flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={id(`expert-${e.id}`)}
                      name="expertIds"
                      value={e.id}
                      defaultChecked={props.values?.expertIds?.includes(e.id)}
                      className="h-5 w-5"
                    />
                    <label htmlFor={id(`expert-${e.id}`)}>{e.name}</label>
                  </div>
                ))
              : IOP_CRITERIA.map((c) => (
                  <fieldset key={c} className="mt-3 border-l-4 border-slate-300 pl-3">
                    <legend>{t(`criteria.${c}`)}</legend>
                    {errorText(`criteria.${c}.met`)}
                    <div className="flex flex-wrap gap-4">
                      {(["yes", "no", "unclear"] as const).map((m) => (
                        <div key={m} className="flex items-center gap-1">
                          <input
                            type="radio"
                            id={id(`${c}-${m}`)}
                            name={`criteria.${c}.met`}
                            value={m}
                            defaultChecked={props.values?.[`criteria.${c}.met`]?.[0] === m}
                            className="h-5 w-5"
                          />
                          <label htmlFor={id(`${c}-${m}`)}>{t(`met.${m}`)}</label>
                        </div>
                      ))}
                    </div>
                    <label htmlFor={id(`${c}-note`)} className="mt-1 block text-sm">
                      {t("fields.note")}
                    </label>
                    <input
                      type="text"
                      id={id(`${c}-note`)}
                      name={`criteria.${c}.note`}
                      maxLength={500}
                      defaultValue={props.values?.[`criteria.${c}.note`]?.[0] ?? ""}
                      className={control}
                    />
                  </fieldset>
                ))}
        </fieldset>
      );
    }
    const common = {
      id: id(f.name),
      name: f.name,
      defaultValue: value(f.name),
      className: control,
      ...described(f.name),
    };
    let input;
    if (f.kind === "textarea") input = <textarea {...common} rows={4} />;
    else if (f.kind === "recommended" || f.kind === "form") {
      const options = f.kind === "recommended" ? RECOMMENDATIONS : COLLABORATION_FORMS;
      input = (
        <select {...common}>
          <option value="">–</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`recommended.${o}`)}
            </option>
          ))}
        </select>
      );
    } else input = <input {...common} type={f.kind === "number" ? "number" : f.kind} />;
    return (
      <div key={f.name} className="mt-4">
        <label htmlFor={id(f.name)} className="block font-semibold">
          {label}
        </label>
        {errorText(f.name)}
        {input}
      </div>
    );
  };

  return (
    <details className="mt-3 rounded border border-slate-400 p-3" open={props.open}>
      <summary className="cursor-pointer font-semibold">{t(`actions.${props.action}`)}</summary>
      <form method="post" action={`/api/staff/cases/${props.requestId}/action`} noValidate>
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="action" value={props.action} />
        <input type="hidden" name="version" value={props.version} />
        {(FIELDS[props.action] ?? []).map(field)}
        <PrimaryButton type="submit" className="mt-4">
          {t(`actions.${props.action}`)}
        </PrimaryButton>
      </form>
    </details>
  );
}
