// Registration numbers (diarienummer) look like "KS 2026/0042": prefix, year, a number per year.

export function formatRegistrationNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix} ${year}/${String(sequence).padStart(4, "0")}`;
}

const PATTERN = /^(.+) (\d{4})\/(\d{4,})$/;

export function parseRegistrationNumber(
  value: string,
): { prefix: string; year: number; sequence: number } | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  return { prefix: m[1]!, year: Number(m[2]), sequence: Number(m[3]) };
}
