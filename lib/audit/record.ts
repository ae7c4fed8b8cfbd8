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
