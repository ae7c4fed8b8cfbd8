// Deciding against the code (decision 052): which verdict a decision is measured against, when a decision goes
// against it, and the same-giver comparison of the decision page. Kept apart from lib/decisions/data.ts so the
// lifecycle move of other branches and this change meet in as few lines as possible.
import { effectivePolicy } from "@/lib/policy/effective";
import { amsterdamNow } from "@/lib/format";
import { evaluate, parseDeclarationInput, type Verdict } from "@/lib/rules";
import { parseDeclarationForm, type RawValues } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { DB_TO_RULE_TYPE, PROFILE_TO_RULES } from "@/lib/declarations/types";
import { DECLARED } from "@/lib/declarations/lifecycle";
import { AppError } from "@/lib/errors";
import { readPersonFactsIn } from "@/lib/declarations/person-facts";
import { recordViewerAudit } from "@/lib/audit/record";
import { giverKey } from "@/lib/givers";
import { integrityOfficersFor, notify } from "@/lib/notifications/events";
import type { DeclarationType, PolicyProfile as DbProfile, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** The code's verdict a decision is measured against, and whether it was stored at filing or worked out now. */
export interface VerdictAtFiling {
  verdict: Verdict;
  recomputed: boolean;
}

/** What a declaration as filed brings to the question of its verdict at filing. */
export interface FiledDeclaration {
  organisationId: string;
  personId: string;
  type: DeclarationType;
  answers: unknown;
  verdict: unknown;
  submittedAt: Date | null;
}

/**
 * The verdict stored when the declaration was sent; without one (older or imported records), the verdict under the
 * policy in force on its filing date, worked out from its stored answers and the declarant's facts: marked as
 * recomputed. null when the answers cannot be read as the form reads them (nothing to measure against).
 */
export async function verdictAtFiling(db: Db, d: FiledDeclaration): Promise<VerdictAtFiling | null> {
  if (d.verdict && typeof d.verdict === "object" && "outcome" in d.verdict)
    return { verdict: d.verdict as Verdict, recomputed: false };
  const verdict = await computeVerdictOn(db, d, d.submittedAt ?? new Date());
  return verdict ? { verdict, recomputed: true } : null;
}

/** The code's verdict on stored answers under the policy in force at `at` (the path submission takes, back-dated). */
export async function computeVerdictOn(
  db: Db,
  d: { organisationId: string; personId: string; type: DeclarationType; answers: unknown },
  at: Date,
): Promise<Verdict | null> {
  const form = getDeclarationForm(DB_TO_RULE_TYPE[d.type]);
  if (!form || !d.answers || typeof d.answers !== "object") return null;
  // One after the other: this may run on a transaction's connection, which takes one query at a time (pg 9 refuses more).
  const org = await db.organisation.findUniqueOrThrow({ where: { id: d.organisationId }, select: { profile: true } });
  const facts = await readPersonFactsIn(db, d.personId);
  const { today, now } = amsterdamNow(at);
  const { profile } = await effectivePolicy(db, d.organisationId, org.profile as DbProfile, today);
  const parsed = parseDeclarationForm(
    form,
    d.answers as RawValues,
    { profileId: PROFILE_TO_RULES[org.profile], profile, today },
    "nl",
    parseDeclarationInput,
  );
  if (!parsed.ok) return null;
  try {
    return evaluate(parsed.input, {
      profile,
      now,
      person: facts,
    });
  } catch {
    return null;
  }
}

/** What the code said, reduced to what a decision can go against. */
export type CodeStance = "not-permitted" | "permitted" | "open";

/**
 * "permitted": no duty or register only, with no decision left to anyone; "not-permitted"; "open": the code leaves the
 * decision to the decider (approval required, or a registered gift whose destination the manager decides).
 */
export function codeStance(verdict: Pick<Verdict, "outcome" | "decisionRequired"> | null | undefined): CodeStance {
  if (!verdict) return "open";
  if (verdict.outcome === "not-permitted") return "not-permitted";
  if ((verdict.outcome === "no-duty" || verdict.outcome === "register") && !verdict.decisionRequired)
    return "permitted";
  return "open";
}

/** Approving what the code forbids, or refusing what it permits. Asking, escalating and "open" verdicts never are. */
export function isAgainstCode(
  verdict: Pick<Verdict, "outcome" | "decisionRequired"> | null | undefined,
  kind: string,
): boolean {
  const stance = codeStance(verdict);
  if (stance === "not-permitted") return kind === "APPROVED" || kind === "APPROVED_WITH_CONDITIONS";
  if (stance === "permitted") return kind === "REFUSED";
  return false;
}

export interface AgainstCodeCheck {
  againstCode: boolean;
  /** The code's outcome the decision departs from, when againstCode. */
  codeOutcome: Verdict["outcome"] | null;
  recomputed: boolean;
}

/**
 * Before a final decision is written: does it go against the code's verdict at filing? Then it needs a written reason
 * (else "reasonRequiredAgainstCode" on the reason) and the decider's confirmation in a second step (else
 * "confirmAgainstCode": the form shows the confirmation step; nothing is written either way).
 */
export async function checkAgainstCode(
  db: Db,
  d: FiledDeclaration,
  input: { kind: string; reason: string; confirmAgainstCode?: boolean },
): Promise<AgainstCodeCheck> {
  if (input.kind !== "APPROVED" && input.kind !== "APPROVED_WITH_CONDITIONS" && input.kind !== "REFUSED")
    return { againstCode: false, codeOutcome: null, recomputed: false };
  const atFiling = await verdictAtFiling(db, d);
  if (!atFiling || !isAgainstCode(atFiling.verdict, input.kind))
    return { againstCode: false, codeOutcome: null, recomputed: false };
  if (!input.reason)
    throw new AppError("VALIDATION", "reason required against the code", {
      fieldErrors: { reason: "reasonRequiredAgainstCode" },
    });
  if (!input.confirmAgainstCode)
    throw new AppError("VALIDATION", "confirmation required against the code", {
      fieldErrors: { confirmAgainstCode: "confirmAgainstCode" },
    });
  return { againstCode: true, codeOutcome: atFiling.verdict.outcome, recomputed: atFiling.recomputed };
}

/** After the decision is written, in its transaction: its own audit event, and the integrity officers told (lean: no free text). */
export async function recordAgainstCode(
  tx: Prisma.TransactionClient,
  viewer: { id: string; organisationId: string },
  d: { id: string; personId: string; type: DeclarationType; reference: string | null; version: number },
  decision: { id: string; outcome: string },
  check: AgainstCodeCheck,
): Promise<void> {
  if (!check.againstCode) return;
  await recordViewerAudit(tx, viewer, {
    action: "declaration.decided-against-code",
    entityType: "Declaration",
    entityId: d.id,
    data: {
      decisionId: decision.id,
      outcome: decision.outcome,
      codeOutcome: check.codeOutcome,
      verdictRecomputed: check.recomputed,
    },
  });
  // Every integrity officer of the organisation but the declarant and the decider themself.
  const recipients = (
    await integrityOfficersFor(tx, { id: d.id, organisationId: viewer.organisationId, personId: d.personId })
  ).filter((id) => id !== viewer.id);
  await notify(tx, {
    organisationId: viewer.organisationId,
    declarationId: d.id,
    kind: "DECIDED_AGAINST_CODE",
    recipientIds: recipients,
    params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], outcome: decision.outcome },
    eventKey: `declaration:${d.id}:v${d.version + 1}:against-code`,
  });
}

export interface GiverYear {
  /** The giver or organisation as the declarant wrote it on this declaration. */
  name: string;
  /** This declaration and the declarant's earlier ones from the same giver this calendar year. */
  count: number;
  totalCents: number;
  ids: string[];
}

/**
 * The declarant's declarations this calendar year (Europe/Amsterdam) from the same giver or organisation, compared by
 * giverKey, across declaration types, with their total value (this one included). Only the declarant's own: a decider
 * reads no one else's declarations here. null when this declaration names no giver.
 */
export async function sameGiverThisYear(
  db: Db,
  d: {
    id: string;
    personId: string;
    counterparty: string | null;
    valueCents: number | null;
    occursOn: Date | null;
    submittedAt: Date | null;
  },
): Promise<GiverYear | null> {
  const key = giverKey(d.counterparty);
  if (!key) return null;
  const year = (d.occursOn ?? d.submittedAt ?? new Date()).toISOString().slice(0, 4);
  const from = new Date(`${year}-01-01T00:00:00Z`);
  const to = new Date(`${Number(year) + 1}-01-01T00:00:00Z`);
  const rows = await db.declaration.findMany({
    where: {
      personId: d.personId,
      id: { not: d.id },
      counterparty: { not: null },
      status: { in: [...DECLARED] },
      occursOn: { gte: from, lt: to },
    },
    select: { id: true, counterparty: true, valueCents: true },
    take: 500,
  });
  const same = rows.filter((r) => giverKey(r.counterparty) === key);
  return {
    name: d.counterparty!,
    count: same.length + 1,
    totalCents: same.reduce((sum, r) => sum + (r.valueCents ?? 0), d.valueCents ?? 0),
    ids: same.map((r) => r.id),
  };
}
