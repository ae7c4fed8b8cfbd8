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
