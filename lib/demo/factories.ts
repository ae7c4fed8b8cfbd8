// Records made the one way the tests and the demo seed (prisma/seed-data.ts, seed-activity.ts) both use. In lib/ so
// that the production build, which runs the demo seed, imports nothing from tests/ (tests/factories re-exports it; decision 045).
import type {
  PrismaClient,
  Prisma,
  Role,
  PolicyProfile,
  DeclarationType,
  DeclarationStatus,
  RuleOutcome,
  DeciderRole,
} from "@/lib/generated/prisma/client";
import { takeReference } from "@/lib/declarations/reference";
import { PROFILE_TO_RULES } from "@/lib/declarations/types";
import { getProfile } from "@/lib/rules";

type Db = PrismaClient | Prisma.TransactionClient;

let counter = 0;
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

export interface OrganisationInput {
  slug?: string;
  name?: string;
  profile?: PolicyProfile;
  referralTitle?: string;
  keepsGiftRegister?: boolean;
  tooiUri?: string;
}

export function createOrganisation(db: Db, input: OrganisationInput = {}) {
  const slug = input.slug ?? `org-${next()}`;
  return db.organisation.create({
    data: {
      slug,
      name: input.name ?? `Organisatie ${slug}`,
      profile: input.profile ?? "RIJK",
      referralTitle: input.referralTitle ?? "Secretaris-Generaal",
      keepsGiftRegister:
        input.keepsGiftRegister ?? getProfile(PROFILE_TO_RULES[input.profile ?? "RIJK"]).gift.alwaysHandIn,
      tooiUri: input.tooiUri,
    },
  });
}

export function createUnit(
  db: Db,
  organisationId: string,
  input: { name?: string; code?: string; parentId?: string } = {},
) {
  return db.unit.create({
    data: {
      organisationId,
      name: input.name ?? `Afdeling ${next()}`,
      code: input.code ?? null,
      parentId: input.parentId ?? null,
    },
  });
}

export interface PersonInput {
  name?: string;
  email?: string;
  functionTitle?: string;
  salaryScale?: number | null;
  unitId?: string | null;
  managerId?: string | null;
  roles?: Role[];
  topManagementGroup?: boolean;
  topOfficial?: boolean;
  financialRiskFunction?: boolean;
  vulnerableFunction?: boolean;
  employmentStart?: Date | null;
  employmentEnd?: Date | null;
  externalId?: string | null;
}

export function createPerson(db: Db, organisationId: string, input: PersonInput = {}) {
  const name = input.name ?? `Medewerker ${next()}`;
  const roles = input.roles ?? ["EMPLOYEE"];
  return db.person.create({
    data: {
      organisationId,
      name,
      email: (input.email ?? `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${next()}@test.example`).toLowerCase(),
      functionTitle: input.functionTitle ?? "Beleidsmedewerker",
      salaryScale: input.salaryScale === undefined ? 10 : input.salaryScale,
      unitId: input.unitId ?? null,
      managerId: input.managerId ?? null,
      roles: roles.includes("EMPLOYEE") ? roles : ["EMPLOYEE", ...roles],
      topManagementGroup: input.topManagementGroup ?? false,
      topOfficial: input.topOfficial ?? false,
      financialRiskFunction: input.financialRiskFunction ?? false,
      vulnerableFunction: input.vulnerableFunction ?? false,
      employmentStart: input.employmentStart ?? new Date("2020-01-01"),
      employmentEnd: input.employmentEnd ?? null,
      externalId: input.externalId ?? null,
    },
  });
}

export interface DeclarationInput {
  type?: DeclarationType;
  status?: DeclarationStatus;
  title?: string;
  unitId?: string | null;
  submittedAt?: Date | null;
  decidedAt?: Date | null;
  occursOn?: Date | null;
  valueCents?: number | null;
  counterparty?: string | null;
  ruleOutcome?: RuleOutcome | null;
  deciderRole?: DeciderRole;
  assigneeId?: string | null;
  answers?: Prisma.InputJsonObject;
}

/**
 * A declaration as it stands after its history (for figures and lists): written directly, without the rules or
 * an audit trail. Sent (SUBMITTED, now) unless told otherwise; a DRAFT has no submission time.
 */
export async function createDeclaration(
  db: Db,
  person: { id: string; organisationId: string; unitId?: string | null },
  input: DeclarationInput = {},
) {
  const status = input.status ?? "SUBMITTED";
  const submittedAt = input.submittedAt === undefined ? (status === "DRAFT" ? null : new Date()) : input.submittedAt;
  // A sent declaration has its reference, numbered as the portal does (lib/declarations/reference.ts).
  const reference =
    status === "DRAFT"
      ? null
      : await takeReference(db, person.organisationId, input.type ?? "GIFT", submittedAt ?? new Date());
  return db.declaration.create({
    data: {
      reference,
      organisationId: person.organisationId,
      personId: person.id,
      unitId: input.unitId === undefined ? (person.unitId ?? null) : input.unitId,
      type: input.type ?? "GIFT",
      status,
      title: input.title ?? `Melding ${next()}`,
      submittedAt,
      decidedAt: input.decidedAt ?? null,
      occursOn: input.occursOn ?? null,
      valueCents: input.valueCents ?? null,
      counterparty: input.counterparty ?? null,
      ruleOutcome:
        input.ruleOutcome === undefined ? (status === "DRAFT" ? null : "APPROVAL_REQUIRED") : input.ruleOutcome,
      deciderRole: input.deciderRole ?? "NONE",
      assigneeId: input.assigneeId ?? null,
      answers: input.answers ?? {},
    },
  });
}
