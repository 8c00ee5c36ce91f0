import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export type Search = Record<string, string | string[] | undefined>;

/** The first value of a search parameter (`?fel=a&fel=b` gives "a"). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export interface TitleOptions {
  /** A message key taking `{title}`: the title of the page when a form on it came back with errors. */
  errorPrefix?: string;
  /** Whether the page came back with errors; by default when the address has `?fel=`. */
  failed?: (search: Search) => unknown;
  /** The rest of the page's metadata. */
  extra?: Metadata;
}

/**
 * A page's `generateMetadata` whose title is the message at the key `title` (with its namespace,
 * "intake.receipt.title"). A page sent back with errors says so first in its title (WCAG 2.1: 3.3.1).
 * The address is read only for that, so a page without `errorPrefix` stays static.
 */
export function titleMetadata(title: string, options: TitleOptions = {}) {
  const failed = options.failed ?? ((search: Search) => first(search.fel));
  return async function generateMetadata({
    params,
    searchParams,
  }: {
    params: Promise<{ locale: string }>;
    searchParams?: Promise<Search>;
  }): Promise<Metadata> {
    const t = (await getTranslations({ locale: (await params).locale })) as unknown as (
      key: string,
      values?: { title: string },
    ) => string;
    const text = t(title);
    const prefix = options.errorPrefix;
    const prefixed = prefix && searchParams && failed(await searchParams);
    return { title: prefixed ? t(prefix, { title: text }) : text, ...options.extra };
  };
}
