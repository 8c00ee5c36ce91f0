import "server-only";
import type { z } from "zod";

// The one place a posted form becomes a command's plain object. The command's schema (lib/domain)
// names the fields: a nested object by dotted names ("criteria.fitsPolicy.met"), a record by its
// keys after the dot ("members.<party id>"), an array by every value posted under its name, anything
// else by its first value ("" when absent). The verb validates the object with the same schema, so
// its errors keep the names the form posted and the page can show them beside the right field.

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
};

// PostgreSQL text cannot hold NUL, so it is removed here rather than failing the whole save.
const valuesOf = (form: FormData, name: string) =>
  form
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.replaceAll("\0", ""));

function read(schema: z.ZodType, name: string, form: FormData): unknown {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "object":
      return Object.fromEntries(
        Object.entries(def.shape ?? {}).map(([key, s]) => [
          key,
          read(s, name ? `${name}.${key}` : key, form),
        ]),
      );
    case "record": {
      const prefix = `${name}.`;
      const keys = new Set([...form.keys()].filter((k) => k.startsWith(prefix) && k.length > prefix.length));
      return Object.fromEntries([...keys].map((k) => [k.slice(prefix.length), valuesOf(form, k)[0] ?? ""]));
    }
    case "array":
      return valuesOf(form, name);
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
    case "readonly":
    case "nonoptional":
    case "catch":
      return read(def.innerType!, name, form);
    case "pipe":
      return read(def.in!, name, form);
    default:
      return valuesOf(form, name)[0] ?? "";
  }
}

/** The form's values in the shape `schema` reads; not yet validated (the verb does that). */
export function formToObject<S extends z.ZodType>(schema: S, form: FormData): z.input<S> {
  return read(schema, "", form) as z.input<S>;
}
