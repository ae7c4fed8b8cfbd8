// Writes an audit event inside the caller's transaction: the state change and its event commit together.
import type { Prisma } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, hashEvent } from "./chain";

export interface AuditInput {
  organisationId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Ids, statuses and versions only: never the contents of a declaration. */
  data?: Prisma.InputJsonObject;
}

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  // Serialise writers per organisation so two transactions never chain onto the same previous event.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${input.organisationId}))`;
  const last = await tx.auditEvent.findFirst({
    where: { organisationId: input.organisationId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Millisecond precision: the column is timestamptz(3), so the hash covers exactly what is stored.
  const at = new Date(Math.floor(Date.now()));
  const data = input.data ?? {};
  const hash = hashEvent({ ...input, actorId: input.actorId, seq, data, at, prevHash });
  await tx.auditEvent.create({
    data: {
      organisationId: input.organisationId,
      seq,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      data,
      at,
      prevHash,
      hash,
    },
  });
}

/** Who acts, in which organisation: usually the signed-in Viewer; id null for the system (a SCIM client). */
export interface AuditActor {
  id: string | null;
  organisationId: string;
}

/** An audit event without its organisation and actor: the viewer's are filled in. */
export type ViewerAuditInput = Omit<AuditInput, "organisationId" | "actorId">;

/** The audit event of something the viewer did in their own organisation (decision 074). */
export function recordViewerAudit(
  tx: Prisma.TransactionClient,
  viewer: AuditActor,
  input: ViewerAuditInput,
): Promise<void> {
  return recordAudit(tx, { organisationId: viewer.organisationId, actorId: viewer.id, ...input });
}

/**
 * Creates a row and then its audit event (entityId: the new row's id) in the caller's transaction, in that order;
 * returns what the create selected. `create` is the Prisma call itself (it runs when awaited here).
 */
export async function createAudited<T extends { id: string }>(
  tx: Prisma.TransactionClient,
  viewer: AuditActor,
  create: PromiseLike<T>,
  event: Omit<ViewerAuditInput, "entityId">,
): Promise<T> {
  const created = await create;
  await recordViewerAudit(tx, viewer, { ...event, entityId: created.id });
  return created;
}
