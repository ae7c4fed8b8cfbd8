// Decision 052: every verdict outcome's texts per audience (the employee who files, the decider), before and after the
// decision, held in one table; and no two sentences a reader sees together contradict each other ("Er is geen besluit
// nodig" beside "Je leidinggevende beslist wat ermee gebeurt").
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { getMessages } from "@/lib/i18n/messages";
import { OBLIGATION_TEXT, getProfile, type Verdict } from "@/lib/rules";
import { verdictLead, type Audience } from "@/components/declarations/verdict-labels";
import { codeStance, isAgainstCode } from "@/lib/decisions/against-code";
import { giverKey } from "@/lib/givers";

const t = (locale: "nl" | "en") => {
  const tr = createTranslator({ locale, messages: getMessages(locale), namespace: "declarations" });
  return (key: string, values?: Record<string, string>) => tr(key as never, values as never);
};

type Case = { outcome: Verdict["outcome"]; decisionRequired: boolean };
const key = (c: Case) => `${c.outcome}${c.decisionRequired ? "+decision" : ""}`;

/** The lead under the outcome, per audience, in Dutch: the table the texts are held to. */
const LEAD: Record<string, Record<Audience, string>> = {
  "no-duty": {
    employee: "Volgens de gedragscode hoef je dit niet te melden. Je mag het wel vastleggen.",
    decider: "De gedragscode staat dit toe. Weiger je het toch, dan besluit je tegen de code in.",
  },
  "no-duty+decision": {
    employee: "Je meldt dit en het wordt vastgelegd. Daarna beslist je leidinggevende wat ermee gebeurt.",
    decider: "De gedragscode staat dit toe en laat aan jou wat ermee gebeurt.",
  },
  register: {
    employee: "Je meldt dit. Het wordt vastgelegd en je leidinggevende krijgt bericht. Er is geen besluit nodig.",
    decider: "De gedragscode staat dit toe. Weiger je het toch, dan besluit je tegen de code in.",
  },
  "register+decision": {
    employee: "Je meldt dit en het wordt vastgelegd. Daarna beslist je leidinggevende wat ermee gebeurt.",
    decider: "De gedragscode staat dit toe en laat aan jou wat ermee gebeurt.",
  },
  "approval-required+decision": {
    employee: "Je hebt toestemming nodig. Na het versturen beslist je leidinggevende.",
    decider: "De gedragscode laat het besluit aan jou: goedkeuren, met of zonder voorwaarden, of weigeren.",
  },
  "not-permitted+decision": {
    employee:
      "Dit mag niet volgens de gedragscode. Leg wel vast wat er is gebeurd. Na het versturen beslist je leidinggevende wat ermee gebeurt.",
    decider:
      "De gedragscode staat dit niet toe. Weigeren volgt de code. Keur je het toch goed, dan besluit je tegen de code in.",
  },
};

const CASES: Case[] = [
  { outcome: "no-duty", decisionRequired: false },
  { outcome: "no-duty", decisionRequired: true },
  { outcome: "register", decisionRequired: false },
  { outcome: "register", decisionRequired: true },
  { outcome: "approval-required", decisionRequired: true },
  { outcome: "not-permitted", decisionRequired: true },
];

/** What the code asks the employee, as the rules word it, where a decider decides (the texts shown beside the lead). */
const gemeente = getProfile("gemeente");
const DECIDER_OBLIGATIONS = [
  OBLIGATION_TEXT["manager-decides-destination"](gemeente).nl,
  OBLIGATION_TEXT["refuse-or-return"](gemeente).nl,
];

/** Sentences that cannot stand together. */
function contradictions(sentences: string[]): string[] {
  const all = sentences.join(" ").toLowerCase();
  const found: string[] = [];
  if (
    all.includes("geen besluit nodig") &&
    /\bbeslis|\bbesluit je\b|\bbeslist\b/.test(all.replace("geen besluit nodig", ""))
  )
    found.push("no decision needed, yet someone decides");
  if (all.includes("staat dit niet toe") && all.includes("staat dit toe.")) found.push("allowed and not allowed");
  if (all.includes("hoef je dit niet te melden") && all.includes("je meldt dit"))
    found.push("report and do not report");
  return found;
}

describe("verdict texts per outcome and audience (decision 052)", () => {
  it.each(CASES)(
    "$outcome (decision required: $decisionRequired) says the table's lead to each audience, in both languages",
    (c) => {
      for (const audience of ["employee", "decider"] as const) {
        expect(verdictLead(t("nl"), c, audience, "je leidinggevende")).toBe(LEAD[key(c)]![audience]);
        const en = verdictLead(t("en"), c, audience, "your manager");
        expect(en).not.toBe("");
        expect(en).not.toMatch(/verdictStory|[{}]/);
      }
    },
  );

  it.each(CASES)(
    "$outcome (decision required: $decisionRequired): no two sentences contradict each other, before or after the decision",
    (c) => {
      const nl = t("nl");
      for (const audience of ["employee", "decider"] as const) {
        const lead = verdictLead(nl, c, audience, "je leidinggevende");
        const beside = c.decisionRequired
          ? DECIDER_OBLIGATIONS.filter((o) => c.outcome === "not-permitted" || !o.startsWith("Neem het niet aan"))
          : [];
        const before = [
          lead,
          ...beside,
          ...(audience === "decider" ? [nl("verdictStory.decider.againstCodeNote")] : []),
        ];
        expect(contradictions(before), before.join(" | ")).toEqual([]);
        // After the decision the lead is not shown: the decision is the headline, the verdict at filing is "what the code said".
        const after = [
          nl("verdictStory.decided.title"),
          nl("verdictStory.decided.atFilingNote"),
          nl("verdictStory.decided.atFilingOutcome", { outcome: nl(`outcome.${c.outcome}`) }),
          ...beside,
        ];
        expect(contradictions(after), after.join(" | ")).toEqual([]);
        expect(after.join(" ")).not.toContain(lead);
      }
    },
  );

  it("the check itself finds the contradictions the issue names", () => {
    expect(contradictions(["Er is geen besluit nodig.", "Je leidinggevende beslist wat ermee gebeurt."])).not.toEqual(
      [],
    );
  });

  it("after the decision the verdict at filing is labelled as what the code said when it was sent", () => {
    expect(t("nl")("verdictStory.decided.atFilingTitle")).toBe("Wat de gedragscode zei bij het versturen");
    expect(t("en")("verdictStory.decided.atFilingTitle")).toBe("What the code of conduct said when it was sent");
    expect(t("nl")("verdictStory.decided.atFilingOutcome", { outcome: "Niet toegestaan" })).toBe(
      "De code zei: Niet toegestaan",
    );
  });
});

describe("against the code", () => {
  it.each([
    ["not-permitted", true, "APPROVED", true],
    ["not-permitted", true, "APPROVED_WITH_CONDITIONS", true],
    ["not-permitted", true, "REFUSED", false],
    ["not-permitted", true, "INFO_REQUESTED", false],
    ["not-permitted", true, "ESCALATED", false],
    ["register", false, "REFUSED", true],
    ["no-duty", false, "REFUSED", true],
    ["register", false, "APPROVED", false],
    // A registered gift whose destination the manager decides: the code leaves it open, refusing is no departure.
    ["register", true, "REFUSED", false],
    ["approval-required", true, "APPROVED", false],
    ["approval-required", true, "REFUSED", false],
  ] as const)(
    "%s (decision required: %s) decided %s: against the code %s",
    (outcome, decisionRequired, kind, against) => {
      expect(isAgainstCode({ outcome, decisionRequired }, kind)).toBe(against);
    },
  );

  it("has no stance without a verdict", () => {
    expect(codeStance(null)).toBe("open");
    expect(isAgainstCode(null, "APPROVED")).toBe(false);
  });

  it.each([
    ["Bouwbedrijf Peters", "bouwbedrijf  peters", true],
    ["Bouwbedrijf Peters B.V.", "BOUWBEDRIJF PETERS", true],
    ["Bouwbedrijf Peters BV", " bouwbedrijf peters b.v. ", true],
    ["Shell N.V.", "shell", true],
    ["Bakker & Zn V.O.F.", "bakker zn", true],
    ["Bouwbedrijf Peters", "Bouwbedrijf Petersen", false],
    ["B.V.", "N.V.", false],
  ])("%j and %j are the same giver: %s", (a, b, same) => {
    expect(giverKey(a) === giverKey(b)).toBe(same);
  });
});
