// Filters of the integrity overview and the annual export. They arrive as URL search parameters (GET forms:
// a filtered view can be bookmarked and works without JavaScript), so every value is untrusted text.
// Error messages are keys into "overview.errors", so both languages get a specific text.
import { z } from "zod";
import { DECLARATION_TYPES, type DeclarationType as RuleType } from "@/lib/rules";

/** The longest period the overview shows at once: three years of months stays readable. */
export const MAX_PERIOD_DAYS = 3 * 366;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export type SearchParams = Record<string, string | string[] | undefined>;
/** The first value of a search parameter ("?jaar=2026&jaar=2025" takes 2026), trimmed; "" when absent. */
export function param(sp: SearchParams, name: string): string {
  const v = sp[name];
  return (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();
}

/** A calendar date that exists, as YYYY-MM-DD. */
export const isRealDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isYear = (s: string) => /^\d{4}$/.test(s) && Number(s) >= FIRST_YEAR && Number(s) <= LAST_YEAR;
const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Empty, or a value that passes `check`; otherwise the one specific message (a union would say "Invalid input"). */
export function optional(check: (s: string) => boolean, error: string) {
  return z.string().refine((s) => s === "" || check(s), { error });
}
export const optionalYear = optional(isYear, "yearInvalid").transform((s) => (s === "" ? null : Number(s)));
const optionalDate = optional(isRealDate, "dateInvalid");
const RULE_TYPES: readonly string[] = DECLARATION_TYPES;

export interface Period {
  /** First day, YYYY-MM-DD (Europe/Amsterdam calendar date). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** Set when the period is a whole calendar year. */
  year: number | null;
}

export interface OverviewFilters {
  period: Period;
  unitId: string | null;
  type: RuleType | null;
}

const OverviewParamsSchema = z
  .object({
    jaar: optionalYear,
    van: optionalDate,
    tot: optionalDate,
    afdeling: z.string().max(64, { error: "unitUnknown" }),
    soort: optional((s) => RULE_TYPES.includes(s), "typeUnknown").transform((s) => (s || null) as RuleType | null),
  })
  .superRefine((v, ctx) => {
    if (v.van && !v.tot) ctx.addIssue({ code: "custom", path: ["tot"], message: "periodToRequired" });
    if (v.tot && !v.van) ctx.addIssue({ code: "custom", path: ["van"], message: "periodFromRequired" });
    if (v.van && v.tot && v.tot < v.van)
      ctx.addIssue({ code: "custom", path: ["tot"], message: "periodEndBeforeStart" });
    else if (v.van && v.tot && days(v.van, v.tot) > MAX_PERIOD_DAYS)
      ctx.addIssue({ code: "custom", path: ["tot"], message: "periodTooLong" });
  });

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export function firstErrors(error: z.ZodError): FieldErrors {
  const flat = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(
    Object.entries(flat)
      .filter(([, m]) => m && m.length > 0)
      .map(([k, m]) => [k, m![0]!]),
  );
}

/** The URL's filters for the overview. Without a year or period: the current calendar year (`today`, Amsterdam). */
export function parseOverviewParams(sp: SearchParams, today: string): Parsed<OverviewFilters> {
  const raw = {
    jaar: param(sp, "jaar"),
    van: param(sp, "van"),
    tot: param(sp, "tot"),
    afdeling: param(sp, "afdeling"),
    soort: param(sp, "soort"),
  };
  const r = OverviewParamsSchema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: firstErrors(r.error) };
  const v = r.data;
  // A period given in full wins over the year: the form shows both, and says which one the figures use.
  const y = v.jaar ?? Number(today.slice(0, 4));
  const period: Period =
    v.van && v.tot ? { from: v.van, to: v.tot, year: null } : { from: `${y}-01-01`, to: `${y}-12-31`, year: y };
  return { ok: true, value: { period, unitId: v.afdeling || null, type: v.soort } };
}

/**
 * The year of the annual-report export: four digits; absent (or empty) means the current calendar year, taken from
 * `today` (YYYY-MM-DD, Europe/Amsterdam) so the function stays pure. A year given but malformed is an error.
 */
export function parseExportYear(sp: SearchParams, today: string): Parsed<number> {
  const jaar = param(sp, "jaar");
  if (jaar === "") return { ok: true, value: Number(today.slice(0, 4)) };
  return isYear(jaar) ? { ok: true, value: Number(jaar) } : { ok: false, fieldErrors: { jaar: "yearInvalid" } };
}
