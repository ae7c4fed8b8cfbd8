// Recusals (decision 041): filing the two new types, deciding with a recusal in the same transaction (audited), who
// may see and end one (checked against the record and the right held now), and the decision page of any other
// declaration of that person showing them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideDeclaration } from "@/lib/decisions/data";
import {
  activeRecusalsForDeclaration,
  endRecusal,
  listMyRecusals,
  listOrganisationRecusals,
  listTeamRecusals,
} from "@/lib/recusals/data";
import { EndRecusalSchema, RecusalPartSchema } from "@/lib/recusals/schemas";
import { collectMyData } from "@/lib/privacy/my-data";
import { amsterdamNow } from "@/lib/format";
import { codeOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { type Answers, decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

const supplier = (over: Record<string, string> = {}) => ({
  partyName: `Schoonmaak ${randomUUID().slice(0, 6)} BV`,
  relationRole: "bidder",
  contactKind: "family",
  involvement: "handling",
  matter: "Aanbesteding schoonmaak 2026",
  alreadyStarted: "no",
  explanation: "",
  ...over,
});
const relationship = (over: Record<string, string> = {}) => ({
  relationKind: "romantic",
  otherParty: "colleague",
  otherPartyDescription: "Een collega",
  functionsTouch: "yes",
  dependency: "no",
  riskToObjectivity: "doubt",
  explanation: "",
  ...over,
});
const gift = () =>
  giftAnswers({ description: `Fles wijn ${randomUUID().slice(0, 6)}`, giver: "Schoonmaak BV", valueEuros: "20,00" });

const file = (viewer: Viewer, type: "supplier-contact" | "private-relationship" | "gift", raw: Answers) =>
  fileDeclaration(viewer, type, raw);

const decision = decisionInput;
const addDays = (n: number) =>
  new Date(Date.parse(`${amsterdamNow().today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const part = (over: Record<string, string> = {}) =>
  RecusalPartSchema.parse({
    recusalKind: "SUPPLIER",
    recusalSubject: "Schoonmaak BV",
    recusalEndsOn: addDays(60),
    ...over,
  });

describe("the recusal part of a decision (schema)", () => {
  it("nothing is no recusal; all three is one; half of one names the missing field", () => {
    expect(RecusalPartSchema.parse({ recusalKind: "", recusalSubject: " ", recusalEndsOn: "" })).toBeNull();
    expect(RecusalPartSchema.parse({})).toBeNull();
    expect(part()).toMatchObject({ kind: "SUPPLIER", subject: "Schoonmaak BV" });
    const half = RecusalPartSchema.safeParse({ recusalKind: "MATTER", recusalSubject: "", recusalEndsOn: "" });
    expect(half.success).toBe(false);
    expect(half.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["recusalSubject", "subjectRequired"],
      ["recusalEndsOn", "endsOnRequired"],
    ]);
    expect(
      RecusalPartSchema.safeParse({ recusalKind: "BOSS", recusalSubject: "x", recusalEndsOn: "2030-01-01" }).error!
        .issues[0]!.message,
    ).toBe("unknownKind");
    expect(
      RecusalPartSchema.safeParse({ recusalKind: "MATTER", recusalSubject: "x", recusalEndsOn: "2030-02-30" }).error!
        .issues[0]!.message,
    ).toBe("invalidDate");
    expect(
      RecusalPartSchema.safeParse({
        recusalKind: "MATTER",
        recusalSubject: "x".repeat(201),
        recusalEndsOn: "2030-01-01",
      }).error!.issues[0]!.message,
    ).toBe("subjectTooLong");
    expect(EndRecusalSchema.safeParse({ id: "x", version: "1", reason: "  " }).error!.issues[0]!.message).toBe(
      "endReasonRequired",
    );
  });
});

describe.each(DB_KINDS)("recusals on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, thomas: Viewer, jeroen: Viewer, ahmed: Viewer, lotte: Viewer, rob: Viewer, bas: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, thomas, jeroen, ahmed, lotte, rob, bas } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("a supplier contact goes to the manager, who records the recusal with the decision: one transaction, audited", async () => {
    const { id, version } = await file(fatima, "supplier-contact", supplier());
    const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      status: "SUBMITTED",
      assigneeId: jeroen.id,
      ruleOutcome: "REGISTER",
      deciderRole: "MANAGER",
    });
    expect(stored.reference).toMatch(/^PCL-\d{4}-\d{5}$/);
    await decideDeclaration(
      jeroen,
      decision(id, version),
      part({ recusalSubject: "Aanbesteding schoonmaak 2026", recusalKind: "MATTER" }),
    );
    const r = await db.prisma.recusal.findFirstOrThrow({ where: { declarationId: id } });
    const d = await db.prisma.decision.findFirstOrThrow({ where: { declarationId: id } });
    expect(r).toMatchObject({
      personId: fatima.id,
      recordedById: jeroen.id,
      decisionId: d.id,
      subjectKind: "MATTER",
      subject: "Aanbesteding schoonmaak 2026",
      endedAt: null,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: r.id } });
    expect(audit.action).toBe("recusal.recorded");
    expect(JSON.stringify(audit.data)).not.toContain("schoonmaak"); // the subject stays out of the trail
    expect((await listMyRecusals(fatima)).map((x) => x.id)).toContain(r.id);
    const team = await listTeamRecusals(jeroen);
    expect(team.find((x) => x.id === r.id)).toMatchObject({ personName: "Fatima El Amrani", canEnd: true });
    const org = await listOrganisationRecusals(ahmed);
    expect(org.find((x) => x.id === r.id)).toMatchObject({ canEnd: false });
    // Personal data about Fatima: in her own data download (AVG art. 15), with the audit event about it.
    const mine = await collectMyData(fatima);
    expect(mine.recusals.find((x) => x.id === r.id)).toMatchObject({
      declarationId: id,
      kind: "MATTER",
      subject: "Aanbesteding schoonmaak 2026",
      recordedBy: "Jeroen Bakker",
      endedAt: null,
    });
    expect(mine.auditEvents.some((e) => e.entityId === r.id && e.action === "recusal.recorded")).toBe(true);
  });

  it("a refused recusal part rolls the whole decision back: wrong outcome, wrong type, an end date in the past", async () => {
    const a = await file(fatima, "supplier-contact", supplier());
    expect(
      await codeOf(decideDeclaration(jeroen, decision(a.id, a.version, { kind: "REFUSED", reason: "Nee" }), part())),
    ).toBe("VALIDATION");
    expect(
      await codeOf(decideDeclaration(jeroen, decision(a.id, a.version), part({ recusalEndsOn: addDays(-1) }))),
    ).toBe("VALIDATION");
    expect(await db.prisma.decision.count({ where: { declarationId: a.id } })).toBe(0);
    expect(await db.prisma.recusal.count({ where: { declarationId: a.id } })).toBe(0);
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SUBMITTED");
    // today is allowed
    await decideDeclaration(jeroen, decision(a.id, a.version), part({ recusalEndsOn: addDays(0) }));
    expect(await db.prisma.recusal.count({ where: { declarationId: a.id } })).toBe(1);
    // a gift (any other type) takes no recusal
    const g = await file(fatima, "gift", gift());
    if ((await db.prisma.declaration.findUniqueOrThrow({ where: { id: g.id } })).status === "SUBMITTED") {
      expect(await codeOf(decideDeclaration(jeroen, decision(g.id, g.version), part()))).toBe("VALIDATION");
      expect(await db.prisma.decision.count({ where: { declarationId: g.id } })).toBe(0);
    }
  });

  it("who sees a person's recusals: the person, the manager holding the right now, the integrity officer; on any decision page of that person", async () => {
    const { id, version } = await file(fatima, "supplier-contact", supplier());
    await decideDeclaration(jeroen, decision(id, version), part());
    const r = await db.prisma.recusal.findFirstOrThrow({ where: { declarationId: id } });
    // Another declaration of Fatima: its decision page shows her active recusals to the deciders only.
    const other = await file(fatima, "supplier-contact", supplier());
    expect((await activeRecusalsForDeclaration(jeroen, other.id))!.map((x) => x.id)).toContain(r.id);
    expect((await activeRecusalsForDeclaration(ahmed, other.id))!.map((x) => x.id)).toContain(r.id);
    for (const v of [fatima, thomas, rob, lotte])
      expect(await activeRecusalsForDeclaration(v, other.id), v.name).toBeNull();
    expect((await listMyRecusals(thomas)).map((x) => x.id)).not.toContain(r.id);
    expect((await listTeamRecusals(rob)).map((x) => x.id)).not.toContain(r.id);
    expect(await codeOf(listOrganisationRecusals(thomas))).toBe("FORBIDDEN");
    expect(await codeOf(listOrganisationRecusals(jeroen))).toBe("FORBIDDEN");
    expect((await listOrganisationRecusals(bas)).map((x) => x.id)).not.toContain(r.id); // another organisation
    // The right held now, not the session: Jeroen without MANAGER sees and ends nothing.
    const roles = (await db.prisma.person.findUniqueOrThrow({ where: { id: jeroen.id } })).roles;
    await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles: roles.filter((x) => x !== "MANAGER") } });
    try {
      expect(await listTeamRecusals(jeroen)).toEqual([]);
      expect(await activeRecusalsForDeclaration(jeroen, other.id)).toBeNull();
      expect(await codeOf(endRecusal(jeroen, { id: r.id, version: r.version, reason: "klaar" }))).toBe("NOT_FOUND");
    } finally {
      await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles } });
    }
  });

  it("the manager ends a recusal early (audited); nobody else may, and not twice", async () => {
    const { id, version } = await file(fatima, "supplier-contact", supplier());
    await decideDeclaration(jeroen, decision(id, version), part());
    const r = await db.prisma.recusal.findFirstOrThrow({ where: { declarationId: id } });
    expect(await codeOf(endRecusal(thomas, { id: r.id, version: r.version, reason: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(endRecusal(rob, { id: r.id, version: r.version, reason: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(endRecusal(fatima, { id: r.id, version: r.version, reason: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(endRecusal(ahmed, { id: r.id, version: r.version, reason: "x" }))).toBe("FORBIDDEN");
    expect(await codeOf(endRecusal(jeroen, { id: r.id, version: r.version + 1, reason: "x" }))).toBe("CONFLICT");
    expect((await db.prisma.recusal.findUniqueOrThrow({ where: { id: r.id } })).endedAt).toBeNull();
    await endRecusal(jeroen, { id: r.id, version: r.version, reason: "De aanbesteding is gegund." });
    const ended = await db.prisma.recusal.findUniqueOrThrow({ where: { id: r.id } });
    expect(ended).toMatchObject({
      endedById: jeroen.id,
      endReason: "De aanbesteding is gegund.",
      version: r.version + 1,
    });
    expect(ended.endedAt).not.toBeNull();
    expect(
      (await db.prisma.auditEvent.findMany({ where: { entityId: r.id }, orderBy: { seq: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["recusal.recorded", "recusal.ended"]);
    expect((await listMyRecusals(fatima)).map((x) => x.id)).not.toContain(r.id);
    expect((await listTeamRecusals(jeroen)).map((x) => x.id)).not.toContain(r.id);
    expect(await codeOf(endRecusal(jeroen, { id: r.id, version: r.version + 1, reason: "nog eens" }))).toBe(
      "INVALID_STATE",
    );
  });

  /**
   * Rob (`asRob`), the manager a Gemeente report is about, cannot decide it and nothing is decided; Bas, the
   * integrity officer, decides it with a recusal of a person: that recusal.
   */
  const decidedByBasNotBy = async (asRob: Viewer, id: string, version: number) => {
    expect(
      await codeOf(
        decideDeclaration(asRob, decision(id, version), part({ recusalKind: "PERSON", recusalSubject: "Rob Lemmens" })),
      ),
    ).toBe("INVALID_STATE");
    expect(await db.prisma.decision.count({ where: { declarationId: id } })).toBe(0);
    await decideDeclaration(
      bas,
      decision(id, version),
      part({ recusalKind: "PERSON", recusalSubject: "Beoordeling van Lotte" }),
    );
    return db.prisma.recusal.findFirstOrThrow({ where: { declarationId: id } });
  };

  it("gemeente: a relationship with one's own manager goes to the integrity officer, and that manager cannot end the recusal", async () => {
    const { id, version } = await file(
      lotte,
      "private-relationship",
      relationship({ dependency: "yes", withOwnManager: "yes" }),
    );
    const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "ESCALATED", deciderRole: "INTEGRITY_OFFICER", assigneeId: null });
    expect(stored.reference).toMatch(/^PRL-/);
    // Rob reads his team's declarations (decision 041 leaves that as it is) but cannot decide this one.
    const r = await decidedByBasNotBy(rob, id, version);
    expect(r.recordedById).toBe(bas.id);
    expect((await listTeamRecusals(rob)).find((x) => x.id === r.id)).toMatchObject({ canEnd: false });
    expect(await codeOf(endRecusal(rob, { id: r.id, version: r.version, reason: "x" }))).toBe("FORBIDDEN");
    expect((await listOrganisationRecusals(bas)).find((x) => x.id === r.id)).toMatchObject({ canEnd: true });
    await endRecusal(bas, { id: r.id, version: r.version, reason: "Overgeplaatst" });
    expect((await db.prisma.recusal.findUniqueOrThrow({ where: { id: r.id } })).endedById).toBe(bas.id);
  });

  it("gemeente: the manager the report is about is not told of it, cannot decide it or end its recusal even while also holding INTEGRITY_OFFICER", async () => {
    const before = await db.prisma.person.findUniqueOrThrow({ where: { id: rob.id }, select: { roles: true } });
    await db.prisma.person.update({
      where: { id: rob.id },
      data: { roles: { set: [...before.roles, "INTEGRITY_OFFICER"] } },
    });
    try {
      const robAsOfficer = await viewerByName(db.prisma, "Rob Lemmens");
      const { id, version } = await file(
        lotte,
        "private-relationship",
        relationship({ dependency: "yes", withOwnManager: "yes" }),
      );
      // Nor is he told of it as an integrity officer; Bas, the organisation's other integrity officer, is.
      const told = await db.prisma.notification.findMany({
        where: { declarationId: id },
        select: { recipientId: true },
      });
      expect(told.map((n) => n.recipientId)).not.toContain(rob.id);
      expect(told.map((n) => n.recipientId)).toContain(bas.id);
      const r = await decidedByBasNotBy(robAsOfficer, id, version);
      expect((await listOrganisationRecusals(robAsOfficer)).find((x) => x.id === r.id)).toMatchObject({
        canEnd: false,
      });
      expect(await codeOf(endRecusal(robAsOfficer, { id: r.id, version: r.version, reason: "x" }))).toBe("FORBIDDEN");
      expect((await db.prisma.recusal.findUniqueOrThrow({ where: { id: r.id } })).endedAt).toBeNull();
    } finally {
      await db.prisma.person.update({ where: { id: rob.id }, data: { roles: { set: before.roles } } });
    }
  });

  it("a relationship that touches nothing is registered without a decision; an expired recusal is no longer active", async () => {
    const { id } = await file(
      lotte,
      "private-relationship",
      relationship({ functionsTouch: "no", riskToObjectivity: "no", otherParty: "external-relation" }),
    );
    expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id } })).status).toBe("REGISTERED");
    const s = await file(lotte, "supplier-contact", supplier());
    await decideDeclaration(rob, decision(s.id, s.version), part());
    const r = await db.prisma.recusal.findFirstOrThrow({ where: { declarationId: s.id } });
    expect((await listMyRecusals(lotte)).map((x) => x.id)).toContain(r.id);
    await db.prisma.recusal.update({ where: { id: r.id }, data: { endsOn: new Date(`${addDays(-1)}T00:00:00Z`) } });
    expect((await listMyRecusals(lotte)).map((x) => x.id)).not.toContain(r.id);
    expect(await codeOf(endRecusal(rob, { id: r.id, version: r.version, reason: "x" }))).toBe("INVALID_STATE");
  });
});
