/** Previous/next links around "page N of M": plain links, so paging works without JavaScript. */
export function Pagination({
  page,
  pages,
  href,
  text,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  text: { label: string; current: string; previous: string; next: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={text.label} className="mt-6 flex items-center gap-4">
      {page > 1 && <a href={href(page - 1)}>{text.previous}</a>}
      <span>{text.current}</span>
      {page < pages && <a href={href(page + 1)}>{text.next}</a>}
    </nav>
  );
}

/** The texts of a list whose messages hold "pagination" (page N of M), "previous" and "next". */
export function pagingText(
  t: (key: "pagination" | "previous" | "next", values?: { page: number; pages: number }) => string,
  page: number,
  pages: number,
) {
  const current = t("pagination", { page, pages });
  return { label: current, current, previous: t("previous"), next: t("next") };
}
