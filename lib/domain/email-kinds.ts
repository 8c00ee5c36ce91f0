// Every kind of email the portal sends, with the placeholders its subject and body may use. The
// administrators edit these texts (lib/server/mail/email-texts.ts); this table is what their edits
// are checked against, so a text can never ask for a value the sender does not have, nor lose the
// link the recipient needs.
//
// Placeholders are plain `{name}`: no ICU plural/select syntax, so that an administrator can write
// any text without learning a formatting language. Braces are reserved for placeholders.

export type EmailAudience = "applicant" | "staff";

interface KindRule {
  audience: EmailAudience;
  placeholders: readonly string[];
  /** Must appear in the body (a mail without its link is useless to the recipient). */
  required: readonly string[];
  /**
   * Placeholders holding a bearer link (the link alone opens something): the outbox keeps them only
   * until the mail is sent, then redacts them from the stored body (lib/server/mail/deliver.ts).
   */
  bearer?: readonly string[];
}

export const EMAIL_KINDS = {
  // To the organisation, in the language it wrote in.
  receipt: {
    audience: "applicant",
    placeholders: ["number", "date", "statusLink", "answers", "municipality"],
    required: ["statusLink"],
    bearer: ["statusLink"],
  },
  questionReceipt: {
    audience: "applicant",
    placeholders: ["number", "date", "statusLink", "question", "municipality"],
    required: ["statusLink"],
    bearer: ["statusLink"],
  },
  resumeLink: {
    audience: "applicant",
    placeholders: ["link", "date", "municipality"],
    required: ["link"],
    bearer: ["link"],
  },
  withdrawn: {
    audience: "applicant",
    placeholders: ["number", "statusLink", "municipality"],
    required: ["statusLink"],
    bearer: ["statusLink"],
  },
  // To the contact address on a case when someone asks for a fresh status link.
  statusLinkRenewed: {
    audience: "applicant",
    placeholders: ["number", "statusLink", "municipality"],
    required: ["statusLink"],
    bearer: ["statusLink"],
  },
  stepChanged: {
    audience: "applicant",
    placeholders: ["number", "step", "municipality"],
    required: [],
  },
  ended: {
    audience: "applicant",
    placeholders: ["number", "outcome", "reason", "municipality"],
    required: ["reason"],
  },
  messageFromLotsen: {
    audience: "applicant",
    placeholders: ["number", "message", "municipality"],
    required: ["message"],
  },
  answer: {
    audience: "applicant",
    placeholders: ["number", "message", "municipality"],
    required: ["message"],
  },
  infoRequested: {
    audience: "applicant",
    placeholders: ["number", "message", "sections", "municipality"],
    required: ["message", "sections"],
  },
  invitation: {
    audience: "applicant",
    placeholders: ["number", "when", "place", "municipality"],
    required: ["when", "place"],
  },
  // To the lotsen mailbox or to staff users: the case number, the organisation and a link, nothing more.
  newRequestToLotsen: {
    audience: "staff",
    placeholders: ["number", "date", "organisation", "title", "caseLink"],
    required: ["caseLink"],
  },
  newQuestionToLotsen: {
    audience: "staff",
    placeholders: ["number", "date", "organisation", "title", "caseLink"],
    required: ["caseLink"],
  },
  messageToLotsen: { audience: "staff", placeholders: ["number", "caseLink"], required: ["caseLink"] },
  withdrawnToLotsen: { audience: "staff", placeholders: ["number", "caseLink"], required: ["caseLink"] },
  infoSuppliedToLotsen: {
    audience: "staff",
    placeholders: ["number", "sections", "caseLink"],
    required: ["caseLink"],
  },
  proposalToDirector: {
    audience: "staff",
    placeholders: ["number", "organisation", "caseLink"],
    required: ["caseLink"],
  },
  referredToCommittee: {
    audience: "staff",
    placeholders: ["number", "organisation", "caseLink"],
    required: ["caseLink"],
  },
  // To lotsen a week before a partnership's follow-up is due.
  followUpReminder: {
    audience: "staff",
    placeholders: ["title", "date", "what", "link", "municipality"],
    required: ["link"],
  },
  // To a staff member an administrator invites, in the administrator's language.
  staffInvitation: {
    audience: "staff",
    placeholders: ["name", "link", "date", "municipality"],
    required: ["link"],
    bearer: ["link"],
  },
  opinionRequested: {
    audience: "staff",
    placeholders: ["number", "organisation", "caseLink"],
    required: ["caseLink"],
  },
  opinionGiven: {
    audience: "staff",
    placeholders: ["number", "organisation", "caseLink"],
    required: ["caseLink"],
  },
} as const satisfies Record<string, KindRule>;

export type EmailKind = keyof typeof EMAIL_KINDS;
export const EMAIL_KIND_NAMES = Object.keys(EMAIL_KINDS) as EmailKind[];

/** The placeholders of a kind that hold bearer links (redacted from the outbox once sent). */
export function bearerPlaceholders(kind: EmailKind): readonly string[] {
  const rule: KindRule = EMAIL_KINDS[kind];
  return rule.bearer ?? [];
}

export const isEmailKind = (value: unknown): value is EmailKind =>
  typeof value === "string" && Object.hasOwn(EMAIL_KINDS, value);

export const SUBJECT_MAX = 300; // the outbox column
export const BODY_MAX = 10_000;

export type EmailTextError =
  | { code: "required" }
  | { code: "tooLong"; max: number }
  | { code: "unbalanced" }
  | { code: "unknownPlaceholder"; name: string }
  | { code: "missingPlaceholder"; name: string }
  | { code: "lineBreak" };

/** The placeholders a text uses, or "unbalanced" when its braces do not pair up. */
export function placeholdersIn(text: string): string[] | "unbalanced" {
  const names: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "{") {
      if (open !== -1) return "unbalanced";
      open = i;
    } else if (text[i] === "}") {
      if (open === -1) return "unbalanced";
      names.push(text.slice(open + 1, i).trim());
      open = -1;
    }
  }
  return open === -1 ? names : "unbalanced";
}

function checkText(kind: EmailKind, text: string, max: number): EmailTextError | undefined {
  if (!text.trim()) return { code: "required" };
  if (text.length > max) return { code: "tooLong", max };
  const used = placeholdersIn(text);
  if (used === "unbalanced") return { code: "unbalanced" };
  const allowed: readonly string[] = EMAIL_KINDS[kind].placeholders;
  const unknown = used.find((name) => !allowed.includes(name));
  if (unknown !== undefined) return { code: "unknownPlaceholder", name: unknown };
  return undefined;
}

/** Checks an edited subject and body; an empty result means the text may be saved. */
export function validateEmailText(
  kind: EmailKind,
  text: { subject: string; body: string },
): { subject?: EmailTextError; body?: EmailTextError } {
  const errors: { subject?: EmailTextError; body?: EmailTextError } = {};
  const subject = checkText(kind, text.subject, SUBJECT_MAX);
  if (subject) errors.subject = subject;
  else if (/[\r\n]/.test(text.subject)) errors.subject = { code: "lineBreak" };
  const body = checkText(kind, text.body, BODY_MAX);
  if (body) errors.body = body;
  else {
    const used = placeholdersIn(text.body) as string[];
    const missing = EMAIL_KINDS[kind].required.find((name: string) => !used.includes(name));
    if (missing) errors.body = { code: "missingPlaceholder", name: missing };
  }
  return errors;
}

/**
 * Puts the values in, in one pass (a value that itself contains braces is never read as a
 * placeholder). A placeholder without a value is left as written, so a mistake is visible, not silent.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name.trim()) ? (values[name.trim()] ?? whole) : whole,
  );
}
