// Notification events, written inside the transaction of the change they report: an in-app
// notification and an outbox e-mail per recipient. The event key is unique, so the same event can never
// notify twice (a retried transaction or a double click finds the row already there).
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { excludedManagerOf } from "@/lib/recusals/excluded-manager";
import type { NotificationParams } from "./texts";

type Tx = Prisma.TransactionClient;

export interface NotifyInput {
  organisationId: string;
  recipientIds: string[];
  kind: NotificationKind;
  declarationId?: string;
  /** The reference, kind and dates the texts need; never free text, amounts or names (decision 037). */
  params: NotificationParams;
  /** Identifies the event, e.g. "declaration:<id>:v3:submitted". */
  eventKey: string;
}

export async function notify(tx: Tx, input: NotifyInput): Promise<void> {
  const recipients = [...new Set(input.recipientIds)].filter(Boolean);
  if (recipients.length === 0) return;
  const rows = recipients.map((recipientId) => ({
    recipientId,
    kind: input.kind,
    declarationId: input.declarationId ?? null,
    params: input.params,
    eventKey: `${input.eventKey}:${recipientId}`,
  }));
  await tx.notification.createMany({
    data: rows.map((r) => ({ ...r, organisationId: input.organisationId })),
    skipDuplicates: true,
  });
  await tx.outboundEmail.createMany({ data: rows, skipDuplicates: true });
}

/** The integrity officers of an organisation (raw SQL: the PGlite adapter cannot bind an enum-array filter). */
export async function integrityOfficers(tx: Tx, organisationId: string, except?: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select id from "Person"
    where "organisationId" = ${organisationId} and "disabledAt" is null and 'INTEGRITY_OFFICER' = any(roles) and id <> ${except ?? ""}`;
  return rows.map((r) => r.id);
}

/**
 * The integrity officers to tell about one declaration: not its declarant, nor the manager a private-relationship
 * report is about (decision 041: that person does not handle it, even when they also hold INTEGRITY_OFFICER).
 */
export async function integrityOfficersFor(
  tx: Tx,
  d: { id: string; organisationId: string; personId: string },
): Promise<string[]> {
  const excluded = await excludedManagerOf(tx, d.id);
  return (await integrityOfficers(tx, d.organisationId, d.personId)).filter((id) => id !== excluded);
}
