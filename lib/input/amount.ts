// One parser for amounts in euros (issue 19 item 6, decision 051), used by the declaration schema on the server
// and by the form in the browser. Dutch first ("1.234,56"), English accepted where it cannot be misread
// ("12.5"); whatever could mean two amounts is refused, never guessed: "12,345" (twelve euros and a bit, or
// twelve thousand?) and "0,001" (a tenth of a cent, or one euro?) get a message with the right form.

export type AmountProblem = "empty" | "not-a-number" | "negative" | "too-many-decimals" | "ambiguous" | "too-large";
export type AmountResult = { ok: true; cents: number } | { ok: false; problem: AmountProblem };

/** € 1.000.000: anything above is a typing error, not a gift (the rule module's MAX_CENTS). */
export const DEFAULT_MAX_AMOUNT_CENTS = 100_000_000;

function groupsOk(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function toCents(intPart: string, fracPart: string, maxCents: number): AmountResult {
  const digits = intPart.replace(/^0+(?=\d)/, "");
  // String arithmetic: no binary fractions between what was typed and the cents stored.
  if (digits.length > 12) return { ok: false, problem: "too-large" };
  const cents = Number(digits) * 100 + Number(fracPart.padEnd(2, "0"));
  return cents > maxCents ? { ok: false, problem: "too-large" } : { ok: true, cents };
}

/**
 * "49,99", "1.234,56", "1234,56", "12.5", "1,234.56", "€ 12", "12,-", " 12 " → cents. Refused: a sign, an
 * exponent, letters, more than two decimals, and one separator followed by exactly three digits ("12,345",
 * "1.234", "0,001"), which reads as thousands in one convention and as decimals in the other.
 */
export function parseAmount(input: string, maxCents: number = DEFAULT_MAX_AMOUNT_CENTS): AmountResult {
  let s = input.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (s === "") return { ok: false, problem: "empty" };
  s = s
    .replace(/^(€|EUR)\s*/i, "")
    .replace(/\s*(€|EUR|euro)$/i, "")
    .replace(/,-{1,2}$/, "");
  if (/^[-−–]/.test(s) && /\d/.test(s)) return { ok: false, problem: "negative" };
  s = s.replace(/^\+/, "");
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s) || /[.,]{2}/.test(s)) return { ok: false, problem: "not-a-number" };
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas === 0 && dots === 0) return toCents(s, "", maxCents);
  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands ("1.234,56", "1,234.56").
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [intPart, fracPart, ...rest] = s.split(decimal);
    if (rest.length > 0 || !groupsOk(intPart!, group)) return { ok: false, problem: "not-a-number" };
    if (fracPart!.length > 2) return { ok: false, problem: "too-many-decimals" };
    return toCents(intPart!.split(group).join(""), fracPart!, maxCents);
  }
  const mark = commas > 0 ? "," : ".";
  const count = commas + dots;
  if (count > 1) {
    // "1.234.567" or "1,234,567": only a thousands separator repeats.
    return groupsOk(s, mark) ? toCents(s.split(mark).join(""), "", maxCents) : { ok: false, problem: "not-a-number" };
  }
  const [intPart, fracPart] = s.split(mark) as [string, string];
  if (fracPart.length <= 2) return toCents(intPart, fracPart, maxCents);
  if (fracPart.length === 3) return { ok: false, problem: "ambiguous" };
  return { ok: false, problem: "too-many-decimals" };
}
