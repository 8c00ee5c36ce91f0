import "server-only";
import { cookies } from "next/headers";

// After a staff form fails validation, its input and errors ride along to the page in a short-lived,
// http-only cookie (the address only says which form failed), so nothing typed is lost without JS.

const NAME = "lotsen_staff_flash";
const MAX_BYTES = 3800; // browsers keep about 4 kB per cookie

export interface Flash {
  form: string;
  values: Record<string, string[]>;
  errors: Record<string, string>;
}

export async function setFlash(flash: Flash) {
  let value = JSON.stringify(flash);
  // A very long text cannot travel in a cookie: keep the errors, drop the longest values.
  if (Buffer.byteLength(value) > MAX_BYTES) value = JSON.stringify({ ...flash, values: {} });
  (await cookies()).set(NAME, value, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 120 });
}

export async function readFlash(form: string | undefined): Promise<Flash | null> {
  if (!form) return null;
  const raw = (await cookies()).get(NAME)?.value;
  if (!raw) return null;
  try {
    const flash = JSON.parse(raw) as Flash;
    return flash.form === form ? flash : null;
  } catch {
    return null;
  }
}

export function formValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [k, v] of form.entries())
    if (typeof v === "string" && k !== "locale" && k !== "version") (values[k] ??= []).push(v.slice(0, 6000));
  return values;
}
