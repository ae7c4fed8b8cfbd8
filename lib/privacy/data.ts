import "server-only";
// Privacy (AVG): the data access layer. Retention settings, purge runs and "run the purge now" are for the
// "privacy" area (HR, ADMIN; assertArea inside each function) and always act on the viewer's own
// organisation: nothing from the client names an organisation or a record. "Download my data" reads
// only rows that belong to the viewer (their id), never an id from the client.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordAudit } from "@/lib/audit/record";
import { AppError, conflict } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import type { Prisma, RetentionCategory } from "@/lib/generated/prisma/client";
import {
  previewPurge,
  purgeOrganisation,
  readCounts,
  retentionMonths,
  type PurgeResult,
  type RemovedCounts,
} from "./purge";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "./retention";
import { monthsField, type RetentionInput } from "./schemas";
import { dayOfDateOrNull } from "@/lib/dates";

// ---- retention settings ---------------------------------------------------------------------------

export interface RetentionSetting {
  category: RetentionCategory;
  months: number;
  defaultMonths: number;
  minMonths: number;
  maxMonths: number;
  /** 0 while the organisation uses the default (no rule stored yet). */
  version: number;
  isDefault: boolean;
  updatedAt: string | null;
}

export async function getRetentionSettings(viewer: Viewer): Promise<RetentionSetting[]> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const rows = await db.retentionRule.findMany({
    where: { organisationId: viewer.organisationId },
    select: { category: true, retentionMonths: true, version: true, updatedAt: true },
  });
  return RETENTION_CATEGORIES.map((category) => {
    const row = rows.find((r) => r.category === category);
    const policy = RETENTION_POLICY[category];
    return {
      category,
      months: row?.retentionMonths ?? policy.defaultMonths,
      defaultMonths: policy.defaultMonths,
      minMonths: policy.minMonths,
      maxMonths: policy.maxMonths,
      version: row?.version ?? 0,
      isDefault: !row,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/**
 * Saves the retention periods of the viewer's organisation. Each period carries the version the form showed:
 * if any changed meanwhile, nothing is saved (CONFLICT). Only changed periods are written, each with its audit event.
 */
export async function updateRetention(
  viewer: Viewer,
  input: RetentionInput,
): Promise<{ changed: RetentionCategory[] }> {
  assertArea(viewer, "privacy");
  // The schema checks the bounds for the form; checked again here, because this is where it matters.
  const fieldErrors: Record<string, string> = {};
  for (const p of input.periods) {
    const { minMonths, maxMonths } = RETENTION_POLICY[p.category];
    if (!Number.isInteger(p.months)) fieldErrors[monthsField(p.category)] = "monthsWhole";
    else if (p.months < minMonths) fieldErrors[monthsField(p.category)] = "monthsMin";
    else if (p.months > maxMonths) fieldErrors[monthsField(p.category)] = "monthsMax";
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", "retention out of bounds", { fieldErrors });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.retentionRule.findMany({
        where: { organisationId: viewer.organisationId },
        select: { id: true, category: true, retentionMonths: true, version: true },
      });
      for (const p of input.periods) {
        const current = rows.find((r) => r.category === p.category);
        if ((current?.version ?? 0) !== p.version)
          throw conflict({ category: p.category, currentVersion: current?.version ?? 0 });
      }
      const changed: RetentionCategory[] = [];
      for (const p of input.periods) {
        const current = rows.find((r) => r.category === p.category);
        const from = current?.retentionMonths ?? RETENTION_POLICY[p.category].defaultMonths;
        if (from === p.months) continue;
        let id: string;
        if (current) {
          const updated = await tx.retentionRule.updateMany({
            where: { id: current.id, version: current.version },
            data: { retentionMonths: p.months, updatedById: viewer.id, version: { increment: 1 } },
          });
          if (updated.count !== 1) throw conflict({ category: p.category });
          id = current.id;
        } else {
          // A rule created by someone else meanwhile makes this create fail on the unique key: a conflict.
          id = (
            await tx.retentionRule.create({
              data: {
                organisationId: viewer.organisationId,
                category: p.category,
                retentionMonths: p.months,
                updatedById: viewer.id,
              },
              select: { id: true },
            })
          ).id;
        }
        await recordAudit(tx, {
          organisationId: viewer.organisationId,
          actorId: viewer.id,
          action: "privacy.retention-changed",
          entityType: "RetentionRule",
          entityId: id,
          data: { category: p.category, fromMonths: from, toMonths: p.months, version: (current?.version ?? 0) + 1 },
        });
        changed.push(p.category);
      }
      return { changed };
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code === "P2002") throw conflict();
    throw error;
  }
}

// ---- purge runs -----------------------------------------------------------------------------------

export interface PurgeRunView {
  id: string;
  trigger: "schedule" | "person";
  personName: string | null;
  startedAt: string;
  finishedAt: string | null;
  removed: RemovedCounts;
}

export async function listPurgeRuns(viewer: Viewer, take = 20): Promise<PurgeRunView[]> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const runs = await db.purgeRun.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, trigger: true, removed: true, startedAt: true, finishedAt: true },
  });
  const personIds = [...new Set(runs.map((r) => r.trigger).filter((t) => t !== "schedule"))];
  const people = personIds.length
    ? await db.person.findMany({
        where: { id: { in: personIds }, organisationId: viewer.organisationId },
        select: { id: true, name: true },
      })
    : [];
  return runs.map((r) => ({
    id: r.id,
    trigger: r.trigger === "schedule" ? "schedule" : "person",
    personName: r.trigger === "schedule" ? null : (people.find((p) => p.id === r.trigger)?.name ?? null),
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    removed: readCounts(r.removed),
  }));
}

/** The dry run for the confirmation step: what "run the purge now" would remove, and the periods it uses. */
export async function previewPurgeForViewer(
  viewer: Viewer,
): Promise<{ counts: RemovedCounts; months: Record<RetentionCategory, number> }> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  const [counts, months] = await Promise.all([
    previewPurge(db, viewer.organisationId),
    retentionMonths(db, viewer.organisationId),
  ]);
  return { counts, months };
}

/** "Run the purge now", for the viewer's organisation only; the run and its audit event name the viewer. */
export async function purgeNow(viewer: Viewer): Promise<PurgeResult> {
  assertArea(viewer, "privacy");
  const db = await getDb();
  return purgeOrganisation(db, viewer.organisationId, { kind: "person", personId: viewer.id });
}

/** The periods that apply to the viewer's own data (everyone may know how long their data is kept). */
export async function retentionOfMyOrganisation(viewer: Viewer): Promise<Record<RetentionCategory, number>> {
  return retentionMonths(await getDb(), viewer.organisationId);
}

// ---- download my data -----------------------------------------------------------------------------

/** A moment as full ISO 8601 text (UTC), or null. Calendar days use dayOfDateOrNull (lib/dates). */
const timestamp = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Everything the portal holds about the viewer (AVG art. 15 and 20), as plain JSON. Only rows that belong to
 * the viewer or that they wrote. Other people's declarations are never copied in: decisions and messages the
 * viewer wrote on a colleague's declaration are listed with the declaration's id only, not its title or answers;
 * notifications and e-mails about a colleague's declaration keep their kind and date, not their text.
 * Left out on purpose: technical counters (sessionVersion, version) that say nothing about the person.
 */
export async function collectMyData(viewer: Viewer) {
  const db = await getDb();
  const me = { personId: viewer.id, organisationId: viewer.organisationId };
  const [
    person,
    declarations,
    decisionsMade,
    messagesWritten,
    registerEntries,
    notifications,
    outboundEmails,
    mailMessages,
    campaignResponses,
    deputiesNamed,
    deputyFor,
    recusals,
  ] = await Promise.all([
    db.person.findUniqueOrThrow({
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
    db.declaration.findMany({
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
    db.decision.findMany({
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
    db.declarationMessage.findMany({
      where: {
        authorId: viewer.id,
        declaration: { personId: { not: viewer.id }, organisationId: viewer.organisationId },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, declarationId: true, kind: true, body: true, createdAt: true },
    }),
    db.registerEntry.findMany({
      where: me,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        declarationId: true,
        status: true,
        personName: true,
        functionTitle: true,
        sideJob: true,
        sideJobOrganisation: true,
        paid: true,
        conditions: true,
        startedOn: true,
        publishedAt: true,
        endedAt: true,
        endReason: true,
        registerNumber: true,
        correctedAt: true,
        erasedAt: true,
        createdAt: true,
      },
    }),
    db.notification.findMany({
      where: { recipientId: viewer.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, declarationId: true, params: true, readAt: true, createdAt: true },
    }),
    db.outboundEmail.findMany({
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
    db.mailMessage.findMany({
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
    db.campaignResponse.findMany({
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
    db.delegation.findMany({
      where: { managerId: viewer.id },
      orderBy: { startsOn: "asc" },
      select: {
        id: true,
        startsOn: true,
        endsOn: true,
        createdAt: true,
        revokedAt: true,
        deputy: { select: { name: true } },
      },
    }),
    db.delegation.findMany({
      where: { deputyId: viewer.id },
      orderBy: { startsOn: "asc" },
      select: {
        id: true,
        startsOn: true,
        endsOn: true,
        createdAt: true,
        revokedAt: true,
        manager: { select: { name: true } },
      },
    }),
    // What the viewer does not handle, as their manager recorded it (decision 041): personal data about them.
    db.recusal.findMany({
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
  ]);

  // Notifications and e-mails to a manager or decider name colleagues and the titles of their declarations:
  // those texts stay out of the file (kind and date stay); the viewer's own are in full.
  const ownIds = new Set(declarations.map((d) => d.id));
  const aboutOwn = (declarationId: string | null) => declarationId === null || ownIds.has(declarationId);

  // Audit events: what the viewer did, and what happened to the viewer's own records (by anyone).
  const ownEntities: { entityType: string; entityId: { in: string[] } }[] = [
    { entityType: "Person", entityId: { in: [viewer.id] } },
    { entityType: "Declaration", entityId: { in: declarations.map((d) => d.id) } },
    { entityType: "RegisterEntry", entityId: { in: registerEntries.map((r) => r.id) } },
    { entityType: "Delegation", entityId: { in: [...deputiesNamed, ...deputyFor].map((d) => d.id) } },
    { entityType: "CampaignResponse", entityId: { in: campaignResponses.map((c) => c.id) } },
    { entityType: "Recusal", entityId: { in: recusals.map((r) => r.id) } },
  ].filter((e) => e.entityId.in.length > 0);
  const auditEvents = await db.auditEvent.findMany({
    where: { organisationId: viewer.organisationId, OR: [{ actorId: viewer.id }, ...ownEntities] },
    orderBy: { seq: "asc" },
    select: { seq: true, action: true, entityType: true, entityId: true, data: true, at: true, actorId: true },
  });

  return {
    format: "integriteitsportaal/my-data/v1",
    exportedAt: new Date().toISOString(),
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      functionTitle: person.functionTitle,
      organisation: person.organisation.name,
      unit: person.unit?.name ?? null,
      manager: person.manager?.name ?? null,
      salaryScale: person.salaryScale,
      roles: person.roles,
      designations: {
        topManagementGroup: person.topManagementGroup,
        topOfficial: person.topOfficial,
        financialRiskFunction: person.financialRiskFunction,
        vulnerableFunction: person.vulnerableFunction,
      },
      employmentStart: dayOfDateOrNull(person.employmentStart),
      employmentEnd: dayOfDateOrNull(person.employmentEnd),
      externalId: person.externalId,
      signInLink: person.oidcSubject,
      accountClosedAt: timestamp(person.disabledAt),
      language: person.locale,
      createdAt: timestamp(person.createdAt),
      updatedAt: timestamp(person.updatedAt),
    },
    declarations: declarations.map((d) => ({
      id: d.id,
      type: d.type,
      status: d.status,
      title: d.title,
      occursOn: dayOfDateOrNull(d.occursOn),
      valueCents: d.valueCents,
      counterparty: d.counterparty,
      answers: d.answers,
      verdict: d.verdict,
      ruleOutcome: d.ruleOutcome,
      policyVersion: d.policyVersion,
      deciderRole: d.deciderRole,
      waitingFor: d.assignee?.name ?? null,
      unit: d.unit?.name ?? null,
      relatedId: d.relatedId,
      submittedAt: timestamp(d.submittedAt),
      decidedAt: timestamp(d.decidedAt),
      reassessOn: dayOfDateOrNull(d.reassessOn),
      createdAt: timestamp(d.createdAt),
      updatedAt: timestamp(d.updatedAt),
      decisions: d.decisions.map((x) => ({
        id: x.id,
        outcome: x.outcome,
        reason: x.reason,
        conditions: x.conditions,
        giftDestination: x.giftDestination,
        handedInAt: timestamp(x.handedInAt),
        reassessOn: dayOfDateOrNull(x.reassessOn),
        policyVersion: x.policyVersion,
        decidedBy: x.decider.name,
        onBehalfOf: x.onBehalfOf?.name ?? null,
        conditionsReadAt: timestamp(x.acknowledgedAt),
        createdAt: timestamp(x.createdAt),
      })),
      messages: d.messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        body: m.body,
        author: m.author.id === viewer.id ? viewer.name : m.author.name,
        createdAt: timestamp(m.createdAt),
      })),
    })),
    decisionsYouMade: decisionsMade.map((x) => ({
      id: x.id,
      declarationId: x.declarationId,
      outcome: x.outcome,
      reason: x.reason,
      conditions: x.conditions,
      decidedBy: x.deciderId === viewer.id ? "you" : "your deputy",
      createdAt: timestamp(x.createdAt),
    })),
    messagesYouWrote: messagesWritten.map((m) => ({
      id: m.id,
      declarationId: m.declarationId,
      kind: m.kind,
      body: m.body,
      createdAt: timestamp(m.createdAt),
    })),
    registerEntries: registerEntries.map((r) => ({
      id: r.id,
      declarationId: r.declarationId,
      status: r.status,
      personName: r.personName,
      functionTitle: r.functionTitle,
      sideJob: r.sideJob,
      sideJobOrganisation: r.sideJobOrganisation,
      paid: r.paid,
      conditions: r.conditions,
      startedOn: dayOfDateOrNull(r.startedOn),
      publishedAt: timestamp(r.publishedAt),
      endedAt: timestamp(r.endedAt),
      endReason: r.endReason,
      registerNumber: r.registerNumber,
      correctedAt: timestamp(r.correctedAt),
      erasedAt: timestamp(r.erasedAt),
      createdAt: timestamp(r.createdAt),
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      declarationId: n.declarationId,
      params: aboutOwn(n.declarationId) ? n.params : null,
      aboutSomeoneElse: !aboutOwn(n.declarationId),
      readAt: timestamp(n.readAt),
      createdAt: timestamp(n.createdAt),
    })),
    emailsQueued: outboundEmails.map((e) => ({
      id: e.id,
      kind: e.kind,
      declarationId: e.declarationId,
      status: e.status,
      attempts: e.attempts,
      createdAt: timestamp(e.createdAt),
      sentAt: timestamp(e.sentAt),
    })),
    emailsSent: mailMessages.map((m) => {
      const own = m.events.every((e) => aboutOwn(e.declarationId));
      return {
        id: m.id,
        to: m.toAddress,
        subject: own ? m.subject : null,
        body: own ? m.body : null,
        aboutSomeoneElse: !own,
        transport: m.transport,
        sentAt: timestamp(m.sentAt),
      };
    }),
    campaignResponses: campaignResponses.map((c) => ({
      id: c.id,
      campaign: c.campaign.title,
      year: c.campaign.year,
      answer: c.answer,
      respondedAt: timestamp(c.respondedAt),
    })),
    deputiesYouNamed: deputiesNamed.map((d) => ({
      id: d.id,
      deputy: d.deputy.name,
      startsOn: dayOfDateOrNull(d.startsOn),
      endsOn: dayOfDateOrNull(d.endsOn),
      createdAt: timestamp(d.createdAt),
      revokedAt: timestamp(d.revokedAt),
    })),
    deputyFor: deputyFor.map((d) => ({
      id: d.id,
      manager: d.manager.name,
      startsOn: dayOfDateOrNull(d.startsOn),
      endsOn: dayOfDateOrNull(d.endsOn),
      createdAt: timestamp(d.createdAt),
      revokedAt: timestamp(d.revokedAt),
    })),
    recusals: recusals.map((r) => ({
      id: r.id,
      declarationId: r.declarationId,
      kind: r.subjectKind,
      subject: r.subject,
      endsOn: dayOfDateOrNull(r.endsOn),
      recordedBy: r.recordedBy.name,
      createdAt: timestamp(r.createdAt),
      endedAt: timestamp(r.endedAt),
      endedBy: r.endedBy?.name ?? null,
      endReason: r.endReason,
    })),
    auditEvents: auditEvents.map((e) => ({
      seq: e.seq,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      data: e.data,
      at: timestamp(e.at),
      byYou: e.actorId === viewer.id,
    })),
  };
}

export type MyData = Awaited<ReturnType<typeof collectMyData>>;

/** The download: the viewer's data as a JSON file, and an audit event that they downloaded it (facts only). */
export async function exportMyData(viewer: Viewer): Promise<{ fileName: string; json: string }> {
  const data = await collectMyData(viewer);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.id,
      action: "privacy.data-exported",
      entityType: "Person",
      entityId: viewer.id,
      data: {
        declarations: data.declarations.length,
        auditEvents: data.auditEvents.length,
      } satisfies Prisma.InputJsonObject,
    });
  });
  return { fileName: `mijn-gegevens-${amsterdamNow().today}.json`, json: JSON.stringify(data, null, 2) };
}
