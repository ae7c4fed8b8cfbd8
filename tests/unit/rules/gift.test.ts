import { describe, expect, it } from "vitest";
import { tightenProfile, getProfile, type Outcome, type ProfileId } from "@/lib/rules";
import { codes, gift, ruleIds, run } from "./helpers";

type Row = [title: string, profile: ProfileId, over: Record<string, unknown>, outcome: Outcome, ruleId: string];

describe("gift value cap per profile (boundaries €49.99 / €50.00 / €50.01)", () => {
  const rows: Row[] = [
    ["rijk €49.99 within cap — 000 L419-421", "rijk", { valueCents: 4999 }, "register", "gift.report@rijk"],
    [
      'rijk €50.00 within cap ("meer dan €50") — 000 L419-421',
      "rijk",
      { valueCents: 5000 },
      "register",
      "gift.report@rijk",
    ],
    ["rijk €50.01 over cap — 000 L450-454", "rijk", { valueCents: 5001 }, "not-permitted", "gift.value-cap@rijk"],
    [
      "eerste-kamer €50.00 within cap — 001 L240",
      "eerste-kamer",
      { valueCents: 5000 },
      "register",
      "gift.report@eerste-kamer",
    ],
    [
      "eerste-kamer €50.01 over cap — 001 L254",
      "eerste-kamer",
      { valueCents: 5001 },
      "not-permitted",
      "gift.value-cap@eerste-kamer",
    ],
    [
      "provincie €49.99 within cap — 003 L208-210",
      "provincie",
      { valueCents: 4999 },
      "register",
      "gift.report@provincie",
    ],
    [
      'provincie €50.00 allowed ("nooit grotere waarde") — 003 L208-210',
      "provincie",
      { valueCents: 5000 },
      "register",
      "gift.report@provincie",
    ],
    [
      "provincie €50.01 over cap — 003 L208-210",
      "provincie",
      { valueCents: 5001 },
      "not-permitted",
      "gift.value-cap@provincie",
    ],
    [
      "gemeente €49.99 with ground b accepted and handed in — 002 L401-411",
      "gemeente",
      { valueCents: 4999, exceptionGrounds: ["b"] },
      "register",
      "gift.hand-in@gemeente",
    ],
    [
      'gemeente €50.00 not allowed ("minder dan 50 euro") — 002 L401',
      "gemeente",
      { valueCents: 5000, exceptionGrounds: ["b"] },
      "not-permitted",
      "gift.value-cap@gemeente",
    ],
    [
      "gemeente €50.01 not allowed — 002 L400-401",
      "gemeente",
      { valueCents: 5001, exceptionGrounds: ["a"] },
      "not-permitted",
      "gift.value-cap@gemeente",
    ],
    [
      "gemeente €10 without ground a/b/c not allowed — 002 L400-407",
      "gemeente",
      { valueCents: 1000, exceptionGrounds: [] },
      "not-permitted",
      "gift.exception-grounds@gemeente",
    ],
    [
      "gemeente €10 on ground a (would offend) — 002 L403-404",
      "gemeente",
      { valueCents: 1000, exceptionGrounds: ["a"] },
      "register",
      "gift.exception-grounds@gemeente",
    ],
    [
      "gemeente €10 on ground c (impractical) — 002 L407",
      "gemeente",
      { valueCents: 1000, exceptionGrounds: ["c"] },
      "register",
      "gift.exception-grounds@gemeente",
    ],
  ];
  it.each(rows)("%s", (_t, profile, over, outcome, ruleId) => {
    const v = run(gift(over), profile);
    expect(v.outcome).toBe(outcome);
    expect(ruleIds(v)).toContain(ruleId);
    expect(v.profileId).toBe(profile);
  });

  it("gemeente: every accepted gift is handed in and the manager decides the destination — 002 L408-411", () => {
    const v = run(gift({ valueCents: 1500, exceptionGrounds: ["b"] }), "gemeente");
    expect(codes(v)).toEqual(
      expect.arrayContaining(["hand-in-gift", "manager-decides-destination", "report-to-manager"]),
    );
    expect(v.obligations.find((o) => o.code === "hand-in-gift")?.text.nl).toMatch(/gemeente/);
  });

  it("rijk: accepted gift within cap is reported and the manager decides (keep/return/hand in) — 000 L423-426, L458-465", () => {
    const v = run(gift({ valueCents: 3000 }), "rijk");
    expect(codes(v)).toEqual(["report-to-manager", "manager-decides-destination"]);
    expect(codes(v)).not.toContain("hand-in-gift");
    expect(v.decider).toBe("manager");
  });

  it("not-permitted gifts say what to do instead (refuse or return) — 000 L447-449", () => {
    const v = run(gift({ valueCents: 9000 }), "rijk");
    expect(codes(v)).toContain("refuse-or-return");
  });
});

describe("gift: background decides regardless of value", () => {
  it.each<[string, ProfileId, string]>([
    ["rijk — 000 L441-449", "rijk", "gift.background-decides@rijk"],
    ["eerste-kamer — 001 L252", "eerste-kamer", "gift.background-decides@eerste-kamer"],
    ["provincie — 003 L226-229", "provincie", "gift.background-decides@provincie"],
    ["gemeente — 002 L433", "gemeente", "gift.background-decides@gemeente"],
  ])("a €1 gift from a giver in procurement is not permitted: %s", (_t, profile, ruleId) => {
    const v = run(
      gift({ valueCents: 100, giverInProcurementOrAwaitingDecision: true, exceptionGrounds: ["b"] }),
      profile,
    );
    expect(v.outcome).toBe("not-permitted");
    expect(ruleIds(v)).toContain(ruleId);
    expect(codes(v)).toEqual(expect.arrayContaining(["refuse-or-return", "explain-refusal-to-giver"]));
  });

  it("a €0 gift from a giver awaiting a decision is still not permitted — 000 L445", () => {
    expect(run(gift({ valueCents: 0, giverInProcurementOrAwaitingDecision: true })).outcome).toBe("not-permitted");
  });
});

describe("gift: home address, loyalty points, foreign relations", () => {
  it.each<[string, ProfileId, Outcome]>([
    ["rijk forbids gifts at home — 000 L429", "rijk", "not-permitted"],
    ["eerste-kamer forbids gifts at home — 001 L245", "eerste-kamer", "not-permitted"],
    ["provincie forbids gifts at home — 003 L219", "provincie", "not-permitted"],
  ])("%s", (_t, profile, outcome) => {
    const v = run(gift({ valueCents: 1000, deliveredToHomeAddress: true }), profile);
    expect(v.outcome).toBe(outcome);
    expect(ruleIds(v)).toContain(`gift.home-address@${profile}`);
  });

  it("gemeente code has no home-address rule; a small gift on ground b stays register — 002 L400-411", () => {
    const v = run(gift({ valueCents: 1000, deliveredToHomeAddress: true, exceptionGrounds: ["b"] }), "gemeente");
    expect(v.outcome).toBe("register");
    expect(ruleIds(v).some((id) => id.startsWith("gift.home-address"))).toBe(false);
  });

  it.each<[string, ProfileId]>([
    ["rijk — 000 L1996-2003", "rijk"],
    ["eerste-kamer — 001 L771", "eerste-kamer"],
  ])("loyalty points for private use are not permitted: %s", (_t, profile) => {
    const v = run(gift({ kind: "loyalty-points", valueCents: 1000, privateUseOfPoints: true }), profile);
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("no-private-use-of-points");
  });

  it("loyalty points used for business trips only are fine — 000 L2002-2003", () => {
    const v = run(gift({ kind: "loyalty-points", valueCents: 1000, privateUseOfPoints: false }), "rijk");
    expect(v.outcome).toBe("register");
    expect(ruleIds(v)).toContain("gift.definition@rijk");
  });

  it("rijk: expensive gift from a foreign relation that cannot be refused becomes an organisation gift — 000 L1980-1989", () => {
    const v = run(gift({ valueCents: 40000, foreignRelation: true, refusalWouldOffend: true }), "rijk");
    expect(v.outcome).toBe("register");
    expect(codes(v)).toEqual(expect.arrayContaining(["treat-as-organisation-gift", "manager-decides-destination"]));
  });

  it("rijk: a foreign relation alone (refusal would not offend) does not lift the cap — 000 L454-457", () => {
    expect(run(gift({ valueCents: 40000, foreignRelation: true }), "rijk").outcome).toBe("not-permitted");
  });

  it("provincie has no foreign-relation exception but asks to consult the manager when politeness prevents refusal — 003 L211-214", () => {
    const v = run(gift({ valueCents: 40000, foreignRelation: true, refusalWouldOffend: true }), "provincie");
    expect(v.outcome).toBe("approval-required");
    expect(ruleIds(v)).toContain("gift.politeness@provincie");
    expect(codes(v)).toContain("hand-in-gift");
  });

  it("gemeente: services only if refusing makes work impossible AND appearance minimal, consulted in advance — 002 L413-418", () => {
    expect(
      run(
        gift({ kind: "service", valueCents: 0, refusalMakesWorkImpossible: true, exceptionGrounds: ["b"] }),
        "gemeente",
      ).outcome,
    ).toBe("approval-required");
    expect(
      run(gift({ kind: "service", valueCents: 0, refusalMakesWorkImpossible: true, exceptionGrounds: [] }), "gemeente")
        .outcome,
    ).toBe("not-permitted");
    expect(
      run(
        gift({ kind: "service", valueCents: 0, refusalMakesWorkImpossible: false, exceptionGrounds: ["b"] }),
        "gemeente",
      ).outcome,
    ).toBe("not-permitted");
  });

  it("declined at offer: no duty, may be recorded — 000 L447-449", () => {
    const v = run(gift({ direction: "declined-at-offer", valueCents: 90000 }), "rijk");
    expect(v.outcome).toBe("no-duty");
    expect(v.decider).toBe("none");
    expect(v.voluntaryRegistrationPossible).toBe(true);
  });

  it("offered (not yet accepted) follows the same cap — 000 L408-413", () => {
    expect(run(gift({ direction: "offered", valueCents: 5001 }), "rijk").outcome).toBe("not-permitted");
    expect(run(gift({ direction: "offered", valueCents: 5000 }), "rijk").outcome).toBe("register");
  });
});

describe("gift: tightened profiles", () => {
  it("a rijk organisation with a €25 cap refuses €25.01 and accepts €25.00 — 000 L100-106", () => {
    const t = tightenProfile(getProfile("rijk"), { giftCapCents: 2500 });
    if (!t.ok) throw new Error("tightening failed");
    expect(run(gift({ valueCents: 2501 }), t.profile).outcome).toBe("not-permitted");
    expect(run(gift({ valueCents: 2500 }), t.profile).outcome).toBe("register");
    expect(run(gift({ valueCents: 2500 }), t.profile).policyVersion).toBe(t.profile.version);
  });

  it("a provincie organisation that always hands in gifts adds hand-in obligations — 003 L211-214", () => {
    const t = tightenProfile(getProfile("provincie"), { giftAlwaysHandIn: true });
    if (!t.ok) throw new Error("tightening failed");
    const v = run(gift({ valueCents: 1000 }), t.profile);
    expect(codes(v)).toContain("hand-in-gift");
    expect(ruleIds(v)).toContain("gift.hand-in@provincie");
  });
});

// Who must act (decision 038): a "register" verdict still needs a decision where the code leaves one to the manager.
describe("gift: verdicts that leave a decision to the manager are routed, not only registered", () => {
  const handIn = tightenProfile(getProfile("provincie"), { giftAlwaysHandIn: true });
  if (!handIn.ok) throw new Error("tightening failed");
  it.each<[string, ProfileId | typeof handIn.profile, Record<string, unknown>, string, boolean, string]>([
    [
      "gemeente €49.99 handed in: the manager decides the destination — 002 L408-411",
      "gemeente",
      { valueCents: 4999, exceptionGrounds: ["b"] },
      "register",
      true,
      "manager",
    ],
    [
      "gemeente €0.01 handed in: the same, whatever the value — 002 L408-411",
      "gemeente",
      { valueCents: 1, exceptionGrounds: ["c"] },
      "register",
      true,
      "manager",
    ],
    [
      "provincie organisation that always hands in: the manager decides — 003 L211-214",
      handIn.profile,
      { valueCents: 1000 },
      "register",
      true,
      "manager",
    ],
    [
      "rijk foreign relation, organisation's gift: the manager decides — 000 L454-457",
      "rijk",
      { valueCents: 20000, foreignRelation: true, refusalWouldOffend: true },
      "register",
      true,
      "manager",
    ],
    [
      "rijk €50.00 within the limit: reported, no decision is required — 000 L423-426",
      "rijk",
      { valueCents: 5000 },
      "register",
      false,
      "manager",
    ],
    [
      "gemeente €50.00 over the limit: refused, the manager decides — 002 L400-402",
      "gemeente",
      { valueCents: 5000, exceptionGrounds: ["b"] },
      "not-permitted",
      true,
      "manager",
    ],
    [
      "declined at the offer: nothing to decide — 000 L447-449",
      "rijk",
      { direction: "declined-at-offer" },
      "no-duty",
      false,
      "none",
    ],
  ])("%s", (_t, profile, over, outcome, decisionRequired, decider) => {
    const v = run(gift(over), profile);
    expect(v.outcome).toBe(outcome);
    expect(v.decisionRequired).toBe(decisionRequired);
    expect(v.decider).toBe(decider);
  });
});
