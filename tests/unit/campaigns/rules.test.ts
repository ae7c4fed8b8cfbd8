import { describe, expect, it } from "vitest";
import {
  addDays,
  allowedYears,
  answerVerdict,
  canClose,
  completion,
  isReminderDay,
  latestDueOn,
  onDemandReminderRefusal,
  percentOf,
} from "@/lib/campaigns/rules";
import { remindersPerDay } from "@/lib/config";

describe("campaign calendar", () => {
  it.each([
    ["2026-03-28", 1, "2026-03-29"], // the night clocks go forward
    ["2026-10-25", -1, "2026-10-24"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"], // leap year
    ["2027-02-28", 1, "2027-03-01"],
    ["2026-12-08", -7, "2026-12-01"],
  ])("%s plus %i days is %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  const campaign = { opensOn: "2026-11-01", dueOn: "2026-12-15" };
  it.each([
    ["2026-12-08", true], // 7 days before
    ["2026-12-14", true], // 1 day before
    ["2026-12-15", true], // the due date
    ["2026-12-07", false],
    ["2026-12-09", false],
    ["2026-12-13", false],
    ["2026-12-16", false], // after the due date: no more reminders
  ])("reminds on %s: %s", (today, expected) => {
    expect(isReminderDay(campaign, today)).toBe(expected);
  });

  it("does not remind on the opening day, which already brought the opening message", () => {
    expect(isReminderDay({ opensOn: "2026-12-14", dueOn: "2026-12-15" }, "2026-12-14")).toBe(false);
    expect(isReminderDay({ opensOn: "2026-12-14", dueOn: "2026-12-15" }, "2026-12-15")).toBe(true);
    expect(isReminderDay({ opensOn: "2026-12-08", dueOn: "2026-12-15" }, "2026-12-08")).toBe(false);
  });

  it("a campaign covers this year or last year, and is due at most a year ahead", () => {
    expect(allowedYears("2027-01-10")).toEqual([2027, 2026]);
    expect(latestDueOn("2026-12-01")).toBe("2027-12-02");
  });
});

describe("who may answer", () => {
  const open = { status: "OPEN" as const, dueOn: "2026-12-15" };
  it("takes a first answer while open, also after the due date", () => {
    expect(answerVerdict(open, false, "2026-12-01")).toBe("ok");
    expect(answerVerdict(open, false, "2026-12-15")).toBe("ok");
    expect(answerVerdict(open, false, "2026-12-20")).toBe("ok");
  });
  it("takes a change up to and including the due date", () => {
    expect(answerVerdict(open, true, "2026-12-15")).toBe("ok");
    expect(answerVerdict(open, true, "2026-12-16")).toBe("past-due");
  });
  it("takes nothing once closed", () => {
    expect(answerVerdict({ ...open, status: "CLOSED" }, false, "2026-12-01")).toBe("closed");
    expect(answerVerdict({ ...open, status: "CLOSED" }, true, "2026-12-01")).toBe("closed");
  });
});

describe("completion", () => {
  it("rounds percentages down, so 199 of 200 never shows as 100 %", () => {
    expect(percentOf(199, 200)).toBe(99);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(200, 200)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });

  it("counts everyone once: answered in the unit they answered from, others in their unit now", () => {
    const population = [
      { id: "a", unitId: "u1" },
      { id: "b", unitId: "u2" }, // answered from u1, moved to u2 since
      { id: "c", unitId: "u2" },
      { id: "d", unitId: null },
      { id: "e", unitId: null },
    ];
    const responses = [
      { personId: "a", answer: "COMPLETE" as const, unitId: "u1" },
      { personId: "b", answer: "NOTHING_TO_DECLARE" as const, unitId: "u1" },
      { personId: "e", answer: "COMPLETE" as const, unitId: null },
      { personId: "gone", answer: "COMPLETE" as const, unitId: "u1" }, // left the organisation since: not counted
    ];
    const result = completion(population, responses);
    expect(result).toMatchObject({
      total: 5,
      answered: 3,
      percent: 60,
      counts: { COMPLETE: 2, NOTHING_TO_DECLARE: 1 },
    });
    expect(Object.fromEntries(result.perUnit.map((u) => [String(u.unitId), [u.answered, u.total, u.percent]]))).toEqual(
      {
        u1: [2, 2, 100],
        u2: [0, 1, 0],
        null: [1, 2, 50],
      },
    );
  });

  it("an empty organisation is 0 of 0", () => {
    expect(completion([], [])).toEqual({
      total: 0,
      answered: 0,
      percent: 0,
      counts: { COMPLETE: 0, NOTHING_TO_DECLARE: 0 },
      perUnit: [],
    });
  });
});

describe("closing a campaign", () => {
  it.each([
    ["OPEN", true],
    ["CLOSED", false],
  ] as const)("a campaign that is %s can be closed: %s", (status, expected) => {
    expect(canClose({ status })).toBe(expected);
  });
});

describe("reminding now (decision 068)", () => {
  it("allows one on-demand reminder per campaign per day unless REMINDERS_PER_DAY says otherwise", () => {
    expect(remindersPerDay({})).toBe(1);
    expect(remindersPerDay({ REMINDERS_PER_DAY: "3" })).toBe(3);
  });
  it.each([
    ["OPEN", 0, 1, null],
    ["OPEN", 0, 500, null],
    ["OPEN", 0, 0, "nobody"],
    ["OPEN", 1, 1, "alreadyToday"],
    ["OPEN", 1, 0, "alreadyToday"],
    ["OPEN", 2, 3, "alreadyToday"],
    ["CLOSED", 0, 1, "closed"],
    ["CLOSED", 1, 0, "closed"],
  ] as const)("status %s, sent today %i, %i to remind: %s", (status, sentToday, recipients, expected) =>
    expect(onDemandReminderRefusal({ status, sentToday, recipients, perDay: 1 })).toBe(expected),
  );
  it.each([
    [2, 1, 5, undefined, null],
    [2, 2, 5, undefined, "alreadyToday"],
    [3, 2, 5, true, null],
    [1, 0, 5, true, null],
    [1, 0, 5, false, "unpublished"],
    [1, 1, 0, false, "unpublished"],
  ] as const)(
    "%i a day, sent today %i, %i to remind, shared %s: %s",
    (perDay, sentToday, recipients, published, expected) =>
      expect(onDemandReminderRefusal({ status: "OPEN", sentToday, recipients, perDay, published })).toBe(expected),
  );
  it("refuses a closed campaign before anything else, also to a manager", () =>
    expect(
      onDemandReminderRefusal({ status: "CLOSED", sentToday: 0, recipients: 3, perDay: 1, published: false }),
    ).toBe("closed"));
});
