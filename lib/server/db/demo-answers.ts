import "server-only";
import type { SECTIONS } from "@/lib/domain/intake/sections";
import answers from "./demo-answers.json";

// What the demo's organisations wrote in the request form: every field of every section, so each
// demo case answers all eleven checklist items (lib/domain/intake/sections.ts). The texts are data
// (demo-answers.json); the type is derived from the sections, so a field added to the form fails to
// compile here until the demo answers it. Themes are checked when the seed saves each section
// (demo-cases.ts, sendDemoRequest), which stops the seed on a theme the form does not know.
// Every organisation and person is invented; addresses are under .example, which never receives mail.

type Section = (typeof SECTIONS)[number];
export type CompleteAnswers = {
  [S in Section as S["id"]]: {
    [F in S["fields"][number] as F["name"]]: F["type"] extends "themes" ? string[] : string;
  };
};

const requests: Record<Exclude<keyof typeof answers, "QUESTION">, CompleteAnswers> = answers;

/** The request that the demo's lawyer is asked about (README: an opinion asked of the lawyer). */
export const CONSULTED = requests.CONSULTED;
/** The demo's newest request, still at RECEIVED, with a document sent with it. */
export const RECEIVED = requests.RECEIVED;
/** A request the lots has reviewed, skipped experts for and presented. */
export const PRESENTED = requests.PRESENTED;
/** A request with a decision proposal waiting for the demo kommundirektör. */
export const PROPOSED = requests.PROPOSED;
/** Declined: the library already runs the same thing (the registrar's closed case). */
export const DECLINED = requests.DECLINED;
/** Granted as IOP by the director: becomes the demo's active partnership. */
export const GRANTED_ACTIVE = requests.GRANTED_ACTIVE;
/** Granted as IOP by the committee: its agreement is out for signing. */
export const GRANTED_SIGNING = requests.GRANTED_SIGNING;
/** The question path's one section. */
export const QUESTION: Record<"name" | "email" | "organisation" | "question", string> = answers.QUESTION;
