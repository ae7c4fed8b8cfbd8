import { describe, expect, it } from "vitest";
import { daysWaiting, isOverdue, overdueReminderRefusal } from "@/lib/reminders/rules";

const NOW = new Date("2026-12-05T10:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const DAY = 86_400_000;

describe("an overdue decision (decision 068): the overview's and the daily reminder's rule", () => {
  it.each([
    [10 * DAY + 1, 10, true],
    [10 * DAY, 10, false], // exactly the term: not late yet
    [10 * DAY - 1, 10, false],
    [1, 0, true],
    [0, 0, false],
  ])("sent %i ms ago with a term of %i days: overdue %s", (waited, days, expected) =>
    expect(isOverdue(ago(waited), NOW, days)).toBe(expected),
  );
  it.each([
    [DAY - 1, 0],
    [DAY, 1],
    [30 * DAY + 5, 30],
  ])("waited %i ms: %i whole days", (waited, days) => expect(daysWaiting(ago(waited), NOW)).toBe(days));
});

describe("when an integrity officer may remind the manager", () => {
  const base = {
    waitsForManager: true,
    submittedAt: ago(11 * DAY),
    now: NOW,
    overdueDays: 10,
    sentToday: 0,
    perDay: 1,
  };
  it.each([
    [{}, null],
    [{ waitsForManager: false }, "notWaitingForManager"],
    [{ waitsForManager: false, sentToday: 1 }, "notWaitingForManager"],
    [{ submittedAt: ago(10 * DAY) }, "notOverdue"],
    [{ submittedAt: ago(10 * DAY), sentToday: 1 }, "notOverdue"],
    [{ sentToday: 1 }, "alreadyToday"],
    [{ sentToday: 1, perDay: 2 }, null],
    [{ sentToday: 2, perDay: 2 }, "alreadyToday"],
  ] as const)("%o: %s", (over, expected) => expect(overdueReminderRefusal({ ...base, ...over })).toBe(expected));
});
