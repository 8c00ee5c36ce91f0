// Number and date formats of the dashboard, and the classes of its tables.

export const th = "border-b-2 border-slate-700 py-1 pr-3";
export const td = "border-b border-slate-300 py-1 pr-3";

export function dashboardFormat(locale: string) {
  const tag = locale === "sv" ? "sv-SE" : "en-GB";
  const n = (v: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(v);
  const date = (iso: string) =>
    new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const month = (ym: string) =>
    new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${ym}-01T00:00:00Z`),
    );
  return { n, date, month };
}
