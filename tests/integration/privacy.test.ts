import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { decideDeclaration } from "@/lib/decisions/data";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { AppError } from "@/lib/errors";
import type { DeclarationStatus, DeclarationType, Prisma } from "@/lib/generated/prisma/client";
import {
  getRetentionSettings,
  listPurgeRuns,
  previewPurgeForViewer,
  purgeNow,
  updateRetention,
} from "@/lib/privacy/data";
import { collectMyData, exportMyData } from "@/lib/privacy/my-data";
import { emptyCounts, purgeAllOrganisations, purgeOrganisation, readCounts } from "@/lib/privacy/purge";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "@/lib/privacy/retention";
import { RetentionSchema } from "@/lib/privacy/schemas";
import { codeOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";
import { fileDeclaration, giftAnswers, POLITENESS } from "@/tests/support/declarations";

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const YEAR = 365.25;

/** The retention form as the browser sends it: every category, with the versions the page showed. */
async function retentionForm(
  viewer: Viewer,
  months: Partial<Record<string, number>>,
  versions: Partial<Record<string, number>> = {},
) {
  const settings = await getRetentionSettings(viewer);
  return RetentionSchema.parse(
    Object.fromEntries(
      settings.flatMap((s) => [
        [`months_${s.category}`, String(months[s.category] ?? s.months)],
        [`version_${s.category}`, String(versions[s.category] ?? s.version)],
      ]),
    ),
  );
}

describe.each(DB_KINDS)("privacy on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer,
    pieter: Viewer,
    fatima: Viewer,
    thomas: Viewer,
    jeroen: Viewer,
    ahmed: Viewer,
    lotte: Viewer,
    sophie: Viewer,
    mohamed: Viewer,
    daan: Viewer,
    esther: Viewer,
    frank: Viewer;

  /** A declaration with its status and last change set directly (the purge reads only these facts). */
  async function declaration(
    person: Viewer,
    over: {
      type?: DeclarationType;
      status: DeclarationStatus;
      updatedAt: Date;
      answers?: Prisma.InputJsonObject;
      relatedId?: string;
      title?: string;
    },
  ) {
    const created = await db.prisma.declaration.create({
      data: {
        organisationId: person.organisationId,
        personId: person.id,
        type: over.type ?? "GIFT",
        status: over.status,
        title: over.title ?? `Melding ${randomUUID().slice(0, 8)}`,
        answers: over.answers ?? {},
        relatedId: over.relatedId ?? null,
      },
      select: { id: true, title: true },
    });
    await db.prisma.$executeRaw`update "Declaration" set "updatedAt" = ${over.updatedAt} where id = ${created.id}`;
    return created;
  }

  /** The notice a draft gets before it may be removed (decision 061), given at `createdAt`. */
  async function draftNotice(person: Viewer, declarationId: string, createdAt: Date) {
    await db.prisma.notification.create({
      data: {
        organisationId: person.organisationId,
        recipientId: person.id,
        kind: "DRAFT_EXPIRING",
        declarationId,
        params: { type: "gift" },
        eventKey: randomUUID(),
        createdAt,
      },
    });
  }

  async function notification(person: Viewer, createdAt: Date, declarationId: string | null = null) {
    const key = randomUUID();
    const n = await db.prisma.notification.create({
      data: {
        organisationId: person.organisationId,
        recipientId: person.id,
        kind: "DECIDED",
        declarationId,
        params: { title: "x" },
        eventKey: key,
        createdAt,
      },
      select: { id: true },
    });
    const e = await db.prisma.outboundEmail.create({
      data: {
        recipientId: person.id,
        kind: "DECIDED",
        declarationId,
        params: { title: "x" },
        eventKey: key,
        status: "SENT",
        createdAt,
      },
      select: { id: true },
    });
    return { notificationId: n.id, emailId: e.id };
  }

  async function mail(person: Viewer, sentAt: Date) {
    return db.prisma.mailMessage.create({
      data: {
        recipientId: person.id,
        toAddress: person.email,
        subject: "Portaal",
        body: "Er is een besluit.",
        transport: "demo",
        sentAt,
      },
      select: { id: true },
    });
  }

  async function peopleImport(viewer: Viewer, createdAt: Date) {
    return db.prisma.peopleImport.create({
      data: {
        organisationId: viewer.organisationId,
        createdById: viewer.id,
        fileName: "hr.csv",
        encoding: "utf-8",
        rows: [{ name: "Iemand" }],
        report: [],
        createdAt,
      },
      select: { id: true },
    });
  }

  async function campaignResponse(hr: Viewer, person: Viewer, year: number, respondedAt: Date) {
    const campaign = await db.prisma.declarationCampaign.create({
      data: {
        organisationId: hr.organisationId,
        title: `Controle ${year}`,
        year,
        opensOn: new Date(`${year}-01-01`),
        dueOn: new Date(`${year}-02-01`),
        createdById: hr.id,
      },
      select: { id: true },
    });
    return db.prisma.campaignResponse.create({
      data: { campaignId: campaign.id, personId: person.id, answer: "COMPLETE", respondedAt },
      select: { id: true },
    });
  }

  async function exists(
    model:
      | "declaration"
      | "decision"
      | "declarationMessage"
      | "registerEntry"
      | "notification"
      | "outboundEmail"
      | "mailMessage"
      | "campaignResponse"
      | "peopleImport",
    id: string,
  ) {
    return (
      (await (db.prisma[model] as unknown as { count(a: unknown): Promise<number> }).count({ where: { id } })) === 1
    );
  }

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, pieter, fatima, thomas, jeroen, ahmed, lotte, sophie, mohamed, daan, esther, frank } = await demoViewers(
      db.prisma,
    ));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("purges exactly what is past its retention, keeps open, recent and running records and the audit trail, records the run, and a second run removes nothing", async () => {
    // Closed 8 years ago, with a decision, a question, a recent notification pointing to it and audit events: all go, except the audit events.
    const oldGift = await declaration(fatima, { status: "APPROVED", updatedAt: ago(8 * YEAR) });
    const decision = await db.prisma.decision.create({
      data: { declarationId: oldGift.id, deciderId: jeroen.id, outcome: "APPROVED", policyVersion: "rijk-test" },
      select: { id: true },
    });
    const message = await db.prisma.declarationMessage.create({
      data: { declarationId: oldGift.id, authorId: jeroen.id, kind: "QUESTION", body: "Van wie?" },
      select: { id: true },
    });
    const linked = await notification(fatima, ago(30), oldGift.id);
    await db.prisma.$transaction((tx) =>
      recordAudit(tx, {
        organisationId: fatima.organisationId,
        actorId: fatima.id,
        action: "declaration.submitted",
        entityType: "Declaration",
        entityId: oldGift.id,
      }),
    );
    // Kept: closed 6 years ago; open ones however old; a side job that still runs.
    const recentGift = await declaration(fatima, { status: "REFUSED", updatedAt: ago(6 * YEAR) });
    const open = await Promise.all(
      (["SUBMITTED", "INFO_REQUESTED", "ESCALATED"] as const).map((status) =>
        declaration(fatima, { status, updatedAt: ago(10 * YEAR) }),
      ),
    );
    /** A register entry of Fatima's side job (function "x") for the declaration. */
    const entryOf = (
      declarationId: string,
      data: Omit<
        Prisma.RegisterEntryUncheckedCreateInput,
        "organisationId" | "declarationId" | "personId" | "personName" | "functionTitle"
      >,
    ) =>
      db.prisma.registerEntry.create({
        data: {
          organisationId: fatima.organisationId,
          declarationId,
          personId: fatima.id,
          personName: fatima.name,
          functionTitle: "x",
          ...data,
        },
        select: { id: true },
      });
    const runningSideJob = await declaration(fatima, {
      type: "SIDE_JOB",
      status: "APPROVED",
      updatedAt: ago(10 * YEAR),
    });
    // A side job whose end was reported 8 years ago, taken off the register 6 years ago: entry and declaration go.
    const endDate = ago(8 * YEAR)
      .toISOString()
      .slice(0, 10);
    /** A side job whose end was reported 8 years ago, and its entry taken off the register `offAgo` ago. */
    const endedSideJobWithEntry = async (
      offAgo: number,
      entry: { sideJob: string; sideJobOrganisation: string; paid: boolean },
    ) => {
      const d = await declaration(fatima, {
        type: "SIDE_JOB",
        status: "APPROVED",
        updatedAt: ago(8 * YEAR),
        answers: { change: "ended", endDate },
      });
      const e = await entryOf(d.id, { status: "ENDED", ...entry, endedAt: ago(offAgo), endReason: "SIDE_JOB_ENDED" });
      return [d, e] as const;
    };
    const [endedSideJob, oldEntry] = await endedSideJobWithEntry(6 * YEAR, {
      sideJob: "Bestuurslid",
      sideJobOrganisation: "Stichting",
      paid: false,
    });
    // Ended 8 years ago too, but taken off the register only 2 years ago: the register history keeps both.
    const [endedRecentEntry, recentEntry] = await endedSideJobWithEntry(2 * YEAR, {
      sideJob: "Docent",
      sideJobOrganisation: "Hogeschool",
      paid: true,
    });
    // A published entry of an old side job stays, whatever its age.
    const published = await entryOf(runningSideJob.id, {
      status: "PUBLISHED",
      sideJob: "Voorzitter",
      sideJobOrganisation: "Vereniging",
      paid: false,
      publishedAt: ago(9 * YEAR),
    });
    // Withdrawn 8 years ago and copied last year: the copy stays and loses its link.
    const oldWithdrawn = await declaration(fatima, { status: "WITHDRAWN", updatedAt: ago(8 * YEAR) });
    const copy = await declaration(fatima, { status: "REGISTERED", updatedAt: ago(YEAR), relatedId: oldWithdrawn.id });
    const oldDraft = await declaration(fatima, { status: "DRAFT", updatedAt: ago(7 * 31) });
    await draftNotice(fatima, oldDraft.id, ago(20));
    // Past its retention too, but its person has not been told yet (decision 061): it waits for the notice.
    const unnoticedDraft = await declaration(fatima, { status: "DRAFT", updatedAt: ago(7 * 31) });
    const recentDraft = await declaration(fatima, { status: "DRAFT", updatedAt: ago(5 * 30) });
    const oldNote = await notification(fatima, ago(13 * 31));
    const recentNote = await notification(fatima, ago(11 * 30));
    const oldMail = await mail(fatima, ago(13 * 31));
    const recentMail = await mail(fatima, ago(11 * 30));
    const oldResponse = await campaignResponse(linda, fatima, 2022, ago(37 * 31));
    const recentResponse = await campaignResponse(linda, fatima, 2024, ago(35 * 30));
    const oldImport = await peopleImport(linda, ago(4 * 31));
    const recentImport = await peopleImport(linda, ago(2 * 30));
    // Another organisation with the same kind of old data: untouched by Rijk's run.
    const otherGift = await declaration(lotte, { status: "APPROVED", updatedAt: ago(8 * YEAR) });
    const otherDraft = await declaration(lotte, { status: "DRAFT", updatedAt: ago(400) });
    const otherNote = await notification(lotte, ago(800));
    const otherMail = await mail(lotte, ago(800));
    const otherImport = await peopleImport(sophie, ago(400));
    const auditBefore = await db.prisma.auditEvent.count();

    const expected = emptyCounts();
    expected.CLOSED_DECLARATIONS = { declarations: 3, decisions: 1, messages: 1 };
    expected.DRAFTS = { declarations: 1, decisions: 0, messages: 0 };
    expected.REGISTER_HISTORY = { registerEntries: 1 };
    // The old draft's notice goes with it (decision 061): one notification more than before notices existed.
    expected.NOTIFICATIONS = { notifications: 3, outboundEmails: 2, mailMessages: 1 };
    expected.CAMPAIGN_RESPONSES = { campaignResponses: 1 };
    expected.PEOPLE_IMPORTS = { peopleImports: 1 };

    // The dry run (the confirmation step) counts exactly what the run removes, and removes nothing.
    expect((await previewPurgeForViewer(linda)).counts).toEqual(expected);
    expect(await exists("declaration", oldGift.id)).toBe(true);

    const { runId, removed } = await purgeNow(linda);
    expect(removed).toEqual(expected);

    for (const id of [oldGift.id, endedSideJob.id, oldWithdrawn.id, oldDraft.id])
      expect(await exists("declaration", id), id).toBe(false);
    expect(await exists("decision", decision.id)).toBe(false);
    expect(await exists("declarationMessage", message.id)).toBe(false);
    expect(await exists("registerEntry", oldEntry.id)).toBe(false);
    for (const id of [linked.notificationId, oldNote.notificationId])
      expect(await exists("notification", id)).toBe(false);
    for (const id of [linked.emailId, oldNote.emailId]) expect(await exists("outboundEmail", id)).toBe(false);
    expect(await exists("mailMessage", oldMail.id)).toBe(false);
    expect(await exists("campaignResponse", oldResponse.id)).toBe(false);
    expect(await exists("peopleImport", oldImport.id)).toBe(false);

    for (const d of [
      recentGift,
      ...open,
      runningSideJob,
      endedRecentEntry,
      copy,
      recentDraft,
      unnoticedDraft,
      otherGift,
      otherDraft,
    ])
      expect(await exists("declaration", d.id), d.title).toBe(true);
    for (const id of [recentEntry.id, published.id]) expect(await exists("registerEntry", id)).toBe(true);
    for (const id of [recentNote.notificationId, otherNote.notificationId])
      expect(await exists("notification", id)).toBe(true);
    for (const id of [recentMail.id, otherMail.id]) expect(await exists("mailMessage", id)).toBe(true);
    expect(await exists("campaignResponse", recentResponse.id)).toBe(true);
    for (const id of [recentImport.id, otherImport.id]) expect(await exists("peopleImport", id)).toBe(true);
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: copy.id } })).relatedId).toBeNull();

    // Audit events stay (none removed; one added for the run, naming who started it and the counts only).
    expect(await db.prisma.auditEvent.count({ where: { entityType: "Declaration", entityId: oldGift.id } })).toBe(1);
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore + 1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "privacy.purged", entityId: runId } });
    expect(event).toMatchObject({ organisationId: linda.organisationId, actorId: linda.id, entityType: "PurgeRun" });
    expect(readCounts((event.data as { removed: unknown }).removed)).toEqual(expected);
    expect(JSON.stringify(event.data)).not.toContain(oldGift.title);

    const runs = await listPurgeRuns(linda);
    expect(runs[0]).toMatchObject({ id: runId, trigger: "person", personName: "Linda Smit", removed: expected });
    expect(runs[0]!.finishedAt).not.toBeNull();
    expect(await listPurgeRuns(sophie)).toEqual([]);

    // Idempotent: the next run (here the daily one, every organisation) finds nothing more in Rijk.
    const daily = await purgeAllOrganisations(db.prisma);
    expect(daily[linda.organisationId]).toBe(0);
    const latest = (await listPurgeRuns(linda))[0]!;
    expect(latest).toMatchObject({ trigger: "schedule", personName: null, removed: emptyCounts() });
    // The demo data's old import and e-mail in the Provincie (prisma/seed-privacy.ts) went too.
    expect(daily[frank.organisationId]).toBe(2);
    // The daily run did purge the other organisation's old data, by its own (default) periods.
    expect(await exists("declaration", otherGift.id)).toBe(false);
    expect(await exists("peopleImport", otherImport.id)).toBe(false);
  });

  it("works in bounded batches: a small batch size removes the same, over several transactions", async () => {
    const drafts = await Promise.all(
      Array.from({ length: 5 }, () => declaration(thomas, { status: "DRAFT", updatedAt: ago(400) })),
    );
    for (const d of drafts) await draftNotice(thomas, d.id, ago(20));
    const { removed } = await purgeOrganisation(
      db.prisma,
      thomas.organisationId,
      { kind: "schedule" },
      { batchSize: 2 },
    );
    expect(removed.DRAFTS.declarations).toBe(5);
    for (const d of drafts) expect(await exists("declaration", d.id)).toBe(false);
    // maxBatches bounds one run; the rest waits for the next.
    const more = await Promise.all(
      Array.from({ length: 5 }, () => declaration(thomas, { status: "DRAFT", updatedAt: ago(400) })),
    );
    for (const d of more) await draftNotice(thomas, d.id, ago(20));
    expect(
      (await purgeOrganisation(db.prisma, thomas.organisationId, { kind: "schedule" }, { batchSize: 2, maxBatches: 1 }))
        .removed.DRAFTS.declarations,
    ).toBe(2);
    expect(
      (await purgeOrganisation(db.prisma, thomas.organisationId, { kind: "schedule" }, { batchSize: 2 })).removed.DRAFTS
        .declarations,
    ).toBe(3);
    for (const d of more) expect(await exists("declaration", d.id)).toBe(false);
  });

  it("only HR and administrators reach the privacy area; others are refused and nothing changes", async () => {
    for (const viewer of [fatima, jeroen, ahmed, daan, esther]) {
      expect(await codeOf(getRetentionSettings(viewer)), viewer.name).toBe("FORBIDDEN");
      expect(await codeOf(listPurgeRuns(viewer)), viewer.name).toBe("FORBIDDEN");
      expect(await codeOf(previewPurgeForViewer(viewer)), viewer.name).toBe("FORBIDDEN");
      expect(await codeOf(purgeNow(viewer)), viewer.name).toBe("FORBIDDEN");
      const input = RetentionSchema.parse(
        Object.fromEntries(
          RETENTION_CATEGORIES.flatMap((c) => [
            [`months_${c}`, String(RETENTION_POLICY[c].minMonths)],
            [`version_${c}`, "0"],
          ]),
        ),
      );
      expect(await codeOf(updateRetention(viewer, input)), viewer.name).toBe("FORBIDDEN");
    }
    expect(
      await db.prisma.retentionRule.count({
        where: { organisationId: { in: [fatima.organisationId, daan.organisationId] } },
      }),
    ).toBe(0);
    // The administrator may look (and would purge their own organisation only).
    expect((await getRetentionSettings(pieter)).map((s) => s.category)).toEqual([...RETENTION_CATEGORIES]);
  });

  it("HR changes a period of their own organisation only, with an audit event; the purge then uses it", async () => {
    await updateRetention(mohamed, await retentionForm(mohamed, { DRAFTS: 1, CLOSED_DECLARATIONS: 120 }));
    const ek = await getRetentionSettings(mohamed);
    expect(ek.find((s) => s.category === "DRAFTS")).toMatchObject({ months: 1, version: 1, isDefault: false });
    expect(ek.find((s) => s.category === "CLOSED_DECLARATIONS")).toMatchObject({ months: 120, version: 1 });
    expect(ek.find((s) => s.category === "NOTIFICATIONS")).toMatchObject({ months: 12, version: 0, isDefault: true });
    // Nothing else anywhere: no rule in another organisation.
    expect(await db.prisma.retentionRule.count({ where: { organisationId: { not: mohamed.organisationId } } })).toBe(0);
    expect((await getRetentionSettings(frank)).every((s) => s.isDefault)).toBe(true);
    const events = await db.prisma.auditEvent.findMany({
      where: { action: "privacy.retention-changed", organisationId: mohamed.organisationId },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { category: "CLOSED_DECLARATIONS", fromMonths: 84, toMonths: 120, version: 1 },
      { category: "DRAFTS", fromMonths: 6, toMonths: 1, version: 1 },
    ]);
    expect(events.every((e) => e.actorId === mohamed.id)).toBe(true);
    // A draft untouched for two months is now past its retention in the Eerste Kamer, not in the Provincie.
    const daansDraft = await declaration(daan, { status: "DRAFT", updatedAt: ago(62) });
    await draftNotice(daan, daansDraft.id, ago(20));
    const eva = await viewerByName(db.prisma, "Eva van Leeuwen");
    await declaration(eva, { status: "DRAFT", updatedAt: ago(62) });
    expect((await previewPurgeForViewer(mohamed)).counts.DRAFTS.declarations).toBe(1);
    expect((await previewPurgeForViewer(frank)).counts.DRAFTS.declarations).toBe(0);
  });

  it("a stale version is a conflict and saves nothing; a period outside the bounds is refused per field", async () => {
    const stale = await retentionForm(frank, { PEOPLE_IMPORTS: 6 });
    await updateRetention(frank, await retentionForm(frank, { PEOPLE_IMPORTS: 2 }));
    expect(await codeOf(updateRetention(frank, stale))).toBe("CONFLICT");
    // A rule created by someone else meanwhile (version 0 shown) is a conflict too.
    const staleNew = await retentionForm(frank, { NOTIFICATIONS: 24 });
    await updateRetention(frank, await retentionForm(frank, { NOTIFICATIONS: 18 }));
    expect(await codeOf(updateRetention(frank, staleNew))).toBe("CONFLICT");
    const settings = await getRetentionSettings(frank);
    expect(settings.find((s) => s.category === "PEOPLE_IMPORTS")).toMatchObject({ months: 2, version: 1 });
    expect(settings.find((s) => s.category === "NOTIFICATIONS")).toMatchObject({ months: 18, version: 1 });
    // Out of bounds (the data layer checks too, whatever the form sent): nothing saved.
    const input = await retentionForm(frank, {});
    const tooShort = {
      periods: input.periods.map((p) =>
        p.category === "CLOSED_DECLARATIONS"
          ? { ...p, months: 1 }
          : p.category === "DRAFTS"
            ? { ...p, months: 1000 }
            : p,
      ),
    };
    const error = await updateRetention(frank, tooShort).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details?.fieldErrors).toEqual({
      months_CLOSED_DECLARATIONS: "monthsMin",
      months_DRAFTS: "monthsMax",
    });
    expect((await getRetentionSettings(frank)).find((s) => s.category === "CLOSED_DECLARATIONS")).toMatchObject({
      months: 84,
      isDefault: true,
    });
  });

  it("'download my data' holds the viewer's own data and nothing of a colleague's declaration", async () => {
    const file = (viewer: Viewer, description: string) =>
      fileDeclaration(viewer, "gift", giftAnswers({ ...POLITENESS, description }));
    const mine = await file(fatima, "Taart van de bakker voor Fatima");
    const colleagues = await file(thomas, "Geheime fles wijn voor Thomas");
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({
        id: mine.id,
        version: mine.version,
        kind: "APPROVED_WITH_CONDITIONS",
        reason: "",
        conditions: "Deel het met het team.",
      }),
    );
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({
        id: colleagues.id,
        version: colleagues.version,
        kind: "REFUSED",
        reason: "Leverancier in aanbesteding",
        conditions: "",
      }),
    );

    const data = await collectMyData(fatima);
    expect(data.person).toMatchObject({
      id: fatima.id,
      name: "Fatima El Amrani",
      email: fatima.email,
      manager: "Jeroen Bakker",
      organisation: fatima.organisationName,
    });
    expect(data.person).not.toHaveProperty("sessionVersion");
    const own = data.declarations.find((d) => d.id === mine.id);
    expect(own).toMatchObject({ title: "Taart van de bakker voor Fatima", status: "APPROVED_WITH_CONDITIONS" });
    expect(own?.answers).toMatchObject({ giver: "Bakkerij Bisschop" });
    expect(own?.decisions).toMatchObject([
      { outcome: "APPROVED_WITH_CONDITIONS", conditions: "Deel het met het team.", decidedBy: "Jeroen Bakker" },
    ]);
    expect(data.notifications.some((n) => n.declarationId === mine.id && n.kind === "DECIDED")).toBe(true);
    expect(data.auditEvents.some((e) => e.entityId === mine.id && e.action === "declaration.decided" && !e.byYou)).toBe(
      true,
    );
    expect(
      data.auditEvents.some((e) => e.entityId === mine.id && e.action === "declaration.submitted" && e.byYou),
    ).toBe(true);
    expect(data.declarations.every((d) => d.id !== colleagues.id)).toBe(true);

    const { fileName, json } = await exportMyData(fatima);
    expect(fileName).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json).person.email).toBe(fatima.email);
    expect(json).toContain(mine.id);
    expect(json).not.toContain(colleagues.id);
    expect(json).not.toContain("Geheime fles wijn");
    expect(json).not.toContain(thomas.email);
    expect(json).not.toContain("Leverancier in aanbesteding");
    expect(json).not.toContain(lotte.email);
    expect(
      await db.prisma.auditEvent.count({
        where: { action: "privacy.data-exported", actorId: fatima.id, entityId: fatima.id },
      }),
    ).toBe(1);

    // The manager's own export lists the decisions they took, by number, without the colleague's declaration contents.
    const managers = JSON.stringify(await collectMyData(jeroen));
    expect(managers).toContain(colleagues.id);
    expect(managers).toContain("Leverancier in aanbesteding");
    expect(managers).not.toContain("Geheime fles wijn");
    expect(managers).not.toContain("Bakkerij Bisschop");
  });
});
