// Deciding against the code (decision 052), through the data layer on a real database: approving a gift the code
// forbids needs a written reason and a confirmed second step; without them nothing changes. With them the decision is
// stored as against the code, audited as such, the organisation's integrity officers are told (lean notification),
// and the integrity overview counts it. Refusing what the code permits is held to the same; an "open" verdict is not.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { getMyDeclaration } from "@/lib/declarations/reads";
import { decideDeclaration } from "@/lib/decisions/data";
import { getForDecision } from "@/lib/decisions/read";
import { getOverview } from "@/lib/overview/data";
import { AppError } from "@/lib/errors";
import { decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { createSeededTestDb, DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

// Rijk: a gift of €75 that politeness does not oblige is "not permitted"; €20 is within the limit.
const gift = (over: Record<string, string> = {}) =>
  giftAnswers({ description: `Cadeaubon ${randomUUID().slice(0, 6)}`, giver: "Bouwbedrijf Peters B.V.", ...over });

const fileGift = (viewer: Viewer, over: Record<string, string> = {}) => fileDeclaration(viewer, "gift", gift(over));

const decision = decisionInput;

async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string> | "OK"> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError && e.code === "VALIDATION") return e.details?.fieldErrors as Record<string, string>;
    throw e;
  }
}

describe.each(DB_KINDS)("deciding against the code on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer, ahmed: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen, ahmed } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  const snapshot = async (id: string) => ({
    declaration: await db.prisma.declaration.findUniqueOrThrow({
      where: { id },
      select: { status: true, version: true, decidedAt: true },
    }),
    decisions: await db.prisma.decision.count({ where: { declarationId: id } }),
    audit: await db.prisma.auditEvent.count({ where: { entityId: id } }),
    notifications: await db.prisma.notification.count({ where: { declarationId: id } }),
  });

  it("approving a 'not permitted' gift without a reason is refused and changes nothing; with a reason but unconfirmed, too", async () => {
    const { id, version } = await fileGift(fatima);
    expect((await getForDecision(jeroen, id))?.verdict?.outcome).toBe("not-permitted");
    const before = await snapshot(id);
    for (const k of ["APPROVED", "APPROVED_WITH_CONDITIONS"]) {
      expect(
        await fieldErrorsOf(decideDeclaration(jeroen, decision(id, version, { kind: k, conditions: "Deel het." }))),
      ).toEqual({ reason: "reasonRequiredAgainstCode" });
      // Even "confirmed" without a reason: the reason comes first.
      expect(
        await fieldErrorsOf(
          decideDeclaration(
            jeroen,
            decision(id, version, { kind: k, conditions: "Deel het.", confirmAgainstCode: "yes" }),
          ),
        ),
      ).toEqual({ reason: "reasonRequiredAgainstCode" });
      expect(
        await fieldErrorsOf(
          decideDeclaration(
            jeroen,
            decision(id, version, { kind: k, conditions: "Deel het.", reason: "Relatiegeschenk van jaren" }),
          ),
        ),
      ).toEqual({ confirmAgainstCode: "confirmAgainstCode" });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("with a reason and the confirmation it is stored, audited as against the code, the integrity officer told and counted", async () => {
    const { id, version } = await fileGift(fatima);
    const year = new Date().getUTCFullYear();
    const period = { from: `${year}-01-01`, to: `${year}-12-31`, year };
    const countBefore = (await getOverview(ahmed, { period, unitId: null, type: null })).againstCode;
    const reason = "Het bedrijf is geen leverancier meer; de bon gaat naar de teampot.";
    await decideDeclaration(
      jeroen,
      decision(id, version, { reason, confirmAgainstCode: "yes", giftDestination: "DISTRIBUTE" }),
    );

    const stored = await db.prisma.decision.findFirstOrThrow({ where: { declarationId: id } });
    expect(stored).toMatchObject({ outcome: "APPROVED", reason, againstCode: true, codeOutcome: "not-permitted" });
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");

    const events = await db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "declaration.draft-created",
      "declaration.submitted",
      "declaration.decided-against-code",
      "declaration.decided",
    ]);
    expect(events.find((e) => e.action === "declaration.decided-against-code")?.data).toMatchObject({
      decisionId: stored.id,
      outcome: "APPROVED",
      codeOutcome: "not-permitted",
    });
    expect(events.find((e) => e.action === "declaration.decided")?.data).toMatchObject({ againstCode: true });

    const told = await db.prisma.notification.findMany({ where: { declarationId: id, kind: "DECIDED_AGAINST_CODE" } });
    expect(told.map((n) => n.recipientId)).toEqual([ahmed.id]);
    // Lean (decision 037): reference, type and outcome; never the reason.
    expect(JSON.stringify(told[0]!.params)).not.toContain("teampot");
    expect(
      await db.prisma.outboundEmail.count({
        where: { recipientId: ahmed.id, kind: "DECIDED_AGAINST_CODE", declarationId: id },
      }),
    ).toBe(1);
    // The employee is told of the decision as always, not of the integrity officer's notice.
    expect(
      await db.prisma.notification.count({
        where: { declarationId: id, recipientId: fatima.id, kind: "DECIDED_AGAINST_CODE" },
      }),
    ).toBe(0);

    expect((await getOverview(ahmed, { period, unitId: null, type: null })).againstCode).toBe(countBefore + 1);

    // One story afterwards: both pages get the decision with its flag and reason, and the verdict at filing.
    const mine = await getMyDeclaration(fatima, id);
    expect(mine?.decisions.at(-1)).toMatchObject({ outcome: "APPROVED", againstCode: true, reason });
    expect(mine?.verdict?.outcome).toBe("not-permitted");
    const seen = await getForDecision(jeroen, id);
    expect(seen?.decisions.at(-1)).toMatchObject({ againstCode: true, reason });
  });

  it("refusing what the code permits needs the same; refusing what it forbids and refusing where it leaves the decision open do not", async () => {
    // A €20 gift is registered: the code permits it and leaves no decision. Should it reach a decider all the same (an
    // answer sent back to whoever asked goes to them whatever the verdict), refusing it departs from the code.
    const small = await fileGift(fatima, { valueEuros: "20,00" });
    const registered = await db.prisma.declaration.update({
      where: { id: small.id },
      data: { status: "SUBMITTED", assigneeId: jeroen.id, deciderRole: "MANAGER" },
    });
    expect((await getForDecision(jeroen, small.id))?.verdict).toMatchObject({
      outcome: "register",
      decisionRequired: false,
    });
    expect(
      await fieldErrorsOf(
        decideDeclaration(jeroen, decision(small.id, registered.version, { kind: "REFUSED", reason: "Nee" })),
      ),
    ).toEqual({ confirmAgainstCode: "confirmAgainstCode" });
    await decideDeclaration(
      jeroen,
      decision(small.id, registered.version, { kind: "REFUSED", reason: "Nee", confirmAgainstCode: "yes" }),
    );
    expect(await db.prisma.decision.findFirstOrThrow({ where: { declarationId: small.id } })).toMatchObject({
      againstCode: true,
      codeOutcome: "register",
    });
    const forbidden = await fileGift(fatima);
    await decideDeclaration(jeroen, decision(forbidden.id, forbidden.version, { kind: "REFUSED", reason: "Te duur" }));
    expect(await db.prisma.decision.findFirstOrThrow({ where: { declarationId: forbidden.id } })).toMatchObject({
      againstCode: false,
      codeOutcome: null,
    });
    // A gift from a foreign relation that cannot be refused: registered, and the code leaves its destination to the manager.
    const open = await fileGift(fatima, { foreignRelation: "yes", refusalWouldOffend: "yes" });
    expect((await getForDecision(jeroen, open.id))?.verdict).toMatchObject({
      outcome: "register",
      decisionRequired: true,
    });
    await decideDeclaration(
      jeroen,
      decision(open.id, open.version, { kind: "REFUSED", reason: "Terugsturen met een bedankje." }),
    );
    expect(await db.prisma.decision.findFirstOrThrow({ where: { declarationId: open.id } })).toMatchObject({
      againstCode: false,
    });
    expect(
      await db.prisma.notification.count({
        where: { declarationId: { in: [forbidden.id, open.id] }, kind: "DECIDED_AGAINST_CODE" },
      }),
    ).toBe(0);
  });

  it("a declaration without a stored verdict is measured against the verdict recomputed under the policy of its filing date", async () => {
    const { id, version } = await fileGift(fatima);
    await db.prisma.declaration.update({ where: { id }, data: { verdict: null as never } });
    const seen = await getForDecision(jeroen, id);
    expect(seen?.verdictRecomputed).toBe(true);
    expect(seen?.verdict?.outcome).toBe("not-permitted");
    expect(await fieldErrorsOf(decideDeclaration(jeroen, decision(id, version, { reason: "Toch goed" })))).toEqual({
      confirmAgainstCode: "confirmAgainstCode",
    });
  });

  it("the same giver this year is recognised whatever the case, spacing or legal form, with the yearly total", async () => {
    const first = await fileGift(fatima, { giver: "bouwbedrijf  peters", valueEuros: "30,00" });
    const second = await fileGift(fatima, { giver: "BOUWBEDRIJF PETERS BV", valueEuros: "40,00" });
    const other = await fileGift(fatima, { giver: "Bouwbedrijf Petersen", valueEuros: "10,00" });
    const seen = await getForDecision(jeroen, second.id);
    expect(seen?.giverYear?.ids).toContain(first.id);
    expect(seen?.giverYear?.ids).not.toContain(other.id);
    const own = await db.prisma.declaration.findMany({
      where: { id: { in: seen!.giverYear!.ids } },
      select: { valueCents: true },
    });
    expect(seen?.giverYear?.totalCents).toBe(4000 + own.reduce((n, r) => n + (r.valueCents ?? 0), 0));
    expect(seen?.giverYear?.count).toBe(own.length + 1);
    expect(seen?.earlier.find((e) => e.id === first.id)?.sameGiverThisYear).toBe(true);
  });
});

describe("the demo seed files its declarations through the rules (decision 052)", () => {
  let db: TestDb;
  afterAll(async () => {
    await db?.close();
  });

  it("every demo declaration with answers has a stored verdict that agrees with its queue outcome, and the decision page shows it as stored", async () => {
    db = await createSeededTestDb("pglite");
    useDatabaseForTests(db);
    const { seedDemoActivity } = await import("@/prisma/seed-activity");
    await seedDemoActivity(db.prisma);
    const rows = await db.prisma.declaration.findMany({
      where: {
        type: "GIFT",
        status: { not: "DRAFT" },
        title: {
          in: [
            "Cadeaubon van Bouwbedrijf Peters",
            "Kerstpakket van Bouwbedrijf Peters",
            "Taart na controle",
            "Designlamp",
          ],
        },
      },
      select: { id: true, title: true, verdict: true, ruleOutcome: true },
    });
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      const verdict = r.verdict as { outcome: string } | null;
      expect(verdict, r.title).not.toBeNull();
      expect(r.ruleOutcome, r.title).toBe(verdict!.outcome.toUpperCase().replace("-", "_"));
    }
    const voucher = rows.find((r) => r.title === "Cadeaubon van Bouwbedrijf Peters")!;
    expect(voucher.ruleOutcome).toBe("NOT_PERMITTED");
    const jeroen = await viewerByName(db.prisma, "Jeroen Bakker");
    const seen = await getForDecision(jeroen, voucher.id);
    expect(seen?.verdict?.outcome).toBe("not-permitted");
    expect(seen?.verdictRecomputed).toBe(false);
    // Same giver, case, spacing and legal form aside: the Kerstpakket and the wine of "bouwbedrijf  peters" this year or not.
    expect(seen?.giverYear?.name).toBe("Bouwbedrijf Peters");
  });
});
