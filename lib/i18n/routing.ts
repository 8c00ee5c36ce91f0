import { defineRouting } from "next-intl/routing";

// Swedish first and without a prefix (/); English under /en. Page slugs follow the language.
export const routing = defineRouting({
  locales: ["sv", "en"],
  defaultLocale: "sv",
  localePrefix: "as-needed",
  // The language is the one in the address: no redirects based on the browser's settings.
  localeDetection: false,
  // No language cookie: the address alone decides, so the site sets no cookie for visitors.
  localeCookie: false,
  pathnames: {
    "/": "/",
    "/integritet": { sv: "/integritet", en: "/privacy" },
    "/tillganglighet": { sv: "/tillganglighet", en: "/accessibility" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
