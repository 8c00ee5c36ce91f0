// Number and date formats of the dashboard.

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
