import "server-only";
// Decisions: the data access layer for managers, their deputies and integrity officers.
// Who may decide is checked here, against the specific declaration, inside the transaction that
// writes the decision and its audit event: the assigned manager, an active deputy of that manager, or
// (for escalated and referral cases) an integrity officer of the same organisation; never the declarant.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { recordViewerAudit } from "@/lib/audit/record";
import { queueForRegister } from "@/lib/register/sync";
import { AppError, invalidState, notFound } from "@/lib/errors";
import { expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import { amsterdamNow } from "@/lib/format";
import type { DeclarationStatus } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/rules";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import type { DecisionInput } from "./schemas";
import { dateOfDay } from "@/lib/dates";
import { recordRecusalWithDecision } from "@/lib/recusals/data";
import type { RecusalPart } from "@/lib/recusals/schemas";
import { integrityOfficersFor, notify } from "@/lib/notifications/events";
import { checkAgainstCode, recordAgainstCode } from "./against-code";
import {
  AWAITING_INTEGRITY,
  hasConditions,
  isFinalDecision,
  isPermitted,
  nextStatus,
} from "@/lib/declarations/lifecycle";
import { canReadAsDecider, decisionRight } from "./access";

export interface DecideResult {
  status: DeclarationStatus;
  /** Whose queue the decision was taken from: the integrity officers' or a manager's (own, or as deputy). */
  queue: "integrity" | "manager";
}

/** Records a decision (approve, with conditions, refuse, ask for information, escalate) with its audit event. */
export async function decideDeclaration(
  viewer: Viewer,
  input: DecisionInput,
  recusal: RecusalPart = null,
): Promise<DecideResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id: input.id, organisationId: viewer.organisationId },
      select: {
        id: true,
        organisationId: true,
        personId: true,
        status: true,
        version: true,
        type: true,
        assigneeId: true,
        policyVersion: true,
        verdict: true,
        deciderRole: true,
        reference: true,
        answers: true,
        submittedAt: true,
      },
    });
    if (!d) throw notFound("declaration");
    const right = await decisionRight(tx, viewer, d);
    if (!right) {
      // Someone who could read it but may not decide now (already decided, withdrawn): say so; others: not found.
      if (await canReadAsDecider(tx, viewer, d)) throw invalidState(d.status);
      throw notFound("declaration");
    }
    expectVersion(d.version, input.version);
    const status = nextStatus(d.status, { kind: "decide", outcome: input.kind, as: right.as });
    // The one decision the lifecycle refuses to a decider who holds the right: escalating to the integrity officer, who has it.
    if (!status)
      throw new AppError("VALIDATION", "already with the integrity officer", {
        fieldErrors: { kind: "alreadyEscalated" },
      });
    if (input.giftDestination && d.type !== "GIFT")
      throw new AppError("VALIDATION", "destination only for gifts", {
        fieldErrors: { giftDestination: "destinationOnlyForGifts" },
      });
    const { today } = amsterdamNow();
    if (input.reassessOn && input.reassessOn < today)
      throw new AppError("VALIDATION", "reassess in the past", { fieldErrors: { reassessOn: "reassessInPast" } });
    // Against the code's verdict at filing: a reason and a confirmed second step, or nothing is written (decision 052).
    const against = await checkAgainstCode(tx, d, input);

    const final = isFinalDecision(status);
    await updateVersioned(tx.declaration, d, {
      status,
      ...(final
        ? {
            decidedAt: new Date(),
            assigneeId: null,
            reassessOn: input.reassessOn ? dateOfDay(input.reassessOn) : null,
          }
        : {}),
      ...(AWAITING_INTEGRITY.includes(status) ? { deciderRole: "INTEGRITY_OFFICER" as const, assigneeId: null } : {}),
    });
    const decision = await tx.decision.create({
      select: { id: true },
      data: {
        declarationId: d.id,
        deciderId: viewer.id,
        onBehalfOfId: right.onBehalfOfId,
        outcome: input.kind,
        reason: input.reason,
        conditions: input.kind === "APPROVED_WITH_CONDITIONS" ? input.conditions : null,
        giftDestination: d.type === "GIFT" && final ? input.giftDestination : null,
        handedInAt: d.type === "GIFT" && input.handedInOn ? dateOfDay(input.handedInOn) : null,
        reassessOn: input.reassessOn ? dateOfDay(input.reassessOn) : null,
        policyVersion: d.policyVersion ?? "unknown",
        againstCode: against.againstCode,
        codeOutcome: against.codeOutcome,
      },
    });
    await recordAgainstCode(tx, viewer, d, { id: decision.id, outcome: input.kind }, against);
    // What the person does not handle, and until when (decision 041): same transaction, its own audit event.
    await recordRecusalWithDecision(tx, viewer, d, { id: decision.id, outcome: input.kind }, recusal);
    if (input.kind === "INFO_REQUESTED") {
      await tx.declarationMessage.create({
        data: { declarationId: d.id, authorId: viewer.id, kind: "QUESTION", body: input.reason },
      });
    }
    // A permitted side job of a designated person waits for HR to review and publish it (issue: public register).
    const verdict = d.verdict as Verdict | null;
    if (d.type === "SIDE_JOB" && isPermitted(status) && verdict?.publishInRegister) {
      await queueForRegister(tx, d.id, input.kind === "APPROVED_WITH_CONDITIONS" ? input.conditions : null, viewer.id);
    }
    const notice = {
      organisationId: viewer.organisationId,
      declarationId: d.id,
      params: { reference: d.reference ?? "", type: DB_TO_RULE_TYPE[d.type], outcome: input.kind },
      eventKey: `declaration:${d.id}:v${d.version + 1}:${input.kind}`,
    };
    if (input.kind === "ESCALATED")
      await notify(tx, {
        ...notice,
        kind: "DECISION_NEEDED",
        recipientIds: await integrityOfficersFor(tx, {
          id: d.id,
          organisationId: viewer.organisationId,
          personId: d.personId,
        }),
      });
    else
      await notify(tx, {
        ...notice,
        kind: input.kind === "INFO_REQUESTED" ? "INFO_REQUESTED" : "DECIDED",
        recipientIds: [d.personId],
      });
    await recordViewerAudit(tx, viewer, {
      action:
        input.kind === "INFO_REQUESTED"
          ? "declaration.info-requested"
          : input.kind === "ESCALATED"
            ? "declaration.escalated"
            : "declaration.decided",
      entityType: "Declaration",
      entityId: d.id,
      data: {
        outcome: input.kind,
        status,
        version: d.version + 1,
        onBehalfOf: right.onBehalfOfId,
        policyVersion: d.policyVersion,
        ...(against.againstCode ? { againstCode: true } : {}),
      },
    });
    return { status, queue: right.as === "integrity-officer" ? "integrity" : "manager" };
  });
}

/** The employee confirms they have read the conditions of an approval. Only the declarant can. */
export async function acknowledgeConditions(viewer: Viewer, input: { id: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const d = await tx.declaration.findFirst({
      where: { id: input.id, personId: viewer.id, organisationId: viewer.organisationId },
      select: { id: true, status: true },
    });
    if (!d) throw notFound("declaration");
    if (!hasConditions(d.status)) throw invalidState(d.status);
    const decision = await tx.decision.findFirst({
      where: { declarationId: d.id, outcome: "APPROVED_WITH_CONDITIONS" },
      orderBy: { createdAt: "desc" },
      select: { id: true, acknowledgedAt: true },
    });
    if (!decision) throw invalidState(d.status);
    if (decision.acknowledgedAt) return;
    await tx.decision.update({ where: { id: decision.id }, data: { acknowledgedAt: new Date() } });
    await recordViewerAudit(tx, viewer, {
      action: "declaration.conditions-acknowledged",
      entityType: "Declaration",
      entityId: d.id,
      data: { decisionId: decision.id },
    });
  });
}
