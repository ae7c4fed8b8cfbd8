import "server-only";
// "Download my data": the rows the portal holds about the viewer, read by their own id only (never an id from the
// client). lib/privacy/my-data-shape.ts turns them into the file; lib/privacy/my-data.ts puts the two together.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { PUBLIC_SELECT } from "@/lib/register/columns";

const DELEGATION = { id: true, startsOn: true, endsOn: true, createdAt: true, revokedAt: true } as const;

/** Every row that belongs to the viewer or that they wrote, and the audit events about them or by them. */
export async function readMyRows(viewer: Viewer) {
  const db = await getDb();
  const me = { personId: viewer.id, organisationId: viewer.organisationId };
  const rows = await allNamed({
    person: db.person.findUniqueOrThrow({
      where: { id: viewer.id },
      select: {
        id: true,
        name: true,
        email: true,
        functionTitle: true,
        salaryScale: true,
        roles: true,
        topManagementGroup: true,
        topOfficial: true,
        financialRiskFunction: true,
        vulnerableFunction: true,
        employmentStart: true,
        employmentEnd: true,
        externalId: true,
        oidcSubject: true,
        disabledAt: true,
        locale: true,
        createdAt: true,
        updatedAt: true,
        organisation: { select: { name: true } },
        unit: { select: { name: true } },
        manager: { select: { name: true } },
      },
    }),
    declarations: db.declaration.findMany({
      where: me,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        type: true,
        status: true,
        title: true,
        occursOn: true,
        valueCents: true,
        counterparty: true,
        answers: true,
        verdict: true,
        ruleOutcome: true,
        policyVersion: true,
        deciderRole: true,
        relatedId: true,
        submittedAt: true,
        decidedAt: true,
        reassessOn: true,
        createdAt: true,
        updatedAt: true,
        unit: { select: { name: true } },
        assignee: { select: { name: true } },
        decisions: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            outcome: true,
            reason: true,
            conditions: true,
            giftDestination: true,
            handedInAt: true,
            reassessOn: true,
            policyVersion: true,
            acknowledgedAt: true,
            createdAt: true,
            decider: { select: { name: true } },
            onBehalfOf: { select: { name: true } },
          },
        },
        messages: {
          orderBy: { createdAt: "asc" },
          select: { id: true, kind: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
        },
      },
    }),
    decisionsMade: db.decision.findMany({
      where: {
        OR: [{ deciderId: viewer.id }, { onBehalfOfId: viewer.id }],
        declaration: { personId: { not: viewer.id }, organisationId: viewer.organisationId },
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        declarationId: true,
        outcome: true,
        reason: true,
        conditions: true,
        createdAt: true,
        deciderId: true,
      },
    }),
    messagesWritten: db.declarationMessage.findMany({
      where: {
        authorId: viewer.id,
        declaration: { personId: { not: viewer.id }, organisationId: viewer.organisationId },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, declarationId: true, kind: true, body: true, createdAt: true },
    }),
    registerEntries: db.registerEntry.findMany({
      where: me,
      orderBy: { createdAt: "asc" },
      // What the register shows of them, and what only the portal keeps (their declaration, a removal, an erasure).
      select: {
        ...PUBLIC_SELECT,
        declarationId: true,
        status: true,
        removalNote: true,
        erasedAt: true,
        createdAt: true,
      },
    }),
    notifications: db.notification.findMany({
      where: { recipientId: viewer.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, declarationId: true, params: true, readAt: true, createdAt: true },
    }),
    outboundEmails: db.outboundEmail.findMany({
      where: { recipientId: viewer.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        declarationId: true,
        status: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    mailMessages: db.mailMessage.findMany({
      where: { recipientId: viewer.id },
      orderBy: { sentAt: "asc" },
      select: {
        id: true,
        toAddress: true,
        subject: true,
        body: true,
        transport: true,
        sentAt: true,
        events: { select: { declarationId: true } },
      },
    }),
    campaignResponses: db.campaignResponse.findMany({
      where: { personId: viewer.id },
      orderBy: { respondedAt: "asc" },
      select: {
        id: true,
        answer: true,
        respondedAt: true,
        unitId: true,
        campaign: { select: { title: true, year: true } },
      },
    }),
    // Both sides of a delegation: the deputies the viewer named, and whom the viewer deputises for.
    deputiesNamed: db.delegation.findMany({
      where: { managerId: viewer.id },
      orderBy: { startsOn: "asc" },
      select: { ...DELEGATION, deputy: { select: { name: true } } },
    }),
    deputyFor: db.delegation.findMany({
      where: { deputyId: viewer.id },
      orderBy: { startsOn: "asc" },
      select: { ...DELEGATION, manager: { select: { name: true } } },
    }),
    // What the viewer does not handle, as their manager recorded it (decision 041): personal data about them.
    recusals: db.recusal.findMany({
      where: { personId: viewer.id, organisationId: viewer.organisationId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        declarationId: true,
        subjectKind: true,
        subject: true,
        endsOn: true,
        createdAt: true,
        endedAt: true,
        endReason: true,
        recordedBy: { select: { name: true } },
        endedBy: { select: { name: true } },
      },
    }),
    // Attachments of the viewer's own declarations (whoever added them) and those the viewer added elsewhere (as a
    // decider): metadata only, never the bytes (decision 066: each downloads from its declaration's page).
    attachments: db.attachment.findMany({
      where: {
        organisationId: viewer.organisationId,
        OR: [{ declaration: { personId: viewer.id } }, { uploaderId: viewer.id }],
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        declarationId: true,
        messageId: true,
        decisionId: true,
        name: true,
        mime: true,
        size: true,
        sha256: true,
        createdAt: true,
        uploaderId: true,
        uploader: { select: { name: true } },
      },
    }),
  });

  // The viewer's own declarations: texts about them are theirs in full (see lib/privacy/my-data-shape.ts).
  const ownIds = new Set(rows.declarations.map((d) => d.id));

  // Audit events: what the viewer did, and what happened to the viewer's own records (by anyone).
  const ownEntities: { entityType: string; entityId: { in: string[] } }[] = [
    { entityType: "Person", entityId: { in: [viewer.id] } },
    { entityType: "Declaration", entityId: { in: rows.declarations.map((d) => d.id) } },
    { entityType: "RegisterEntry", entityId: { in: rows.registerEntries.map((r) => r.id) } },
    { entityType: "Delegation", entityId: { in: [...rows.deputiesNamed, ...rows.deputyFor].map((d) => d.id) } },
    { entityType: "CampaignResponse", entityId: { in: rows.campaignResponses.map((c) => c.id) } },
    { entityType: "Recusal", entityId: { in: rows.recusals.map((r) => r.id) } },
  ].filter((e) => e.entityId.in.length > 0);
  const auditEvents = await db.auditEvent.findMany({
    where: { organisationId: viewer.organisationId, OR: [{ actorId: viewer.id }, ...ownEntities] },
    orderBy: { seq: "asc" },
    select: { seq: true, action: true, entityType: true, entityId: true, data: true, at: true, actorId: true },
  });

  return { ...rows, ownIds, auditEvents };
}

/** Promise.all for named queries: they run side by side, and each result keeps its query's name. */
async function allNamed<T extends Record<string, PromiseLike<unknown>>>(
  queries: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(queries);
  const results = await Promise.all(Object.values(queries));
  return Object.fromEntries(names.map((name, i) => [name, results[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

export type MyRows = Awaited<ReturnType<typeof readMyRows>>;
