// The readable "my data" report (decision 064): the export's values as a tree the page puts into words; a
// declaration's answers stay whole with its type, so the page shows them as questions and answers (AnswerList).
import { describe, expect, it } from "vitest";
import { getProfile } from "@/lib/rules";
import { reportSections, reportValue } from "@/lib/privacy/my-data-report";
import { DECLARATION_FORMS } from "@/lib/declarations/forms";
import { storedAnswerRows } from "@/lib/declarations/present";
import type { FormContext } from "@/lib/declarations/form-model";

const ctx: FormContext = { profileId: "rijk", profile: getProfile("rijk"), today: "2026-06-01" };

describe("reportValue", () => {
  it.each([
    [null, "", { kind: "none" }],
    ["", "", { kind: "none" }],
    [true, "", { kind: "yesNo", value: true }],
    [1250, "valueCents", { kind: "money", cents: 1250 }],
    [1250, "count", { kind: "number", value: 1250 }],
    ["2026-05-01", "", { kind: "date", value: "2026-05-01" }],
    ["2026-05-01T10:00:00.000Z", "", { kind: "dateTime", value: "2026-05-01T10:00:00.000Z" }],
    // A stored code is marked with the words that name it; the page says "Niemand", not NONE.
    ["NONE", "deciderRole", { kind: "code", words: "decider", code: "NONE" }],
    [[], "", { kind: "none" }],
    [{}, "", { kind: "none" }],
  ] as const)("%j (%s) is %j", (value, key, expected) => {
    expect(reportValue(value, key)).toEqual(expected);
  });

  // Every kind of value, codes by the field that holds them, and what the report leaves out.
  it.each([
    [null, "", { kind: "none" }],
    [undefined, "", { kind: "none" }],
    ["", "", { kind: "none" }],
    [[], "roles", { kind: "none" }],
    [{}, "params", { kind: "none" }],
    [true, "paid", { kind: "yesNo", value: true }],
    [false, "paid", { kind: "yesNo", value: false }],
    [12, "salaryScale", { kind: "number", value: 12 }],
    [0, "attempts", { kind: "number", value: 0 }],
    [4999, "valueCents", { kind: "money", cents: 4999 }],
    ["2026-05-01", "occursOn", { kind: "date", value: "2026-05-01" }],
    ["2026-05-01T08:30:00.000Z", "createdAt", { kind: "dateTime", value: "2026-05-01T08:30:00.000Z" }],
    ["2026-05-01 08:30", "body", { kind: "text", text: "2026-05-01 08:30" }],
    ["2026-5-1", "body", { kind: "text", text: "2026-5-1" }],
    ["Taart van de bakker", "title", { kind: "text", text: "Taart van de bakker" }],
    [
      ["HR", "MANAGER"],
      "roles",
      {
        kind: "list",
        items: [
          { kind: "code", words: "role", code: "HR" },
          { kind: "code", words: "role", code: "MANAGER" },
        ],
      },
    ],
    [
      { giver: "Bakkerij" },
      "answers",
      { kind: "fields", fields: [{ key: "giver", value: { kind: "text", text: "Bakkerij" } }] },
    ],
    [
      [{ outcome: "REFUSED" }],
      "decisions",
      { kind: "entries", entries: [[{ key: "outcome", value: { kind: "code", words: "status", code: "REFUSED" } }]] },
    ],
    // Codes, by the field that holds them: a verdict's outcome is the code's, a decision's a status.
    ["GIFT", "type", { kind: "code", words: "type", code: "GIFT" }],
    ["SUBMITTED", "status", { kind: "code", words: "status", code: "SUBMITTED" }],
    ["NOT_PERMITTED", "ruleOutcome", { kind: "code", words: "outcome", code: "NOT_PERMITTED" }],
    ["not-permitted", "outcome", { kind: "code", words: "outcome", code: "not-permitted" }],
    ["APPROVED_WITH_CONDITIONS", "outcome", { kind: "code", words: "status", code: "APPROVED_WITH_CONDITIONS" }],
    ["INTEGRITY_OFFICER", "deciderRole", { kind: "code", words: "decider", code: "INTEGRITY_OFFICER" }],
    ["manager", "decider", { kind: "code", words: "decider", code: "manager" }],
    ["declaration.submitted", "action", { kind: "code", words: "historyAction", code: "declaration.submitted" }],
    ["DISTRIBUTE", "giftDestination", { kind: "code", words: "giftDestination", code: "DISTRIBUTE" }],
    ["Secretaris-generaal", "functionTitle", { kind: "text", text: "Secretaris-generaal" }],
    // A text kept in both languages; a record with more than the two is not one.
    [
      { nl: "Afdelingshoofd", en: "Head of unit" },
      "deciderLabel",
      { kind: "localized", nl: "Afdelingshoofd", en: "Head of unit" },
    ],
    [
      { nl: "a", en: "b", de: "c" },
      "params",
      {
        kind: "fields",
        fields: [
          { key: "nl", value: { kind: "text", text: "a" } },
          { key: "en", value: { kind: "text", text: "b" } },
          { key: "de", value: { kind: "text", text: "c" } },
        ],
      },
    ],
    // The machine's rule ids, source lines and profile id are left out at every depth (decision 059); an
    // obligation shows its text, not its code. Only the reader's parts of a stored verdict remain.
    [
      {
        profileId: "rijk",
        outcome: "approval-required",
        reasons: [
          {
            ruleId: "rijk.gift.value",
            outcome: "approval-required",
            message: { nl: "Boven de € 50", en: "Over € 50" },
            citation: [{ source: "000", lines: [10, 12] }],
          },
        ],
        obligations: [
          { code: "report-to-manager", text: { nl: "Meld het", en: "Report it" }, ruleId: "rijk.gift.report" },
        ],
      },
      "verdict",
      {
        kind: "fields",
        fields: [
          { key: "outcome", value: { kind: "code", words: "outcome", code: "approval-required" } },
          {
            key: "reasons",
            value: {
              kind: "entries",
              entries: [
                [
                  { key: "outcome", value: { kind: "code", words: "outcome", code: "approval-required" } },
                  { key: "message", value: { kind: "localized", nl: "Boven de € 50", en: "Over € 50" } },
                ],
              ],
            },
          },
          {
            key: "obligations",
            value: {
              kind: "entries",
              entries: [[{ key: "text", value: { kind: "localized", nl: "Meld het", en: "Report it" } }]],
            },
          },
        ],
      },
    ],
    // A field named code elsewhere (not beside a text in both languages) stays.
    [
      { code: "X1", text: "plain" },
      "params",
      {
        kind: "fields",
        fields: [
          { key: "code", value: { kind: "text", text: "X1" } },
          { key: "text", value: { kind: "text", text: "plain" } },
        ],
      },
    ],
  ])("%j (%s)", (value, key, expected) => {
    expect(reportValue(value, key)).toEqual(expected);
  });
});

describe("reportSections", () => {
  it("has every top-level part of the export but the file's own facts, in order, one entry per item", () => {
    const sections = reportSections({
      format: "integriteitsportaal/my-data/v1",
      exportedAt: "2026-05-01T08:30:00.000Z",
      person: { name: "Fatima" },
      declarations: [{ title: "a" }, { title: "b" }],
      auditEvents: [],
    });
    expect(sections.map((s) => [s.key, s.list, s.entries.length])).toEqual([
      ["person", false, 1],
      ["declarations", true, 2],
      ["auditEvents", true, 0],
    ]);
  });
});

describe("a declaration's answers in the report", () => {
  const answers = { giver: "Uitgeverij Zuid", valueEuros: "25,00" };
  it.each([
    // [the record, the answers' report value]
    [
      { type: "GIFT", answers },
      { kind: "answers", type: "GIFT", answers },
    ],
    [{ type: "GIFT", answers: {} }, { kind: "none" }], // nothing answered yet
    [{ answers }, reportValue(answers)], // not a declaration: plain fields
  ])("%j", (record, expected) => {
    const [section] = reportSections({ declarations: [record] });
    expect(section!.entries[0]!.find((f) => f.key === "answers")!.value).toEqual(expected);
  });
});

describe("storedAnswerRows: every stored answer, as the declaration page words it", () => {
  const gift = DECLARATION_FORMS.gift;
  it.each([
    // [stored answers, the rows expected among the result (name, label, value)]
    [
      { direction: "received", giver: "Uitgeverij Zuid", valueEuros: "25" },
      [
        { name: "direction", label: "Wat is er gebeurd?", value: "Ik heb het gekregen" },
        { name: "giver", value: "Uitgeverij Zuid" },
        { name: "valueEuros", value: "€ 25,00" },
      ],
    ],
    // A question the form does not ask (any more): kept, under its stored name.
    [{ direction: "received", oldQuestion: "ja" }, [{ name: "oldQuestion", label: "oldQuestion", value: "ja" }]],
    [{ direction: "received", oldList: ["a", "b"] }, [{ name: "oldList", label: "oldList", value: '["a","b"]' }]],
  ] as const)("%j", (raw, expected) => {
    const rows = storedAnswerRows(gift, raw, ctx, "nl");
    for (const row of expected) expect(rows).toContainEqual(expect.objectContaining(row));
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it("shows an answer to a question hidden by another answer, with the question's label and words", () => {
    // The gemeente asks for exception grounds, but not when the gift was refused at the offer.
    const gemeente: FormContext = { profileId: "gemeente", profile: getProfile("gemeente"), today: "2026-06-01" };
    const raw = { direction: "declined-at-offer", exceptionGrounds: ["x"] };
    const field = gift.fields(gemeente).find((f) => f.name === "exceptionGrounds")!;
    expect(field.showIf!(raw, gemeente)).toBe(false);
    expect(storedAnswerRows(gift, raw, gemeente, "en")).toContainEqual({
      name: "exceptionGrounds",
      label: field.label.en,
      value: "x",
    });
  });
});
