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

/** The required link opens something by itself (see `bearer`). */
const BEARER = true;

/** A kind's rule from its placeholders and the required ones, each written as names split by spaces. */
function rule(audience: EmailAudience, placeholders: string, required: string, bearer = false): KindRule {
  const names = (list: string) => list.split(" ").filter(Boolean);
  return {
    audience,
    placeholders: names(placeholders),
    required: names(required),
    ...(bearer ? { bearer: names(required) } : {}),
  };
}
const applicant = (placeholders: string, required: string, bearer?: boolean) =>
  rule("applicant", placeholders, required, bearer);
const staff = (placeholders: string, required: string, bearer?: boolean) =>
  rule("staff", placeholders, required, bearer);

export const EMAIL_KINDS = {
  // To the organisation, in the language it wrote in.
  receipt: applicant("number date statusLink answers municipality", "statusLink", BEARER),
  questionReceipt: applicant("number date statusLink question municipality", "statusLink", BEARER),
  resumeLink: applicant("link date municipality", "link", BEARER),
  withdrawn: applicant("number statusLink municipality", "statusLink", BEARER),
  // To the contact address on a case when someone asks for a fresh status link.
  statusLinkRenewed: applicant("number statusLink municipality", "statusLink", BEARER),
  stepChanged: applicant("number step municipality", ""),
  ended: applicant("number outcome reason municipality", "reason"),
  messageFromLotsen: applicant("number message municipality", "message"),
  answer: applicant("number message municipality", "message"),
  infoRequested: applicant("number message sections municipality", "message sections"),
  invitation: applicant("number when place municipality", "when place"),
  // To the lotsen mailbox or to staff users: the case number, the organisation and a link, nothing more.
  newRequestToLotsen: staff("number date organisation title caseLink", "caseLink"),
  newQuestionToLotsen: staff("number date organisation title caseLink", "caseLink"),
  messageToLotsen: staff("number caseLink", "caseLink"),
  withdrawnToLotsen: staff("number caseLink", "caseLink"),
  infoSuppliedToLotsen: staff("number sections caseLink", "caseLink"),
  proposalToDirector: staff("number organisation caseLink", "caseLink"),
  referredToCommittee: staff("number organisation caseLink", "caseLink"),
  // To lotsen a week before a partnership's follow-up is due.
  followUpReminder: staff("title date what link municipality", "link"),
  // To a staff member an administrator invites, in the administrator's language.
  staffInvitation: staff("name link date municipality", "link", BEARER),
  opinionRequested: staff("number organisation caseLink", "caseLink"),
  opinionGiven: staff("number organisation caseLink", "caseLink"),
} satisfies Record<string, KindRule>;

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
