import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  discardDraft,
  saveDraft,
  startFromExisting,
  submitDeclaration,
  withdrawDeclaration,
} from "@/lib/declarations/data";
import { getMyDeclaration, listMyDeclarations } from "@/lib/declarations/reads";
import { decideDeclaration } from "@/lib/decisions/data";
import { AppError } from "@/lib/errors";
import { codeOf } from "@/tests/support/app-error";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

const gift = (over: Record<string, string | string[]> = {}) =>
  giftAnswers({
    description: "Fles wijn",
    giver: "Bouwbedrijf De Maas",
    valueEuros: "50,00",
    exceptionGrounds: ["b"],
    ...over,
  });

const file = (viewer: Viewer, raw = gift()) => fileDeclaration(viewer, "gift", raw);

describe.each(DB_KINDS)("declarations on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, lotte: Viewer, jeroen: Viewer, marieke: Viewer, thomas: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, lotte, jeroen, marieke, thomas } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("a € 50,00 gift is registered at the Rijk (000 L419-421) but needs the manager at the Gemeente (002 L400-402)", async () => {
    const rijk = await file(fatima);
    expect(rijk.status).toBe("REGISTERED");
    const gem = await file(lotte);
    expect(gem.status).toBe("SUBMITTED");
    const stored = await db.prisma.declaration.findUniqueOrThrow({
      where: { id: gem.id },
      select: {
        verdict: true,
        ruleOutcome: true,
        policyVersion: true,
        assigneeId: true,
        valueCents: true,
        counterparty: true,
        title: true,
      },
    });
    expect(stored.ruleOutcome).toBe("NOT_PERMITTED");
    expect(stored.policyVersion).toMatch(/^gemeente/);
    expect((stored.verdict as { outcome: string }).outcome).toBe("not-permitted");
    expect(stored).toMatchObject({ valueCents: 5000, counterparty: "Bouwbedrijf De Maas", title: "Fles wijn" });
    expect(stored.assigneeId).toBe(lotte.managerId);
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: gem.id },
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["declaration.draft-created", "declaration.submitted"]);
    expect(events.every((e) => e.actorId === lotte.id)).toBe(true);
  });

  // Issue 13 / decision 038: 002 L408-411 "Die bepaalt de bestemming van het geschenk": a handed-in gift leaves the
  // manager a decision, so it goes to the manager's queue instead of being filed as registered with no decider.
  it("a Gemeente gift that is handed in goes to the manager, who decides its destination (002 L408-411); a Rijk gift within the limit is registered (000 L423-426)", async () => {
    const gem = await file(lotte, gift({ valueEuros: "49,99", description: "Boekenbon" }));
    expect(gem.status).toBe("SUBMITTED");
    const stored = await db.prisma.declaration.findUniqueOrThrow({
      where: { id: gem.id },
      select: { ruleOutcome: true, deciderRole: true, assigneeId: true, version: true, verdict: true },
    });
    expect(stored).toMatchObject({ ruleOutcome: "REGISTER", deciderRole: "MANAGER", assigneeId: lotte.managerId });
    expect((stored.verdict as { decisionRequired: boolean }).decisionRequired).toBe(true);
    const told = await db.prisma.notification.findMany({
      where: { declarationId: gem.id },
      select: { kind: true, recipientId: true },
    });
    expect(told).toEqual([{ kind: "DECISION_NEEDED", recipientId: lotte.managerId }]);
    const rob = await viewerByName(db.prisma, "Rob Lemmens");
    expect(rob.id).toBe(lotte.managerId);
    await decideDeclaration(rob, {
      id: gem.id,
      version: stored.version,
      kind: "APPROVED",
      reason: "",
      conditions: "",
      giftDestination: "RAFFLE",
      handedInOn: null,
      reassessOn: null,
    });
    const decided = await db.prisma.declaration.findUniqueOrThrow({
      where: { id: gem.id },
      select: { status: true, decisions: { select: { giftDestination: true } } },
    });
    expect(decided).toMatchObject({ status: "APPROVED", decisions: [{ giftDestination: "RAFFLE" }] });

    const rijk = await file(fatima, gift({ valueEuros: "49,99", description: "Boekenbon" }));
    expect(rijk.status).toBe("REGISTERED");
  });

  it("an employee cannot see or touch another employee's declaration: it is 'not found'", async () => {
    const { id, draft } = await file(lotte);
    expect(await getMyDeclaration(fatima, id)).toBeNull();
    expect((await listMyDeclarations(fatima)).some((d) => d.id === id)).toBe(false);
    expect(await codeOf(withdrawDeclaration(fatima, { id, version: draft.version + 1 }))).toBe("NOT_FOUND");
    expect(await codeOf(saveDraft(fatima, { id, type: "gift", raw: gift(), version: draft.version + 1 }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(submitDeclaration(fatima, { id, version: draft.version + 1, submissionKey: randomUUID() })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(startFromExisting(fatima, { id, mode: "copy" }))).toBe("NOT_FOUND");
    // Even the employee's own manager does not read it through the employee's pages.
    expect(await getMyDeclaration(jeroen, id)).toBeNull();
  });

  it("a double submit with the same key creates one submission", async () => {
    const draft = await saveDraft(lotte, { type: "gift", raw: gift() });
    const key = randomUUID();
    const first = await submitDeclaration(lotte, { id: draft.id, version: draft.version, submissionKey: key });
    const second = await submitDeclaration(lotte, { id: draft.id, version: draft.version, submissionKey: key });
    expect(first.repeated).toBe(false);
    expect(second).toEqual({ ...first, repeated: true });
    expect(await db.prisma.auditEvent.count({ where: { entityId: draft.id, action: "declaration.submitted" } })).toBe(
      1,
    );
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(
      draft.version + 1,
    );
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const draft = await saveDraft(fatima, { type: "gift", raw: gift({ description: "Eerste versie" }) });
    await saveDraft(fatima, {
      id: draft.id,
      type: "gift",
      raw: gift({ description: "Tweede venster" }),
      version: draft.version,
    });
    const error = await saveDraft(fatima, {
      id: draft.id,
      type: "gift",
      raw: gift({ description: "Oud venster" }),
      version: draft.version,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((error as AppError).details).toEqual({ currentVersion: draft.version + 1 });
    const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } });
    expect((stored.answers as Record<string, string>).description).toBe("Tweede venster");
    expect(
      await codeOf(submitDeclaration(fatima, { id: draft.id, version: draft.version, submissionKey: randomUUID() })),
    ).toBe("CONFLICT");
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("incomplete answers are refused at submit and the draft stays as it was", async () => {
    const draft = await saveDraft(fatima, { type: "gift", raw: gift({ valueEuros: "" }) });
    expect(
      await codeOf(submitDeclaration(fatima, { id: draft.id, version: draft.version, submissionKey: randomUUID() })),
    ).toBe("VALIDATION");
    const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored).toMatchObject({ status: "DRAFT", version: draft.version, verdict: null });
    expect(await db.prisma.auditEvent.count({ where: { entityId: draft.id } })).toBe(1);
  });

  it("withdraws only what is not yet decided", async () => {
    const { id, draft } = await file(lotte);
    await withdrawDeclaration(lotte, { id, version: draft.version + 1, note: "Ik heb het teruggegeven" });
    const stored = await getMyDeclaration(lotte, id);
    expect(stored?.status).toBe("WITHDRAWN");
    expect(stored?.messages.map((m) => m.body)).toEqual(["Ik heb het teruggegeven"]);
    expect(await codeOf(withdrawDeclaration(lotte, { id, version: draft.version + 2 }))).toBe("INVALID_STATE");
    const registered = await file(fatima);
    expect(
      await codeOf(withdrawDeclaration(fatima, { id: registered.id, version: registered.draft.version + 1 })),
    ).toBe("INVALID_STATE");
  });

  it("nobody decides on their own declaration: a manager's goes to their manager, the top's to the integrity officer", async () => {
    const over50 = gift({ valueEuros: "120" });
    const byManager = await file(jeroen, over50);
    expect(byManager.status).toBe("SUBMITTED");
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: byManager.id } })).assigneeId).toBe(
      marieke.id,
    );
    const byTop = await file(marieke, over50);
    const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id: byTop.id } });
    expect(stored).toMatchObject({ status: "ESCALATED", deciderRole: "INTEGRITY_OFFICER", assigneeId: null });
    const byEmployee = await file(thomas, over50);
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: byEmployee.id } })).assigneeId).toBe(
      jeroen.id,
    );
  });

  it("copies a declaration into a new draft, and discards drafts", async () => {
    const { id } = await file(fatima);
    const copy = await startFromExisting(fatima, { id, mode: "copy" });
    const stored = await getMyDeclaration(fatima, copy.id);
    expect(stored).toMatchObject({ status: "DRAFT", type: "gift" });
    expect(stored?.answers.description).toBe("Fles wijn");
    expect(await codeOf(startFromExisting(fatima, { id, mode: "ended" }))).toBe("INVALID_STATE");
    await discardDraft(fatima, { id: copy.id, version: stored!.version });
    expect(await getMyDeclaration(fatima, copy.id)).toBeNull();
  });
});
