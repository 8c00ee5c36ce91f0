import "server-only";
import { env } from "./env";

// The municipality's own settings, read at request time so one build serves any municipality.
export interface MunicipalitySettings {
  municipalityName: string;
  mailbox: string;
  registrationPrefix: string;
}

export function getSettings(): MunicipalitySettings {
  const e = env();
  return {
    municipalityName: e.MUNICIPALITY_NAME,
    mailbox: e.LOTSEN_MAILBOX,
    registrationPrefix: e.REGISTRATION_PREFIX,
  };
}
