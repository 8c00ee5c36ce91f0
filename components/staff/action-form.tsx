import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { SECTIONS } from "@/lib/domain/intake/sections";
import { DATE, IOP_CRITERIA, PAYLOADS, TIME } from "@/lib/domain/workflow-payloads";
import { ACTIONS, WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/domain/workflow";
import { CheckboxGroup, FieldError, SelectField, TextField } from "../form/field-kit";
import { PostForm } from "@/components/form/post-form";

type FieldKind =
  "date" | "time" | "number" | "text" | "textarea" | "experts" | "select" | "criteria" | "sections";
type F = {
  name: string;
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  options?: readonly string[];
};

// Each action's form shows the fields of its payload schema (lib/domain/workflow-payloads.ts), so a
// field is declared once: its name, whether it is required and its longest length come from there.
// Only how a field is shown is decided here, from the kind of value it takes.

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; format?: string };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

function describe(name: string, schema: z.ZodType): F {
  let s = schema;
  let required = true;
  while (defOf(s).type === "optional" || defOf(s).type === "default") {
    required = false;
    s = defOf(s).innerType!;
  }
  const def = defOf(s);
  if (s === DATE) return { name, kind: "date", required };
  if (s === TIME) return { name, kind: "time", required };
  if (def.type === "object") return { name, kind: "criteria", required };
  if (def.type === "array")
    return { name, kind: defOf(def.element!).format === "uuid" ? "experts" : "sections", required };
  if (def.type === "enum")
    return { name, kind: "select", required, options: (s as z.ZodEnum).options as readonly string[] };
  if (def.type === "number") return { name, kind: "number", required };
  const maxLength = (s as z.ZodString).maxLength ?? undefined;
  // A name or a place fits one line; anything longer is written in a box.
  return {
    name,
    kind: maxLength !== undefined && maxLength <= 300 ? "text" : "textarea",
    required,
    maxLength,
  };
}

const fieldsOf = (action: WorkflowAction): F[] =>
  Object.entries((PAYLOADS[action] as z.ZodObject).shape).map(([name, s]) => describe(name, s as z.ZodType));

/** A required comment reads differently from the optional ones of other actions. */
const LABELS: Partial<Record<WorkflowAction, Record<string, string>>> = {
  sendBack: { comment: "commentRequired" },
};

/** The actions staff take on the case page: every one but the applicant's own (withdraw). */
export const ACTIONS_WITH_FORMS = WORKFLOW_ACTIONS.filter((a) =>
  ACTIONS[a].roles.some((r) => r !== "APPLICANT"),
);

const CRITERION = (PAYLOADS.submitProposal.shape.criteria.shape as Record<string, z.ZodObject>)[
  IOP_CRITERIA[0]
]!;
const MET_OPTIONS = (CRITERION.shape.met as z.ZodEnum).options as readonly string[];
const NOTE_MAX = describe("note", CRITERION.shape.note as z.ZodType).maxLength;

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
  const errorText = (name: string, label: string) => (
    <FieldError id={`${id(name)}-error`} label={label} message={error(name)} />
  );

  const field = (f: F) => {
    const label = t(`fields.${LABELS[props.action]?.[f.name] ?? f.name}` as never);
    const look = { id: id(f.name), name: f.name, label, error: error(f.name), compact: true };
    if (f.kind === "sections" || f.kind === "experts") {
      const boxes =
        f.kind === "sections"
          ? SECTIONS.map((s) => ({
              value: s.id,
              label: intake(`sections.${s.id}` as never),
              box: `section-${s.id}`,
            }))
          : props.experts.map((e) => ({ value: e.id, label: e.name, box: `expert-${e.id}` }));
      return (
        <CheckboxGroup
          key={f.name}
          {...look}
          spacing="mt-4"
          options={boxes.map((o) => ({ value: o.value, label: o.label, id: id(o.box) }))}
          chosen={props.values?.[f.name] ?? []}
        />
      );
    }
    if (f.kind === "criteria") {
      return (
        <fieldset
          key={f.name}
          className="mt-4"
          aria-describedby={error(f.name) ? `${id(f.name)}-error` : undefined}
        >
          <legend className="font-semibold">{label}</legend>
          {errorText(f.name, label)}
          {IOP_CRITERIA.map((c) => (
            <fieldset key={c} className="mt-3 border-l-4 border-slate-300 pl-3">
              <legend>{t(`criteria.${c}`)}</legend>
              {errorText(`criteria.${c}.met`, t(`criteria.${c}`))}
              <div className="flex flex-wrap gap-4">
                {MET_OPTIONS.map((m) => (
                  <div key={m} className="flex items-center gap-1">
                    <input
                      type="radio"
                      id={id(`${c}-${m}`)}
                      name={`criteria.${c}.met`}
                      value={m}
                      defaultChecked={props.values?.[`criteria.${c}.met`]?.[0] === m}
                      className="h-5 w-5"
                    />
                    <label htmlFor={id(`${c}-${m}`)}>{t(`met.${m}` as never)}</label>
                  </div>
                ))}
              </div>
              <TextField
                id={id(`${c}-note`)}
                name={`criteria.${c}.note`}
                label={t("fields.note")}
                value={props.values?.[`criteria.${c}.note`]?.[0]}
                maxLength={NOTE_MAX}
                width="widest"
                compact
                spacing="mt-1"
              />
            </fieldset>
          ))}
        </fieldset>
      );
    }
    const common = {
      ...look,
      required: f.required,
      value: value(f.name),
      width: "widest",
      spacing: "mt-4",
    } as const;
    if (f.kind === "select") {
      return (
        <SelectField
          key={f.name}
          {...common}
          placeholder="–"
          options={(f.options ?? []).map((o) => ({ value: o, label: t(`recommended.${o}` as never) }))}
        />
      );
    }
    return (
      <TextField
        key={f.name}
        {...common}
        type={f.kind === "textarea" || f.kind === "text" ? "text" : f.kind}
        rows={f.kind === "textarea" ? 4 : undefined}
        maxLength={f.maxLength}
      />
    );
  };

  return (
    <details className="mt-3 rounded border border-slate-400 p-3" open={props.open}>
      <summary className="cursor-pointer font-semibold">{t(`actions.${props.action}`)}</summary>
      <PostForm
        action={`/api/staff/cases/${props.requestId}/action`}
        hidden={{ action: props.action, version: props.version }}
        submit={t(`actions.${props.action}`)}
        submitSpacing="mt-4"
      >
        {fieldsOf(props.action).map(field)}
      </PostForm>
    </details>
  );
}
