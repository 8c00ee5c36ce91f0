import { z } from "zod";
import { OPTIONAL_STEPS, perStep, STEPS } from "./steps";
import type { WorkflowSettings } from "./workflow-settings";
import { fieldErrors } from "./field-errors";

// The administrators' forms: inviting a staff member, changing roles, setting a password from an
// invitation and the workflow settings. Pure: the route handlers turn FormData into plain objects
// and the errors into message keys under staff.admin.errors.

export const ROLES = [
  "LOTS",
  "EXPERT",
  "DIRECTOR",
  "COMMITTEE",
  "ADMIN",
  "PRIVACY_OFFICER",
  "REGISTRAR",
] as const;
export type RoleName = (typeof ROLES)[number];
export const EXPERT_KINDS = ["LAWYER", "PROCUREMENT", "CULTURE_LEISURE", "OTHER"] as const;
export type ExpertKindName = (typeof EXPERT_KINDS)[number];

/** Error codes, each a message key under staff.admin.errors. */
export type AdminErrorCode =
  | "nameRequired"
  | "nameTooLong"
  | "emailInvalid"
  | "emailTaken"
  | "rolesRequired"
  | "expertKindRequired"
  | "tooShort"
  | "tooLong"
  | "common"
  | "mismatch"
  | "daysInvalid";

const rolesField = z
  .array(z.enum(ROLES), { error: "rolesRequired" })
  .min(1, { error: "rolesRequired" })
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

const expertKindField = z
  .union([z.literal(""), z.enum(EXPERT_KINDS)], { error: "expertKindRequired" })
  .optional()
  .transform((v) => (v ? v : null));

/** Roles and, for experts, which kind of expert: the kind is required with EXPERT and dropped otherwise. */
function withExpertKind<T extends { roles: RoleName[]; expertKind: ExpertKindName | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.roles.includes("EXPERT") && !value.expertKind) {
    ctx.addIssue({ code: "custom", path: ["expertKind"], message: "expertKindRequired" });
  }
}
const dropKindUnlessExpert = <T extends { roles: RoleName[]; expertKind: ExpertKindName | null }>(
  value: T,
): T => ({
  ...value,
  expertKind: value.roles.includes("EXPERT") ? value.expertKind : null,
});

export const inviteSchema = z
  .object({
    name: z.string().trim().min(1, { error: "nameRequired" }).max(200, { error: "nameTooLong" }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { error: "emailInvalid" })
      .pipe(z.email({ error: "emailInvalid" })),
    roles: rolesField,
    expertKind: expertKindField,
  })
  .superRefine(withExpertKind)
  .transform(dropKindUnlessExpert);
export type InviteInput = z.infer<typeof inviteSchema>;

export const rolesSchema = z
  .object({ roles: rolesField, expertKind: expertKindField })
  .superRefine(withExpertKind)
  .transform(dropKindUnlessExpert);
export type RolesInput = z.infer<typeof rolesSchema>;

/** The users page's enable and disable buttons post enabled=true or enabled=false. */
export const enabledSchema = z.object({ enabled: z.string().transform((v) => v === "true") });

/** A checkbox posts "on" when ticked and nothing otherwise. */
const checkbox = z.string().transform((v) => v === "on");

/** The administrators' switch on the settings page. */
export const securitySettingsSchema = z.object({ secondFactorForEveryone: checkbox });

export const setPasswordSchema = z
  .object({ token: z.string().min(1).max(300), password: z.string(), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "mismatch" });

/** The workflow settings form: a checkbox per optional step and a number of days per step. */
const daysField = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, { error: "daysInvalid" })
  .transform(Number)
  .pipe(z.number().int().min(1, { error: "daysInvalid" }).max(365, { error: "daysInvalid" }));

/** The workflow settings form: a checkbox per optional step and a number of days per step. */
export const workflowSettingsFormSchema = z.object({
  optionalSteps: z.object(perStep(OPTIONAL_STEPS, () => z.boolean())),
  daysPerStep: z.object(perStep(STEPS, () => daysField)),
});

export type FieldErrors = Record<string, AdminErrorCode>;

export function parseWorkflowSettingsForm(
  input: z.input<typeof workflowSettingsFormSchema>,
): { ok: true; settings: WorkflowSettings } | { ok: false; errors: FieldErrors } {
  const parsed = workflowSettingsFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors<AdminErrorCode>(parsed.error) };
  return { ok: true, settings: parsed.data as WorkflowSettings };
}
