// The municipality's themes (docs/domain.md); mirrors prisma's `Theme` enum.
export const THEMES = [
  "INTEGRATION",
  "YOUTH_EMPLOYMENT",
  "VIOLENCE_AGAINST_WOMEN",
  "LABOUR_MARKET",
  "MENTAL_HEALTH",
  "RURAL_ACTIVITIES",
  "OTHER",
] as const;
export type ThemeName = (typeof THEMES)[number];
