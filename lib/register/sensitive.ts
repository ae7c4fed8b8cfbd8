// The check on public wording before it goes on the register (decision 042): it finds what must almost never be
// public about a side job — amounts (income), e-mail addresses, phone numbers and long digit strings (bank
// account, citizen service number, chamber of commerce number). Pure and without I/O: the review form runs it
// live in the browser while HR types, and the server runs the same function again on save, on publication and on
// a correction, so it also works without JavaScript. It warns; HR decides (an organisation name can contain a
// number), but publishing text with a warning needs an explicit "I checked this".
import type { Translator } from "@/lib/actions/messages";

export type SensitiveKind = "amount" | "email" | "phone" | "digits";

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** The field the text was found in (functionTitle, sideJob, sideJobOrganisation, conditions). */
  field: string;
  /** What was found, exactly as typed. */
  match: string;
}

const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
// Dutch numbers: 06-12345678, 010 123 4567, +31 6 1234 5678, 0031 20 1234567 (ten digits after the 0 / 9 after +31).
const PHONE = /(?:\+|00)\d{2}[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){7,9}|\b0\d(?:[\s-]?\d){8}\b/g;
// Money: a currency sign or word next to a number, a number with a thousands separator or cents, or "k€"/"2k".
const AMOUNT = new RegExp(
  [
    String.raw`(?:€|\bEUR\b|\beuro?s?\b)\s?-?\d[\d.,\s]*`, // € 2.500 · EUR 300 · euro 40
    String.raw`\d[\d.,]*\s?(?:€|\bEUR\b|\beuro?s?\b|\bk€|\bduizend\b|\bmiljoen\b)`, // 2500 euro · 2.500,- € · 3 duizend
    String.raw`\b\d{1,3}(?:\.\d{3})+(?:,(?:\d{2}|-))?(?![\d.])`, // 2.500 · 12.000,00 · 2.500,-
    String.raw`\b\d+,(?:\d{2}|-)(?![\d])`, // 40,00 · 150,-
    String.raw`\b\d+\s?k\b`, // 25k
  ].join("|"),
  "gi",
);
// A bank account number (IBAN, in capitals as written: NL91 ABNA 0417 1643 00), reported as a digit string.
const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}\b/g;
// Seven or more digits in a row (possibly in groups: NL91 ABNA 0417 1643 00, 1234 56 789): account, BSN, KvK.
const DIGITS = /\d(?:[\s.]?\d){6,}/g;

/** Everything in one text that should not be public, each stretch of text reported once (e-mail, account number, phone, amount, other digits: the first that matches wins). */
export function findSensitive(text: string, field = ""): SensitiveFinding[] {
  const taken: [number, number][] = [];
  const out: SensitiveFinding[] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  for (const [kind, pattern] of [
    ["email", EMAIL],
    ["digits", IBAN],
    ["phone", PHONE],
    ["amount", AMOUNT],
    ["digits", DIGITS],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const match = m[0].trim();
      const end = start + m[0].length;
      if (!match || overlaps(start, end)) continue;
      taken.push([start, end]);
      out.push({ kind, field, match });
    }
  }
  return out;
}

export const WORDING_FIELDS = ["functionTitle", "sideJob", "sideJobOrganisation", "conditions"] as const;

/** The check over all public wording fields of an entry. */
export function checkWording(
  wording: Partial<Record<(typeof WORDING_FIELDS)[number], string | null>>,
): SensitiveFinding[] {
  return WORDING_FIELDS.flatMap((f) => findSensitive(wording[f] ?? "", f));
}

export interface FindingTexts {
  kinds: Record<SensitiveKind, string>;
  fields: Record<string, string>;
}

/** The texts of the findings in the reader's language. */
export function findingTexts(t: Translator): FindingTexts {
  return {
    kinds: {
      amount: t("register.check.amount"),
      email: t("register.check.email"),
      phone: t("register.check.phone"),
      digits: t("register.check.digits"),
    },
    fields: {
      functionTitle: t("register.table.functionTitle"),
      sideJob: t("register.table.sideJob"),
      sideJobOrganisation: t("register.table.organisation"),
      conditions: t("register.table.conditions"),
    },
  };
}

/** One finding as a sentence for HR, the same in the browser and from the server: `Bedrag in "Nevenwerkzaamheid": € 2.500`. */
export function describeFinding(f: SensitiveFinding, texts: FindingTexts): string {
  return `${texts.kinds[f.kind]} (${texts.fields[f.field] ?? f.field}): ${f.match}`;
}
