// "Download my data": the viewer's rows as plain JSON (AVG art. 15 and 20). Pure: the rows come from
// lib/privacy/my-data-rows.ts.
import type { Viewer } from "@/lib/auth/session";
import { dayOfDateOrNull } from "@/lib/dates";
import type { MyRows } from "./my-data-rows";

/** A moment as full ISO 8601 text (UTC), or null. Calendar days use dayOfDateOrNull (lib/dates). */
const timestamp = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The file: notifications and e-mails about someone else's declaration keep their kind and date, not their text. */
export function shapeMyData(viewer: Viewer, rows: MyRows) {
  const person = rows.person;
  // Notifications and e-mails to a manager or decider name colleagues and the titles of their declarations:
  // those texts stay out of the file (kind and date stay); the viewer's own are in full.
  const aboutOwn = (declarationId: string | null) => declarationId === null || rows.ownIds.has(declarationId);

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
    declarations: rows.declarations.map((d) => ({
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
    decisionsYouMade: rows.decisionsMade.map((x) => ({
      id: x.id,
      declarationId: x.declarationId,
      outcome: x.outcome,
      reason: x.reason,
      conditions: x.conditions,
      decidedBy: x.deciderId === viewer.id ? "you" : "your deputy",
      createdAt: timestamp(x.createdAt),
    })),
    messagesYouWrote: rows.messagesWritten.map((m) => ({
      id: m.id,
      declarationId: m.declarationId,
      kind: m.kind,
      body: m.body,
      createdAt: timestamp(m.createdAt),
    })),
    registerEntries: rows.registerEntries.map((r) => ({
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
      removalNote: r.removalNote,
      registerNumber: r.registerNumber,
      correctedAt: timestamp(r.correctedAt),
      erasedAt: timestamp(r.erasedAt),
      createdAt: timestamp(r.createdAt),
    })),
    notifications: rows.notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      declarationId: n.declarationId,
      params: aboutOwn(n.declarationId) ? n.params : null,
      aboutSomeoneElse: !aboutOwn(n.declarationId),
      readAt: timestamp(n.readAt),
      createdAt: timestamp(n.createdAt),
    })),
    emailsQueued: rows.outboundEmails.map((e) => ({
      id: e.id,
      kind: e.kind,
      declarationId: e.declarationId,
      status: e.status,
      attempts: e.attempts,
      createdAt: timestamp(e.createdAt),
      sentAt: timestamp(e.sentAt),
    })),
    emailsSent: rows.mailMessages.map((m) => {
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
    campaignResponses: rows.campaignResponses.map((c) => ({
      id: c.id,
      campaign: c.campaign.title,
      year: c.campaign.year,
      answer: c.answer,
      respondedAt: timestamp(c.respondedAt),
    })),
    deputiesYouNamed: rows.deputiesNamed.map((d) => ({
      id: d.id,
      deputy: d.deputy.name,
      startsOn: dayOfDateOrNull(d.startsOn),
      endsOn: dayOfDateOrNull(d.endsOn),
      createdAt: timestamp(d.createdAt),
      revokedAt: timestamp(d.revokedAt),
    })),
    deputyFor: rows.deputyFor.map((d) => ({
      id: d.id,
      manager: d.manager.name,
      startsOn: dayOfDateOrNull(d.startsOn),
      endsOn: dayOfDateOrNull(d.endsOn),
      createdAt: timestamp(d.createdAt),
      revokedAt: timestamp(d.revokedAt),
    })),
    recusals: rows.recusals.map((r) => ({
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
    // Metadata only: the files themselves download one by one from the declaration (decision 066), so the file stays
    // readable JSON whatever their size. An attachment the viewer added to a colleague's declaration keeps only
    // its declaration's id, type, size and fingerprint, not its name (which may say something about the colleague).
    attachments: rows.attachments.map((a) => {
      const own = aboutOwn(a.declarationId);
      return {
        id: a.id,
        declarationId: a.declarationId,
        attachedTo: a.decisionId ? "decision" : a.messageId ? "answer" : "declaration",
        name: own ? a.name : null,
        type: a.mime,
        sizeBytes: a.size,
        sha256: a.sha256,
        addedBy: a.uploaderId === viewer.id ? person.name : own ? a.uploader.name : null,
        addedByYou: a.uploaderId === viewer.id,
        aboutSomeoneElse: !own,
        download: own ? `/meldingen/${a.declarationId}/bijlagen/${a.id}` : null,
        createdAt: timestamp(a.createdAt),
      };
    }),
    auditEvents: rows.auditEvents.map((e) => ({
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
