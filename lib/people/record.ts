// A person's record as an administrator edits it, named once: the form (lib/people/data.ts), the person page
// (lib/people/reads.ts) and the CSV import's snapshot (lib/people/import.ts) read the same fields.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayOfDateOrNull } from "@/lib/dates";
import type { ExistingPerson } from "./plan-model";

/** The designations of a function (yes or no each) that decide which rules apply and who decides. */
export const PERSON_DESIGNATIONS = [
  "topManagementGroup",
  "topOfficial",
  "financialRiskFunction",
  "vulnerableFunction",
] as const;

/** A person's roles and the facts of their function and employment: fields of the record and columns of the file. */
export const PERSON_FACTS = [
  "roles",
  "salaryScale",
  ...PERSON_DESIGNATIONS,
  "employmentStart",
  "employmentEnd",
] as const;

/** The fields an administrator edits; a change's audit event names those that changed. */
export const PERSON_EDIT_FIELDS = [
  "name",
  "email",
  "externalId",
  "functionTitle",
  "unitId",
  "managerId",
  ...PERSON_FACTS,
] as const;

/** The edited fields with the id and the version (what a change is checked against), as a Prisma select. */
export const PERSON_RECORD_SELECT = {
  id: true,
  version: true,
  ...(Object.fromEntries(PERSON_EDIT_FIELDS.map((field) => [field, true])) as Record<
    (typeof PERSON_EDIT_FIELDS)[number],
    true
  >),
} satisfies Prisma.PersonSelect;

/** A person's record as PERSON_RECORD_SELECT reads it. */
export type PersonRecordRow = Prisma.PersonGetPayload<{ select: typeof PERSON_RECORD_SELECT }>;

/**
 * The record as the person page and the import plan hold it: the record's fields only (a row read with more, such
 * as the manager or the account's state, gives just these) and the employment dates as days (YYYY-MM-DD).
 */
export function existingPersonOf(row: PersonRecordRow): ExistingPerson {
  const record = Object.fromEntries(
    Object.keys(PERSON_RECORD_SELECT).map((field) => [field, row[field as keyof PersonRecordRow]]),
  ) as PersonRecordRow;
  return {
    ...record,
    employmentStart: dayOfDateOrNull(row.employmentStart),
    employmentEnd: dayOfDateOrNull(row.employmentEnd),
  };
}
