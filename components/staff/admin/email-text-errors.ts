import type { getTranslations } from "next-intl/server";
import type { EmailTextError } from "@/lib/domain/email-kinds";

type T = Awaited<ReturnType<typeof getTranslations<"adminMail">>>;

/** The message for one check of lib/domain/email-kinds.ts, naming the field it concerns. */
export function errorMessage(t: T, field: "subject" | "body", error: EmailTextError): string {
  switch (error.code) {
    case "tooLong":
      return t("errors.tooLong", { field, max: error.max });
    case "unknownPlaceholder":
    case "missingPlaceholder":
      return t(`errors.${error.code}`, { field, name: `{${error.name}}` });
    default:
      return t(`errors.${error.code}`, { field });
  }
}
