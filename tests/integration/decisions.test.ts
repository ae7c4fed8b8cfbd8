import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft, submitDeclaration, withdrawDeclaration } from "@/lib/declarations/data";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { acknowledgeConditions, decideDeclaration } from "@/lib/decisions/data";
import { createDelegation, listDelegations, revokeDelegation } from "@/lib/decisions/deputies";
import { getForDecision } from "@/lib/decisions/read";
import { listIntegrityQueue, listManagerQueue, teamOverview } from "@/lib/decisions/queue";
import { DecisionSchema, DelegationSchema } from "@/lib/decisions/schemas";
import { AppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { codeOf } from "@/tests/support/app-error";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const gift = (over: Record<string, string | string[]> = {}) =>
  giftAnswers({ foreignRelation: "yes", refusalWouldOffend: "yes", ...over });

const fileGift = (viewer: Viewer, over: Record<string, string> = {}) => fileDeclaration(viewer, "gift", gift(over));

const decision = decisionInput;

describe.each(DB_KINDS)("decisions on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer,
    thomas: Viewer,
    jeroen: Viewer,
    marieke: Viewer,
    ahmed: Viewer,
    sanne: Viewer,
    lotte: Viewer,
    rob: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, thomas, jeroen, marieke, ahmed, sanne, lotte, rob } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("the manager sees the team's declaration in the queue and approves it with conditions; the employee acknowledges", async () => {
    const { id, version } = await fileGift(fatima);
    expect((await listManagerQueue(jeroen)).map((q) => q.id)).toContain(id);
    expect((await listManagerQueue(rob)).map((q) => q.id)).not.toContain(id);
    await decideDeclaration(
      jeroen,
      decision(id, version, {
        kind: "APPROVED_WITH_CONDITIONS",
        conditions: "Deel de taart met het team.",
        giftDestination: "DISTRIBUTE",
      }),
    );
    const mine = await getMyDeclaration(fatima, id);
    expect(mine?.status).toBe("APPROVED_WITH_CONDITIONS");
    expect(mine?.decisions[0]).toMatchObject({
      outcome: "APPROVED_WITH_CONDITIONS",
      conditions: "Deel de taart met het team.",
      deciderName: "Jeroen Bakker",
      acknowledgedAt: null,
    });
    const stored = await db.prisma.decision.findFirstOrThrow({ where: { declarationId: id } });
    expect(stored.policyVersion).toMatch(/^rijk/);
    expect(stored.giftDestination).toBe("DISTRIBUTE");
    await acknowledgeConditions(fatima, { id });
    expect((await getMyDeclaration(fatima, id))?.decisions[0]?.acknowledgedAt).not.toBeNull();
    expect(await codeOf(acknowledgeConditions(thomas, { id }))).toBe("NOT_FOUND");
    const actions = (await db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual([
      "declaration.draft-created",
      "declaration.submitted",
      "declaration.decided",
      "declaration.conditions-acknowledged",
    ]);
  });

  it("only the assigned manager decides: other managers, colleagues, the declarant and other organisations get 'not found'", async () => {
    const { id, version } = await fileGift(fatima);
    for (const other of [rob, thomas, fatima, sanne, lotte]) {
      expect(await codeOf(decideDeclaration(other, decision(id, version))), other.name).toBe("NOT_FOUND");
      expect(await getForDecision(other, id), other.name).toBeNull();
    }
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("asks for more information, the employee answers, and the manager refuses with a reason", async () => {
    const { id, version } = await fileGift(thomas);
    await decideDeclaration(
      jeroen,
      decision(id, version, { kind: "INFO_REQUESTED", reason: "Wie heeft de taart precies gestuurd?" }),
    );
    const asked = await getMyDeclaration(thomas, id);
    expect(asked?.status).toBe("INFO_REQUESTED");
    expect(asked?.messages.at(-1)).toMatchObject({ kind: "QUESTION", body: "Wie heeft de taart precies gestuurd?" });
    expect(await codeOf(submitDeclaration(thomas, { id, version: asked!.version, submissionKey: randomUUID() }))).toBe(
      "VALIDATION",
    );
    await submitDeclaration(thomas, {
      id,
      version: asked!.version,
      submissionKey: randomUUID(),
      answer: "De directeur van Bakkerij Bisschop.",
    });
    const back = await getForDecision(jeroen, id);
    expect(back?.status).toBe("SUBMITTED");
    expect(back?.messages.map((m) => m.kind)).toEqual(["QUESTION", "ANSWER"]);
    // A refusal needs a reason (the schema the action uses says which field and why).
    expect(
      DecisionSchema.safeParse({ id, version: back!.version, kind: "REFUSED", reason: "  " }).error?.issues,
    ).toMatchObject([{ path: ["reason"], message: "reasonRequiredForRefusal" }]);
    await decideDeclaration(
      jeroen,
      decision(id, back!.version, {
        kind: "REFUSED",
        reason: "Leverancier in een lopende aanbesteding.",
        giftDestination: "RETURN",
      }),
    );
    expect((await getMyDeclaration(thomas, id))?.status).toBe("REFUSED");
  });

  it("after a question, the answer goes back to the manager even when the changed answers need no decision", async () => {
    const draft = await saveDraft(thomas, { type: "gift", raw: gift() });
    const key = randomUUID();
    await submitDeclaration(thomas, { id: draft.id, version: draft.version, submissionKey: key });
    await decideDeclaration(
      jeroen,
      decision(draft.id, draft.version + 1, { kind: "INFO_REQUESTED", reason: "Wat was de echte waarde?" }),
    );
    // The old check-answers page (same key) must not pretend it was sent again.
    expect(
      await codeOf(
        submitDeclaration(thomas, { id: draft.id, version: draft.version + 2, submissionKey: key, answer: "x" }),
      ),
    ).toBe("OK");
    const after = await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", assigneeId: jeroen.id });
    const lowered = await fileGift(thomas);
    await decideDeclaration(
      jeroen,
      decision(lowered.id, lowered.version, { kind: "INFO_REQUESTED", reason: "Klopt de waarde?" }),
    );
    const asked = await getMyDeclaration(thomas, lowered.id);
    await saveDraft(thomas, {
      id: lowered.id,
      type: "gift",
      raw: { ...gift(), valueEuros: "10,00" },
      version: asked!.version,
    });
    await submitDeclaration(thomas, {
      id: lowered.id,
      version: asked!.version + 1,
      submissionKey: randomUUID(),
      answer: "Het was maar 10 euro.",
    });
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: lowered.id } })).toMatchObject({
      status: "SUBMITTED",
      assigneeId: jeroen.id,
    });
  });

  it("two managers deciding at once: exactly one decision stands, the other gets a conflict", async () => {
    const { id, version } = await fileGift(fatima);
    await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: sanne.id, startsOn: amsterdamNow().today, endsOn: amsterdamNow().today }),
    );
    const results = await Promise.allSettled([
      decideDeclaration(jeroen, decision(id, version)),
      decideDeclaration(sanne, decision(id, version, { kind: "REFUSED", reason: "Te duur" })),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(["CONFLICT", "INVALID_STATE"]).toContain((failed[0]!.reason as AppError).code);
    expect(await db.prisma.decision.count({ where: { declarationId: id } })).toBe(1);
  });

  it("a deputy decides for the period the manager named, and the decision says so; after revoking, no longer", async () => {
    const { today } = amsterdamNow();
    const delegation = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: marieke.id, startsOn: today, endsOn: today }),
    );
    const { id, version } = await fileGift(thomas);
    expect((await listManagerQueue(marieke)).find((q) => q.id === id)?.onBehalfOfName).toBe("Jeroen Bakker");
    expect(await decideDeclaration(marieke, decision(id, version))).toMatchObject({ queue: "manager" });
    const d = await getMyDeclaration(thomas, id);
    expect(d?.decisions[0]).toMatchObject({ deciderName: "Marieke de Vries", onBehalfOfName: "Jeroen Bakker" });
    await revokeDelegation(jeroen, delegation);
    const next = await fileGift(thomas);
    expect((await listManagerQueue(marieke)).map((q) => q.id)).not.toContain(next.id);
    expect(await codeOf(decideDeclaration(marieke, decision(next.id, next.version)))).toBe("NOT_FOUND");
  });

  it("offers the organisation's other managers as deputies", async () => {
    const { candidates } = await listDelegations(jeroen);
    const names = candidates.map((c) => c.name);
    expect(names).toContain("Marieke de Vries");
    expect(names).toContain("Sanne Visser");
    expect(names).not.toContain("Jeroen Bakker");
    expect(names).not.toContain("Fatima El Amrani");
    expect(names).not.toContain("Rob Lemmens");
  });

  it("a deputy period that ends before it starts, a self-deputy and an unknown deputy are refused", () => {
    expect(
      DelegationSchema.safeParse({ deputyId: "x", startsOn: "2026-05-02", endsOn: "2026-05-01" }).error?.issues[0]
        ?.message,
    ).toBe("endBeforeStart");
    return Promise.all([
      expect(
        createDelegation(jeroen, { deputyId: jeroen.id, startsOn: "2026-05-01", endsOn: "2026-05-02" }),
      ).rejects.toMatchObject({ code: "VALIDATION" }),
      expect(
        createDelegation(jeroen, { deputyId: rob.id, startsOn: "2026-05-01", endsOn: "2026-05-02" }),
      ).rejects.toMatchObject({ code: "VALIDATION" }),
      expect(
        createDelegation(fatima, { deputyId: jeroen.id, startsOn: "2026-05-01", endsOn: "2026-05-02" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" }),
    ]);
  });

  it("the manager escalates to the integrity officer, who decides from their own queue", async () => {
    const { id, version } = await fileGift(fatima);
    expect(
      await decideDeclaration(jeroen, decision(id, version, { kind: "ESCALATED", reason: "Twijfel over de gever." })),
    ).toEqual({ status: "ESCALATED", queue: "manager" });
    expect((await listManagerQueue(jeroen)).map((q) => q.id)).not.toContain(id);
    expect((await listIntegrityQueue(ahmed)).map((q) => q.id)).toContain(id);
    await expect(listIntegrityQueue(jeroen)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await codeOf(decideDeclaration(jeroen, decision(id, version + 1)))).toBe("INVALID_STATE");
    expect(
      await decideDeclaration(ahmed, decision(id, version + 1, { kind: "APPROVED", reason: "Na overleg akkoord." })),
    ).toEqual({ status: "APPROVED", queue: "integrity" });
    expect((await getMyDeclaration(fatima, id))?.status).toBe("APPROVED");
  });

  it("decisions on withdrawn or decided declarations change nothing", async () => {
    const a = await fileGift(fatima);
    await withdrawDeclaration(fatima, a);
    expect(await codeOf(decideDeclaration(jeroen, decision(a.id, a.version + 1)))).toBe("INVALID_STATE");
    const b = await fileGift(fatima);
    await decideDeclaration(jeroen, decision(b.id, b.version));
    expect(
      await codeOf(decideDeclaration(jeroen, decision(b.id, b.version + 1, { kind: "REFUSED", reason: "Toch niet" }))),
    ).toBe("INVALID_STATE");
    expect(await db.prisma.decision.count({ where: { declarationId: b.id } })).toBe(1);
    expect(DecisionSchema.safeParse({ id: b.id, version: 1, kind: "APPROVED", giftDestination: "SELL" }).success).toBe(
      false,
    );
  });

  it("shows the employee's earlier gifts from the same giver this year, and the team overview", async () => {
    const first = await fileGift(thomas, { giver: "Drukkerij Peeters" });
    await decideDeclaration(jeroen, decision(first.id, first.version));
    const second = await fileGift(thomas, { giver: "drukkerij peeters " });
    const view = await getForDecision(jeroen, second.id);
    expect(view?.earlier[0]).toMatchObject({ id: first.id, sameGiverThisYear: true });
    const overview = await teamOverview(jeroen);
    expect(overview.counts.SUBMITTED).toBeGreaterThanOrEqual(1);
  });
});
