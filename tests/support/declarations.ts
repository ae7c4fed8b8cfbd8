// Filing and deciding declarations through the data layer, as the tests' set-up does it again and again.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { decideDeclaration } from "@/lib/decisions/data";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { SIDE_JOB_QUESTIONS, type DeclarationType } from "@/lib/rules";
import { sideJobQuestionField } from "@/lib/declarations/forms/side-job";
import { codeOf } from "@/tests/support/app-error";

/** A form's answers as the browser sends them. */
export type Answers = Record<string, string | string[]>;

/**
 * A gift's answers: by default a €75 cake from a bakery received on 2 November 2026, which politeness does not
 * oblige (so "not permitted" at the Rijk); each call has a description of its own. `over` changes any answer.
 */
export const giftAnswers = (over: Answers = {}): Answers => ({
  direction: "received",
  kind: "goods",
  description: `Taart ${randomUUID().slice(0, 6)}`,
  giver: "Bakkerij Bisschop",
  valueEuros: "75,00",
  date: "2026-11-02",
  giverInProcurementOrAwaitingDecision: "no",
  deliveredToHomeAddress: "no",
  foreignRelation: "no",
  refusalWouldOffend: "no",
  explanation: "",
  ...over,
});

/**
 * A side job's answers: a current, paid seat on a supervisory board of a foundation of its own, 4 hours a month,
 * the Rijk's first question answered "yes" and the others "no". `over` changes any answer.
 */
export const sideJobAnswers = (over: Answers = {}): Answers => ({
  status: "current",
  change: "new",
  organisation: `Stichting ${randomUUID().slice(0, 6)}`,
  role: "supervisory-board",
  mandate: "none",
  description: "Lid raad van toezicht",
  paid: "yes",
  hoursPerMonth: "4",
  startDate: "2025-01-01",
  ...Object.fromEntries(SIDE_JOB_QUESTIONS.rijk.map((q, i) => [sideJobQuestionField(q.id), i === 0 ? "yes" : "no"])),
  explanation: "",
  ...over,
});

/** A form's answers as a factory: `defaults`, with any answer changed by the `over` of each call. */
export const answersWith =
  (defaults: Answers) =>
  (over: Answers = {}): Answers => ({ ...defaults, ...over });

/** The answers that make refusing a gift impolite (abroad, and refusing would offend). */
export const POLITENESS: Answers = { foreignRelation: "yes", refusalWouldOffend: "yes" };

/**
 * Saves a draft and sends it, as the declarant does: the send's result, with the draft and the declaration's
 * version after sending (what a decision on it must carry).
 */
export async function fileDeclaration(viewer: Viewer, type: DeclarationType, raw: Answers) {
  const draft = await saveDraft(viewer, { type, raw });
  const sent = await submitDeclaration(viewer, { id: draft.id, version: draft.version, submissionKey: randomUUID() });
  return { ...sent, id: draft.id, version: draft.version + 1, draft };
}

/** A decision as its form parses: an approval without reason or conditions unless `over` says otherwise. */
export const decisionInput = (id: string, version: number, over: Record<string, unknown> = {}) =>
  DecisionSchema.parse({ id, version, kind: "APPROVED", reason: "", conditions: "", ...over });

/** The decision form's fields for a kind, a reason and conditions (no gift destination, hand-in or reassessment). */
export const decisionFields = (
  kind: "APPROVED" | "APPROVED_WITH_CONDITIONS" | "REFUSED",
  reason: string,
  conditions = "",
) => ({ kind, reason, conditions, giftDestination: null, handedInOn: null, reassessOn: null });

/** Saves a draft and tries to send it: the draft, and the code the send was refused with ("OK" when it was sent). */
export async function trySending(viewer: Viewer, type: DeclarationType, raw: Answers) {
  const draft = await saveDraft(viewer, { type, raw });
  const code = await codeOf(
    submitDeclaration(viewer, { id: draft.id, version: draft.version, submissionKey: randomUUID() }),
  );
  return { draft, code };
}

/** How a declaration stands after sending: its routing, reference and what the lists show of it. */
export const storedDeclaration = (db: PrismaClient, id: string) =>
  db.declaration.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      ruleOutcome: true,
      deciderRole: true,
      assigneeId: true,
      reference: true,
      type: true,
      policyVersion: true,
      version: true,
      title: true,
      counterparty: true,
      valueCents: true,
    },
  });

/** A declaration the code lets through without anybody deciding (registered, no duty, no decider). */
export const REGISTERED_WITHOUT_DECIDER = {
  status: "REGISTERED",
  ruleOutcome: "NO_DUTY",
  deciderRole: "NONE",
  assigneeId: null,
} as const;

/** A declaration registered with nobody to decide, on a "register" verdict: the manager is only informed. */
export const REGISTERED_FOR_INFORMATION = {
  status: "REGISTERED",
  ruleOutcome: "REGISTER",
  deciderRole: "NONE",
  assigneeId: null,
} as const;

/** Sent and waiting for the manager `assigneeId`, whom the code's verdict `ruleOutcome` makes the decider. */
export const waitingForManager = (
  ruleOutcome: "APPROVAL_REQUIRED" | "NOT_PERMITTED" | "REGISTER",
  assigneeId: string | null,
) => ({ status: "SUBMITTED", ruleOutcome, deciderRole: "MANAGER", assigneeId }) as const;

/** The audit trail's actions about one record, oldest first. */
export async function auditActionsOf(db: PrismaClient, entityId: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: { entityId },
    orderBy: { seq: "asc" },
    select: { action: true },
  });
  return events.map((e) => e.action);
}

/** The decider decides the declaration at `version` with the decision form's fields (see decisionFields). */
export const decideWith = (
  decider: Viewer,
  id: string,
  version: number,
  ...fields: Parameters<typeof decisionFields>
) => decideDeclaration(decider, { id, version, ...decisionFields(...fields) });

/** Files a declaration (see fileDeclaration) and checks how it stands: the stored declaration, with its id. */
export async function expectFiled(
  db: PrismaClient,
  viewer: Viewer,
  type: DeclarationType,
  raw: Answers,
  expected: Record<string, unknown>,
) {
  const { id } = await fileDeclaration(viewer, type, raw);
  const d = await storedDeclaration(db, id);
  expect(d).toMatchObject(expected);
  return { ...d, id };
}

/** The decider decides the declaration as filed (see decideWith), after which it stands at the decision's kind. */
export async function expectDecided(
  db: PrismaClient,
  decider: Viewer,
  { id, version }: { id: string; version: number },
  ...fields: Parameters<typeof decisionFields>
) {
  await decideWith(decider, id, version, ...fields);
  expect((await storedDeclaration(db, id)).status).toBe(fields[0]);
}

/**
 * Only the assigned manager decides: `outsider` (a colleague, or another team's manager) is refused as if the
 * declaration were not there; then `decider` decides, and the audit trail has the draft, the send and more.
 */
export async function expectOnlyAssigneeDecides(
  db: PrismaClient,
  { outsider, decider, id, version }: { outsider: Viewer; decider: Viewer; id: string; version: number },
  ...fields: Parameters<typeof decisionFields>
) {
  expect(await codeOf(decideDeclaration(outsider, { id, version, ...decisionFields("REFUSED", "Nee") }))).toBe(
    "NOT_FOUND",
  );
  await expectDecided(db, decider, { id, version }, ...fields);
  const actions = await auditActionsOf(db, id);
  expect(actions).toEqual(expect.arrayContaining(["declaration.draft-created", "declaration.submitted"]));
  expect(actions.length).toBeGreaterThanOrEqual(3);
}

/** A form error: sending is refused as VALIDATION, and the draft stays a draft without a reference. */
export async function expectSendRefused(db: PrismaClient, viewer: Viewer, type: DeclarationType, raw: Answers) {
  const { draft, code } = await trySending(viewer, type, raw);
  expect(code).toBe("VALIDATION");
  expect(await storedDeclaration(db, draft.id)).toMatchObject({ status: "DRAFT", reference: null });
}
