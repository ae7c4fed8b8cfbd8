import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerCampaign,
  campaignAwaitingAnswer,
  hasOpenCampaign,
  closeCampaign,
  getMyCampaign,
  openCampaign,
  previewOpenCampaign,
  setNonRespondersPublished,
} from "@/lib/campaigns/data";
import { exportCampaignResponses, getCampaignOverview, listCampaigns } from "@/lib/campaigns/follow";
import { addDays } from "@/lib/campaigns/rules";
import { queueCampaignReminders } from "@/lib/campaigns/reminders";
import { OpenCampaignSchema } from "@/lib/campaigns/schemas";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { AppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { runDailyTasks } from "@/lib/jobs/daily";
import { createPerson } from "@/tests/factories";
import { codeOf, errorOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";
import { notificationText } from "@/lib/notifications/texts";

const today = () => amsterdamNow().today;
const thisYear = () => Number(today().slice(0, 4));
/** Noon UTC of a day: always that same calendar day in Amsterdam. */
const noonOf = (isoDay: string) => new Date(`${isoDay}T12:00:00Z`);
const input = (over: Partial<{ title: string; year: string; dueOn: string }> = {}) =>
  OpenCampaignSchema.parse({
    title: "Jaarlijkse controle",
    year: String(thisYear()),
    dueOn: addDays(today(), 14),
    ...over,
  });

const gift = () => giftAnswers({ valueEuros: "25,00", date: today() });

// The Rijk demo organisation: 8 active people in three units (seed-data.ts).
const RIJK_ACTIVE = [
  "Ahmed Yilmaz",
  "Fatima El Amrani",
  "Jeroen Bakker",
  "Linda Smit",
  "Marieke de Vries",
  "Pieter Mulder",
  "Sanne Visser",
  "Thomas Jansen",
];

describe.each(DB_KINDS)("annual campaign on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer,
    fatima: Viewer,
    thomas: Viewer,
    jeroen: Viewer,
    ahmed: Viewer,
    pieter: Viewer,
    sanne: Viewer,
    sophie: Viewer,
    lotte: Viewer;
  let campaignId = "";
  let version = 1;

  const notificationsOf = (campaignKind: "CAMPAIGN_OPENED" | "CAMPAIGN_REMINDER") =>
    db.prisma.notification.findMany({
      where: { kind: campaignKind },
      select: { recipientId: true, params: true, eventKey: true, recipient: { select: { name: true } } },
    });
  const names = (rows: { recipient: { name: string } }[]) => rows.map((r) => r.recipient.name).sort();
  const stored = () => db.prisma.declarationCampaign.findUniqueOrThrow({ where: { id: campaignId } });

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, fatima, thomas, jeroen, ahmed, pieter, sanne, sophie, lotte } = await demoViewers(db.prisma));
    // People who are not asked: a closed account, someone who left last month, someone who starts next month.
    const unit = await db.prisma.unit.findFirstOrThrow({
      where: { organisationId: linda.organisationId, name: "Directie Financiën" },
    });
    await db.prisma.person.update({
      where: {
        id: (await createPerson(db.prisma, linda.organisationId, { name: "Gesloten Account", unitId: unit.id })).id,
      },
      data: { disabledAt: new Date() },
    });
    await createPerson(db.prisma, linda.organisationId, {
      name: "Al Vertrokken",
      unitId: unit.id,
      employmentEnd: new Date(`${addDays(today(), -30)}T00:00:00Z`),
    });
    await createPerson(db.prisma, linda.organisationId, {
      name: "Nog Niet Begonnen",
      unitId: unit.id,
      employmentStart: new Date(`${addDays(today(), 30)}T00:00:00Z`),
    });
    // Sanne reads the portal in English: her message gives the date in English.
    await db.prisma.person.update({ where: { id: sanne.id }, data: { locale: "en" } });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("refuses bad input per field, and only HR may open, list or preview a campaign", async () => {
    // (The schemas' messages per field are unit-tested in tests/unit/campaigns.)
    const fieldOf = async (p: Promise<unknown>) => (await errorOf(p)).details?.fieldErrors;
    expect(await fieldOf(openCampaign(linda, input({ year: String(thisYear() - 2) })))).toEqual({
      year: "yearNotAllowed",
    });
    expect(await fieldOf(openCampaign(linda, input({ dueOn: today() })))).toEqual({ dueOn: "dueNotAfterToday" });
    expect(await fieldOf(openCampaign(linda, input({ dueOn: addDays(today(), 400) })))).toEqual({
      dueOn: "dueTooLate",
    });
    for (const other of [fatima, jeroen, ahmed, pieter]) {
      expect(await codeOf(openCampaign(other, input())), other.name).toBe("FORBIDDEN");
      expect(await codeOf(previewOpenCampaign(other, input())), other.name).toBe("FORBIDDEN");
      expect(await codeOf(listCampaigns(other)), other.name).toBe("FORBIDDEN");
      expect(await codeOf(hasOpenCampaign(other)), other.name).toBe("FORBIDDEN");
    }
    expect(await db.prisma.declarationCampaign.count()).toBe(0);
    expect(await db.prisma.notification.count()).toBe(0);
    expect(await getMyCampaign(fatima)).toBeNull();
    expect(await campaignAwaitingAnswer(fatima)).toBeNull();
  });

  it("opening notifies every active person of the organisation once, in their language, with the audit event", async () => {
    expect(await hasOpenCampaign(linda)).toBe(false);
    expect(await previewOpenCampaign(linda, input())).toEqual({ recipients: RIJK_ACTIVE.length });
    expect(await db.prisma.declarationCampaign.count()).toBe(0);
    const dueOn = addDays(today(), 14);
    const opened = await openCampaign(linda, input({ title: "Jaarlijkse controle test", dueOn }));
    campaignId = opened.id;
    expect(opened.recipients).toBe(RIJK_ACTIVE.length);
    const notes = await notificationsOf("CAMPAIGN_OPENED");
    expect(names(notes)).toEqual(RIJK_ACTIVE);
    const dutch = new Intl.DateTimeFormat("nl-NL", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    }).format(noonOf(dueOn));
    const english = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    }).format(noonOf(dueOn));
    // The year and the due date, not the title HR typed (decision 037); the text writes the date out in each reader's language.
    for (const n of notes) expect(n.params).toEqual({ year: String(thisYear()), due: dueOn });
    const params = notes.find((n) => n.recipientId === fatima.id)!.params as Record<string, string>;
    expect(notificationText("CAMPAIGN_OPENED", params, null, "nl").body).toContain(dutch);
    expect(notificationText("CAMPAIGN_OPENED", params, null, "en").body).toContain(english);
    expect(notificationText("CAMPAIGN_OPENED", params, null, "nl").title).toBe(`Jaarlijkse controle ${thisYear()}`);
    expect(await db.prisma.outboundEmail.count({ where: { kind: "CAMPAIGN_OPENED" } })).toBe(RIJK_ACTIVE.length);
    const c = await stored();
    expect(c).toMatchObject({
      status: "OPEN",
      year: thisYear(),
      version: 1,
      nonRespondersPublished: false,
      createdById: linda.id,
    });
    expect(c.opensOn.toISOString().slice(0, 10)).toBe(today());
    expect(c.dueOn.toISOString().slice(0, 10)).toBe(dueOn);
    const audit = await db.prisma.auditEvent.findMany({ where: { entityId: campaignId } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["campaign.opened", linda.id]]);
    expect(audit[0]!.data).toMatchObject({ year: thisYear(), asked: RIJK_ACTIVE.length });
    expect(await campaignAwaitingAnswer(fatima)).toEqual({ title: "Jaarlijkse controle test", dueOn });
  });

  it("one open campaign per organisation; another organisation opens its own", async () => {
    expect((await errorOf(openCampaign(linda, input({ year: String(thisYear() - 1) })))).details).toEqual({
      reason: "alreadyOpen",
    });
    expect((await errorOf(previewOpenCampaign(linda, input({ year: String(thisYear() - 1) })))).code).toBe(
      "INVALID_STATE",
    );
    expect(await db.prisma.declarationCampaign.count({ where: { organisationId: linda.organisationId } })).toBe(1);
    expect(await hasOpenCampaign(linda)).toBe(true);
    // Two HR officers of the Gemeente open at the same moment: exactly one campaign, one set of messages.
    const both = await Promise.allSettled([
      openCampaign(sophie, input({ title: "Gemeente A" })),
      openCampaign(sophie, input({ title: "Gemeente B" })),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = both.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe("INVALID_STATE");
    expect(await db.prisma.declarationCampaign.count({ where: { organisationId: sophie.organisationId } })).toBe(1);
    const gemeenteNotes = await db.prisma.notification.count({
      where: { kind: "CAMPAIGN_OPENED", organisationId: sophie.organisationId },
    });
    expect(gemeenteNotes).toBe(7);
  });

  it("HR of another organisation and people without the HR role cannot see or manage the campaign; nothing changes", async () => {
    for (const other of [sophie, fatima, jeroen, ahmed, pieter]) {
      const expected = other === sophie ? "NOT_FOUND" : "FORBIDDEN";
      expect(await codeOf(getCampaignOverview(other, campaignId)), other.name).toBe(expected);
      expect(
        await codeOf(setNonRespondersPublished(other, { id: campaignId, version: 1, published: true })),
        other.name,
      ).toBe(expected);
      expect(await codeOf(closeCampaign(other, { id: campaignId, version: 1 })), other.name).toBe(expected);
      expect(await codeOf(exportCampaignResponses(other, campaignId)), other.name).toBe(expected);
    }
    expect((await listCampaigns(sophie)).map((c) => c.title)).not.toContain("Jaarlijkse controle test");
    // An employee of the Gemeente cannot answer the Rijk campaign, and sees their own organisation's.
    expect(await codeOf(answerCampaign(lotte, { campaignId, answer: "COMPLETE" }))).toBe("NOT_FOUND");
    expect((await getMyCampaign(lotte))?.campaign.title).toMatch(/^Gemeente/);
    expect(await codeOf(getCampaignOverview(linda, "does-not-exist"))).toBe("NOT_FOUND");
    expect(await stored()).toMatchObject({ status: "OPEN", version: 1, nonRespondersPublished: false });
    expect(await db.prisma.campaignResponse.count({ where: { campaignId } })).toBe(0);
  });

  it("people answer and change their answer; the same answer twice changes nothing", async () => {
    expect(await answerCampaign(fatima, { campaignId, answer: "NOTHING_TO_DECLARE" })).toEqual({ changed: true });
    const first = await db.prisma.campaignResponse.findFirstOrThrow({ where: { campaignId, personId: fatima.id } });
    expect(first).toMatchObject({ answer: "NOTHING_TO_DECLARE", unitId: fatima.unitId });
    expect(await answerCampaign(fatima, { campaignId, answer: "COMPLETE" })).toEqual({ changed: true });
    expect(await answerCampaign(fatima, { campaignId, answer: "COMPLETE" })).toEqual({ changed: false });
    const changed = await db.prisma.campaignResponse.findFirstOrThrow({ where: { campaignId, personId: fatima.id } });
    expect(changed.answer).toBe("COMPLETE");
    expect(changed.respondedAt.getTime()).toBeGreaterThanOrEqual(first.respondedAt.getTime());
    await answerCampaign(thomas, { campaignId, answer: "NOTHING_TO_DECLARE" });
    expect(await db.prisma.campaignResponse.count({ where: { campaignId } })).toBe(2);
    const actions = (
      await db.prisma.auditEvent.findMany({ where: { entityId: campaignId }, orderBy: { seq: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["campaign.opened", "campaign.answered", "campaign.answer-changed", "campaign.answered"]);
    expect(await campaignAwaitingAnswer(fatima)).toBeNull();
    const mine = await getMyCampaign(fatima);
    expect(mine).toMatchObject({ response: { answer: "COMPLETE" }, blocked: null, team: null });
  });

  it("what someone files after answering shows as such", async () => {
    const draft = await saveDraft(thomas, { type: "gift", raw: gift() });
    await submitDeclaration(thomas, { id: draft.id, version: draft.version, submissionKey: randomUUID() });
    await saveDraft(thomas, { type: "gift", raw: gift() });
    const mine = (await getMyCampaign(thomas))!;
    expect(mine.response?.answer).toBe("NOTHING_TO_DECLARE");
    expect(mine.filed.find((d) => d.id === draft.id)).toMatchObject({ type: "gift", afterAnswer: true });
    expect(mine.drafts).toBe(1);
  });

  it("completion per unit counts exactly, in the unit people answered from", async () => {
    // Thomas moves to Financiën after answering: his answer keeps counting for Inkoop.
    const finance = await db.prisma.unit.findFirstOrThrow({
      where: { organisationId: linda.organisationId, name: "Directie Financiën" },
    });
    await db.prisma.person.update({ where: { id: thomas.id }, data: { unitId: finance.id } });
    const o = await getCampaignOverview(linda, campaignId);
    expect(o.completion).toEqual({
      total: 8,
      answered: 2,
      percent: 25,
      counts: { COMPLETE: 1, NOTHING_TO_DECLARE: 1 },
    });
    expect(o.perUnit.map((u) => [u.unitName, u.answered, u.total, u.percent])).toEqual([
      ["Directie Financiën", 0, 1, 0],
      ["Directie Inkoop en Aanbesteding", 2, 3, 66],
      ["Directoraat-Generaal Overheidsorganisatie", 0, 4, 0],
    ]);
    expect(o.nonResponders.map((p) => [p.name, p.unitName, p.managerName])).toEqual([
      ["Sanne Visser", "Directie Financiën", "Marieke de Vries"],
      ["Jeroen Bakker", "Directie Inkoop en Aanbesteding", "Marieke de Vries"],
      ["Ahmed Yilmaz", "Directoraat-Generaal Overheidsorganisatie", "Marieke de Vries"],
      ["Linda Smit", "Directoraat-Generaal Overheidsorganisatie", "Marieke de Vries"],
      ["Marieke de Vries", "Directoraat-Generaal Overheidsorganisatie", null],
      ["Pieter Mulder", "Directoraat-Generaal Overheidsorganisatie", "Marieke de Vries"],
    ]);
    const listed = (await listCampaigns(linda)).find((c) => c.id === campaignId);
    expect(listed).toMatchObject({ answered: 2, total: 8, percent: 25, status: "OPEN" });
  });

  it("reminders go only to people who have not answered, on the reminder days, once a day", async () => {
    const c = await stored();
    const due = c.dueOn.toISOString().slice(0, 10);
    // Not on an ordinary day, nor on the opening day.
    expect(await queueCampaignReminders(db.prisma, noonOf(addDays(due, -5)))).toBe(0);
    expect(await queueCampaignReminders(db.prisma, noonOf(today()))).toBe(0);
    expect(await db.prisma.notification.count({ where: { kind: "CAMPAIGN_REMINDER" } })).toBe(0);
    // A week before the due date: the six who have not answered, at the Rijk (the Gemeente's is due the same day: its seven too).
    await runDailyTasks(db.prisma, noonOf(addDays(due, -7)));
    const rijk = (await notificationsOf("CAMPAIGN_REMINDER")).filter((n) =>
      n.eventKey.startsWith(`campaign:${campaignId}:`),
    );
    expect(names(rijk)).toEqual([
      "Ahmed Yilmaz",
      "Jeroen Bakker",
      "Linda Smit",
      "Marieke de Vries",
      "Pieter Mulder",
      "Sanne Visser",
    ]);
    expect(rijk.every((n) => n.eventKey.startsWith(`campaign:${campaignId}:reminder:${addDays(due, -7)}:`))).toBe(true);
    // Twice the same day: nobody twice.
    await queueCampaignReminders(db.prisma, noonOf(addDays(due, -7)));
    expect(
      await db.prisma.notification.count({
        where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:` } },
      }),
    ).toBe(6);
    expect(
      await db.prisma.outboundEmail.count({
        where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:` } },
      }),
    ).toBe(6);
    // Ahmed answers; the day before the due date he is not reminded, the others are, again.
    await answerCampaign(ahmed, { campaignId, answer: "COMPLETE" });
    await queueCampaignReminders(db.prisma, noonOf(addDays(due, -1)));
    const dayBefore = (await notificationsOf("CAMPAIGN_REMINDER")).filter((n) =>
      n.eventKey.startsWith(`campaign:${campaignId}:reminder:${addDays(due, -1)}:`),
    );
    expect(names(dayBefore)).toEqual([
      "Jeroen Bakker",
      "Linda Smit",
      "Marieke de Vries",
      "Pieter Mulder",
      "Sanne Visser",
    ]);
  });

  it("publishing the list to managers is version-checked; managers then see their own team's non-responders", async () => {
    expect((await getMyCampaign(jeroen))?.team).toBeNull();
    await setNonRespondersPublished(linda, { id: campaignId, version: 1, published: true });
    expect(await stored()).toMatchObject({ nonRespondersPublished: true, version: 2 });
    // Someone else's stale form: refused, nothing overwritten.
    expect(await codeOf(setNonRespondersPublished(linda, { id: campaignId, version: 1, published: false }))).toBe(
      "CONFLICT",
    );
    expect(await stored()).toMatchObject({ nonRespondersPublished: true, version: 2 });
    // Jeroen's team (Fatima and Thomas) has answered; Marieke's direct reports who have not are listed for her.
    expect((await getMyCampaign(jeroen))?.team).toEqual([]);
    const marieke = await viewerByName(db.prisma, "Marieke de Vries");
    expect((await getMyCampaign(marieke))?.team?.map((p) => p.name)).toEqual([
      "Jeroen Bakker",
      "Linda Smit",
      "Pieter Mulder",
      "Sanne Visser",
    ]);
    // Not for people who are not managers, and gone when HR keeps it internal again.
    expect((await getMyCampaign(fatima))?.team).toBeNull();
    await setNonRespondersPublished(linda, { id: campaignId, version: 2, published: false });
    expect((await getMyCampaign(marieke))?.team).toBeNull();
    version = 3;
    const actions = (
      await db.prisma.auditEvent.findMany({
        where: { entityId: campaignId, action: { startsWith: "campaign.non-responders" } },
        orderBy: { seq: "asc" },
      })
    ).map((a) => a.action);
    expect(actions).toEqual(["campaign.non-responders-published", "campaign.non-responders-internal"]);
  });

  it("after the due date a first answer is still taken, a change is not", async () => {
    const original = (await stored()).dueOn;
    await db.prisma.declarationCampaign.update({
      where: { id: campaignId },
      data: { dueOn: new Date(`${addDays(today(), -1)}T00:00:00Z`) },
    });
    try {
      const late = await errorOf(answerCampaign(fatima, { campaignId, answer: "NOTHING_TO_DECLARE" }));
      expect([late.code, late.details?.status]).toEqual(["INVALID_STATE", "PAST_DUE"]);
      expect(
        (await db.prisma.campaignResponse.findFirstOrThrow({ where: { campaignId, personId: fatima.id } })).answer,
      ).toBe("COMPLETE");
      expect((await getMyCampaign(fatima))?.blocked).toBe("past-due");
      expect(await answerCampaign(sanne, { campaignId, answer: "NOTHING_TO_DECLARE" })).toEqual({ changed: true });
    } finally {
      await db.prisma.declarationCampaign.update({ where: { id: campaignId }, data: { dueOn: original } });
    }
  });

  it("closing is version-checked; afterwards answers are refused and nobody is reminded", async () => {
    expect(await codeOf(closeCampaign(linda, { id: campaignId, version: version - 1 }))).toBe("CONFLICT");
    expect((await stored()).status).toBe("OPEN");
    await closeCampaign(linda, { id: campaignId, version });
    const c = await stored();
    expect(c).toMatchObject({ status: "CLOSED", version: version + 1 });
    expect(c.closedAt).not.toBeNull();
    expect(await codeOf(closeCampaign(linda, { id: campaignId, version: version + 1 }))).toBe("INVALID_STATE");

    const refused = await errorOf(answerCampaign(jeroen, { campaignId, answer: "COMPLETE" }));
    expect([refused.code, refused.details?.status]).toEqual(["INVALID_STATE", "CLOSED"]);
    expect(await codeOf(answerCampaign(fatima, { campaignId, answer: "NOTHING_TO_DECLARE" }))).toBe("INVALID_STATE");
    expect(await db.prisma.campaignResponse.count({ where: { campaignId } })).toBe(4);
    expect((await getMyCampaign(jeroen))?.blocked).toBe("closed");
    expect(await campaignAwaitingAnswer(jeroen)).toBeNull();

    const before = await db.prisma.notification.count({
      where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:` } },
    });
    await queueCampaignReminders(db.prisma, noonOf(c.dueOn.toISOString().slice(0, 10)));
    expect(
      await db.prisma.notification.count({
        where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:` } },
      }),
    ).toBe(before);

    // A closed campaign keeps counting the people of its closing day: a later hire is no non-responder.
    await createPerson(db.prisma, linda.organisationId, {
      name: "Later Aangenomen",
      employmentStart: new Date(`${addDays(today(), 1)}T00:00:00Z`),
    });
    const o = await getCampaignOverview(linda, campaignId);
    expect(o.completion).toMatchObject({ total: 8, answered: 4, percent: 50 });
    expect(o.nonResponders.map((p) => p.name)).not.toContain("Later Aangenomen");
  });

  it("exports everyone asked with their answer, and records the export", async () => {
    const { rows } = await exportCampaignResponses(linda, campaignId);
    expect(rows).toHaveLength(8);
    expect(rows.find((r) => r.name === "Fatima El Amrani")).toMatchObject({
      answer: "COMPLETE",
      unitName: "Directie Inkoop en Aanbesteding",
      managerName: "Jeroen Bakker",
    });
    expect(rows.find((r) => r.name === "Thomas Jansen")).toMatchObject({
      answer: "NOTHING_TO_DECLARE",
      unitName: "Directie Inkoop en Aanbesteding",
    });
    expect(rows.find((r) => r.name === "Jeroen Bakker")).toMatchObject({ answer: null, respondedAt: null });
    expect(rows.filter((r) => r.answer === null)).toHaveLength(4);
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: campaignId, action: "campaign.exported", actorId: linda.id },
      }),
    ).toBe(1);
  });

  it("after closing, the next campaign can open, for a year that has none", async () => {
    expect((await errorOf(openCampaign(linda, input()))).details?.fieldErrors).toEqual({ year: "yearTaken" });
    const next = await openCampaign(linda, input({ title: "Vorig jaar", year: String(thisYear() - 1) }));
    expect((await getMyCampaign(fatima))?.campaign).toMatchObject({ id: next.id, status: "OPEN" });
    expect((await getMyCampaign(fatima))?.response).toBeNull();
  });
  it("shows who has not answered 50 a page, by unit and then name, and counts them all", async () => {
    // The Rijk's campaign asks 40,000 people: the page loads one page of non-responders, never the population.
    const open = await db.prisma.declarationCampaign.findFirstOrThrow({
      where: { organisationId: linda.organisationId, status: "OPEN" },
    });
    for (let i = 54; i >= 0; i--)
      await createPerson(db.prisma, linda.organisationId, { name: `Zonder Afdeling ${String(i).padStart(2, "0")}` });
    const first = await getCampaignOverview(linda, open.id);
    const count = first.completion.total - first.completion.answered;
    expect(first.nonResponderCount).toBe(count);
    expect(count).toBeGreaterThan(55);
    expect(first.nonResponders).toHaveLength(50);
    expect(first).toMatchObject({ page: 1, pageCount: Math.ceil(count / 50) });
    const pages = [first];
    for (let p = 2; p <= first.pageCount; p++) pages.push(await getCampaignOverview(linda, open.id, p));
    const all = pages.flatMap((o) => o.nonResponders);
    // Everyone once, over all pages.
    expect(all).toHaveLength(count);
    expect(new Set(all.map((p) => p.id)).size).toBe(count);
    // By unit, the people without a unit last, and by name within a unit.
    const withoutUnit = all.findIndex((p) => p.unitName === null);
    expect(all.slice(withoutUnit).every((p) => p.unitName === null)).toBe(true);
    expect(all.slice(withoutUnit).map((p) => p.name)).toEqual(
      Array.from({ length: 55 }, (_, i) => `Zonder Afdeling ${String(i).padStart(2, "0")}`),
    );
    // A page beyond the last shows the last; the counts per unit add up to the total.
    expect((await getCampaignOverview(linda, open.id, 99)).page).toBe(first.pageCount);
    expect(first.perUnit.reduce((n, u) => n + u.total, 0)).toBe(first.completion.total);
  });
});
