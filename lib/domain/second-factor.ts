import type { Role } from "./workflow";

// Who must sign in with a second factor, and the shape of recovery codes. Pure rules; the verbs are
// in lib/server/auth/second-factor.ts.

/** Administrators, decision makers and the data protection officer always; everyone when the municipality turns it on. */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = [
  "ADMIN",
  "DIRECTOR",
  "COMMITTEE",
  "PRIVACY_OFFICER",
];

export function secondFactorRequired(roles: readonly Role[], forEveryone: boolean): boolean {
  return forEveryone || roles.some((role) => ROLES_REQUIRING_SECOND_FACTOR.includes(role));
}

export const RECOVERY_CODE_COUNT = 10;

/** "abcd-efgh-jkmn": what a person types, compared without case, spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

/** A recovery code as typed, roughly: 12 letters and digits once spaces and dashes are gone. */
export const looksLikeRecoveryCode = (input: string) => /^[a-z0-9]{12}$/.test(normalizeRecoveryCode(input));
