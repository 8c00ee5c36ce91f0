// Swedish organisation numbers: NNNNNN-NNNN, the last digit a Luhn check digit over the first nine,
// and for legal entities the third digit is at least 2 (which tells them apart from personal numbers).

const FORMAT = /^(\d{6})-?(\d{4})$/;

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export type OrgNumberProblem = "format" | "checkDigit" | "notLegalEntity";

/** Returns the normalised number (with the dash) or the reason it is refused. */
export function checkOrgNumber(
  input: string,
): { ok: true; value: string } | { ok: false; problem: OrgNumberProblem } {
  const match = FORMAT.exec(input.trim());
  if (!match) return { ok: false, problem: "format" };
  const digits = `${match[1]}${match[2]}`;
  if (Number(digits[2]) < 2) return { ok: false, problem: "notLegalEntity" };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, problem: "checkDigit" };
  return { ok: true, value: `${match[1]}-${match[2]}` };
}
