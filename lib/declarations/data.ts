import "server-only";
// Declarations: the data access layer. Every function takes the signed-in viewer and re-checks their
// right to the specific record here (ownership: personId = viewer.id, within their organisation), runs
// the rule module, and writes the change together with its audit event in one transaction.
import { getDb } from "@/lib/db";
import { endEntryOfDeclaration } from "@/lib/register/sync";
import type { Viewer } from "@/lib/auth/session";
import { recordViewerAudit } from "@/lib/audit/record";
import { AppError, invalidState, notFound } from "@/lib/errors";
import { expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import type { Prisma, DeciderRole, DeclarationStatus, DeclarationType, Role } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";
import { holdsManagerRightToday } from "@/lib/people/authority";
import { policyFromSetting } from "@/lib/policy/effective";
import { evaluate, parseDeclarationInput, type DeclarationType as RuleType, type Verdict } from "@/lib/rules";
import { normaliseRaw, parseDeclarationForm, type RawValues } from "./form-model";
import { DB_TO_RULE_TYPE, OUTCOME_TO_DB, RULE_TO_DB_TYPE } from "./types";
import { assignReference } from "./reference";
import { AWAITING_ANSWER, canEdit, canFollowUp } from "./lifecycle";
import { backToDecider, notifyOnSubmit, route } from "./routing";
import { filingContextOf, getFilingContext, readPersonFacts } from "./filing-context";
import { createOwnDraft, formFor, loadOwn, statusAfter } from "./own-declaration";

export interface SaveDraftInput {
  id?: string;
  type: RuleType;
  raw: RawValues;
  version?: number;
  /**
   * The key of the new-declaration form that made the draft (decision 061): the same form saved again (back from the
   * check page, a double click) updates that draft instead of making another.
   */
  draftKey?: string;
}

/** Creates or updates a draft (or a declaration sent back for more information). Stores exactly what was typed. */
export async function saveDraft(viewer: Viewer, input: SaveDraftInput): Promise<{ id: string; version: number }> {
  const db = await getDb();
  const context = await getFilingContext(viewer);
  const form = formFor(input.type);
  const answers = normaliseRaw(form, input.raw, {
    profileId: context.profileId,
    profile: context.profile,
    today: context.today,
  }) as Prisma.InputJsonObject;
  return db.$transaction(async (tx) => {
    // The form's own draft, made by an earlier save of the same form: update it (one draft per declaration).
    const own =
      !input.id && input.draftKey
        ? await tx.declaration.findFirst({
            where: {
              submissionKey: input.draftKey,
              personId: viewer.id,
              organisationId: viewer.organisationId,
              status: "DRAFT",
              type: RULE_TO_DB_TYPE[input.type],
            },
            select: { id: true, version: true },
          })
        : null;
    if (own) return updateDraft(tx, viewer, own, answers);
    if (!input.id) {
      // A key that is not this person's own draft (someone else's, or one already sent) names nothing of theirs:
      // a draft of their own, without the key (the key is unique).
      const keyTaken = input.draftKey
        ? (await tx.declaration.count({ where: { submissionKey: input.draftKey } })) > 0
        : false;
      return createOwnDraft(
        tx,
        viewer,
        { type: RULE_TO_DB_TYPE[input.type], answers, submissionKey: keyTaken ? null : (input.draftKey ?? null) },
        { action: "declaration.draft-created", data: { type: RULE_TO_DB_TYPE[input.type] } },
      );
    }
    const current = await loadOwn(tx, viewer, input.id);
    if (DB_TO_RULE_TYPE[current.type] !== input.type) throw notFound("declaration");
    if (!canEdit(current.status)) throw invalidState(current.status);
    expectVersion(current.version, input.version ?? -1);
    return updateDraft(tx, viewer, current, answers);
  });
}

/** Writes the answers of a draft the viewer owns (checked by the caller) at its version, with the audit event. */
async function updateDraft(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  current: { id: string; version: number },
  answers: Prisma.InputJsonObject,
): Promise<{ id: string; version: number }> {
  await updateVersioned(tx.declaration, current, { answers });
  await recordViewerAudit(tx, viewer, {
    action: "declaration.draft-saved",
    entityType: "Declaration",
    entityId: current.id,
    data: { version: current.version + 1 },
  });
  return { id: current.id, version: current.version + 1 };
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

/** What the submission reads, in one statement inside its transaction (issue 15). */
interface SubmitRead {
  id: string;
  type: DeclarationType;
  status: DeclarationStatus;
  version: number;
  answers: Prisma.JsonValue;
  submissionKey: string | null;
  deciderRole: DeciderRole;
  assigneeId: string | null;
  relatedId: string | null;
  reference: string | null;
  /** The declarant's manager link now, and that manager's facts (null: no manager, or not of this organisation). */
  managerId: string | null;
  managerRoles: Role[] | null;
  managerDisabledAt: Date | null;
  managerEmploymentEnd: Date | null;
  /** The policy setting in force today (lib/policy/effective.ts), or null. */
  settingId: string | null;
  settings: Prisma.JsonValue | null;
}

/**
 * The viewer's own declaration with what submitting it is judged against: the declarant's manager and that
 * manager's right now (routing, decision 032) and the organisation's policy setting in force. One statement in
 * place of four (loadOwn, the person's manager link, the manager's facts, the policy), read in the transaction.
 */
async function readForSubmit(tx: Prisma.TransactionClient, viewer: Viewer, id: string, today: string) {
  const rows = await tx.$queryRaw<SubmitRead[]>`
    select d.id, d.type::text as type, d.status::text as status, d.version, d.answers, d."submissionKey",
      d."deciderRole"::text as "deciderRole", d."assigneeId", d."relatedId", d.reference,
      p."managerId", m.roles::text[] as "managerRoles", m."disabledAt" as "managerDisabledAt",
      m."employmentEnd" as "managerEmploymentEnd", ps.id as "settingId", ps.settings
    from "Declaration" d
    join "Person" p on p.id = d."personId"
    left join "Person" m on m.id = p."managerId" and m."organisationId" = d."organisationId"
    left join lateral (
      select s.id, s.settings from "PolicySetting" s
      where s."organisationId" = d."organisationId" and s."effectiveFrom" <= ${new Date(`${today}T00:00:00Z`)}
      order by s."effectiveFrom" desc, s."createdAt" desc limit 1
    ) ps on true
    where d.id = ${id} and d."personId" = ${viewer.id} and d."organisationId" = ${viewer.organisationId}`;
  const row = rows[0];
  if (!row) throw notFound("declaration");
  return row;
}

/**
 * Validates the stored answers, takes the rule verdict, and routes the declaration, with its audit event. The
 * reads are one statement inside the transaction (the person's facts came with the session); the writes follow,
 * and the organisation's audit lock (lib/audit/record.ts) is taken last, so it is held only for the audit event
 * itself and the commit (issue 15).
 */
export async function submitDeclaration(viewer: Viewer, input: SubmitInput): Promise<SubmitResult> {
  const db = await getDb();
  const { today, now } = amsterdamNow();
  const person = viewer.facts ?? (await readPersonFacts(viewer.id));
  return db.$transaction(async (tx) => {
    const current = await readForSubmit(tx, viewer, input.id, today);
    // The same key again after the declaration left the employee's hands: answer with the first result.
    if (current.submissionKey === input.submissionKey && !canEdit(current.status)) {
      return { id: current.id, status: current.status, reference: current.reference ?? "", repeated: true };
    }
    if (!canEdit(current.status)) throw invalidState(current.status);
    expectVersion(current.version, input.version);
    const context = filingContextOf(
      viewer,
      person,
      policyFromSetting(
        viewer.profile,
        current.settingId ? { id: current.settingId, settings: current.settings } : null,
      ).profile,
      { today, now },
    );
    const type = DB_TO_RULE_TYPE[current.type];
    const form = formFor(type);
    const parsed = parseDeclarationForm(
      form,
      current.answers as RawValues,
      { profileId: context.profileId, profile: context.profile, today: context.today },
      "nl",
      parseDeclarationInput,
    );
    if (!parsed.ok) throw new AppError("VALIDATION", "answers incomplete", { fieldErrors: parsed.fieldErrors });
    const answering = AWAITING_ANSWER.includes(current.status);
    if (answering && !input.answer?.trim()) {
      throw new AppError("VALIDATION", "answer required", { fieldErrors: { answer: "required" } });
    }
    const verdict: Verdict = evaluate(parsed.input, {
      profile: context.profile,
      person: context.person,
      now: context.now,
    });
    const summary = form.summarise(parsed.values);
    const managerHoldsRight = holdsManagerRightToday(
      current.managerId && current.managerRoles
        ? {
            id: current.managerId,
            roles: current.managerRoles,
            disabledAt: current.managerDisabledAt,
            employmentEnd: current.managerEmploymentEnd,
          }
        : null,
    );
    const routing = answering
      ? // The answer goes back to whoever asked, whatever the changed answers now lead to: they decide.
        await backToDecider(tx, viewer, current.deciderRole, current.assigneeId)
      : await route(tx, viewer, verdict, { managerId: current.managerId, managerHoldsRight });
    const status = statusAfter(current.status, { kind: "submit", route: routing.route });
    // One moment for the sending time and the reference's year (they must agree around New Year).
    const sentAt = new Date();
    await updateVersioned(tx.declaration, current, {
      status,
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
    });
    // The reference is given when the declaration is first sent (one statement; see assignReference); an answered
    // question keeps it. Before any audit event (endRelatedSideJob writes one), so every submission takes the
    // counter row first and the audit lock second. The notifications name it.
    const reference =
      current.reference ??
      (await assignReference(
        tx,
        { id: current.id, organisationId: viewer.organisationId, type: current.type },
        sentAt,
      ));
    if (answering) {
      await tx.declarationMessage.create({
        data: { declarationId: current.id, authorId: viewer.id, kind: "ANSWER", body: input.answer!.trim() },
      });
    }
    if (type === "side-job" && current.relatedId && (current.answers as RawValues).change === "ended") {
      await endRelatedSideJob(tx, viewer, current.relatedId);
    }
    await notifyOnSubmit(
      tx,
      viewer,
      {
        id: current.id,
        version: current.version + 1,
        reference,
        type,
        status,
        assigneeId: routing.assigneeId,
        resubmitted: answering,
      },
      // Read in this transaction for the manager linked now; the session's link is what notifyOnSubmit uses.
      current.managerId === viewer.managerId ? managerHoldsRight : undefined,
    );
    // Last: the organisation's audit lock is held from here to the commit only.
    await recordViewerAudit(tx, viewer, {
      action: answering ? "declaration.resubmitted" : "declaration.submitted",
      entityType: "Declaration",
      entityId: current.id,
      data: { status, outcome: verdict.outcome, policyVersion: verdict.policyVersion, version: current.version + 1 },
    });
    return { id: current.id, status, reference, repeated: false };
  });
}

/**
 * The employee reported that a side job ended: the original declaration becomes ENDED and its register
 * entry (if any) moves to the register's history, in the transaction of the report.
 */
async function endRelatedSideJob(tx: Prisma.TransactionClient, viewer: Viewer, relatedId: string) {
  const original = await tx.declaration.findFirst({
    where: { id: relatedId, personId: viewer.id, organisationId: viewer.organisationId },
    select: { id: true, status: true, version: true },
  });
  if (!original || !canFollowUp(original.status)) return;
  await tx.declaration.update({
    where: { id: original.id },
    data: { status: statusAfter(original.status, { kind: "end" }), version: { increment: 1 } },
  });
  await recordViewerAudit(tx, viewer, {
    action: "declaration.ended",
    entityType: "Declaration",
    entityId: original.id,
    data: { from: original.status, version: original.version + 1 },
  });
  await endEntryOfDeclaration(tx, original.id, "SIDE_JOB_ENDED", viewer.id);
}

// Withdraw, discard and start-from-existing live in ./own-changes.ts; re-exported so callers keep one import.
export { discardDraft, startFromExisting, withdrawDeclaration } from "./own-changes";
