import "server-only";
import { cookies } from "next/headers";
import { cookieOptions } from "../http/cookies";
import { readFlashValues, stashFlashValues } from "./flash-store";

// After a staff form fails validation, its input and errors ride along to the page in a short-lived,
// http-only cookie (the address only says which form failed), so nothing typed is lost without JS.
// Values too long for a cookie wait in the database (flash-store.ts); the cookie carries their key.

const NAME = "lotsen_staff_flash";
const MAX_BYTES = 3800; // browsers keep about 4 kB per cookie

export interface Flash {
  form: string;
  values: Record<string, string[]>;
  errors: Record<string, string>;
  /** Set when the values wait in the database (flash-store.ts) rather than in the cookie. */
  stash?: string;
}

export async function setFlash(flash: Flash) {
  let value = JSON.stringify(flash);
  if (Buffer.byteLength(value) > MAX_BYTES)
    value = JSON.stringify({ ...flash, values: {}, stash: await stashFlashValues(flash.values) });
  (await cookies()).set(NAME, value, cookieOptions(120));
}

export async function readFlash(form: string | undefined): Promise<Flash | null> {
  if (!form) return null;
  const raw = (await cookies()).get(NAME)?.value;
  if (!raw) return null;
  try {
    const flash = JSON.parse(raw) as Flash;
    if (flash.form !== form) return null;
    // Gone (expired) stashed values read as none: the page then shows what is saved.
    if (typeof flash.stash === "string")
      return { ...flash, values: (await readFlashValues(flash.stash)) ?? {} };
    return flash;
  } catch {
    return null;
  }
}

export function formValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [k, v] of form.entries())
    if (typeof v === "string" && k !== "locale" && k !== "version")
      (values[k] ??= []).push(v.slice(0, 10_000));
  return values;
}
