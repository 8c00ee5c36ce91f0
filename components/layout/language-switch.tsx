"use client";

import { useParams } from "next/navigation";
import { RouterLink, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

// A plain link to the same page in the other language: works without JavaScript.
export function LanguageSwitch({ label, target }: { label: string; target: Locale }) {
  const pathname = usePathname();
  const params = useParams();
  return (
    <RouterLink
      // @ts-expect-error -- pathname and params come from the current route, so they always match.
      href={{ pathname, params }}
      locale={target}
      lang={target}
      hrefLang={target}
      className="text-white"
    >
      {label}
    </RouterLink>
  );
}
