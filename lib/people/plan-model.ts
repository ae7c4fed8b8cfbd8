// The shapes of an import plan: the organisation's snapshot it is computed against (people, units, the
// importer's reach) and what it reports (per row: new / changed / unchanged / rejected) and writes. Types and
// field lists only, so the import's pages and components can name them without the planning code (plan.ts).
import type { Role } from "@/lib/generated/prisma/client";
import type { ColumnKey, ImportRow, Issue } from "./csv";

export interface ExistingPerson {
  id: string;
  externalId: string | null;
  email: string;
  name: string;
  functionTitle: string;
  unitId: string | null;
  managerId: string | null;
  roles: Role[];
  salaryScale: number | null;
  topManagementGroup: boolean;
  topOfficial: boolean;
  financialRiskFunction: boolean;
  vulnerableFunction: boolean;
  /** YYYY-MM-DD */
  employmentStart: string | null;
  employmentEnd: string | null;
  version: number;
}

export interface ExistingUnit {
  id: string;
  name: string;
  code: string | null;
}

export interface PlanContext {
  /** Every person of the organisation. */
  people: ExistingPerson[];
  units: ExistingUnit[];
  /** E-mail addresses (of the file) that belong to people of other organisations (e-mail is unique portal-wide). */
  emailsElsewhere: ReadonlySet<string>;
  /** Whoever imports: they may not change their own roles. */
  viewerId: string;
  /** The roles the importer may hand out or take away (lib/people/roles.ts). */
  grantableRoles: readonly Role[];
  /** Today (YYYY-MM-DD, Amsterdam): whether a manager is still employed. */
  today?: string;
  /** People whose access is withdrawn: they cannot become anyone's manager. */
  disabledIds?: ReadonlySet<string>;
  /** Open declarations waiting with a manager (decision 032): MANAGER cannot be taken while some stay with them. */
  openAssignments?: readonly { personId: string; assigneeId: string }[];
}

/** A field the plan compares: a column of the file (lib/people/csv.ts). */
export type PlanField = ColumnKey;

/** One field's change, as display values: names for unit and manager, "true"/"false", YYYY-MM-DD, roles comma-separated. */
export interface Change {
  field: PlanField;
  from: string | null;
  to: string | null;
}

export type Outcome = "new" | "changed" | "unchanged" | "rejected";

export interface ReportRow {
  line: number;
  externalId: string;
  name: string;
  outcome: Outcome;
  personId: string | null;
  /** The matched person's version at planning time: any edit since makes the preview stale. */
  version: number | null;
  changes: Change[];
  reasons: Issue[];
}

export interface PlanReport {
  counts: Record<Outcome, number>;
  rows: ReportRow[];
}

/** What to write for one person: the row's values (the personnel number, name and e-mail only when they change) and the unit's id. */
export type PersonData = Partial<Omit<ImportRow, "line" | "unit" | "manager" | "issues">> & { unitId?: string | null };

export interface PersonWrite {
  line: number;
  /** The person's id, or "new:<line>" for someone the import creates. */
  node: string;
  personId: string | null;
  version: number | null;
  data: PersonData;
  /** The manager's node; undefined when the manager does not change. */
  managerNode?: string | null;
  /** The fields that change (for the audit trail: names only, never values). */
  fields: PlanField[];
}

export interface Plan {
  report: PlanReport;
  writes: PersonWrite[];
}
