import "server-only";
import { createTranslator } from "next-intl";
import type { Identifier } from "@/lib/domain/privacy";
import { en, sv } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { StaffSession } from "../auth/session";
import { DocumentWriter } from "../pdf/document-writer";
import { getSettings } from "../settings";
import type { RegisterExtract } from "./extract";
import { produceExtract } from "./produce-extract";

// The register extract as files for the person who asked: JSON (machine-readable, every value as
// stored) and PDF (readable, the same content). Both name the identifier searched for, since the
// person receiving the extract is the one it belongs to.

const TIME_ZONE = "Europe/Stockholm";
const messages = { sv, en } as const;

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: messages[locale], timeZone: TIME_ZONE, namespace: "dataProtection" });

export function extractJson(identifier: Identifier, extract: RegisterExtract, municipality: string): string {
  const numbers = new Map(extract.cases.map((c) => [c.id, c.registrationNumber]));
  return JSON.stringify(
    {
      kind: "register-extract",
      controller: municipality,
      identifier,
      generatedAt: extract.generatedAt.toISOString(),
      cases: extract.cases,
      items: extract.hits.map((h) => ({
        kind: h.kind,
        id: h.id,
        cases: h.requestIds.map((id) => numbers.get(id) ?? id),
        matched: h.direct,
        values: h.values,
      })),
    },
    null,
    2,
  );
}

export const valueText = (value: unknown): string =>
  value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);

export async function extractPdf(
  identifier: Identifier,
  extract: RegisterExtract,
  municipality: string,
  locale: Locale,
): Promise<Uint8Array> {
  const t = translator(locale);
  const numbers = new Map(extract.cases.map((c) => [c.id, c.registrationNumber ?? t("result.noNumber")]));
  const title = t("result.title");
  const w = await DocumentWriter.create(
    { title, author: municipality, locale },
    { text: JSON.stringify(extract.hits) + identifier.value },
  );
  w.masthead(municipality, t("pdf.documentKind"), title, { size: 20, gap: 12 });
  const when = extract.generatedAt.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB", {
    timeZone: TIME_ZONE,
  });
  w.metaRows(
    [
      [t("pdf.identifier"), `${t(`form.kinds.${identifier.kind}`)}: ${identifier.value}`],
      [t("pdf.generated"), when],
      [t("pdf.hits"), String(extract.hits.length)],
    ],
    150,
    () => 30,
  );
  w.heading(t("result.casesTitle"));
  if (!extract.cases.length) w.field(undefined, t("result.none"));
  for (const c of extract.cases)
    w.field(
      undefined,
      `${c.registrationNumber ?? t("result.noNumber")} · ${t(`statuses.${c.status as "OPEN"}`)}`,
    );
  w.heading(t("result.hitsTitle"));
  for (const hit of extract.hits) {
    const cases = hit.requestIds.map((id) => numbers.get(id) ?? id).join(", ");
    w.write(
      `${t(`kinds.${hit.kind}`)}${cases ? ` · ${cases}` : ""} · ${hit.direct ? t("result.direct") : t("result.linked")}`,
      {
        font: w.bold,
        gap: 2,
      },
    );
    for (const [column, value] of Object.entries(hit.values)) {
      const text = valueText(value);
      if (text) w.write(`${column}: ${text}`, { size: 9.5, gap: 1 });
    }
    w.y -= 8;
  }
  return w.save((page, pages) => t("pdf.page", { page, pages }));
}

/** The current extract as a download, produced (and audited) anew; null when the member may not. */
export async function extractDownload(
  session: StaffSession,
  identifier: Identifier,
  format: "json" | "pdf",
  locale: Locale,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string } | null> {
  const extract = await produceExtract(session, identifier, format);
  if (!extract) return null;
  const { municipalityName } = await getSettings();
  const day = extract.generatedAt.toISOString().slice(0, 10);
  if (format === "json")
    return {
      bytes: new TextEncoder().encode(extractJson(identifier, extract, municipalityName)),
      contentType: "application/json; charset=utf-8",
      filename: `registerutdrag-${day}.json`,
    };
  return {
    bytes: await extractPdf(identifier, extract, municipalityName, locale),
    contentType: "application/pdf",
    filename: `registerutdrag-${day}.pdf`,
  };
}
