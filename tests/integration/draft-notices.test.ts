// Drafts (issue 19 item 8, decision 061): one draft per declaration in progress (the same form saved again updates
// it), listed with the date entered, and a draft never sent is removed only after a notice DRAFT_NOTICE_DAYS before.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { saveDraft } from "@/lib/declarations/data";
import { listMyDeclarations } from "@/lib/declarations/reads";
import { queueDraftNotices } from "@/lib/privacy/draft-notices";
import { purgeOrganisation } from "@/lib/privacy/purge";
import { notificationText } from "@/lib/notifications/texts";
import { createSeededTestDb, DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

const DAY = 86_400_000;
const ago = (days: number, from = Date.now()) => new Date(from - days * DAY);
const amsterdamDay = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(at);

describe.each(DB_KINDS)("drafts on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, thomas: Viewer;

  beforeAll(async () => {
    db = await createSeededTestDb(kind);
    useDatabaseForTests(db);
    fatima = await viewerByName(db.prisma, "Fatima El Amrani");
    thomas = await viewerByName(db.prisma, "Thomas Jansen");
  });
  afterAll(async () => {
    await db?.close();
  });

  async function draft(person: Viewer, updatedAt: Date) {
    const created = await db.prisma.declaration.create({
      data: { organisationId: person.organisationId, personId: person.id, type: "GIFT", status: "DRAFT", answers: {} },
      select: { id: true },
    });
    await db.prisma.$executeRaw`update "Declaration" set "updatedAt" = ${updatedAt} where id = ${created.id}`;
    return created.id;
  }
  const exists = async (id: string) => (await db.prisma.declaration.count({ where: { id } })) === 1;
  const purgeAt = (person: Viewer, now: Date) =>
    purgeOrganisation(db.prisma, person.organisationId, { kind: "schedule" }, { now });

  it("the same new-declaration form saved again updates its one draft; another form makes another", async () => {
    const key = randomUUID();
    const raw = { description: "Boek over de Veluwe", date: "2026-11-02" };
    const first = await saveDraft(fatima, { type: "gift", raw, draftKey: key });
    // Back from the check page the form has lost the id, not its key: the same draft, one version on.
    const again = await saveDraft(fatima, { type: "gift", raw: { ...raw, giver: "Uitgeverij Noord" }, draftKey: key });
    expect(again).toEqual({ id: first.id, version: first.version + 1 });
    expect(await db.prisma.declaration.count({ where: { submissionKey: key } })).toBe(1);
    // Someone else's key is not theirs: a draft of their own, and Fatima's draft is untouched.
    const other = await saveDraft(thomas, { type: "gift", raw: { description: "Iets anders" }, draftKey: key });
    expect(other.id).not.toBe(first.id);
    const fatimas = await db.prisma.declaration.findUniqueOrThrow({ where: { id: first.id } });
    expect(fatimas.version).toBe(again.version);
    expect((fatimas.answers as { description?: string }).description).toBe("Boek over de Veluwe");
    const second = await saveDraft(fatima, { type: "gift", raw, draftKey: randomUUID() });
    expect(second.id).not.toBe(first.id);
    // Listed with the date entered, not the day it was made.
    const listed = (await listMyDeclarations(fatima)).find((d) => d.id === first.id)!;
    expect(listed.occursOn).toBe("2026-11-02");
    expect(listed.title).toBe("Boek over de Veluwe");
  });

  it("a notice DRAFT_NOTICE_DAYS before the retention ends, audited and listed; the purge waits for it", async () => {
    const now = Date.now();
    // Six months (the default retention) end in 10 days: within the 14 days of notice.
    const soon = await draft(fatima, ago(6 * 31 - 10, now));
    const later = await draft(fatima, ago(60, now));
    const given = await queueDraftNotices(db.prisma, new Date(now), 14);
    expect(given).toBeGreaterThanOrEqual(1);
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { declarationId: soon, kind: "DRAFT_EXPIRING", recipientId: fatima.id },
    });
    // Removed not before the notice's 14 days have passed (that is later than the retention's end here).
    const due = amsterdamDay(new Date(now + 14 * DAY));
    expect(notice.params).toEqual({ type: "gift", due, days: "14" });
    expect(await db.prisma.outboundEmail.count({ where: { declarationId: soon, kind: "DRAFT_EXPIRING" } })).toBe(1);
    expect(
      await db.prisma.auditEvent.count({ where: { action: "declaration.draft-expiry-notice", entityId: soon } }),
    ).toBe(1);
    expect(await db.prisma.notification.count({ where: { declarationId: later } })).toBe(0);
    // The text: the kind and the date, a link to the draft; never its answers.
    const text = notificationText("DRAFT_EXPIRING", notice.params as Record<string, unknown>, soon, "nl");
    expect(text.body.toLowerCase()).toContain("geschenk");
    expect(text.link).toBe(`/meldingen/${soon}`);
    // The list says when.
    expect((await listMyDeclarations(fatima)).find((d) => d.id === soon)!.deletesOn).toBe(due);
    // Once per saved state, however often the job runs.
    await queueDraftNotices(db.prisma, new Date(now + DAY), 14);
    expect(await db.prisma.notification.count({ where: { declarationId: soon, kind: "DRAFT_EXPIRING" } })).toBe(1);

    // Past its retention in 11 days, but the notice is not 14 days old then: kept. After 14 days: removed.
    await purgeAt(fatima, new Date(now + 11 * DAY));
    expect(await exists(soon)).toBe(true);
    await purgeAt(fatima, new Date(now + 15 * DAY));
    expect(await exists(soon)).toBe(false);
    expect(await exists(later)).toBe(true);
  });

  it("a draft past its retention without a notice stays until a notice is that old; one saved after its notice needs a new one", async () => {
    const now = Date.now();
    const untold = await draft(thomas, ago(8 * 31, now));
    await purgeAt(thomas, new Date(now));
    expect(await exists(untold)).toBe(true);
    // Saved after an earlier notice: that notice no longer counts.
    const resaved = await draft(thomas, ago(7 * 31, now));
    await db.prisma.notification.create({
      data: {
        organisationId: thomas.organisationId,
        recipientId: thomas.id,
        kind: "DRAFT_EXPIRING",
        declarationId: resaved,
        params: { type: "gift", due: "2020-01-01" },
        eventKey: randomUUID(),
        createdAt: ago(8 * 31, now),
      },
    });
    await purgeAt(thomas, new Date(now));
    expect(await exists(resaved)).toBe(true);
    expect((await listMyDeclarations(thomas)).find((d) => d.id === resaved)!.deletesOn).toBeNull();

    await queueDraftNotices(db.prisma, new Date(now), 14);
    for (const id of [untold, resaved])
      expect(
        await db.prisma.notification.count({ where: { declarationId: id, createdAt: { gte: new Date(now - 1000) } } }),
      ).toBe(1);
    await purgeAt(thomas, new Date(now + 13 * DAY));
    expect(await exists(untold)).toBe(true);
    await purgeAt(thomas, new Date(now + 15 * DAY));
    expect(await exists(untold)).toBe(false);
    expect(await exists(resaved)).toBe(false);
  });
});
