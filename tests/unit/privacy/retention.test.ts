// Retention date math at the boundaries (Europe/Amsterdam calendar months; decision 011's reading of
// anniversaries that do not exist), the bounds, and when a declaration counts as closed.
import { describe, expect, it } from "vitest";
import {
  RETENTION_CATEGORIES,
  RETENTION_POLICY,
  closedSince,
  effectiveRetention,
  isPastRetention,
  retentionCutoff,
  type ClosedDeclarationFacts,
} from "@/lib/privacy/retention";
import { RetentionSchema } from "@/lib/privacy/schemas";

/** An instant given as Amsterdam wall time (winter: +01:00, summer: +02:00). */
const ams = (s: string, offset = "+01:00") => new Date(`${s}${offset}`);

describe("retention cutoff", () => {
  it("exactly 7 years after closing the period is over; one millisecond earlier it is not", () => {
    const closed = ams("2019-03-01T10:00:00");
    expect(isPastRetention(closed, 84, ams("2026-03-01T10:00:00"))).toBe(true);
    expect(isPastRetention(closed, 84, new Date(ams("2026-03-01T10:00:00").getTime() - 1))).toBe(false);
    expect(isPastRetention(closed, 84, ams("2026-02-28T23:59:59"))).toBe(false);
  });

  it("counts calendar months in Amsterdam across the change to summer time", () => {
    // 1 March 10:00 (winter time) + 1 month = 1 April 10:00 (summer time), not 09:00 or 11:00.
    expect(retentionCutoff(ams("2026-04-01T10:00:00", "+02:00"), 1).toISOString()).toBe(
      ams("2026-03-01T10:00:00").toISOString(),
    );
    expect(isPastRetention(ams("2026-03-01T10:00:00"), 1, ams("2026-04-01T09:59:59", "+02:00"))).toBe(false);
    expect(isPastRetention(ams("2026-03-01T10:00:00"), 1, ams("2026-04-01T10:00:00", "+02:00"))).toBe(true);
  });

  it("an anniversary that does not exist: 29 February is kept through 28 February and goes on 1 March", () => {
    const leap = ams("2024-02-29T12:00:00");
    expect(isPastRetention(leap, 12, ams("2025-02-28T23:00:00"))).toBe(false);
    expect(isPastRetention(leap, 12, ams("2025-03-01T12:00:00"))).toBe(true);
    // 31 August + 6 months: no 31 February, so it stays until 1 March.
    expect(isPastRetention(ams("2025-08-31T09:00:00", "+02:00"), 6, ams("2026-02-28T23:00:00"))).toBe(false);
    expect(isPastRetention(ams("2025-08-31T09:00:00", "+02:00"), 6, ams("2026-03-01T09:00:00"))).toBe(true);
  });

  it("never removes early: for every day of two years, reference + months <= now whenever it is past", () => {
    const now = ams("2026-03-31T08:00:00", "+02:00");
    for (const months of [1, 3, 6, 12, 36, 84]) {
      const cutoff = retentionCutoff(now, months);
      // The cutoff itself is past; the cutoff's anniversary is not after now.
      expect(isPastRetention(cutoff, months, now)).toBe(true);
      expect(isPastRetention(new Date(cutoff.getTime() + 1), months, now)).toBe(false);
    }
  });

  it("refuses a negative or broken period", () => {
    expect(() => retentionCutoff(new Date(), -1)).toThrow();
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow();
  });
});

describe("retention settings", () => {
  it("uses the organisation's rule where it has one and the proposed default elsewhere", () => {
    const months = effectiveRetention([{ category: "DRAFTS", retentionMonths: 12 }]);
    expect(months.DRAFTS).toBe(12);
    expect(months.CLOSED_DECLARATIONS).toBe(84);
    expect(months.NOTIFICATIONS).toBe(12);
    expect(months.PEOPLE_IMPORTS).toBe(3);
    expect(months.REGISTER_HISTORY).toBe(60);
    expect(months.CAMPAIGN_RESPONSES).toBe(36);
  });

  it("has defaults within the bounds", () => {
    for (const c of RETENTION_CATEGORIES) {
      const p = RETENTION_POLICY[c];
      expect(p.minMonths).toBeGreaterThanOrEqual(1);
      expect(p.defaultMonths).toBeGreaterThanOrEqual(p.minMonths);
      expect(p.defaultMonths).toBeLessThanOrEqual(p.maxMonths);
    }
  });

  const form = (over: Record<string, string> = {}) => ({
    ...Object.fromEntries(
      RETENTION_CATEGORIES.flatMap((c) => [
        [`months_${c}`, String(RETENTION_POLICY[c].defaultMonths)],
        [`version_${c}`, "0"],
      ]),
    ),
    ...over,
  });

  it("accepts the bounds themselves and refuses one beyond, per field", () => {
    expect(RetentionSchema.safeParse(form({ months_DRAFTS: "1", months_CLOSED_DECLARATIONS: "240" })).success).toBe(
      true,
    );
    const issues =
      RetentionSchema.safeParse(
        form({
          months_DRAFTS: "0",
          months_CLOSED_DECLARATIONS: "241",
          months_NOTIFICATIONS: "",
          months_PEOPLE_IMPORTS: "2,5",
        }),
      ).error?.issues ?? [];
    // The first problem per field is the one shown (as the action does).
    const byField: Record<string, string> = {};
    for (const i of issues) byField[String(i.path[0])] ??= i.message;
    expect(byField).toEqual({
      months_DRAFTS: "monthsMin",
      months_CLOSED_DECLARATIONS: "monthsMax",
      months_NOTIFICATIONS: "monthsRequired",
      months_PEOPLE_IMPORTS: "monthsWhole",
    });
  });

  it("turns the form into one period per category with its version", () => {
    const parsed = RetentionSchema.parse(form({ months_DRAFTS: " 9 ", version_DRAFTS: "3" }));
    expect(parsed.periods).toHaveLength(6);
    expect(parsed.periods.find((p) => p.category === "DRAFTS")).toEqual({ category: "DRAFTS", months: 9, version: 3 });
  });
});

describe("when a declaration counts as closed", () => {
  const now = ams("2026-06-01T12:00:00", "+02:00");
  const base: ClosedDeclarationFacts = {
    type: "GIFT",
    status: "APPROVED",
    updatedAt: ams("2019-01-10T10:00:00"),
    answers: {},
    acceptedFollowUps: [],
    employmentEnd: null,
  };

  it("open declarations and drafts are never closed", () => {
    for (const status of ["DRAFT", "SUBMITTED", "INFO_REQUESTED", "ESCALATED"] as const)
      expect(closedSince({ ...base, status }, now), status).toBeNull();
  });

  it("a decided, registered or withdrawn declaration counts from its last change", () => {
    for (const status of [
      "APPROVED",
      "APPROVED_WITH_CONDITIONS",
      "REFUSED",
      "REGISTERED",
      "WITHDRAWN",
      "ENDED",
    ] as const) {
      expect(closedSince({ ...base, status }, now), status).toEqual(base.updatedAt);
    }
  });

  it("a side job that still runs is never closed, however old", () => {
    for (const status of ["APPROVED", "APPROVED_WITH_CONDITIONS", "REGISTERED"] as const) {
      expect(closedSince({ ...base, type: "SIDE_JOB", status }, now), status).toBeNull();
    }
    // A refused or withdrawn side job never ran: it counts from the refusal or withdrawal.
    expect(closedSince({ ...base, type: "SIDE_JOB", status: "REFUSED" }, now)).toEqual(base.updatedAt);
  });

  it("a side job counts from its end: the reported end date, the accepted change that replaced it, or the end of employment", () => {
    const sideJob = { ...base, type: "SIDE_JOB" as const };
    expect(closedSince({ ...sideJob, answers: { change: "ended", endDate: "2020-05-31" } }, now)).toEqual(
      new Date("2020-06-01T00:00:00Z"),
    );
    const replaced = ams("2021-02-03T09:00:00");
    expect(closedSince({ ...sideJob, acceptedFollowUps: [replaced] }, now)).toEqual(replaced);
    expect(closedSince({ ...sideJob, employmentEnd: new Date("2022-12-31T00:00:00Z") }, now)).toEqual(
      new Date("2023-01-01T00:00:00Z"),
    );
    // Employment that ends in the future: the side job still runs.
    expect(closedSince({ ...sideJob, employmentEnd: new Date("2026-12-31T00:00:00Z") }, now)).toBeNull();
  });

  it("an approved side job that ended exactly 7 years ago is past; the day before it is not", () => {
    const ended = { ...base, type: "SIDE_JOB" as const, answers: { change: "ended", endDate: "2019-05-31" } };
    const since = closedSince(ended, now)!;
    expect(isPastRetention(since, 84, new Date("2026-06-01T00:00:00Z"))).toBe(true);
    expect(isPastRetention(since, 84, new Date("2026-05-31T23:59:59Z"))).toBe(false);
  });
});
