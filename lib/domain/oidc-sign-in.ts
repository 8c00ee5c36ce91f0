import { z } from "zod";
import { ROLES, type RoleName } from "./admin-schemas";

// Staff sign-in through OpenID Connect, the rules without I/O: which account an identity from the
// provider belongs to, what the provider may change on it (email, roles), and the administrators'
// sign-in policy (password sign-in on or off, group claim values per role).

// ---- which account ---------------------------------------------------------------------------

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** Only a literal `true` from the provider counts. */
  emailVerified: boolean;
}

export interface OidcCandidate {
  id: string;
  email: string;
  disabled: boolean;
  oidcSubject: string | null;
}

export type OidcRefusal = "unknown-account" | "unverified-email" | "disabled" | "bound-elsewhere";

export type OidcDecision =
  | { outcome: "signed-in"; userId: string; bind: boolean }
  | { outcome: "refused"; reason: OidcRefusal; userId?: string };

/**
 * `bound` is the account already bound to this issuer and subject, `byEmail` the account with the
 * identity's email. A bound identity is matched by its binding alone, whatever its email says now; an
 * unbound one only by a verified email, and only to an account not yet bound to another identity
 * (so a provider account that takes over a colleague's old address cannot take over their account).
 */
export function decideOidcAccount(
  identity: OidcIdentity,
  bound: OidcCandidate | null,
  byEmail: OidcCandidate | null,
): OidcDecision {
  if (bound) {
    return bound.disabled
      ? { outcome: "refused", reason: "disabled", userId: bound.id }
      : { outcome: "signed-in", userId: bound.id, bind: false };
  }
  if (!identity.email) return { outcome: "refused", reason: "unknown-account" };
  if (!identity.emailVerified) return { outcome: "refused", reason: "unverified-email" };
  if (!byEmail) return { outcome: "refused", reason: "unknown-account" };
  if (byEmail.oidcSubject !== null)
    return { outcome: "refused", reason: "bound-elsewhere", userId: byEmail.id };
  if (byEmail.disabled) return { outcome: "refused", reason: "disabled", userId: byEmail.id };
  return { outcome: "signed-in", userId: byEmail.id, bind: true };
}

/** The email claim as stored (trimmed, lower case), or null when there is none worth using. */
export function normaliseEmailClaim(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return email && email.length <= 254 && email.includes("@") ? email : null;
}

/**
 * The address to store after a sign-in by binding: the provider's, when it is verified and differs,
 * so that mail reaches the person where their organisation now says they are. Null: keep the stored one.
 */
export function emailToStore(identity: OidcIdentity, stored: string): string | null {
  if (!identity.emailVerified || !identity.email || identity.email === stored) return null;
  return identity.email;
}

// ---- roles from a claim ----------------------------------------------------------------------

/**
 * Roles a group claim may grant. Experts are left out: an expert also needs a field of expertise,
 * which administrators set by hand (admin-schemas.ts).
 */
export const CLAIM_ROLES = [
  "LOTS",
  "DIRECTOR",
  "COMMITTEE",
  "ADMIN",
  "PRIVACY_OFFICER",
  "REGISTRAR",
] as const satisfies readonly RoleName[];
export type ClaimRole = (typeof CLAIM_ROLES)[number];
export type RoleClaimMap = Record<ClaimRole, string[]>;

/**
 * The account's roles after a sign-in whose role claim is `claim`, or null for "leave them": when no
 * role is mapped, or when the token has no such claim at all. A role with claim values follows the
 * claim (granted when a value matches, taken away when none does); every other role is the
 * administrators' to set by hand and stays as it is.
 */
export function rolesFromClaim(
  current: readonly RoleName[],
  claim: unknown,
  map: RoleClaimMap,
): RoleName[] | null {
  const managed = CLAIM_ROLES.filter((r) => map[r].length > 0);
  if (managed.length === 0) return null;
  const values =
    typeof claim === "string"
      ? [claim]
      : Array.isArray(claim)
        ? claim.filter((v): v is string => typeof v === "string")
        : null;
  if (!values) return null;
  const granted = new Set<RoleName>(current.filter((r) => !(managed as readonly RoleName[]).includes(r)));
  for (const role of managed) if (map[role].some((v) => values.includes(v))) granted.add(role);
  const next = ROLES.filter((r) => granted.has(r));
  const same = next.length === current.length && next.every((r) => current.includes(r));
  return same ? null : next;
}

// ---- the administrators' policy --------------------------------------------------------------

// A role missing from a saved policy (one saved before the role could be mapped) has no values.
const claimValues = z.array(z.string().min(1).max(200)).max(20).default([]);

export const signInPolicySchema = z.object({
  passwordSignIn: z.boolean(),
  roleClaimMap: z.object({
    LOTS: claimValues,
    DIRECTOR: claimValues,
    COMMITTEE: claimValues,
    ADMIN: claimValues,
    PRIVACY_OFFICER: claimValues,
    REGISTRAR: claimValues,
  }),
});
export type SignInPolicy = z.infer<typeof signInPolicySchema>;

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  passwordSignIn: true,
  roleClaimMap: { LOTS: [], DIRECTOR: [], COMMITTEE: [], ADMIN: [], PRIVACY_OFFICER: [], REGISTRAR: [] },
};

export type SignInPolicyErrorCode = "valueTooLong" | "tooManyValues";

/** One claim value a line (commas also separate), blanks and repeats dropped. */
export function splitClaimValues(text: string): string[] {
  const values = text
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** Parses the settings form: a checkbox and one text per role. Errors are keyed by role. */
export function parseSignInPolicyForm(input: {
  passwordSignIn: boolean;
  roles: Record<ClaimRole, string>;
}):
  | { ok: true; policy: SignInPolicy }
  | { ok: false; errors: Partial<Record<ClaimRole, SignInPolicyErrorCode>> } {
  const errors: Partial<Record<ClaimRole, SignInPolicyErrorCode>> = {};
  const roleClaimMap = { ...DEFAULT_SIGN_IN_POLICY.roleClaimMap };
  for (const role of CLAIM_ROLES) {
    const values = splitClaimValues(input.roles[role]);
    if (values.some((v) => v.length > 200)) errors[role] = "valueTooLong";
    else if (values.length > 20) errors[role] = "tooManyValues";
    roleClaimMap[role] = values;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, policy: { passwordSignIn: input.passwordSignIn, roleClaimMap } };
}
