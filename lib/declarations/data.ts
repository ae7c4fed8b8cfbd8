import "server-only";
import { cache } from "react";
// Declarations: the data access layer. Every function takes the signed-in viewer and re-checks their
// right to the specific record here (ownership: personId = viewer.id, within their organisation), runs
// the rule module, and writes the change together with its audit event in one transaction.
import { getDb } from "@/lib/db";
import { effectivePolicy } from "@/lib/policy/effective";
import { endEntryOfDeclaration } from "@/lib/register/lifecycle";
import type { Viewer } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { AppError, conflict, invalidState, notFound } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import type { Prisma, DeclarationStatus, DeciderRole } from "@/lib/generated/prisma/client";
import {
  evaluate,
  parseDeclarationInput,
  type DeclarationType as RuleType,
  type PersonFacts,
  type PolicyProfile,
  type ProfileId,
  type Verdict,
} from "@/lib/rules";
import { normaliseRaw, parseDeclarationForm, type RawValues } from "./form-model";
import { getDeclarationForm } from "./forms";
import { DB_TO_RULE_TYPE, DECIDER_TO_DB, OUTCOME_TO_DB, PROFILE_TO_RULES, RULE_TO_DB_TYPE } from "./types";
import { holdsManagerRightNow } from "@/lib/people/authority";
import { integrityOfficers, notify } from "@/lib/notifications/events";
import { assignReference } from "./reference";

/** States in which the employee may still change and (re)submit the declaration. */
const EDITABLE: DeclarationStatus[] = ["DRAFT", "INFO_REQUESTED"];
/** Not yet decided: the employee may withdraw. */
const WITHDRAWABLE: DeclarationStatus[] = ["SUBMITTED", "ESCALATED", "INFO_REQUESTED"];
/** A side job that runs and can be changed or ended. */
const FOLLOW_UP_FROM: DeclarationStatus[] = ["REGISTERED", "APPROVED", "APPROVED_WITH_CONDITIONS"];

export interface FilingContext {
  profileId: ProfileId;
  profile: PolicyProfile;
  person: PersonFacts;
  today: string;
  now: string;
}

/**
 * The organisation's effective policy (its profile, tightened by the newest setting in force) and the
 * viewer's facts. Memoised per request (React cache), so a page or action that needs it twice reads once.
 */
export const getFilingContext = cache(async function getFilingContext(viewer: Viewer): Promise<FilingContext> {
  const db = await getDb();
  const { today, now } = amsterdamNow();
  const [person, policy, reports] = await Promise.all([
    db.person.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { salaryScale: true, topManagementGroup: true, topOfficial: true, financialRiskFunction: true, vulnerableFunction: true, roles: true },
    }),
    effectivePolicy(db, viewer.organisationId, viewer.profile, today),
    db.person.count({ where: { managerId: viewer.id } }),
  ]);
  const profileId = PROFILE_TO_RULES[viewer.profile];
  const profile = policy.profile;
  return {
    profileId,
    profile,
    today,
    now,
    person: {
      salaryScale: person.salaryScale,
      topManagementGroup: person.topManagementGroup,
      topOfficial: person.topOfficial,
      financialRiskFunction: person.financialRiskFunction,
      vulnerableFunction: person.vulnerableFunction,
      isManager: person.roles.includes("MANAGER") || reports > 0,
    },
  };
});

function formFor(type: RuleType) {
  const form = getDeclarationForm(type);
  if (!form) throw new AppError("VALIDATION", `unknown declaration type ${type}`);
  return form;
}

/** Loads the viewer's own declaration for a change, or fails as if it does not exist. */
async function loadOwn(tx: Prisma.TransactionClient, viewer: Viewer, id: string) {
  const declaration = await tx.declaration.findFirst({
    where: { id, personId: viewer.id, organisationId: viewer.organisationId },
    select: { id: true, type: true, status: true, version: true, answers: true, submissionKey: true, deciderRole: true, assigneeId: true, relatedId: true, reference: true },
  });
  if (!declaration) throw notFound("declaration");
  return declaration;
}

function checkVersion(current: number, expected: number) {
  if (current !== expected) throw conflict({ currentVersion: current });
}

export interface SaveDraftInput {
  id?: string;
  type: RuleType;
  raw: RawValues;
  version?: number;
}

/** Creates or updates a draft (or a declaration sent back for more information). Stores exactly what was typed. */
export async function saveDraft(viewer: Viewer, input: SaveDraftInput): Promise<{ id: string; version: number }> {
  const db = await getDb();
  const context = await getFilingContext(viewer);
  const form = formFor(input.type);
  const answers = normaliseRaw(form, input.raw, { profileId: context.profileId, profile: context.profile, today: context.today }) as Prisma.InputJsonObject;
  return db.$transaction(async (tx) => {
    if (!input.id) {
      const created = await tx.declaration.create({
        data: {
          organisationId: viewer.organisationId,
          personId: viewer.id,
          unitId: viewer.unitId,
          type: RULE_TO_DB_TYPE[input.type],
          status: "DRAFT",
          answers,
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "declaration.draft-created", entityType: "Declaration", entityId: created.id, data: { type: RULE_TO_DB_TYPE[input.type] } });
      return created;
    }
    const current = await loadOwn(tx, viewer, input.id);
    if (DB_TO_RULE_TYPE[current.type] !== input.type) throw notFound("declaration");
    if (!EDITABLE.includes(current.status)) throw invalidState(current.status);
    checkVersion(current.version, input.version ?? -1);
    const updated = await tx.declaration.updateMany({
      where: { id: current.id, version: current.version },
      data: { answers, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw conflict();
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "declaration.draft-saved", entityType: "Declaration", entityId: current.id, data: { version: current.version + 1 } });
    return { id: current.id, version: current.version + 1 };
  });
}

export interface SubmitInput {
  id: string;
  version: number;
  /** Sent by the check-answers page; a second submit with the same key is answered with the first result. */
  submissionKey: string;
  /** The answer to the decider's question, when the declaration was sent back for more information. */
  answer?: string;
}

export interface SubmitResult {
  id: string;
  status: DeclarationStatus;
  reference: string;
  repeated: boolean;
}

/** Validates the stored answers, takes the rule verdict, and routes the declaration, with its audit event. */
export async function submitDeclaration(viewer: Viewer, input: SubmitInput): Promise<SubmitResult> {
  const db = await getDb();
  const context = await getFilingContext(viewer);
  return db.$transaction(async (tx) => {
    const current = await loadOwn(tx, viewer, input.id);
    // The same key again after the declaration left the employee's hands: answer with the first result.
    if (current.submissionKey === input.submissionKey && !EDITABLE.includes(current.status)) {
      return { id: current.id, status: current.status, reference: current.reference ?? "", repeated: true };
    }
    if (!EDITABLE.includes(current.status)) throw invalidState(current.status);
    checkVersion(current.version, input.version);
    const type = DB_TO_RULE_TYPE[current.type];
    const form = formFor(type);
    const parsed = parseDeclarationForm(form, current.answers as RawValues, { profileId: context.profileId, profile: context.profile, today: context.today }, "nl", parseDeclarationInput);
    if (!parsed.ok) throw new AppError("VALIDATION", "answers incomplete", { fieldErrors: parsed.fieldErrors });
    if (current.status === "INFO_REQUESTED" && !input.answer?.trim()) {
      throw new AppError("VALIDATION", "answer required", { fieldErrors: { answer: "required" } });
    }
    const verdict: Verdict = evaluate(parsed.input, { profile: context.profile, person: context.person, now: context.now });
    const summary = form.summarise(parsed.values);
    const routing =
      current.status === "INFO_REQUESTED"
        ? // The answer goes back to whoever asked, whatever the changed answers now lead to: they decide.
          await backToDecider(tx, viewer, current.deciderRole, current.assigneeId)
        : await route(tx, viewer, verdict);
    // One moment for the sending time and the reference's year (they must agree around New Year).
    const sentAt = new Date();
    const updated = await tx.declaration.updateMany({
      where: { id: current.id, version: current.version },
      data: {
        status: routing.status,
        deciderRole: routing.deciderRole,
        assigneeId: routing.assigneeId,
        verdict: verdict as unknown as Prisma.InputJsonObject,
        ruleOutcome: OUTCOME_TO_DB[verdict.outcome],
        policyVersion: verdict.policyVersion,
        title: summary.title.slice(0, 200),
        occursOn: summary.occursOn ? new Date(`${summary.occursOn}T00:00:00Z`) : null,
        valueCents: summary.valueCents,
        counterparty: summary.counterparty?.slice(0, 200) ?? null,
        submittedAt: sentAt,
        submissionKey: input.submissionKey,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw conflict();
    if (current.status === "INFO_REQUESTED") {
      await tx.declarationMessage.create({ data: { declarationId: current.id, authorId: viewer.id, kind: "ANSWER", body: input.answer!.trim().slice(0, 4000) } });
    }
    if (type === "side-job" && current.relatedId && (current.answers as RawValues).change === "ended") {
      await endRelatedSideJob(tx, viewer, current.relatedId);
    }
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: current.status === "INFO_REQUESTED" ? "declaration.resubmitted" : "declaration.submitted",
      entityType: "Declaration",
      entityId: current.id,
      data: { status: routing.status, outcome: verdict.outcome, policyVersion: verdict.policyVersion, version: current.version + 1 },
    });
    // The reference is given when the declaration is first sent: one statement, after the audit event (see
    // assignReference for why there); an answered question keeps it. The notifications name it.
    const reference = current.reference ?? (await assignReference(tx, { id: current.id, organisationId: viewer.organisationId, type: current.type }, sentAt));
    await notifyOnSubmit(tx, viewer, {
      id: current.id,
      version: current.version + 1,
      reference,
      type,
      status: routing.status,
      assigneeId: routing.assigneeId,
      resubmitted: current.status === "INFO_REQUESTED",
    });
    return { id: current.id, status: routing.status, reference, repeated: false };
  });
}

/**
 * The employee reported that a side job ended: the original declaration becomes ENDED and its register
 * entry (if any) moves to the register's history, in the transaction of the report.
 */
async function endRelatedSideJob(tx: Prisma.TransactionClient, viewer: Viewer, relatedId: string) {
  const original = await tx.declaration.findFirst({ where: { id: relatedId, personId: viewer.id, organisationId: viewer.organisationId }, select: { id: true, status: true, version: true } });
  if (!original || !FOLLOW_UP_FROM.includes(original.status)) return;
  await tx.declaration.update({ where: { id: original.id }, data: { status: "ENDED", version: { increment: 1 } } });
  await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "declaration.ended", entityType: "Declaration", entityId: original.id, data: { from: original.status, version: original.version + 1 } });
  await endEntryOfDeclaration(tx, original.id, "SIDE_JOB_ENDED", viewer.id);
}

/**
 * Where a submitted declaration goes. Register-only outcomes are acknowledged at once. Others go to the
 * decider the rules name: the direct manager, or the integrity officer / top for referral cases. Nobody
 * decides on their own declaration: with no manager, it goes to the integrity officer.
 */
/** Who hears of a submission: the deciding manager, the integrity officers, or (register-only) the manager for information. */
async function notifyOnSubmit(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  d: { id: string; version: number; reference: string; type: RuleType; status: DeclarationStatus; assigneeId: string | null; resubmitted: boolean },
) {
  // The reference and the kind only: the title, the answers and the declarant's name stay behind the sign-in (decision 037).
  const params = { reference: d.reference, type: d.type };
  const base = { organisationId: viewer.organisationId, declarationId: d.id, params, eventKey: `declaration:${d.id}:v${d.version}:${d.status}` };
  const kind = d.resubmitted ? ("ANSWERED" as const) : ("DECISION_NEEDED" as const);
  if (d.status === "SUBMITTED" && d.assigneeId) return notify(tx, { ...base, kind, recipientIds: [d.assigneeId] });
  if (d.status === "ESCALATED") return notify(tx, { ...base, kind, recipientIds: await integrityOfficers(tx, viewer.organisationId, viewer.id) });
  if (d.status === "REGISTERED" && viewer.managerId && (await holdsManagerRightNow(tx, viewer.organisationId, viewer.managerId))) return notify(tx, { ...base, kind: "REGISTERED_INFO", recipientIds: [viewer.managerId] });
}

async function backToDecider(tx: Prisma.TransactionClient, viewer: Viewer, role: DeciderRole, assigneeId: string | null) {
  // Back to the manager who asked, while they still hold MANAGER (decision 032); otherwise to the integrity officer.
  if (role === "MANAGER" && assigneeId && (await holdsManagerRightNow(tx, viewer.organisationId, assigneeId))) return { status: "SUBMITTED" as const, deciderRole: role, assigneeId };
  return { status: "ESCALATED" as const, deciderRole: role === "TOP" ? ("TOP" as const) : ("INTEGRITY_OFFICER" as const), assigneeId: null };
}

async function route(tx: Prisma.TransactionClient, viewer: Viewer, verdict: Verdict) {
  // A "register" verdict still goes to a decider when the code leaves them a decision (a handed-in gift's
  // destination, 002 L408-411; decision 038): filing it as registered would leave nobody to take it.
  if ((verdict.outcome === "no-duty" || verdict.outcome === "register") && !verdict.decisionRequired) {
    return { status: "REGISTERED" as const, deciderRole: "NONE" as const, assigneeId: null };
  }
  const role = DECIDER_TO_DB[verdict.decider];
  if (role === "MANAGER" || role === "NONE") {
    const person = await tx.person.findUniqueOrThrow({ where: { id: viewer.id }, select: { managerId: true } });
    // The manager decides only while holding MANAGER now (decision 032): a link alone gives no right.
    if (person.managerId && person.managerId !== viewer.id && (await holdsManagerRightNow(tx, viewer.organisationId, person.managerId))) {
      return { status: "SUBMITTED" as const, deciderRole: "MANAGER" as const, assigneeId: person.managerId };
    }
    return { status: "ESCALATED" as const, deciderRole: "INTEGRITY_OFFICER" as const, assigneeId: null };
  }
  return { status: "ESCALATED" as const, deciderRole: role, assigneeId: null };
}

export async function withdrawDeclaration(viewer: Viewer, input: { id: string; version: number; note?: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await loadOwn(tx, viewer, input.id);
    if (!WITHDRAWABLE.includes(current.status)) throw invalidState(current.status);
    checkVersion(current.version, input.version);
    const updated = await tx.declaration.updateMany({
      where: { id: current.id, version: current.version },
      data: { status: "WITHDRAWN", assigneeId: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw conflict();
    if (input.note?.trim()) {
      await tx.declarationMessage.create({ data: { declarationId: current.id, authorId: viewer.id, kind: "NOTE", body: input.note.trim().slice(0, 4000) } });
    }
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "declaration.withdrawn", entityType: "Declaration", entityId: current.id, data: { from: current.status, version: current.version + 1 } });
  });
}

export async function discardDraft(viewer: Viewer, input: { id: string; version: number }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await loadOwn(tx, viewer, input.id);
    if (current.status !== "DRAFT") throw invalidState(current.status);
    checkVersion(current.version, input.version);
    const removed = await tx.declaration.deleteMany({ where: { id: current.id, version: current.version, status: "DRAFT" } });
    if (removed.count !== 1) throw conflict();
    await recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, action: "declaration.draft-discarded", entityType: "Declaration", entityId: current.id });
  });
}

/** Starts a new draft from an earlier declaration: a copy, or (side jobs) a change or the end of it. */
export async function startFromExisting(viewer: Viewer, input: { id: string; mode: "copy" | "changed" | "ended" }): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const source = await loadOwn(tx, viewer, input.id);
    const answers = { ...(source.answers as Record<string, unknown>) };
    if (input.mode !== "copy") {
      if (source.type !== "SIDE_JOB" || !FOLLOW_UP_FROM.includes(source.status)) throw invalidState(source.status);
      // One open follow-up at a time: continue the existing draft instead of starting a parallel one.
      const open = await tx.declaration.findFirst({ where: { relatedId: source.id, personId: viewer.id, status: { in: EDITABLE } }, select: { id: true } });
      if (open) return open;
      answers.change = input.mode;
      if (input.mode === "changed") answers.endDate = "";
    }
    const created = await tx.declaration.create({
      data: {
        organisationId: viewer.organisationId,
        personId: viewer.id,
        unitId: viewer.unitId,
        type: source.type,
        status: "DRAFT",
        answers: answers as Prisma.InputJsonObject,
        relatedId: input.mode === "copy" ? null : source.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: input.mode === "copy" ? "declaration.copied" : `declaration.side-job-${input.mode}`,
      entityType: "Declaration",
      entityId: created.id,
      data: { from: source.id },
    });
    return created;
  });
}

// ---- reads ---------------------------------------------------------------------------------------

export interface DeclarationListItem {
  id: string;
  /** "GES-2026-00042"; null for a draft (given when it is sent). */
  reference: string | null;
  type: RuleType;
  status: DeclarationStatus;
  /** The message key for the status: escalated cases that the rules refer to the top say so. */
  statusKey: DeclarationStatus | "ESCALATED_TOP";
  title: string;
  occursOn: string | null;
  createdAt: string;
  submittedAt: string | null;
  ruleOutcome: string | null;
}

export async function listMyDeclarations(viewer: Viewer): Promise<DeclarationListItem[]> {
  const db = await getDb();
  const rows = await db.declaration.findMany({
    where: { personId: viewer.id, organisationId: viewer.organisationId },
    orderBy: [{ updatedAt: "desc" }],
    select: LIST_SELECT,
  });
  return rows.map(toListItem);
}

const LIST_SELECT = { id: true, reference: true, type: true, status: true, title: true, occursOn: true, createdAt: true, submittedAt: true, ruleOutcome: true, answers: true, deciderRole: true } as const;

type ListRow = Prisma.DeclarationGetPayload<{ select: typeof LIST_SELECT }>;

function toListItem(r: ListRow): DeclarationListItem {
  return {
    id: r.id,
    reference: r.reference,
    type: DB_TO_RULE_TYPE[r.type],
    status: r.status,
    statusKey: statusKey(r.status, r.deciderRole),
    title: r.title || draftTitle(DB_TO_RULE_TYPE[r.type], r.answers),
    occursOn: r.occursOn ? r.occursOn.toISOString().slice(0, 10) : null,
    createdAt: r.createdAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    ruleOutcome: r.ruleOutcome,
  };
}

function statusKey(status: DeclarationStatus, role: DeciderRole): DeclarationListItem["statusKey"] {
  return status === "ESCALATED" && role === "TOP" ? "ESCALATED_TOP" : status;
}

/** A draft's title, from the same summary the submitted declaration will get. */
function draftTitle(type: RuleType, answers: unknown): string {
  try {
    return formFor(type).summarise((answers ?? {}) as never).title.trim().slice(0, 200);
  } catch {
    return "";
  }
}

export interface DeclarationDetail extends DeclarationListItem {
  version: number;
  answers: RawValues;
  verdict: Verdict | null;
  policyVersion: string | null;
  relatedId: string | null;
  messages: { id: string; kind: string; body: string; authorName: string; createdAt: string }[];
  decisions: { id: string; outcome: string; reason: string; conditions: string | null; againstCode: boolean; deciderName: string; onBehalfOfName: string | null; createdAt: string; acknowledgedAt: string | null }[];
  history: { id: string; action: string; actorName: string | null; at: string }[];
}

/** The viewer's own declaration, or null: another person's declaration does not exist for them. */
export async function getMyDeclaration(viewer: Viewer, id: string): Promise<DeclarationDetail | null> {
  const db = await getDb();
  const r = await db.declaration.findFirst({
    where: { id, personId: viewer.id, organisationId: viewer.organisationId },
    select: {
      id: true, reference: true, type: true, status: true, title: true, occursOn: true, createdAt: true, submittedAt: true, ruleOutcome: true,
      version: true, answers: true, verdict: true, policyVersion: true, relatedId: true, deciderRole: true,
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } } },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: { id: true, outcome: true, reason: true, conditions: true, againstCode: true, createdAt: true, acknowledgedAt: true, decider: { select: { name: true } }, onBehalfOf: { select: { name: true } } },
      },
    },
  });
  if (!r) return null;
  const events = await db.auditEvent.findMany({
    where: { organisationId: viewer.organisationId, entityType: "Declaration", entityId: r.id },
    orderBy: { seq: "asc" },
    select: { id: true, action: true, at: true, actor: { select: { name: true } } },
  });
  return {
    ...toListItem(r),
    version: r.version,
    answers: (r.answers ?? {}) as RawValues,
    verdict: (r.verdict ?? null) as Verdict | null,
    policyVersion: r.policyVersion,
    relatedId: r.relatedId,
    messages: r.messages.map((m) => ({ id: m.id, kind: m.kind, body: m.body, authorName: m.author.name, createdAt: m.createdAt.toISOString() })),
    decisions: r.decisions.map((d) => ({
      id: d.id, outcome: d.outcome, reason: d.reason, conditions: d.conditions, againstCode: d.againstCode, deciderName: d.decider.name,
      onBehalfOfName: d.onBehalfOf?.name ?? null, createdAt: d.createdAt.toISOString(), acknowledgedAt: d.acknowledgedAt?.toISOString() ?? null,
    })),
    history: events.map((e) => ({ id: String(e.id), action: e.action, actorName: e.actor?.name ?? null, at: e.at.toISOString() })),
  };
}

export const declarationRules = { EDITABLE, WITHDRAWABLE, FOLLOW_UP_FROM };
