// The processing register (AVG art. 30) as data: every field of every table, grouped, with what it is,
// why the portal keeps it, on what legal basis, who sees it and how long it is kept.
// tests/unit/privacy/catalogue.test.ts fails when a field in prisma/schema.prisma is missing here, so a new
// field cannot be added without a purpose. Plain words (B1), Dutch and English. The retention periods are
// proposals for legal/AVG review (docs/privacy.md). One file per area of the data model; the order below is the
// order the pages show.
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import type { FieldGroup } from "./types";
import { ORGANISATION_AND_PEOPLE } from "./organisation-and-people";
import { DECLARATIONS } from "./declarations";
import { PUBLIC_REGISTER } from "./register";
import { HR_ADMINISTRATION } from "./hr-administration";
import { AUDIT_AND_NOTIFICATIONS } from "./audit-and-notifications";

export type { FieldGroup, Retention, Text } from "./types";

export const CATALOGUE: FieldGroup[] = [
  ...ORGANISATION_AND_PEOPLE,
  ...DECLARATIONS,
  ...PUBLIC_REGISTER,
  ...HR_ADMINISTRATION,
  ...AUDIT_AND_NOTIFICATIONS,
];

export function groupsOf(model: string): FieldGroup[] {
  return CATALOGUE.filter((g) => g.model === model);
}

/** The groups kept under a retention category (for "what does this period cover"). */
export function groupsKeptUnder(category: RetentionCategory): FieldGroup[] {
  return CATALOGUE.filter((g) => Array.isArray(g.retention) && g.retention.includes(category));
}
