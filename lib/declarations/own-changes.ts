import "server-only";
// The viewer's own declaration after it exists: withdraw it, discard a draft, or start a new draft from it (a
// copy, or a side job's change or end). Each re-checks ownership (loadOwn) and writes with its audit event in
// one transaction, as data.ts does for saving and sending.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { recordViewerAudit } from "@/lib/audit/record";
import { invalidState } from "@/lib/errors";
import { expectOneUpdated, expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EDITABLE, canDiscard, canFollowUp, canWithdraw } from "./lifecycle";
import { createOwnDraft, loadOwn, statusAfter } from "./own-declaration";

export async function withdrawDeclaration(
  viewer: Viewer,
  input: { id: string; version: number; note?: string },
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await loadOwn(tx, viewer, input.id);
    if (!canWithdraw(current.status)) throw invalidState(current.status);
    expectVersion(current.version, input.version);
    await updateVersioned(tx.declaration, current, {
      status: statusAfter(current.status, { kind: "withdraw" }),
      assigneeId: null,
    });
    if (input.note?.trim()) {
      await tx.declarationMessage.create({
        data: { declarationId: current.id, authorId: viewer.id, kind: "NOTE", body: input.note.trim() },
      });
    }
    await recordViewerAudit(tx, viewer, {
      action: "declaration.withdrawn",
      entityType: "Declaration",
      entityId: current.id,
      data: { from: current.status, version: current.version + 1 },
    });
  });
}

export async function discardDraft(viewer: Viewer, input: { id: string; version: number }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const current = await loadOwn(tx, viewer, input.id);
    if (!canDiscard(current.status)) throw invalidState(current.status);
    expectVersion(current.version, input.version);
    const removed = await tx.declaration.deleteMany({
      where: { id: current.id, version: current.version, status: "DRAFT" },
    });
    expectOneUpdated(removed);
    await recordViewerAudit(tx, viewer, {
      action: "declaration.draft-discarded",
      entityType: "Declaration",
      entityId: current.id,
    });
  });
}

/** Starts a new draft from an earlier declaration: a copy, or (side jobs) a change or the end of it. */
export async function startFromExisting(
  viewer: Viewer,
  input: { id: string; mode: "copy" | "changed" | "ended" },
): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const source = await loadOwn(tx, viewer, input.id);
    const answers = { ...(source.answers as Record<string, unknown>) };
    if (input.mode !== "copy") {
      if (source.type !== "SIDE_JOB" || !canFollowUp(source.status)) throw invalidState(source.status);
      // One open follow-up at a time: continue the existing draft instead of starting a parallel one.
      const open = await tx.declaration.findFirst({
        where: { relatedId: source.id, personId: viewer.id, status: { in: [...EDITABLE] } },
        select: { id: true },
      });
      if (open) return open;
      answers.change = input.mode;
      if (input.mode === "changed") answers.endDate = "";
    }
    const { id } = await createOwnDraft(
      tx,
      viewer,
      {
        type: source.type,
        answers: answers as Prisma.InputJsonObject,
        relatedId: input.mode === "copy" ? null : source.id,
      },
      {
        action: input.mode === "copy" ? "declaration.copied" : `declaration.side-job-${input.mode}`,
        data: { from: source.id },
      },
    );
    return { id };
  });
}
