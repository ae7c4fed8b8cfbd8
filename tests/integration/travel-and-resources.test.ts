// Decision 039's four types filed and decided through the data layer on a real database, in two organisations each:
// the verdict's decider gets the declaration (or nobody, where the code asks nothing), the reference carries the
// type's own prefix, audit events are written with the state change, and only the assigned manager decides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideDeclaration } from "@/lib/decisions/data";
import { codeOf } from "@/tests/support/app-error";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { auditActionsOf, decideWith, decisionFields } from "@/tests/support/declarations";
import {
  fileDeclaration,
  REGISTERED_WITHOUT_DECIDER,
  storedDeclaration,
  trySending,
} from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

type Raw = Record<string, string | string[]>;

const sale = (over: Raw = {}): Raw => ({
  description: "Trainingen schrijven",
  kind: "goods",
  business: "",
  buyer: "Team Communicatie",
  involvedInPurchase: "no",
  startDate: "2027-02-01",
  value: "",
  explanation: "",
  ...over,
});
const partner = (over: Raw = {}): Raw => ({
  destination: "Brussel, België",
  startDate: "2027-02-10",
  endDate: "2027-02-12",
  reason: "functional",
  employerPaysPartnerCosts: "yes",
  explanation: "",
  ...over,
});
const benefit = (over: Raw = {}): Raw => ({
  kind: "delay-compensation",
  company: "KLM",
  tripDate: "2026-11-20",
  value: "250",
  explanation: "",
  ...over,
});
const car = (over: Raw = {}): Raw => ({
  car: "service",
  purpose: "other-private",
  details: "Naar huis rijden tijdens de verbouwing",
  startDate: "2027-01-10",
  endDate: "2027-01-10",
  explanation: "",
  ...over,
});

describe.each(DB_KINDS)("decision 039's declaration types on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer, lotte: Viewer, rob: Viewer, eva: Viewer, thomas: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen, thomas, lotte, rob, eva } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  const stored = (id: string) => storedDeclaration(db.prisma, id);

  it("Rijk: selling to the employer needs the manager's permission (000 L1174-1177); the manager refuses it, audited", async () => {
    const sent = await fileDeclaration(fatima, "sale-to-employer", sale({ value: "1.500,00" }));
    const d = await stored(sent.id);
    expect(d).toMatchObject({
      type: "SALE_TO_EMPLOYER",
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      deciderRole: "MANAGER",
      assigneeId: fatima.managerId,
      valueCents: 150000,
      counterparty: "Team Communicatie",
    });
    expect(d.reference).toMatch(/^VKW-\d{4}-\d{5}$/);
    expect(jeroen.id).toBe(fatima.managerId);
    // A manager of another team (or a colleague) cannot decide it.
    expect(
      await codeOf(
        decideDeclaration(thomas, {
          id: sent.id,
          version: d.version,
          ...decisionFields("REFUSED", "Nee"),
        }),
      ),
    ).toBe("NOT_FOUND");
    await decideWith(
      jeroen,
      sent.id,
      d.version,
      "REFUSED",
      "Toestemming wordt zelden gegeven; hier is geen reden voor.",
    );
    expect((await stored(sent.id)).status).toBe("REFUSED");
    const actions = await auditActionsOf(db.prisma, sent.id);
    expect(actions).toEqual(expect.arrayContaining(["declaration.draft-created", "declaration.submitted"]));
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });

  it("Gemeente: delivering what you buy yourself is not permitted (002 L345-348), still the manager's to decide", async () => {
    const sent = await fileDeclaration(lotte, "sale-to-employer", sale({ involvedInPurchase: "yes" }));
    expect(await stored(sent.id)).toMatchObject({
      status: "SUBMITTED",
      ruleOutcome: "NOT_PERMITTED",
      deciderRole: "MANAGER",
      assigneeId: rob.id,
    });
  });

  it("Provincie: selling services goes to the top, only very exceptionally (003 L456-457)", async () => {
    const sent = await fileDeclaration(eva, "sale-to-employer", sale({ kind: "services" }));
    expect(await stored(sent.id)).toMatchObject({
      status: "ESCALATED",
      ruleOutcome: "APPROVAL_REQUIRED",
      deciderRole: "TOP",
      assigneeId: null,
    });
  });

  it("Rijk: a partner for the work, paid by the service, is the manager's decision (000 L2053-2059); approved with a condition", async () => {
    const sent = await fileDeclaration(fatima, "partner-travel", partner());
    const d = await stored(sent.id);
    expect(d).toMatchObject({
      type: "PARTNER_TRAVEL",
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: jeroen.id,
      title: "Brussel, België",
    });
    expect(d.reference).toMatch(/^PRM-/);
    await decideWith(
      jeroen,
      sent.id,
      d.version,
      "APPROVED_WITH_CONDITIONS",
      "Vertegenwoordiging bij het diner.",
      "Alleen de avond van het diner.",
    );
    expect((await stored(sent.id)).status).toBe("APPROVED_WITH_CONDITIONS");
  });

  it("Gemeente: a partner who pays everything is registered without a decider (no rule in 002); with costs for the employer the manager decides first (002 L600-602)", async () => {
    const own = await fileDeclaration(lotte, "partner-travel", partner({ employerPaysPartnerCosts: "no" }));
    expect(await stored(own.id)).toMatchObject(REGISTERED_WITHOUT_DECIDER);
    const paid = await fileDeclaration(lotte, "partner-travel", partner());
    expect(await stored(paid.id)).toMatchObject({
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: rob.id,
    });
  });

  it("Rijk: delay compensation is registered for the manager to decide on claiming it (000 L2010-2014), not left without a decider", async () => {
    const sent = await fileDeclaration(fatima, "travel-benefit", benefit());
    const d = await stored(sent.id);
    expect(d).toMatchObject({
      type: "TRAVEL_BENEFIT",
      status: "SUBMITTED",
      ruleOutcome: "REGISTER",
      deciderRole: "MANAGER",
      assigneeId: jeroen.id,
      valueCents: 25000,
      counterparty: "KLM",
    });
    expect(d.reference).toMatch(/^RVV-/);
    await decideWith(jeroen, sent.id, d.version, "APPROVED", "Stort de vergoeding door naar de dienst.");
    expect((await stored(sent.id)).status).toBe("APPROVED");
  });

  it("Provincie: delay compensation is registered only (no rule in 003); vouchers with the costs claimed too are not permitted (003 L298-300)", async () => {
    const comp = await fileDeclaration(eva, "travel-benefit", benefit());
    expect(await stored(comp.id)).toMatchObject({ status: "REGISTERED", ruleOutcome: "NO_DUTY", deciderRole: "NONE" });
    const twice = await fileDeclaration(
      eva,
      "travel-benefit",
      benefit({ kind: "care-vouchers", costsAlsoClaimed: "yes", value: "35" }),
    );
    expect(await stored(twice.id)).toMatchObject({
      status: "SUBMITTED",
      ruleOutcome: "NOT_PERMITTED",
      deciderRole: "MANAGER",
      assigneeId: eva.managerId,
    });
  });

  it("Rijk: private use of a service car needs written permission (000 L680-683); Gemeente: driving home is not permitted (002 L641-643)", async () => {
    const rijk = await fileDeclaration(fatima, "service-car", car({ purpose: "commute" }));
    const d = await stored(rijk.id);
    expect(d).toMatchObject({
      type: "SERVICE_CAR",
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: jeroen.id,
    });
    expect(d.reference).toMatch(/^DAU-/);
    await decideWith(
      jeroen,
      rijk.id,
      d.version,
      "APPROVED_WITH_CONDITIONS",
      "Tijdelijk, tijdens de verbouwing.",
      "Eigen bijdrage per privékilometer.",
    );
    expect((await stored(rijk.id)).status).toBe("APPROVED_WITH_CONDITIONS");
    const gem = await fileDeclaration(lotte, "service-car", car({ purpose: "commute" }));
    expect(await stored(gem.id)).toMatchObject({
      status: "SUBMITTED",
      ruleOutcome: "NOT_PERMITTED",
      assigneeId: rob.id,
    });
    const calamity = await fileDeclaration(lotte, "service-car", car({ purpose: "calamity" }));
    const c = await stored(calamity.id);
    expect(c).toMatchObject({ ruleOutcome: "APPROVAL_REQUIRED", assigneeId: rob.id });
    await decideWith(rob, calamity.id, c.version, "APPROVED", "Noodgeval.");
    expect((await stored(calamity.id)).status).toBe("APPROVED");
  });

  it("a form error names the field and saves nothing of the send: an end before the start", async () => {
    const { draft, code } = await trySending(
      fatima,
      "service-car",
      car({ startDate: "2027-01-10", endDate: "2027-01-09" }),
    );
    expect(code).toBe("VALIDATION");
    expect(await stored(draft.id)).toMatchObject({ status: "DRAFT", reference: null });
  });
});
