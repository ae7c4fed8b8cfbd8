import { describe, expect, it } from "vitest";
import { reportSections, reportValue } from "@/lib/privacy/my-data-report";

describe("reportValue", () => {
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
