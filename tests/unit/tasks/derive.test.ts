import { describe, expect, it } from "vitest";
import { daysBetween, deriveTasks, remindersDue, TASK_KINDS, type OpenItem } from "@/lib/tasks/derive";

const item = (kind: OpenItem["kind"], id: string, since: string): OpenItem => ({ kind, id, since });

describe("deriveTasks", () => {
  it.each<[string, OpenItem[], ReturnType<typeof deriveTasks>]>([
    ["nothing to do: no groups", [], []],
    [
      "one declaration to decide links to its decision page",
      [item("decide", "d1", "2026-11-02T09:00:00.000Z")],
      [{ kind: "decide", count: 1, oldest: "2026-11-02T09:00:00.000Z", href: "/beslissen/d1" }],
    ],
    [
      "two to decide link to the queue, with the oldest date",
      [item("decide", "d2", "2026-11-05T09:00:00.000Z"), item("decide", "d1", "2026-11-02T09:00:00.000Z")],
      [{ kind: "decide", count: 2, oldest: "2026-11-02T09:00:00.000Z", href: "/beslissen" }],
    ],
    [
      "as deputy is its own line",
      [item("decideAsDeputy", "d3", "2026-10-01T08:00:00.000Z"), item("decide", "d1", "2026-11-02T09:00:00.000Z")],
      [
        { kind: "decide", count: 1, oldest: "2026-11-02T09:00:00.000Z", href: "/beslissen/d1" },
        { kind: "decideAsDeputy", count: 1, oldest: "2026-10-01T08:00:00.000Z", href: "/beslissen/d3" },
      ],
    ],
    [
      "a question and conditions link to the declaration",
      [
        item("confirmConditions", "c1", "2026-11-01T10:00:00.000Z"),
        item("answerQuestion", "q1", "2026-11-03T10:00:00.000Z"),
      ],
      [
        { kind: "answerQuestion", count: 1, oldest: "2026-11-03T10:00:00.000Z", href: "/meldingen/q1" },
        { kind: "confirmConditions", count: 1, oldest: "2026-11-01T10:00:00.000Z", href: "/meldingen/c1" },
      ],
    ],
    [
      "escalated, overdue, annual and register link to their lists even for one",
      [
        item("reviewRegister", "r1", "2026-11-01T10:00:00.000Z"),
        item("overdueDecisions", "o1", "2026-10-01T10:00:00.000Z"),
        item("annualDeclaration", "k1", "2026-12-31"),
        item("decideEscalated", "e1", "2026-11-20T10:00:00.000Z"),
      ],
      [
        { kind: "decideEscalated", count: 1, oldest: "2026-11-20T10:00:00.000Z", href: "/integriteit" },
        { kind: "overdueDecisions", count: 1, oldest: "2026-10-01T10:00:00.000Z", href: "/integriteit/overzicht" },
        { kind: "annualDeclaration", count: 1, oldest: "2026-12-31", href: "/jaarverklaring" },
        { kind: "reviewRegister", count: 1, oldest: "2026-11-01T10:00:00.000Z", href: "/beheer/register" },
      ],
    ],
    [
      "the same declaration found twice counts once",
      [item("finishDraft", "x", "2026-11-01T10:00:00.000Z"), item("finishDraft", "x", "2026-11-01T10:00:00.000Z")],
      [{ kind: "finishDraft", count: 1, oldest: "2026-11-01T10:00:00.000Z", href: "/meldingen/x" }],
    ],
  ])("%s", (_name, items, expected) => {
    expect(deriveTasks(items)).toEqual(expected);
  });

  it("lists kinds in the fixed order whatever order the items come in", () => {
    const items = [...TASK_KINDS].reverse().map((k, i) => item(k, `i${i}`, "2026-11-01T00:00:00.000Z"));
    expect(deriveTasks(items).map((g) => g.kind)).toEqual([...TASK_KINDS]);
  });
});

describe("remindersDue", () => {
  /** A question asked on 1 November 2026. */
  const question = () => item("answerQuestion", "q", "2026-11-01T10:00:00.000Z");
  it.each<[string, OpenItem, string, number, string | null]>([
    ["a question answered within the period: no reminder", question(), "2026-11-05", 5, null],
    ["on the day the period is reached: the first reminder", question(), "2026-11-06", 5, "task:answerQuestion:q:1"],
    ["the day after: the same key, so no second e-mail", question(), "2026-11-07", 5, "task:answerQuestion:q:1"],
    ["after twice the period: the next reminder", question(), "2026-11-11", 5, "task:answerQuestion:q:2"],
    [
      "conditions unconfirmed",
      item("confirmConditions", "c", "2026-11-01T10:00:00.000Z"),
      "2026-11-11",
      10,
      "task:confirmConditions:c:1",
    ],
    [
      "a deputy's decision",
      item("decideAsDeputy", "d", "2026-11-01T10:00:00.000Z"),
      "2026-11-04",
      3,
      "task:decideAsDeputy:d:1",
    ],
    [
      "the manager's own decisions have the decision reminder, not this one",
      item("decide", "d", "2026-10-01T10:00:00.000Z"),
      "2026-11-04",
      3,
      null,
    ],
    ["drafts are not reminded here", item("finishDraft", "x", "2026-10-01T10:00:00.000Z"), "2026-11-04", 3, null],
  ])("%s", (_name, it_, today, after, key) => {
    const due = remindersDue([it_], today, after);
    expect(due.map((d) => d.key)).toEqual(key ? [key] : []);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a period of %s days", (after) => {
    expect(() => remindersDue([], "2026-11-01", after)).toThrow(RangeError);
  });

  it.each([
    ["2026-11-01", "2026-11-01", 0],
    ["2026-11-01T22:59:00.000Z", "2026-11-02", 1],
    ["2026-11-01T23:30:00.000Z", "2026-11-02", 0],
    ["2026-06-01T22:30:00.000Z", "2026-06-02", 0],
    ["2026-06-01T21:59:00.000Z", "2026-06-02", 1],
    ["2026-02-28", "2026-03-01", 1],
    ["2028-02-28", "2028-03-01", 2],
  ] as const)("daysBetween(%s, %s) = %s", (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});
