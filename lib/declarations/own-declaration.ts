import "server-only";
// The viewer's own declaration, for a write: loading it (or failing as if it does not exist) and the lifecycle's
// next status (the version check is lib/db/guarded-update.ts's expectVersion), and starting a new draft of their own.
// Shared by the writes in data.ts and own-changes.ts.
import { AppError, invalidState, notFound } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/session";
import { createAudited } from "@/lib/audit/record";
import type { Prisma, DeclarationStatus, DeclarationType } from "@/lib/generated/prisma/client";
import type { DeclarationType as RuleType } from "@/lib/rules";
import { getDeclarationForm } from "./forms";
import { nextStatus, type LifecycleEvent } from "./lifecycle";

/** The status after `event`, or INVALID_STATE: the one place a write asks the lifecycle. */
export function statusAfter(status: DeclarationStatus, event: LifecycleEvent): DeclarationStatus {
  const next = nextStatus(status, event);
  if (!next) throw invalidState(status);
  return next;
}

export function formFor(type: RuleType) {
  const form = getDeclarationForm(type);
  if (!form) throw new AppError("VALIDATION", `unknown declaration type ${type}`);
  return form;
}

/** Loads the viewer's own declaration for a change, or fails as if it does not exist. */
export async function loadOwn(tx: Prisma.TransactionClient, viewer: Viewer, id: string) {
  const declaration = await tx.declaration.findFirst({
    where: { id, personId: viewer.id, organisationId: viewer.organisationId },
    select: {
      id: true,
      type: true,
      status: true,
      version: true,
      answers: true,
      submissionKey: true,
      deciderRole: true,
      assigneeId: true,
      relatedId: true,
      reference: true,
    },
  });
  if (!declaration) throw notFound("declaration");
  return declaration;
}

/**
 * Creates a draft of the viewer's own, in their organisation and unit, with its audit event (`action`, `data`) in the
 * caller's transaction: a new declaration, or one started from an earlier one.
 */
export function createOwnDraft(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  draft: {
    type: DeclarationType;
    answers: Prisma.InputJsonObject;
    submissionKey?: string | null;
    relatedId?: string | null;
  },
  audit: { action: string; data: Prisma.InputJsonObject },
): Promise<{ id: string; version: number }> {
  return createAudited(
    tx,
    viewer,
    tx.declaration.create({
      data: {
        organisationId: viewer.organisationId,
        personId: viewer.id,
        unitId: viewer.unitId,
        status: "DRAFT",
        ...draft,
      },
      select: { id: true, version: true },
    }),
    { ...audit, entityType: "Declaration" },
  );
}
