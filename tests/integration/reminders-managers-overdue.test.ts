// Reminders on demand beyond HR's (decision 068): a manager reminds their own people who have not answered, only
// when HR shared the list; an integrity officer reminds the manager of an overdue decision. Both through the
// notification outbox, limited per day (REMINDERS_PER_DAY, default 1), refused to people who may not, and audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remindNow } from "@/lib/campaigns/remind-now";
import { getTeamNonResponders, remindTeamNow } from "@/lib/campaigns/remind-team";
import { addDays } from "@/lib/campaigns/rules";
import { decideDeclaration } from "@/lib/decisions/data";
import { previewOverdueReminder, remindOverdue } from "@/lib/decisions/remind-overdue";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { amsterdamNow } from "@/lib/format";
import { codeOf, errorOf } from "@/tests/support/app-error";
import { fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { openCampaignAnsweredBy } from "@/tests/support/campaigns";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

const today = () => amsterdamNow().today;
const DAY = 86_400_000;

describe.each(DB_KINDS)("a manager reminds their own people on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer, thomas: Viewer, jeroen: Viewer, marieke: Viewer, sanne: Viewer, fatima: Viewer;
  let annemiek: Viewer;
  let campaignId = "";

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, thomas, jeroen, marieke, sanne, fatima, annemiek } = await demoViewers(db.prisma));
    // Thomas (Jeroen's) answers; Fatima (Jeroen's) does not.
    campaignId = await openCampaignAnsweredBy(linda, [thomas]);
  });

  afterAll(async () => {
    await db?.close();
  });

  const managerMails = (managerId: string) =>
    db.prisma.outboundEmail.findMany({
      where: { kind: "CAMPAIGN_REMINDER", eventKey: { contains: `${campaignId}:on-demand:manager:${managerId}:` } },
      select: { recipientId: true },
    });
  const audits = () =>
    db.prisma.auditEvent.findMany({
      where: { entityId: campaignId, action: "campaign.reminded" },
      select: { actorId: true, data: true },
    });

  it("shows nobody and reminds nobody while HR has not shared the list, and says why", async () => {
    const team = (await getTeamNonResponders(jeroen))!;
    expect(team.published).toBe(false);
    expect(team.people).toEqual([]);
    expect(team.refusal).toBe("unpublished");
    const error = await errorOf(remindTeamNow(jeroen, { id: campaignId }));
    expect(error.code).toBe("INVALID_STATE");
    expect(error.details).toMatchObject({ reason: "unpublished" });
    expect(await db.prisma.onDemandReminder.count()).toBe(0);
    expect(await managerMails(jeroen.id)).toEqual([]);
  });

  it("is refused to people who do not manage anyone now, and to another organisation's manager", async () => {
    await db.prisma.declarationCampaign.update({ where: { id: campaignId }, data: { nonRespondersPublished: true } });
    expect(await codeOf(remindTeamNow(thomas, { id: campaignId }))).toBe("FORBIDDEN");
    expect(await codeOf(remindTeamNow(linda, { id: campaignId }))).toBe("FORBIDDEN");
    expect(await codeOf(getTeamNonResponders(thomas))).toBe("FORBIDDEN");
    expect(await codeOf(remindTeamNow(annemiek, { id: campaignId }))).toBe("NOT_FOUND");
    // Sanne holds MANAGER but manages nobody (she stands in for Jeroen): no people of her own to see or remind.
    expect(await codeOf(remindTeamNow(sanne, { id: campaignId }))).toBe("FORBIDDEN");
    expect(await db.prisma.onDemandReminder.count()).toBe(0);
    expect(await audits()).toEqual([]);
  });

  it("lists and reminds exactly the manager's own people who have not answered, audited", async () => {
    const team = (await getTeamNonResponders(jeroen))!;
    const mine = await db.prisma.person.findMany({ where: { managerId: jeroen.id }, select: { id: true } });
    expect(team.people.map((p) => p.id)).toContain(fatima.id);
    expect(team.people.map((p) => p.id)).not.toContain(thomas.id);
    expect(team.people.every((p) => mine.some((m) => m.id === p.id))).toBe(true);
    expect(team.refusal).toBeNull();
    const result = await remindTeamNow(jeroen, { id: campaignId });
    expect(result.recipients).toBe(team.total);
    const mails = await managerMails(jeroen.id);
    expect(mails.map((m) => m.recipientId).sort()).toEqual(team.people.map((p) => p.id).sort());
    expect(await audits()).toEqual([
      { actorId: jeroen.id, data: expect.objectContaining({ recipients: team.total, day: today(), by: "manager" }) },
    ]);
  });

  it("another manager reminds only their own people, never the first manager's", async () => {
    await remindTeamNow(marieke, { id: campaignId });
    const mails = (await managerMails(marieke.id)).map((m) => m.recipientId);
    expect(mails).not.toContain(fatima.id);
    const theirs = await db.prisma.person.findMany({ where: { id: { in: mails } }, select: { managerId: true } });
    expect(theirs.every((p) => p.managerId === marieke.id)).toBe(true);
  });

  it("is limited to once a day per manager, without taking HR's reminder of the day", async () => {
    expect((await getTeamNonResponders(jeroen))!.refusal).toBe("alreadyToday");
    const error = await errorOf(remindTeamNow(jeroen, { id: campaignId }));
    expect(error.details).toMatchObject({ reason: "alreadyToday" });
    expect(await managerMails(jeroen.id)).toHaveLength(1);
    // HR's own limit is per campaign: still free today.
    expect((await remindNow(linda, { id: campaignId })).recipients).toBeGreaterThan(0);
    const tomorrow = new Date(`${addDays(today(), 1)}T12:00:00Z`);
    expect((await remindTeamNow(jeroen, { id: campaignId }, tomorrow)).recipients).toBe(1);
  });
});

describe.each(DB_KINDS)("an integrity officer reminds a manager of an overdue decision on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer, ahmed: Viewer, linda: Viewer, otherIntegrity: Viewer;
  let overdueId = "";
  let freshId = "";

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen, ahmed, linda } = await demoViewers(db.prisma));
    const other = await db.prisma.person.findFirstOrThrow({
      where: { roles: { has: "INTEGRITY_OFFICER" }, organisationId: { not: ahmed.organisationId } },
      select: { name: true },
    });
    otherIntegrity = await viewerByName(db.prisma, other.name);
    ({ id: overdueId } = await fileDeclaration(fatima, "gift", giftAnswers({ giver: "Bakkerij Overtijd" })));
    await db.prisma.declaration.update({
      where: { id: overdueId },
      data: { submittedAt: new Date(Date.now() - 30 * DAY) },
    });
    ({ id: freshId } = await fileDeclaration(fatima, "gift", giftAnswers({ giver: "Bakkerij Vers" })));
  });

  afterAll(async () => {
    await db?.close();
  });

  const reminders = (id: string) =>
    db.prisma.outboundEmail.findMany({
      where: { kind: "REMINDER", declarationId: id, eventKey: { startsWith: `reminder:${id}:on-demand:` } },
      select: { recipientId: true, params: true },
    });

  it("is refused to the manager, HR and another organisation's integrity officer, and changes nothing", async () => {
    expect(await codeOf(remindOverdue(jeroen, { id: overdueId }))).toBe("FORBIDDEN");
    expect(await codeOf(remindOverdue(linda, { id: overdueId }))).toBe("FORBIDDEN");
    expect(await codeOf(remindOverdue(otherIntegrity, { id: overdueId }))).toBe("NOT_FOUND");
    expect(await codeOf(previewOverdueReminder(otherIntegrity, overdueId))).toBe("NOT_FOUND");
    expect(await db.prisma.onDemandReminder.count()).toBe(0);
    expect(await reminders(overdueId)).toEqual([]);
  });

  it("refuses a declaration that is not overdue yet", async () => {
    expect((await previewOverdueReminder(ahmed, freshId)).refusal).toBe("notOverdue");
    expect((await errorOf(remindOverdue(ahmed, { id: freshId }))).details).toMatchObject({ reason: "notOverdue" });
    expect(await reminders(freshId)).toEqual([]);
  });

  it("reminds the assigned manager with the reference, type and days, queued as e-mail and audited", async () => {
    const preview = await previewOverdueReminder(ahmed, overdueId);
    expect(preview).toMatchObject({ refusal: null, daysWaiting: 30, type: "gift", managerName: jeroen.name });
    await remindOverdue(ahmed, { id: overdueId });
    const mails = await reminders(overdueId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.recipientId).toBe(jeroen.id);
    // Only the fields meant for the message: never free text.
    expect(Object.keys(mails[0]!.params as object).sort()).toEqual(["days", "reference", "type"]);
    expect(mails[0]!.params).toMatchObject({ days: "30", type: "gift", reference: preview.reference });
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityId: overdueId, action: "declaration.reminded" },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual([
      { actorId: ahmed.id, data: expect.objectContaining({ managerId: jeroen.id, daysWaiting: 30, day: today() }) },
    ]);
  });

  it("is limited to once per declaration per day", async () => {
    expect((await previewOverdueReminder(ahmed, overdueId)).refusal).toBe("alreadyToday");
    expect((await errorOf(remindOverdue(ahmed, { id: overdueId }))).details).toMatchObject({ reason: "alreadyToday" });
    expect(await reminders(overdueId)).toHaveLength(1);
    expect(await db.prisma.auditEvent.count({ where: { entityId: overdueId, action: "declaration.reminded" } })).toBe(
      1,
    );
  });

  it("refuses once the decision no longer waits for the manager (escalated to the integrity officer)", async () => {
    const d = await db.prisma.declaration.findUniqueOrThrow({ where: { id: overdueId }, select: { version: true } });
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({ id: overdueId, version: d.version, kind: "ESCALATED", reason: "Graag advies" }),
    );
    const tomorrow = new Date(Date.now() + DAY);
    expect((await previewOverdueReminder(ahmed, overdueId, tomorrow)).refusal).toBe("notWaitingForManager");
  });
});
