// Decision 039's four types filed and decided through the data layer on a real database, in two organisations each:
// the verdict's decider gets the declaration (or nobody, where the code asks nothing), the reference carries the
// type's own prefix, audit events are written with the state change, and only the assigned manager decides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import {
  answersWith,
  expectDecided,
  expectFiled,
  expectOnlyAssigneeDecides,
  expectSendRefused,
  REGISTERED_WITHOUT_DECIDER,
  waitingForManager,
} from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const sale = answersWith({
  description: "Trainingen schrijven",
  kind: "goods",
  business: "",
  buyer: "Team Communicatie",
  involvedInPurchase: "no",
  startDate: "2027-02-01",
  value: "",
  explanation: "",
});
const partner = answersWith({
  destination: "Brussel, België",
  startDate: "2027-02-10",
  endDate: "2027-02-12",
  reason: "functional",
  employerPaysPartnerCosts: "yes",
  explanation: "",
});
const benefit = answersWith({
  kind: "delay-compensation",
  company: "KLM",
  tripDate: "2026-11-20",
  value: "250",
  explanation: "",
});
const car = answersWith({
  car: "service",
  purpose: "other-private",
  details: "Naar huis rijden tijdens de verbouwing",
  startDate: "2027-01-10",
  endDate: "2027-01-10",
  explanation: "",
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

  it("Rijk: selling to the employer needs the manager's permission (000 L1174-1177); the manager refuses it, audited", async () => {
    const d = await expectFiled(db.prisma, fatima, "sale-to-employer", sale({ value: "1.500,00" }), {
      ...waitingForManager("APPROVAL_REQUIRED", fatima.managerId),
      type: "SALE_TO_EMPLOYER",
      valueCents: 150000,
      counterparty: "Team Communicatie",
    });
    expect(d.reference).toMatch(/^VKW-\d{4}-\d{5}$/);
    expect(jeroen.id).toBe(fatima.managerId);
    // A manager of another team (or a colleague) cannot decide it.
    await expectOnlyAssigneeDecides(
      db.prisma,
      { outsider: thomas, decider: jeroen, id: d.id, version: d.version },
      "REFUSED",
      "Toestemming wordt zelden gegeven; hier is geen reden voor.",
    );
  });

  it("Gemeente: delivering what you buy yourself is not permitted (002 L345-348), still the manager's to decide", async () => {
    await expectFiled(
      db.prisma,
      lotte,
      "sale-to-employer",
      sale({ involvedInPurchase: "yes" }),
      waitingForManager("NOT_PERMITTED", rob.id),
    );
  });

  it("Provincie: selling services goes to the top, only very exceptionally (003 L456-457)", async () => {
    await expectFiled(db.prisma, eva, "sale-to-employer", sale({ kind: "services" }), {
      status: "ESCALATED",
      ruleOutcome: "APPROVAL_REQUIRED",
      deciderRole: "TOP",
      assigneeId: null,
    });
  });

  it("Rijk: a partner for the work, paid by the service, is the manager's decision (000 L2053-2059); approved with a condition", async () => {
    const d = await expectFiled(db.prisma, fatima, "partner-travel", partner(), {
      type: "PARTNER_TRAVEL",
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: jeroen.id,
      title: "Brussel, België",
    });
    expect(d.reference).toMatch(/^PRM-/);
    await expectDecided(
      db.prisma,
      jeroen,
      d,
      "APPROVED_WITH_CONDITIONS",
      "Vertegenwoordiging bij het diner.",
      "Alleen de avond van het diner.",
    );
  });

  it("Gemeente: a partner who pays everything is registered without a decider (no rule in 002); with costs for the employer the manager decides first (002 L600-602)", async () => {
    await expectFiled(
      db.prisma,
      lotte,
      "partner-travel",
      partner({ employerPaysPartnerCosts: "no" }),
      REGISTERED_WITHOUT_DECIDER,
    );
    await expectFiled(db.prisma, lotte, "partner-travel", partner(), {
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: rob.id,
    });
  });

  it("Rijk: delay compensation is registered for the manager to decide on claiming it (000 L2010-2014), not left without a decider", async () => {
    const d = await expectFiled(db.prisma, fatima, "travel-benefit", benefit(), {
      ...waitingForManager("REGISTER", jeroen.id),
      type: "TRAVEL_BENEFIT",
      valueCents: 25000,
      counterparty: "KLM",
    });
    expect(d.reference).toMatch(/^RVV-/);
    await expectDecided(db.prisma, jeroen, d, "APPROVED", "Stort de vergoeding door naar de dienst.");
  });

  it("Provincie: delay compensation is registered only (no rule in 003); vouchers with the costs claimed too are not permitted (003 L298-300)", async () => {
    await expectFiled(db.prisma, eva, "travel-benefit", benefit(), {
      status: "REGISTERED",
      ruleOutcome: "NO_DUTY",
      deciderRole: "NONE",
    });
    await expectFiled(
      db.prisma,
      eva,
      "travel-benefit",
      benefit({ kind: "care-vouchers", costsAlsoClaimed: "yes", value: "35" }),
      waitingForManager("NOT_PERMITTED", eva.managerId),
    );
  });

  it("Rijk: private use of a service car needs written permission (000 L680-683); Gemeente: driving home is not permitted (002 L641-643)", async () => {
    const d = await expectFiled(db.prisma, fatima, "service-car", car({ purpose: "commute" }), {
      type: "SERVICE_CAR",
      status: "SUBMITTED",
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: jeroen.id,
    });
    expect(d.reference).toMatch(/^DAU-/);
    await expectDecided(
      db.prisma,
      jeroen,
      d,
      "APPROVED_WITH_CONDITIONS",
      "Tijdelijk, tijdens de verbouwing.",
      "Eigen bijdrage per privékilometer.",
    );
    await expectFiled(db.prisma, lotte, "service-car", car({ purpose: "commute" }), {
      status: "SUBMITTED",
      ruleOutcome: "NOT_PERMITTED",
      assigneeId: rob.id,
    });
    const c = await expectFiled(db.prisma, lotte, "service-car", car({ purpose: "calamity" }), {
      ruleOutcome: "APPROVAL_REQUIRED",
      assigneeId: rob.id,
    });
    await expectDecided(db.prisma, rob, c, "APPROVED", "Noodgeval.");
  });

  it("a form error names the field and saves nothing of the send: an end before the start", async () => {
    await expectSendRefused(db.prisma, fatima, "service-car", car({ startDate: "2027-01-10", endDate: "2027-01-09" }));
  });
});
