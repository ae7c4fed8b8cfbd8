// What a verdict tells a person to do, per outcome (issue 19, decision 059): one table holds the texts that change
// with the outcome, and no verdict's obligations contradict each other ("Neem het niet aan" beside "Dat mag vooraf of
// achteraf"), over a table of cases of every profile.
import { describe, expect, it } from "vitest";
import {
  OBLIGATION_TEXT,
  OUTCOMES,
  PROFILES,
  PROFILE_IDS,
  evaluate,
  getProfile,
  obligationText,
  type ObligationCode,
  type Outcome,
  type ProfileId,
} from "@/lib/rules";
import { commercial, gift, invitation, person } from "./helpers";

/** The texts per outcome: report it to the manager (all four codes of conduct word it the same way). */
const REPORT_TO_MANAGER: Record<Outcome, { nl: string; en: string }> = {
  "no-duty": {
    nl: "Meld het bij je leidinggevende. Dat mag vooraf of achteraf.",
    en: "Report it to your manager, before or after.",
  },
  register: {
    nl: "Meld het bij je leidinggevende. Dat mag vooraf of achteraf.",
    en: "Report it to your manager, before or after.",
  },
  "approval-required": {
    nl: "Meld het bij je leidinggevende. Die beslist of het mag.",
    en: "Report it to your manager, who decides whether it is allowed.",
  },
  "not-permitted": { nl: "Meld het bij je leidinggevende.", en: "Report it to your manager." },
};

describe("obligation texts per outcome", () => {
  it.each(OUTCOMES.flatMap((o) => PROFILE_IDS.map((p) => [o, p] as const)))(
    "report-to-manager in a %s verdict (%s) says the table's text",
    (outcome, profile) => {
      expect(obligationText("report-to-manager", getProfile(profile), outcome)).toEqual(REPORT_TO_MANAGER[outcome]);
    },
  );

  it("every obligation has a Dutch and an English text for every outcome and profile", () => {
    for (const profile of Object.values(PROFILES))
      for (const outcome of OUTCOMES)
        for (const code of Object.keys(OBLIGATION_TEXT) as ObligationCode[]) {
          const t = obligationText(code, profile, outcome);
          expect(t.nl.length, `${code} ${outcome}`).toBeGreaterThan(5);
          expect(t.en.length, `${code} ${outcome}`).toBeGreaterThan(5);
        }
  });
});

/** Sentences that cannot stand together in one verdict (lower case, Dutch). */
const CONTRADICTIONS: [string, RegExp, RegExp][] = [
  ["do not accept it, yet report it before or after", /neem het niet aan/, /vooraf of achteraf/],
  ["do not accept it, yet pay your own share", /neem het niet aan/, /betaal zoveel mogelijk zelf/],
  ["do not accept it, yet claim your costs", /neem het niet aan/, /declareer je kosten/],
  ["a decision comes first, yet report before or after", /die beslist of het mag/, /vooraf of achteraf/],
];

type Case = [title: string, input: Record<string, unknown>, outcome: Outcome];
const CASES: Case[] = [
  ["a gift within the limit", gift({ valueCents: 2500 }), "register"],
  ["a gift over the limit", gift({ valueCents: 9000 }), "not-permitted"],
  ["a gift delivered at home", gift({ deliveredToHomeAddress: true }), "not-permitted"],
  ["a gift from a bidder", gift({ giverInProcurementOrAwaitingDecision: true }), "not-permitted"],
  [
    "a gift over the limit from a foreign relation",
    gift({ valueCents: 9000, foreignRelation: true, refusalWouldOffend: true }),
    "register",
  ],
  ["an invitation", invitation(), "approval-required"],
  ["an invitation from a bidder", invitation({ hostInProcurementOrAwaitingDecision: true }), "not-permitted"],
  ["a speaking engagement", commercial(), "approval-required"],
  ["a paid speaking engagement", commercial({ feeOfferedCents: 10000, acceptsFee: true }), "not-permitted"],
];

describe("no verdict's obligations contradict each other", () => {
  it.each(CASES.flatMap(([title, input]) => PROFILE_IDS.map((p) => [title, p, input] as const)))(
    "%s (%s)",
    (_title, profile: ProfileId, input) => {
      const v = evaluate(input as never, { profile: getProfile(profile), person: person(), now: "2026-02-01T10:00" });
      const text = v.obligations.map((o) => o.text.nl.toLowerCase()).join(" | ");
      for (const [what, a, b] of CONTRADICTIONS) expect(a.test(text) && b.test(text), `${what}: ${text}`).toBe(false);
      const report = v.obligations.find((o) => o.code === "report-to-manager");
      if (report) expect(report.text).toEqual(REPORT_TO_MANAGER[v.outcome]);
    },
  );

  it("the cases cover the outcomes they are named for (at the Rijk)", () => {
    for (const [title, input, outcome] of CASES)
      expect(
        evaluate(input as never, { profile: getProfile("rijk"), person: person(), now: "2026-02-01T10:00" }).outcome,
        title,
      ).toBe(outcome);
  });

  it("'do not accept it' and 'before or after' stood together before this table (the case that was reported)", () => {
    const v = evaluate(gift({ valueCents: 9000 }) as never, {
      profile: getProfile("rijk"),
      person: person(),
      now: "2026-02-01T10:00",
    });
    expect(v.obligations.map((o) => o.code)).toEqual(expect.arrayContaining(["refuse-or-return", "report-to-manager"]));
    expect(OBLIGATION_TEXT["report-to-manager"](getProfile("rijk")).nl).toContain("vooraf of achteraf");
  });
});
