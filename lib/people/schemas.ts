// People and units: Zod schemas shared by the forms and the server actions. Messages are keys into
// "people.errors", so each field gets a specific text in the reader's language. The same value rules as the
// CSV import (lib/people/csv.ts): e-mail stored lower case, scale 1-18, end not before start.
import { z } from "zod";
import { hasNoNul, INVALID_CHARACTERS } from "@/lib/text";
import { normaliseEmail, parseDutchDate, ROLE_ORDER } from "./values";

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine((s) => parseDutchDate(s) === s, { error: "invalidDate" });
const optionalDate = z
  .union([z.literal(""), date])
  .optional()
  .transform((s) => (s ? s : null));
export const DESIGNATIONS = [
  "topManagementGroup",
  "topOfficial",
  "financialRiskFunction",
  "vulnerableFunction",
] as const;
export type Designation = (typeof DESIGNATIONS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .refine(hasNoNul, { error: INVALID_CHARACTERS })
    .optional()
    .transform((s) => (s ? s : null));
/** A hidden id of the form: a NUL in it is tampering (and would reach the database as a lookup). */
const optionalId = z
  .string()
  .max(64, { error: "notFound" })
  .refine(hasNoNul, { error: "notFound" })
  .optional()
  .transform((s) => (s ? s : null));

export const PersonFormSchema = z
  .object({
    id: optionalId,
    version: z.coerce.number({ error: "conflict" }).int({ error: "conflict" }).min(0, { error: "conflict" }).default(0),
    name: z
      .string({ error: "nameRequired" })
      .trim()
      .min(1, { error: "nameRequired" })
      .max(200, { error: "tooLong" })
      .refine(hasNoNul, { error: INVALID_CHARACTERS })
      .transform((s) => s.replace(/\s+/g, " ")),
    email: z
      .string({ error: "emailRequired" })
      .trim()
      .min(1, { error: "emailRequired" })
      .refine((s) => normaliseEmail(s) !== null, { error: "emailInvalid" })
      .transform((s) => normaliseEmail(s)!),
    functionTitle: z
      .string()
      .trim()
      .max(200, { error: "tooLong" })
      .refine(hasNoNul, { error: INVALID_CHARACTERS })
      .default(""),
    unitId: optionalText(64),
    /** Personnel number or e-mail address of the manager, as in the CSV import. */
    manager: optionalText(254),
    roles: z
      .array(z.enum(ROLE_ORDER as [string, ...string[]], { error: "unknownRole" }))
      .default([])
      .transform((roles) => ROLE_ORDER.filter((r) => r === "EMPLOYEE" || roles.includes(r))),
    salaryScale: z
      .string()
      .trim()
      .optional()
      .refine((s) => !s || (/^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 18), { error: "scaleRange" })
      .transform((s) => (s ? Number(s) : null)),
    /** The ticked designations (checkboxes named "designations"). */
    designations: z.array(z.enum(DESIGNATIONS, { error: "unknownDesignation" })).default([]),
    employmentStart: optionalDate,
    employmentEnd: optionalDate,
    externalId: optionalText(64),
  })
  .superRefine((v, ctx) => {
    if (v.employmentStart && v.employmentEnd && v.employmentEnd < v.employmentStart)
      ctx.addIssue({ code: "custom", path: ["employmentEnd"], message: "endBeforeStart" });
  })
  .transform(({ designations, ...v }) => ({
    ...v,
    topManagementGroup: designations.includes("topManagementGroup"),
    topOfficial: designations.includes("topOfficial"),
    financialRiskFunction: designations.includes("financialRiskFunction"),
    vulnerableFunction: designations.includes("vulnerableFunction"),
  }));

export type PersonInput = z.output<typeof PersonFormSchema>;

export const UnitFormSchema = z.object({
  id: optionalId,
  /** The unit's updatedAt when the form was opened (units have no version column): a stale one is a conflict. */
  updatedAt: z
    .string()
    .max(40, { error: "conflict" })
    .refine(hasNoNul, { error: "conflict" })
    .optional()
    .transform((s) => (s ? s : null)),
  name: z
    .string({ error: "unitNameRequired" })
    .trim()
    .min(1, { error: "unitNameRequired" })
    .max(200, { error: "tooLong" })
    .refine(hasNoNul, { error: INVALID_CHARACTERS })
    .transform((s) => s.replace(/\s+/g, " ")),
  code: optionalText(64),
  parentId: optionalText(64),
});
export type UnitInput = z.output<typeof UnitFormSchema>;

// ---- the people list: filters in the URL (Dutch parameter names, like the decision queue) ------------

export const SORTS = ["naam", "functie", "afdeling", "schaal", "indienst"] as const;
export type PeopleSort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

export interface PeopleQuery {
  q: string;
  unitId: string | null;
  role: (typeof ROLE_ORDER)[number] | null;
  designation: Designation | null;
  status: "actief" | "vertrokken" | "alle";
  sort: PeopleSort;
  dir: "op" | "af";
  page: number;
}

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the list's URL parameters; anything unknown falls back to the default (never an error page). */
export function parsePeopleQuery(sp: Record<string, string | string[] | undefined>): PeopleQuery {
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : sp[k]) ?? "";
  const page = Number.parseInt(one("pagina"), 10);
  return {
    q: one("zoek").trim().slice(0, 200),
    unitId: one("afdeling") ? one("afdeling").slice(0, 64) : null,
    role: one("rol") ? pick(one("rol"), ROLE_ORDER, "EMPLOYEE") : null,
    designation: one("aanwijzing") ? pick<Designation | "">(one("aanwijzing"), DESIGNATIONS, "") || null : null,
    status: pick(one("status"), ["actief", "vertrokken", "alle"] as const, "actief"),
    sort: pick(one("sorteer"), SORTS, "naam"),
    dir: pick(one("richting"), ["op", "af"] as const, "op"),
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1,
  };
}

/** The URL of the list with these parameters (defaults left out). */
export function peopleQueryHref(query: PeopleQuery, over: Partial<PeopleQuery> = {}): string {
  const q = { ...query, ...over };
  const params = new URLSearchParams();
  if (q.q) params.set("zoek", q.q);
  if (q.unitId) params.set("afdeling", q.unitId);
  if (q.role) params.set("rol", q.role);
  if (q.designation) params.set("aanwijzing", q.designation);
  if (q.status !== "actief") params.set("status", q.status);
  if (q.sort !== "naam") params.set("sorteer", q.sort);
  if (q.dir !== "op") params.set("richting", q.dir);
  if (q.page > 1) params.set("pagina", String(q.page));
  const s = params.toString();
  return s ? `/beheer/mensen?${s}` : "/beheer/mensen";
}
