// Bulk decisions (issue 16 item 4, decision 067) against a real database: each declaration decided through the one
// decision path, each with its own audit event and notification; what needs judgement, changed meanwhile or is someone
// else's is left untouched and reported; the limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkDecide, previewBulkDecision } from "@/lib/decisions/bulk";
import { decideDeclaration } from "@/lib/decisions/data";
import { listManagerQueue } from "@/lib/decisions/queue";
import { BulkDecisionSchema } from "@/lib/decisions/bulk-schemas";
import { BULK_DECISION_LIMIT } from "@/lib/declarations/lifecycle";
import { codeOf } from "@/tests/support/app-error";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { POLITENESS, auditActionsOf, decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

/** A gift from a foreign relation that refusing would offend: register only at the Rijk (the manager names its destination). */
const registerOnly = (viewer: Viewer) => fileDeclaration(viewer, "gift", giftAnswers(POLITENESS));
/** The default €75 cake: "not permitted" at the Rijk, a decision that needs judgement. */
const needsJudgement = (viewer: Viewer) => fileDeclaration(viewer, "gift", giftAnswers());

describe.each(DB_KINDS)("bulk decisions on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, thomas: Viewer, jeroen: Viewer, rob: Viewer, ahmed: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, thomas, jeroen, rob, ahmed } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  const status = async (id: string) =>
    (await db.prisma.declaration.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

  it("approves three register-only declarations, each with its own decision, audit event and notification", async () => {
    const three = [await registerOnly(fatima), await registerOnly(thomas), await registerOnly(fatima)];
    for (const d of three) expect(d.status).toBe("SUBMITTED");
    const queue = await listManagerQueue(jeroen);
    for (const d of three) expect(queue.find((q) => q.id === d.id)?.bulk).toBe(true);

    const preview = await previewBulkDecision(
      jeroen,
      three.map((d) => d.id),
    );
    expect(preview.decidable.map((i) => i.id)).toEqual(three.map((d) => d.id));
    expect(preview.refused).toEqual([]);

    const outcome = await bulkDecide(jeroen, preview.decidable);
    expect(outcome).toEqual({ decided: three.map((d) => d.id), notDecided: [] });
    for (const d of three) {
      expect(await status(d.id)).toBe("APPROVED");
      const decisions = await db.prisma.decision.findMany({
        where: { declarationId: d.id },
        select: { outcome: true, deciderId: true, againstCode: true },
      });
      expect(decisions).toEqual([{ outcome: "APPROVED", deciderId: jeroen.id, againstCode: false }]);
      expect((await auditActionsOf(db.prisma, d.id)).filter((a) => a === "declaration.decided")).toHaveLength(1);
      const person = (await db.prisma.declaration.findUniqueOrThrow({ where: { id: d.id } })).personId;
      expect(
        await db.prisma.notification.count({ where: { declarationId: d.id, kind: "DECIDED", recipientId: person } }),
      ).toBe(1);
    }
  });

  it("leaves a declaration that needs judgement untouched, and says why; the rest is decided", async () => {
    const ok = await registerOnly(fatima);
    const judge = await needsJudgement(fatima);
    expect((await listManagerQueue(jeroen)).find((q) => q.id === judge.id)?.bulk).toBe(false);
    const preview = await previewBulkDecision(jeroen, [judge.id, ok.id]);
    expect(preview.decidable.map((i) => i.id)).toEqual([ok.id]);
    expect(preview.refused).toMatchObject([{ id: judge.id, reason: "needs-judgement" }]);
    // Whatever the form sends: the check is made again before deciding.
    const outcome = await bulkDecide(jeroen, [
      { id: judge.id, version: judge.version },
      { id: ok.id, version: ok.version },
    ]);
    expect(outcome).toEqual({ decided: [ok.id], notDecided: [{ id: judge.id, reason: "needs-judgement" }] });
    expect(await status(judge.id)).toBe("SUBMITTED");
    expect(await auditActionsOf(db.prisma, judge.id)).not.toContain("declaration.decided");
  });

  it("reports a declaration that changed since the confirmation page (stale version) and decides nothing of it", async () => {
    const stale = await registerOnly(fatima);
    const fresh = await registerOnly(fatima);
    // Asked for information in between, and answered: the version the manager confirmed is old.
    const outcome = await bulkDecide(jeroen, [
      { id: stale.id, version: stale.version - 1 },
      { id: fresh.id, version: fresh.version },
    ]);
    expect(outcome).toEqual({ decided: [fresh.id], notDecided: [{ id: stale.id, reason: "changed" }] });
    expect(await status(stale.id)).toBe("SUBMITTED");
  });

  it("refuses someone else's: a colleague manager, the employee, the integrity officer, the declarant", async () => {
    const d = await registerOnly(fatima);
    const item = [{ id: d.id, version: d.version }];
    // Nothing of theirs: the answer any decision gives, not found.
    expect(await codeOf(bulkDecide(rob, item))).toBe("NOT_FOUND");
    expect(await codeOf(bulkDecide(thomas, item))).toBe("NOT_FOUND");
    expect(await codeOf(bulkDecide(fatima, item))).toBe("NOT_FOUND");
    expect(await codeOf(bulkDecide(ahmed, item))).toBe("NOT_FOUND");
    expect((await previewBulkDecision(rob, [d.id])).refused).toEqual([{ id: d.id, reason: "not-yours", item: null }]);
    expect(await status(d.id)).toBe("SUBMITTED");
    // Mixed with one of the manager's own, the other's is listed as not theirs.
    const mine = await registerOnly(thomas);
    const other = await registerOnly(fatima);
    await decideDeclaration(jeroen, decisionInput(other.id, other.version));
    const outcome = await bulkDecide(jeroen, [
      { id: "does-not-exist", version: 1 },
      { id: other.id, version: other.version },
      { id: mine.id, version: mine.version },
    ]);
    expect(outcome).toEqual({
      decided: [mine.id],
      notDecided: [
        { id: "does-not-exist", reason: "not-yours" },
        { id: other.id, reason: "not-awaiting" },
      ],
    });
  });

  it("takes at most 50 at once: the form refuses 51, the data layer reports the rest", async () => {
    const items = Array.from({ length: BULK_DECISION_LIMIT + 1 }, (_, i) => `id${i}:2`);
    expect(BulkDecisionSchema.safeParse({ items: items.slice(0, BULK_DECISION_LIMIT) }).success).toBe(true);
    const over = BulkDecisionSchema.safeParse({ items });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe("tooMany");
    expect(BulkDecisionSchema.safeParse({ items: [] }).error?.issues[0]?.message).toBe("noneSelected");
    expect(BulkDecisionSchema.safeParse({ items: ["x:y"] }).success).toBe(false);

    const d = await registerOnly(fatima);
    const filler = Array.from({ length: BULK_DECISION_LIMIT }, (_, i) => ({ id: `missing-${i}`, version: 1 }));
    const outcome = await bulkDecide(jeroen, [...filler, { id: d.id, version: d.version }]);
    expect(outcome.decided).toEqual([]);
    expect(outcome.notDecided).toContainEqual({ id: d.id, reason: "over-limit" });
    expect(await status(d.id)).toBe("SUBMITTED");
    const preview = await previewBulkDecision(jeroen, [...filler.map((f) => f.id), d.id]);
    expect(preview.refused).toContainEqual({ id: d.id, reason: "over-limit", item: null });
  });
});
