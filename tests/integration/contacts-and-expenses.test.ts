// Decision 040's three types filed and decided through the data layer on a real database, in two organisations or
// more each: the verdict's decider gets the declaration (or nobody, where the code asks nothing), the reference
// carries the type's own prefix, the audit trail has the state change, and only the assigned manager decides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import {
  type Answers as Raw,
  answersWith,
  expectDecided,
  expectFiled,
  expectOnlyAssigneeDecides,
  expectSendRefused,
  REGISTERED_FOR_INFORMATION,
  REGISTERED_WITHOUT_DECIDER,
  waitingForManager,
} from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const tobacco = answersWith({
  company: "Tabaksfabrikant BV",
  contactKind: "meeting",
  contactDate: "2027-02-10",
  topic: "excise",
  explanation: "",
});
const member = answersWith({
  memberName: "A. de Vries",
  contactDate: "2027-02-10",
  initiative: "member-asked",
  informationKind: "briefing",
  factualOnly: "yes",
  purpose: "work",
  subject: "Uitleg over de regeling",
});

/**
 * A contact with the elected member `memberName` about `subject`, on 10 February 2027, with the answers `more` that
 * the organisation's own form asks.
 */
const contactWith = (memberName: string, subject: string, more: Raw): Raw => ({
  memberName,
  contactDate: "2027-02-10",
  subject,
  ...more,
});

/** A train ticket claimed, reimbursed otherwise or not (`otherReimbursement`). */
const train = (otherReimbursement: string): Raw => ({
  costKind: "travel",
  description: "Trein naar Utrecht",
  costDate: "2027-02-20",
  amount: "23,40",
  otherReimbursement,
});
const expense = answersWith({
  costKind: "course",
  description: "Cursus Wet open overheid",
  costDate: "2027-02-20",
  amount: "395,00",
  necessaryForWork: "yes",
  otherReimbursement: "no",
});

describe.each(DB_KINDS)("decision 040's declaration types on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer, thomas: Viewer, daan: Viewer, lotte: Viewer, rob: Viewer, eva: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen, thomas, daan, lotte, rob, eva } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  /** Who got a "registered, for your information" notification about this declaration. */
  const informed = async (declarationId: string) =>
    (
      await db.prisma.notification.findMany({
        where: { declarationId, kind: "REGISTERED_INFO" },
        select: { recipientId: true },
      })
    ).map((n) => n.recipientId);

  it("Rijk: a meeting with the tobacco industry is the manager's to permit (000 L965-979); another employee cannot decide; approved with a condition, audited", async () => {
    const d = await expectFiled(db.prisma, fatima, "tobacco-industry-contact", tobacco(), {
      ...waitingForManager("APPROVAL_REQUIRED", jeroen.id),
      type: "TOBACCO_INDUSTRY_CONTACT",
      counterparty: "Tabaksfabrikant BV",
      title: "Overleg met Tabaksfabrikant BV over accijns en belastingen",
    });
    expect(d.reference).toMatch(/^TAB-\d{4}-\d{5}$/);
    await expectOnlyAssigneeDecides(
      db.prisma,
      { outsider: thomas, decider: jeroen, id: d.id, version: d.version },
      "APPROVED_WITH_CONDITIONS",
      "Nodig voor de uitvoering van de accijnswet.",
      "Met zijn tweeën, en het verslag gaat naar de website.",
    );
  });

  it("Rijk: a declined approach is registered without a decider; Gemeente: no rule in 002, registered without a decider", async () => {
    await expectFiled(
      db.prisma,
      fatima,
      "tobacco-industry-contact",
      tobacco({ contactKind: "declined", topic: "" }),
      REGISTERED_WITHOUT_DECIDER,
    );
    const g = await expectFiled(
      db.prisma,
      lotte,
      "tobacco-industry-contact",
      {
        company: "Tabaksfabrikant BV",
        contactDate: "2027-02-10",
        explanation: "",
      },
      REGISTERED_WITHOUT_DECIDER,
    );
    expect(g.reference).toMatch(/^TAB-/);
  });

  it("Rijk: a briefing for a Kamerlid needs permission first (000 L1525-1528); the manager refuses it", async () => {
    const d = await expectFiled(db.prisma, fatima, "parliament-contact", member(), {
      ...waitingForManager("APPROVAL_REQUIRED", jeroen.id),
      type: "PARLIAMENT_CONTACT",
      counterparty: "A. de Vries",
    });
    expect(d.reference).toMatch(/^VVT-/);
    await expectDecided(
      db.prisma,
      jeroen,
      d,
      "REFUSED",
      "De minister geeft geen akkoord; verwijs naar de parlementair contactpersoon.",
    );
  });

  it("Rijk: public information is registered and the manager is informed (000 L1535-1548): no decision", async () => {
    const sent = await expectFiled(
      db.prisma,
      fatima,
      "parliament-contact",
      member({ informationKind: "public" }),
      REGISTERED_FOR_INFORMATION,
    );
    expect(await informed(sent.id)).toEqual([jeroen.id]);
  });

  it("Eerste Kamer: no reporting duty (001 L599-601): registered without a decider", async () => {
    await expectFiled(
      db.prisma,
      daan,
      "parliament-contact",
      contactWith("B. Jansen", "Notitie voor de commissie", { purpose: "work" }),
      REGISTERED_WITHOUT_DECIDER,
    );
  });

  it("Gemeente: information to a council member on your own initiative is not permitted (002 L500-502): the manager decides", async () => {
    await expectFiled(
      db.prisma,
      lotte,
      "parliament-contact",
      contactWith("C. Peters", "Cijfers over de parkeerregeling", { initiative: "own-initiative", factualOnly: "yes" }),
      waitingForManager("NOT_PERMITTED", rob.id),
    );
  });

  it("Provincie: contact with a Statenlid is registered and the manager informed; inform the gedeputeerde (003 L583-584)", async () => {
    const sent = await expectFiled(
      db.prisma,
      eva,
      "parliament-contact",
      contactWith("D. Smit", "Technische vraag over de provinciale weg", { factualOnly: "yes" }),
      REGISTERED_FOR_INFORMATION,
    );
    expect(await informed(sent.id)).toEqual([eva.managerId]);
  });

  it("Gemeente: an expense claim needs the manager's permission first (002 L600-602); approved", async () => {
    const d = await expectFiled(db.prisma, lotte, "expense-claim", expense(), {
      ...waitingForManager("APPROVAL_REQUIRED", rob.id),
      type: "EXPENSE_CLAIM",
      valueCents: 39500,
      title: "Cursus Wet open overheid",
    });
    expect(d.reference).toMatch(/^DCL-/);
    await expectDecided(db.prisma, rob, d, "APPROVED", "Nodig voor de nieuwe taak.");
  });

  it("Rijk: no permission in advance in 000 (L628-632): registered without a decider; costs reimbursed otherwise go to the manager as not permitted", async () => {
    await expectFiled(db.prisma, fatima, "expense-claim", train("no"), REGISTERED_WITHOUT_DECIDER);
    await expectFiled(db.prisma, fatima, "expense-claim", train("yes"), {
      status: "SUBMITTED",
      ruleOutcome: "NOT_PERMITTED",
      assigneeId: jeroen.id,
    });
  });

  it("a form error names the field and sends nothing: an amount that is not an amount", async () => {
    await expectSendRefused(db.prisma, lotte, "expense-claim", expense({ amount: "veel" }));
  });
});
