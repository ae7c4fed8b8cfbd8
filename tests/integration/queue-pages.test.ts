// The manager's queue in pages (issue 15 item 2): every waiting declaration on exactly one page, in the queue's
// order, with the number waiting; a page beyond the last shows the last; the filters and authority as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { QUEUE_PAGE_SIZE, listManagerQueue, pageManagerQueue } from "@/lib/decisions/queue";
import { createDeclaration, createOrganisation, createPerson } from "@/tests/factories";
import { createSeededTestDb, DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerFor } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

describe.each(DB_KINDS)("the manager's queue in pages on %s", (kind) => {
  let db: TestDb;
  let manager: Viewer;
  let other: Viewer;
  const WAITING = QUEUE_PAGE_SIZE * 2 + 7;

  beforeAll(async () => {
    db = await createSeededTestDb(kind);
    useDatabaseForTests(db);
    const org = await createOrganisation(db.prisma);
    const boss = await createPerson(db.prisma, org.id, { roles: ["MANAGER"] });
    const otherBoss = await createPerson(db.prisma, org.id, { roles: ["MANAGER"] });
    const team = await Promise.all([1, 2, 3].map(() => createPerson(db.prisma, org.id, { managerId: boss.id })));
    // Several share a sending time: the order must still put each on exactly one page.
    const base = Date.UTC(2026, 10, 1);
    for (let i = 0; i < WAITING; i++) {
      await createDeclaration(db.prisma, team[i % 3]!, {
        assigneeId: boss.id,
        deciderRole: "MANAGER",
        submittedAt: new Date(base + Math.floor(i / 4) * 3_600_000),
        ruleOutcome: i % 5 === 0 ? "NOT_PERMITTED" : "APPROVAL_REQUIRED",
      });
    }
    // Decided ones and another manager's are not in this queue.
    await createDeclaration(db.prisma, team[0]!, { status: "APPROVED", assigneeId: boss.id });
    await createDeclaration(db.prisma, team[1]!, { assigneeId: otherBoss.id, deciderRole: "MANAGER" });
    manager = await viewerFor(db.prisma, boss.id);
    other = await viewerFor(db.prisma, otherBoss.id);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("shows every waiting declaration on exactly one page, in the order of the whole queue", async () => {
    const all = await listManagerQueue(manager);
    expect(all).toHaveLength(WAITING);
    const pages = await Promise.all([1, 2, 3].map((p) => pageManagerQueue(manager, {}, p)));
    expect(pages.map((p) => p.items.length)).toEqual([QUEUE_PAGE_SIZE, QUEUE_PAGE_SIZE, 7]);
    for (const p of pages) expect(p).toMatchObject({ total: WAITING, pageCount: 3 });
    const ids = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(WAITING);
    expect(new Set(ids)).toEqual(new Set(all.map((i) => i.id)));
    const times = pages.flatMap((p) => p.items.map((i) => i.submittedAt!));
    expect(times).toEqual([...times].sort());
    const newest = await pageManagerQueue(manager, { sort: "newest" }, 1);
    expect(newest.items[0]!.submittedAt! >= newest.items.at(-1)!.submittedAt!).toBe(true);
  });

  it("a page beyond the last shows the last; a filter counts only what it shows", async () => {
    const beyond = await pageManagerQueue(manager, {}, 99);
    expect(beyond).toMatchObject({ page: 3, pageCount: 3 });
    expect(beyond.items).toHaveLength(7);
    const notPermitted = await pageManagerQueue(manager, { outcome: "NOT_PERMITTED" }, 1);
    expect(notPermitted.total).toBe(Math.ceil(WAITING / 5));
    expect(notPermitted.items.every((i) => i.ruleOutcome === "NOT_PERMITTED")).toBe(true);
  });

  it("another manager sees only their own", async () => {
    const page = await pageManagerQueue(other, {}, 1);
    expect(page).toMatchObject({ total: 1, page: 1, pageCount: 1 });
  });
});
