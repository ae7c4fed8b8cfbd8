// HR reminds a campaign's non-responders now (decision 068): sent through the notification outbox, limited to
// once per campaign per Amsterdam day, refused to people who may not, and audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewRemindNow, remindNow } from "@/lib/campaigns/remind-now";
import { addDays } from "@/lib/campaigns/rules";
import { amsterdamNow } from "@/lib/format";
import { codeOf, errorOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { openCampaignAnsweredBy } from "@/tests/support/campaigns";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

const today = () => amsterdamNow().today;
// Jeroen is a manager without the HR role; Thomas an employee.

describe.each(DB_KINDS)("reminders on demand on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer, thomas: Viewer, jeroen: Viewer, otherHr: Viewer;
  let campaignId = "";

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, thomas, jeroen } = await demoViewers(db.prisma));
    const hr = await db.prisma.person.findFirstOrThrow({
      where: { roles: { has: "HR" }, organisationId: { not: linda.organisationId } },
      select: { name: true },
    });
    otherHr = await viewerByName(db.prisma, hr.name);
    campaignId = await openCampaignAnsweredBy(linda, [thomas]);
  });

  afterAll(async () => {
    await db?.close();
  });

  const onDemand = () =>
    db.prisma.outboundEmail.findMany({
      where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:on-demand:` } },
      select: { recipientId: true, status: true },
    });

  it("is refused to an employee and to HR of another organisation, and changes nothing", async () => {
    expect(await codeOf(remindNow(thomas, { id: campaignId }))).toBe("FORBIDDEN");
    expect(await codeOf(remindNow(jeroen, { id: campaignId }))).toBe("FORBIDDEN");
    expect(await codeOf(remindNow(otherHr, { id: campaignId }))).toBe("NOT_FOUND");
    expect(await db.prisma.onDemandReminder.count()).toBe(0);
    expect(await onDemand()).toEqual([]);
  });

  it("shows how many people will get it, then reminds exactly the non-responders, queued as e-mail and audited", async () => {
    const preview = await previewRemindNow(linda, campaignId);
    expect(preview.refusal).toBeNull();
    expect(preview.recipients).toBeGreaterThan(0);
    const result = await remindNow(linda, { id: campaignId });
    expect(result.recipients).toBe(preview.recipients);
    const mails = await onDemand();
    expect(mails).toHaveLength(preview.recipients);
    expect(mails.every((m) => m.status === "PENDING")).toBe(true);
    expect(mails.map((m) => m.recipientId)).not.toContain(thomas.id);
    const notifications = await db.prisma.notification.count({
      where: { kind: "CAMPAIGN_REMINDER", eventKey: { startsWith: `campaign:${campaignId}:on-demand:` } },
    });
    expect(notifications).toBe(preview.recipients);
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityId: campaignId, action: "campaign.reminded" },
      select: { actorId: true, data: true },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(linda.id);
    expect(audit[0]!.data).toMatchObject({ recipients: preview.recipients, day: today() });
    const row = await db.prisma.onDemandReminder.findFirstOrThrow({ where: { campaignId } });
    expect(row).toMatchObject({ sentById: linda.id, recipients: preview.recipients });
  });

  it("is limited to once a day, explained, and nothing more is sent or audited", async () => {
    expect((await previewRemindNow(linda, campaignId)).refusal).toBe("alreadyToday");
    const error = await errorOf(remindNow(linda, { id: campaignId }));
    expect(error.code).toBe("INVALID_STATE");
    expect(error.details).toMatchObject({ reason: "alreadyToday" });
    const sent = (await onDemand()).length;
    expect(await db.prisma.auditEvent.count({ where: { entityId: campaignId, action: "campaign.reminded" } })).toBe(1);
    expect(await db.prisma.onDemandReminder.count({ where: { campaignId } })).toBe(1);
    expect((await onDemand()).length).toBe(sent);
  });

  it("can be sent again the next day", async () => {
    const tomorrow = new Date(`${addDays(today(), 1)}T12:00:00Z`);
    const again = await remindNow(linda, { id: campaignId }, tomorrow);
    expect(again.recipients).toBeGreaterThan(0);
    expect(await db.prisma.onDemandReminder.count({ where: { campaignId } })).toBe(2);
  });
});
