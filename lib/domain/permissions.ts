import type { Role } from "./workflow";

// What each staff role may see and do outside the workflow's own moves (those are in workflow.ts).
// Experts see only the cases they are consulted on, through their own pages, so they are not here.
export const PERMISSIONS = {
  // Administrators keep users, roles, settings and texts (docs/domain.md), not the cases themselves.
  viewAllCases: ["LOTS", "DIRECTOR", "COMMITTEE"],
  assignCases: ["LOTS"],
  // Posting workflow moves; which move each role may make is decided by workflow.ts.
  actOnCases: ["LOTS", "DIRECTOR", "COMMITTEE"],
  readNotes: ["LOTS", "DIRECTOR", "COMMITTEE"],
  writeNotes: ["LOTS", "DIRECTOR", "COMMITTEE"],
  messageApplicant: ["LOTS"],
  exportCases: ["LOTS", "DIRECTOR"],
  readDocuments: ["LOTS", "DIRECTOR", "COMMITTEE"],
  readProposals: ["LOTS", "DIRECTOR", "COMMITTEE"],
  giveOpinions: ["EXPERT"],
  administer: ["ADMIN"],
  // After a decision: partnerships (IOP agreements), their budgets and follow-ups.
  viewPartnerships: ["LOTS", "DIRECTOR", "COMMITTEE"],
  managePartnerships: ["LOTS"],
  // Who changed what outside the case timelines (audit_event): users, roles, settings, partnerships.
  readAuditTrail: ["LOTS", "ADMIN"],
  // Keeping a case from retention and erasure (lib/server/retention/legal-hold.ts).
  setLegalHold: ["LOTS", "ADMIN"],
  // Register extracts, rectification and erasure of a person's data (GDPR Art. 15-17): one role sees
  // every case at once for this, so nobody else holds it.
  handlePersonalData: ["PRIVACY_OFFICER"],
  // The register of a case's documents (lib/server/records): the list and its exports for a
  // public-records request; the registrar keeps the register without working the cases.
  readCaseDocuments: ["LOTS", "DIRECTOR", "REGISTRAR"],
  exportCaseDocuments: ["LOTS", "DIRECTOR", "REGISTRAR"],
  // Whoever works the case judges what may be secret under OSL.
  markDocumentSecrecy: ["LOTS"],
  // Archive packages of closed cases and ended partnerships for the e-archive.
  exportArchive: ["LOTS", "REGISTRAR"],
  // Aggregate figures only, no personal data.
  viewDashboard: ["LOTS", "DIRECTOR", "COMMITTEE", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles a permission needs; pages and routes pass a permission name, never their own role list. */
export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => (PERMISSIONS[permission] as readonly Role[]).includes(r));
}

/** Who runs a staff command: the signed-in staff member, as every verb in lib/server takes it. */
export interface StaffActor {
  id: string;
  roles: readonly Role[];
}
