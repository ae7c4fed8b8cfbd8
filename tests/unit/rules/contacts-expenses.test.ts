// Decision 040: contacts with the tobacco industry, contacts with elected members and expense claims, per code,
// at the boundaries the texts draw. NOW is 2026-03-02 (helpers): a contact on 2026-03-01 is afterwards.
import { citedText, foldQuote, haveSources } from "./sources";
import { describe, expect, it } from "vitest";
import { RULES, renderReferenceMarkdown, ruleReference, PROFILE_IDS, type Outcome, type ProfileId } from "@/lib/rules";
import { tobaccoPublicationEntry } from "@/lib/declarations/forms/tobacco-industry-contact";
import { codes, expenseClaim, parliamentContact, ruleIds, run, tobaccoContact } from "./helpers";

type Row = [
  label: string,
  profile: ProfileId,
  over: Record<string, unknown>,
  outcome: Outcome,
  decider: string,
  rule: string,
];

describe("tobacco industry — 000 L965-979, 001 L441; no rule in 002/003", () => {
  it.each<Row>([
    [
      "Rijk: a planned meeting needs permission; its report is published — 000 L972-979",
      "rijk",
      { contactKind: "meeting" },
      "approval-required",
      "manager",
      "tobacco.meeting-report-published@rijk",
    ],
    [
      "Rijk: a call needs permission, no report — 000 L971-972",
      "rijk",
      { contactKind: "call-or-message" },
      "approval-required",
      "manager",
      "tobacco.transparency@rijk",
    ],
    [
      "Rijk: a declined approach is no duty — 000 L965-968",
      "rijk",
      { contactKind: "declined" },
      "no-duty",
      "none",
      "tobacco.avoid-contact@rijk",
    ],
    [
      "EK: the same as the Rijk — 001 L441",
      "eerste-kamer",
      { contactKind: "meeting" },
      "approval-required",
      "manager",
      "tobacco.meeting-report-published@eerste-kamer",
    ],
    [
      "Gemeente: no rule — 002 L683-686",
      "gemeente",
      { contactKind: "meeting" },
      "no-duty",
      "none",
      "tobacco.no-rule@gemeente",
    ],
    [
      "Provincie: no rule — 003 L410-420",
      "provincie",
      { contactKind: "meeting" },
      "no-duty",
      "none",
      "tobacco.no-rule@provincie",
    ],
  ])("%s", (_l, profile, over, outcome, decider, rule) => {
    const v = run(tobaccoContact(over), profile);
    expect(v.outcome).toBe(outcome);
    expect(v.decider).toBe(decider);
    expect(ruleIds(v)).toContain(rule);
    expect(v.publishInRegister).toBe(false); // never the side-job register
  });

  it("only a meeting gets the publication obligation — 000 L972-979", () => {
    expect(codes(run(tobaccoContact({ contactKind: "meeting" }), "rijk"))).toContain(
      "tobacco-meeting-report-published",
    );
    expect(codes(run(tobaccoContact({ contactKind: "call-or-message" }), "rijk"))).not.toContain(
      "tobacco-meeting-report-published",
    );
  });

  it.each([
    ["2026-03-02", false], // today: still in time
    ["2026-03-01", true], // yesterday: afterwards
  ])("contact on %s: afterwards = %s", (contactDate, afterwards) => {
    const msg = run(tobaccoContact({ contactDate }), "rijk").reasons.find(
      (r) => r.ruleId === "tobacco.transparency@rijk",
    )!.message.en;
    expect(/already taken place/.test(msg)).toBe(afterwards);
  });

  it("the publication entry is built from structured fields only, never the explanation or a name", () => {
    const entry = tobaccoPublicationEntry({
      contactKind: "meeting",
      company: " Tabak BV ",
      contactDate: "2026-03-10",
      topic: "excise",
      explanation: "Jan de Vries, 06-12345678, vergoeding € 500",
    });
    expect(entry).toEqual({
      date: "2026-03-10",
      organisation: "Tabak BV",
      topic: { nl: "Accijns en belastingen", en: "Excise duty and taxes" },
    });
    expect(JSON.stringify(entry)).not.toMatch(/Jan|0612|500/);
    expect(
      tobaccoPublicationEntry({
        contactKind: "call-or-message",
        company: "Tabak BV",
        contactDate: "2026-03-10",
        topic: "excise",
      }),
    ).toBeNull();
    expect(
      tobaccoPublicationEntry({
        contactKind: "meeting",
        company: "Tabak BV",
        contactDate: "2026-03-10",
        topic: "made-up",
      }),
    ).toBeNull();
  });
});

describe("elected members — 000 L1480-1551, 001 L599-601, 002 L500-502 L563-573, 003 L573-584", () => {
  it.each<Row>([
    [
      "Rijk: public information may be given directly; register, inform the minister — 000 L1535-1548",
      "rijk",
      { informationKind: "public" },
      "register",
      "manager",
      "parliament.public-information@rijk",
    ],
    [
      "Rijk: non-public information needs permission via the line — 000 L1550-1551",
      "rijk",
      { informationKind: "non-public" },
      "approval-required",
      "manager",
      "parliament.non-public-via-line@rijk",
    ],
    [
      "Rijk: a briefing needs permission first — 000 L1500-1506, L1525-1528",
      "rijk",
      { informationKind: "briefing" },
      "approval-required",
      "manager",
      "parliament.prior-permission@rijk",
    ],
    [
      "Rijk: an opinion on policy is not permitted — 000 L1529-1532",
      "rijk",
      { informationKind: "public", factualOnly: false },
      "not-permitted",
      "manager",
      "parliament.factual-only@rijk",
    ],
    [
      "EK: no reporting duty, discretion — 001 L599-601",
      "eerste-kamer",
      {},
      "no-duty",
      "none",
      "parliament.discretion@eerste-kamer",
    ],
    [
      "EK: private use of the position is not permitted — 001 L601",
      "eerste-kamer",
      { purpose: "private" },
      "not-permitted",
      "manager",
      "parliament.no-private-use-of-position@eerste-kamer",
    ],
    [
      "EK: an opinion is not a separate rule in 001 — discretion only",
      "eerste-kamer",
      { factualOnly: false },
      "no-duty",
      "none",
      "parliament.discretion@eerste-kamer",
    ],
    [
      "Gemeente: a council member asks, technical information: no duty — 002 L570-573",
      "gemeente",
      {},
      "no-duty",
      "none",
      "parliament.factual-only@gemeente",
    ],
    [
      "Gemeente: own initiative is not permitted — 002 L500-502",
      "gemeente",
      { initiative: "own-initiative" },
      "not-permitted",
      "manager",
      "parliament.no-own-initiative@gemeente",
    ],
    [
      "Gemeente: more than technical information is not permitted — 002 L570-573",
      "gemeente",
      { factualOnly: false },
      "not-permitted",
      "manager",
      "parliament.factual-only@gemeente",
    ],
    [
      "Provincie: allowed, inform the gedeputeerde: register — 003 L583-584",
      "provincie",
      {},
      "register",
      "manager",
      "parliament.inform-gedeputeerde@provincie",
    ],
    [
      "Provincie: own initiative is no separate rule — 003 L573-584",
      "provincie",
      { initiative: "own-initiative" },
      "register",
      "manager",
      "parliament.inform-gedeputeerde@provincie",
    ],
    [
      "Provincie: a policy opinion is not permitted — 003 L580-582",
      "provincie",
      { factualOnly: false },
      "not-permitted",
      "manager",
      "parliament.factual-only@provincie",
    ],
  ])("%s", (_l, profile, over, outcome, decider, rule) => {
    const v = run(parliamentContact(over), profile);
    expect(v.outcome).toBe(outcome);
    expect(v.decider).toBe(decider);
    expect(ruleIds(v)).toContain(rule);
  });

  it("a register verdict leaves no decision: the manager is informed only", () => {
    expect(run(parliamentContact({ informationKind: "public" }), "rijk").decisionRequired).toBe(false);
    expect(run(parliamentContact(), "provincie").decisionRequired).toBe(false);
    expect(run(parliamentContact({ informationKind: "briefing" }), "rijk").decisionRequired).toBe(true);
  });

  it.each([
    ["2026-03-02", false],
    ["2026-03-01", true],
  ])("Rijk briefing on %s: asked afterwards = %s — 000 L1525-1528 'vooraf'", (contactDate, afterwards) => {
    const v = run(parliamentContact({ informationKind: "briefing", contactDate }), "rijk");
    expect(v.outcome).toBe("approval-required");
    expect(/already taken place/.test(v.reasons[0]!.message.en)).toBe(afterwards);
  });
});

describe("expense claims — 002 L600-602; 000 L628-632, 001 L326, 003 L298-300", () => {
  it.each<Row>([
    [
      "Gemeente: permission in advance — 002 L600-602",
      "gemeente",
      {},
      "approval-required",
      "manager",
      "expense.prior-permission@gemeente",
    ],
    [
      "Gemeente: not necessary for the work — 002 L600-601",
      "gemeente",
      { necessaryForWork: false },
      "not-permitted",
      "manager",
      "expense.reasonable-and-necessary@gemeente",
    ],
    [
      "Gemeente: reimbursed otherwise — 002 L645-646",
      "gemeente",
      { otherReimbursement: "yes" },
      "not-permitted",
      "manager",
      "expense.not-reimbursed-otherwise@gemeente",
    ],
    [
      "Gemeente: unsure about other reimbursement: the manager decides, you show it — 002 L601-602",
      "gemeente",
      { otherReimbursement: "unsure" },
      "approval-required",
      "manager",
      "expense.prior-permission@gemeente",
    ],
    [
      "Gemeente: € 0,01 also needs permission (no threshold in 002)",
      "gemeente",
      { amountCents: 1 },
      "approval-required",
      "manager",
      "expense.prior-permission@gemeente",
    ],
    [
      "Rijk: no permission in advance — 000 L628-632",
      "rijk",
      {},
      "no-duty",
      "none",
      "expense.no-prior-permission@rijk",
    ],
    [
      "Rijk: reimbursed otherwise is not permitted — 000 L628-632",
      "rijk",
      { otherReimbursement: "yes" },
      "not-permitted",
      "manager",
      "expense.not-reimbursed-otherwise@rijk",
    ],
    [
      "EK: no permission in advance — 001 L326",
      "eerste-kamer",
      {},
      "no-duty",
      "none",
      "expense.no-prior-permission@eerste-kamer",
    ],
    [
      "Provincie: no permission in advance — 003 L298-300",
      "provincie",
      { otherReimbursement: "unsure" },
      "no-duty",
      "none",
      "expense.no-prior-permission@provincie",
    ],
    [
      "Provincie: not necessary is not asked there — 003 L298-300",
      "provincie",
      { necessaryForWork: false },
      "no-duty",
      "none",
      "expense.no-prior-permission@provincie",
    ],
  ])("%s", (_l, profile, over, outcome, decider, rule) => {
    const v = run(expenseClaim(over), profile);
    expect(v.outcome).toBe(outcome);
    expect(v.decider).toBe(decider);
    expect(ruleIds(v)).toContain(rule);
  });

  it.each([
    ["2026-03-02", false],
    ["2026-03-01", true],
  ])("Gemeente, costs on %s: afterwards = %s — 002 L601 'vooraf'", (costDate, afterwards) => {
    const v = run(expenseClaim({ costDate }), "gemeente");
    expect(v.outcome).toBe("approval-required");
    expect(
      /already been made/.test(v.reasons.find((r) => r.ruleId === "expense.prior-permission@gemeente")!.message.en),
    ).toBe(afterwards);
  });

  it("bad input is refused: a negative amount, an unknown answer, an unknown field", () => {
    expect(() => run(expenseClaim({ amountCents: -1 }), "gemeente")).toThrow();
    expect(() => run(expenseClaim({ otherReimbursement: "maybe" }), "gemeente")).toThrow();
    expect(() => run(parliamentContact({ note: "x" }), "rijk")).toThrow();
    expect(() => run(tobaccoContact({ contactDate: "2026-02-30" }), "rijk")).toThrow();
  });
});

// Every new rule's quote is in its cited lines (line breaks, hyphenation and page-break URL lines in between ignored).
describe("quotes are the text of the cited lines", () => {
  const mine = RULES.filter((r) => /^(tobacco|parliament|expense)\./.test(r.id));

  it("there are new rules for all three types in all four codes", () => {
    for (const type of ["tobacco-industry-contact", "parliament-contact", "expense-claim"] as const) {
      for (const p of PROFILE_IDS)
        expect(ruleReference(p).rulesByType.find((g) => g.type === type)!.rules.length, `${type} ${p}`).toBeGreaterThan(
          0,
        );
    }
    expect(renderReferenceMarkdown()).toContain("### `parliament-contact`");
  });

  // Skipped without ../shared/sources (haveSources, tests/unit/rules/sources.ts): the codes of conduct are not in this repository; CI places them beside the clone, so there it always runs.
  it.skipIf(!haveSources).each(mine.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    expect(citedText(r.citation)).toContain(foldQuote(r.quote));
  });
});
