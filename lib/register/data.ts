import "server-only";
// HR's side of the public register: review the public wording, publish, take off. Every function checks
// the area (HR) and that the entry belongs to the viewer's organisation, inside the writing transaction.
import type { Prisma, RegisterEntryStatus } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { AppError, conflict, invalidState, notFound } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { notify } from "@/lib/notifications/events";
import { effectivePolicy } from "@/lib/policy/effective";
import { codePublishesConditions } from "./sync";
import { canEditWording, canErase, canPublish, canRemove, disqualification, isCorrection } from "./lifecycle";
import { isPermitted } from "@/lib/declarations/lifecycle";
import type { EraseInput, PublishInput, RemoveInput, WordingInput } from "./schemas";
import { checkWording, type SensitiveFinding } from "./sensitive";
import { takeRegisterNumber } from "./number";
import { PUBLIC_SELECT, type PublicRegisterRow } from "./columns";

type Tx = Prisma.TransactionClient;

/** What HR sees of an entry: the public fields plus its state (never more of the declaration than its id). */
export interface AdminRegisterEntry extends PublicRegisterRow {
  status: RegisterEntryStatus;
  version: number;
  declarationId: string;
  createdAt: Date;
}

const ADMIN_SELECT = { ...PUBLIC_SELECT, status: true, version: true, declarationId: true, createdAt: true } as const;

/** The wording check found something and HR did not confirm it may be public: nothing is changed. */
function sensitiveRefused(findings: SensitiveFinding[]): AppError {
  return new AppError("VALIDATION", "sensitive wording not confirmed", { reason: "sensitiveWording", findings });
}

export async function listRegisterForHr(
  viewer: Viewer,
  status: RegisterEntryStatus,
  take = 200,
): Promise<AdminRegisterEntry[]> {
  assertArea(viewer, "register");
  const db = await getDb();
  return db.registerEntry.findMany({
    where: { organisationId: viewer.organisationId, status },
    orderBy:
      status === "PENDING_REVIEW"
        ? [{ createdAt: "asc" }]
        : status === "PUBLISHED"
          ? [{ personName: "asc" }]
          : [{ endedAt: "desc" }],
    select: ADMIN_SELECT,
    take,
  });
}

export async function countRegisterForHr(viewer: Viewer): Promise<Record<RegisterEntryStatus, number>> {
  assertArea(viewer, "register");
  const db = await getDb();
  const groups = await db.registerEntry.groupBy({
    by: ["status"],
    where: { organisationId: viewer.organisationId },
    _count: { _all: true },
  });
  const counts = { PENDING_REVIEW: 0, PUBLISHED: 0, ENDED: 0, ERASED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

export async function getRegisterEntryForHr(
  viewer: Viewer,
  id: string,
): Promise<AdminRegisterEntry & { showConditions: boolean }> {
  assertArea(viewer, "register");
  const db = await getDb();
  const entry = await db.registerEntry.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: ADMIN_SELECT,
  });
  if (!entry) throw notFound("register entry");
  return { ...entry, showConditions: codePublishesConditions(viewer.profile) };
}

async function loadForChange(tx: Tx, viewer: Viewer, id: string, version: number) {
  assertArea(viewer, "register");
  const entry = await tx.registerEntry.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: {
      id: true,
      status: true,
      version: true,
      declarationId: true,
      personId: true,
      personName: true,
      functionTitle: true,
      sideJob: true,
      sideJobOrganisation: true,
      conditions: true,
      organisationId: true,
      publishedAt: true,
      endedAt: true,
    },
  });
  if (!entry) throw notFound("register entry");
  if (entry.version !== version) throw conflict({ current: entry.version });
  return entry;
}

async function bump(tx: Tx, id: string, version: number, data: Prisma.RegisterEntryUpdateManyMutationInput) {
  const updated = await tx.registerEntry.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw conflict();
}

/**
 * HR edits the public wording: before publishing (a review), or after it (a correction, decision 042). A correction
 * replaces the published text everywhere at once; the public history shows only that and when it was corrected.
 * Going public with text the wording check flags needs `acknowledge`; saving a pending review never does (it is not
 * public yet) but returns what the check found. The audit event names the fields that changed, never their text.
 */
export async function saveWording(
  viewer: Viewer,
  input: WordingInput,
): Promise<{ version: number; corrected: boolean; findings: SensitiveFinding[] }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const entry = await loadForChange(tx, viewer, input.id, input.version);
    if (!canEditWording(entry)) throw invalidState(entry.status);
    const published = isCorrection(entry);
    const wording = {
      functionTitle: input.functionTitle,
      sideJob: input.sideJob,
      sideJobOrganisation: input.sideJobOrganisation,
      conditions: codePublishesConditions(viewer.profile)
        ? input.conditions || null
        : published
          ? entry.conditions
          : null,
    };
    const findings = checkWording(wording);
    if (published && findings.length > 0 && !input.acknowledge) throw sensitiveRefused(findings);
    const changed = (Object.keys(wording) as (keyof typeof wording)[]).filter(
      (k) => (wording[k] ?? null) !== (entry[k] ?? null),
    );
    if (published && changed.length === 0) return { version: entry.version, corrected: false, findings };
    await bump(tx, entry.id, entry.version, { ...wording, ...(published ? { correctedAt: new Date() } : {}) });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: published ? "register.corrected" : "register.wording-edited",
      entityType: "RegisterEntry",
      entityId: entry.id,
      data: {
        version: entry.version + 1,
        fields: changed,
        ...(published ? { checkWarnings: findings.map((f) => f.kind) } : {}),
      },
    });
    return { version: entry.version + 1, corrected: published, findings };
  });
}

/**
 * HR publishes a reviewed entry. Refused when the person is no longer in the designated group or has left:
 * the register must never show someone who does not qualify (the entry is then ended instead).
 */
export async function publishEntry(viewer: Viewer, input: PublishInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const entry = await loadForChange(tx, viewer, input.id, input.version);
    if (!canPublish(entry)) throw invalidState(entry.status);
    const person = entry.personId
      ? await tx.person.findUnique({
          where: { id: entry.personId },
          select: {
            salaryScale: true,
            topManagementGroup: true,
            topOfficial: true,
            disabledAt: true,
            employmentEnd: true,
          },
        })
      : null;
    const today = amsterdamNow().today;
    const { profile } = await effectivePolicy(tx, viewer.organisationId, viewer.profile, today);
    if (disqualification(profile, person, today))
      throw new AppError("INVALID_STATE", "not designated", { reason: "notDesignated" });
    const declaration = await tx.declaration.findUniqueOrThrow({
      where: { id: entry.declarationId },
      select: { status: true, reference: true },
    });
    if (!isPermitted(declaration.status))
      throw new AppError("INVALID_STATE", "declaration not permitted", { reason: "notPermitted" });
    const findings = checkWording(entry);
    if (findings.length > 0 && !input.acknowledge) throw sensitiveRefused(findings);
    const publishedAt = new Date();
    const registerNumber = await takeRegisterNumber(tx, viewer.organisationId, publishedAt);
    await bump(tx, entry.id, entry.version, {
      status: "PUBLISHED",
      publishedAt,
      publishedById: viewer.id,
      registerNumber,
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "register.published",
      entityType: "RegisterEntry",
      entityId: entry.id,
      data: {
        declarationId: entry.declarationId,
        version: entry.version + 1,
        registerNumber,
        checkWarnings: findings.map((f) => f.kind),
      },
    });
    await notify(tx, {
      organisationId: viewer.organisationId,
      recipientIds: entry.personId ? [entry.personId] : [],
      kind: "REGISTER_PUBLISHED",
      declarationId: entry.declarationId,
      params: { reference: declaration.reference ?? "", type: "side-job" },
      eventKey: `register:${entry.id}:published`,
    });
  });
}

/**
 * HR takes an entry off the register (or out of review), with a reason. The reason is HR's free text: it stays with
 * the entry (removalNote; blanked on erasure, purged with the register history), and the audit event records only
 * that one was given, never the words (an audit trail cannot forget what the text might say about the person).
 */
export async function removeEntry(viewer: Viewer, input: RemoveInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const entry = await loadForChange(tx, viewer, input.id, input.version);
    if (!canRemove(entry)) throw invalidState(entry.status);
    await bump(tx, entry.id, entry.version, {
      status: "ENDED",
      endedAt: new Date(),
      endReason: "REMOVED_BY_HR",
      removalNote: input.reason,
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "register.removed",
      entityType: "RegisterEntry",
      entityId: entry.id,
      data: {
        wasPublished: entry.status === "PUBLISHED",
        hasReason: input.reason.trim().length > 0,
        version: entry.version + 1,
      },
    });
  });
}

/**
 * HR removes a published entry from the register AND its public history, for a recorded legal ground (AVG art. 16
 * or 17, decision 042). The public text is blanked in the same transaction, so no page or download (current, as of a
 * date, history) can show it again; the entry keeps only its ids, number and dates internally. The audit event records
 * the ground and ids only: an audit trail that kept the text would keep what the law says must go.
 */
export async function eraseEntry(viewer: Viewer, input: EraseInput): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const entry = await loadForChange(tx, viewer, input.id, input.version);
    if (!canErase(entry)) throw invalidState(entry.status);
    const now = new Date();
    await bump(tx, entry.id, entry.version, {
      status: "ERASED",
      erasedAt: now,
      erasureGround: input.ground,
      endedAt: entry.endedAt ?? now,
      personName: "",
      functionTitle: "",
      sideJob: "",
      sideJobOrganisation: "",
      conditions: null,
      removalNote: null,
    });
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "register.erased",
      entityType: "RegisterEntry",
      entityId: entry.id,
      data: {
        ground: input.ground,
        wasStatus: entry.status,
        declarationId: entry.declarationId,
        version: entry.version + 1,
      },
    });
  });
}
