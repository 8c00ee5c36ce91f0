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
    "/forfragan": { sv: "/forfragan", en: "/request" },
    "/forfragan/oversikt": { sv: "/forfragan/oversikt", en: "/request/overview" },
    "/forfragan/avsnitt/[section]": { sv: "/forfragan/avsnitt/[section]", en: "/request/section/[section]" },
    "/forfragan/bilagor": { sv: "/forfragan/bilagor", en: "/request/attachments" },
    "/forfragan/kontrollera": { sv: "/forfragan/kontrollera", en: "/request/check" },
    "/forfragan/kvitto": { sv: "/forfragan/kvitto", en: "/request/receipt" },
    "/forfragan/spara": { sv: "/forfragan/spara", en: "/request/save" },
    "/forfragan/lanken-fungerar-inte": { sv: "/forfragan/lanken-fungerar-inte", en: "/request/link-expired" },
    "/forfragan/fortsatt/[token]": { sv: "/forfragan/fortsatt/[token]", en: "/request/continue/[token]" },
    "/fraga": { sv: "/fraga", en: "/question" },
    "/fraga/kvitto": { sv: "/fraga/kvitto", en: "/question/receipt" },
    "/samarbeten": { sv: "/samarbeten", en: "/partnerships" },
    "/samarbeten/[id]": { sv: "/samarbeten/[id]", en: "/partnerships/[id]" },
    "/status/[token]": "/status/[token]",
    "/ny-statuslank": { sv: "/ny-statuslank", en: "/new-status-link" },
    "/status/[token]/komplettera/[section]": "/status/[token]/komplettera/[section]",
    // A civil-society party's private partner page (lib/server/partnerships/partner-link.ts).
    "/samarbete/[token]": { sv: "/samarbete/[token]", en: "/partner/[token]" },
    "/samarbete/[token]/rapport": { sv: "/samarbete/[token]/rapport", en: "/partner/[token]/report" },
    "/samarbete/ny-lank": { sv: "/samarbete/ny-lank", en: "/partner/new-link" },
    // The staff area has the same paths in both languages (English under /en).
    "/staff": "/staff",
    "/staff/login": "/staff/login",
    "/staff/set-password": "/staff/set-password",
    "/staff/login/code": "/staff/login/code",
    "/staff/login/setup": "/staff/login/setup",
    "/staff/account": "/staff/account",
    "/staff/account/recovery-codes": "/staff/account/recovery-codes",
    "/staff/admin/users": "/staff/admin/users",
    "/staff/admin/settings": "/staff/admin/settings",
    "/staff/cases": "/staff/cases",
    "/staff/opinions": "/staff/opinions",
    "/staff/opinions/[id]": "/staff/opinions/[id]",
    "/staff/cases/[id]": "/staff/cases/[id]",
    "/staff/cases/[id]/forslag": "/staff/cases/[id]/forslag",
    "/staff/partnerships": "/staff/partnerships",
    "/staff/partnerships/[id]": "/staff/partnerships/[id]",
    "/staff/partnerships/[id]/agreement": "/staff/partnerships/[id]/agreement",
    "/staff/partnerships/new": "/staff/partnerships/new",
    "/staff/partnerships/[id]/budget": "/staff/partnerships/[id]/budget",
    "/staff/partnerships/[id]/follow-ups": "/staff/partnerships/[id]/follow-ups",
    "/staff/partnerships/[id]/report": "/staff/partnerships/[id]/report",
    "/staff/partnerships/[id]/partner-reports": "/staff/partnerships/[id]/partner-reports",
    "/staff/dashboard": "/staff/dashboard",
    "/staff/admin/email-texts": "/staff/admin/email-texts",
    "/staff/admin/email-texts/[kind]": "/staff/admin/email-texts/[kind]",
    "/staff/admin/outbox": "/staff/admin/outbox",
    "/staff/audit": "/staff/audit",
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
