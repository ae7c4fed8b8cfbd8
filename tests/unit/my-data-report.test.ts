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
          { kind: "text", text: "HR" },
          { kind: "text", text: "MANAGER" },
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
      { kind: "entries", entries: [[{ key: "outcome", value: { kind: "text", text: "REFUSED" } }]] },
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
