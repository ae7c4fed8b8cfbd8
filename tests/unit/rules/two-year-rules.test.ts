import { describe, expect, it } from "vitest";
import { getProfile, monthsLater, tightenProfile, type ProfileId } from "@/lib/rules";
import { codes, exMinister, hire, jobMove, ruleIds, run } from "./helpers";

describe("calendar: two years to the day", () => {
  it.each([
    ["2024-03-15", 24, "2026-03-15"],
    ["2024-02-29", 24, "2026-03-01"], // no 29 Feb 2026: the period ends with 28 Feb, day 1 is 1 Mar (decision 011)
    ["2024-02-29", 48, "2028-02-29"],
    ["2023-02-28", 12, "2024-02-28"],
    ["2025-08-31", 6, "2026-03-01"],
  ])("%s + %i months -> first day outside is %s", (from, months, expected) => {
    expect(monthsLater(from, months)).toBe(expected);
  });
});

// The codes count from the end of the employment: "niet binnen twee jaar na ontslag" (003 L457-458), "korter dan 2
// jaar uit dienst" (002 L270-272). The form asks for the last day of the employment; the candidate is out of service
// from the next day, and the two years end on the anniversary of that day (decisions 011, 038).
describe("provincie: no hiring of former employees within two years of the end of employment — 003 L456-458", () => {
  it.each<[string, string, string, string]>([
    [
      "last day 14 Mar 2024 (ontslag per 15 Mar), hire 14 Mar 2026: a day short of two years — 003 L457-458",
      "2024-03-14",
      "2026-03-14",
      "not-permitted",
    ],
    [
      "last day 14 Mar 2024, hire 15 Mar 2026: two years to the day — 003 L457-458",
      "2024-03-14",
      "2026-03-15",
      "no-duty",
    ],
    [
      "last day 15 Mar 2024, hire 15 Mar 2026: the day the old count (from the last day) let through — 003 L457-458",
      "2024-03-15",
      "2026-03-15",
      "not-permitted",
    ],
    ["last day 15 Mar 2024, hire 16 Mar 2026: outside — 003 L457-458", "2024-03-15", "2026-03-16", "no-duty"],
    [
      "last day 28 Feb 2024 (out from 29 Feb), hire 28 Feb 2026: still within — 003 L462, decision 011",
      "2024-02-28",
      "2026-02-28",
      "not-permitted",
    ],
    [
      "last day 28 Feb 2024 (out from 29 Feb), hire 1 Mar 2026: outside — 003 L462, decision 011",
      "2024-02-28",
      "2026-03-01",
      "no-duty",
    ],
    [
      "last day 29 Feb 2024 (out from 1 Mar), hire 28 Feb 2026: within — 003 L462",
      "2024-02-29",
      "2026-02-28",
      "not-permitted",
    ],
    [
      "last day 29 Feb 2024 (out from 1 Mar), hire 1 Mar 2026: outside — 003 L462",
      "2024-02-29",
      "2026-03-01",
      "no-duty",
    ],
  ])("%s", (_t, ended, start, outcome) => {
    const v = run(hire({ employmentEndedOn: ended, plannedStart: start, weightyReasons: true }), "provincie");
    expect(v.outcome).toBe(outcome);
  });

  it("the verdict names the last day inside the period and the first day a hire can start — 003 L457-458", () => {
    const v = run(hire({ employmentEndedOn: "2024-03-15", plannedStart: "2026-03-15" }), "provincie");
    expect(v.reasons.find((r) => r.ruleId === "former-employee.two-year-ban@provincie")?.message.en).toMatch(
      /up to and including 2026-03-15; a hire can start from 2026-03-16/,
    );
  });

  it("a hire cannot start on or before the last day of employment: that is hiring current staff", () => {
    expect(() => run(hire({ employmentEndedOn: "2026-03-01", plannedStart: "2026-03-01" }), "provincie")).toThrow();
    expect(run(hire({ employmentEndedOn: "2026-02-28", plannedStart: "2026-03-01" }), "provincie").outcome).toBe(
      "not-permitted",
    );
  });

  it("no exception clause: weighty reasons do not help within two years — 003 L457-458", () => {
    const v = run(
      hire({ employmentEndedOn: "2025-06-01", plannedStart: "2026-03-01", weightyReasons: true }),
      "provincie",
    );
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("do-not-hire");
  });

  it("a current employee as external only very exceptionally — 003 L456-457", () => {
    expect(run(hire({ employmentEndedOn: null, weightyReasons: false }), "provincie").outcome).toBe("not-permitted");
    const v = run(hire({ employmentEndedOn: null, weightyReasons: true }), "provincie");
    expect(v.outcome).toBe("approval-required");
    expect(v.decider).toBe("top");
  });
});

describe("gemeente: avoid hiring people less than two years out of service unless weighty reasons — 002 L270-272", () => {
  it.each<[string, boolean, string, string]>([
    [
      "last day 14 Mar 2024, hire 14 Mar 2026, no weighty reasons: avoided — 002 L270-272",
      false,
      "2026-03-14",
      "not-permitted",
    ],
    [
      "last day 14 Mar 2024, hire 14 Mar 2026, weighty reasons: the top decides — 002 L272",
      true,
      "2026-03-14",
      "approval-required",
    ],
    [
      "last day 14 Mar 2024, hire 15 Mar 2026: two years out of service, normal rules — 002 L270-271",
      false,
      "2026-03-15",
      "no-duty",
    ],
  ])("%s", (_t, weighty, start, outcome) => {
    const v = run(hire({ employmentEndedOn: "2024-03-14", plannedStart: start, weightyReasons: weighty }), "gemeente");
    expect(v.outcome).toBe(outcome);
    if (outcome === "approval-required") {
      expect(v.decider).toBe("top");
      expect(v.deciderLabel.nl).toMatch(/gemeentesecretaris/);
    }
  });

  it("the verdict says 'avoid', as the code does, not 'forbidden' — 002 L270", () => {
    const v = run(hire({ employmentEndedOn: "2025-06-01", plannedStart: "2026-03-01" }), "gemeente");
    const msg = v.reasons.find((r) => r.ruleId === "former-employee.avoid-two-years@gemeente")!.message;
    expect(msg.nl).toMatch(/vermijd/);
    expect(msg.nl).not.toMatch(/verboden|mag niet/);
  });

  it("someone still employed is not 'uit dienst': the two-year rule does not apply, the manager discusses it — 002 L262-272", () => {
    for (const weighty of [false, true]) {
      const v = run(hire({ employmentEndedOn: null, weightyReasons: weighty }), "gemeente");
      expect(v.outcome).toBe("approval-required");
      expect(v.decider).toBe("manager");
      expect(ruleIds(v)).toEqual(["former-employee.still-employed@gemeente"]);
      expect(ruleIds(v)).not.toContain("former-employee.avoid-two-years@gemeente");
    }
  });
});

describe("rijk / eerste-kamer: no fixed period, be extra alert", () => {
  it.each<[string, ProfileId]>([
    ["rijk — 000 L1128, L1145-1156", "rijk"],
    ["eerste-kamer — 001 L489, L495", "eerste-kamer"],
  ])("hiring a former civil servant needs justification (%s)", (_t, profile) => {
    const v = run(hire({ employmentEndedOn: "2026-01-01", plannedStart: "2026-03-01" }), profile);
    expect(v.outcome).toBe("approval-required");
    expect(codes(v)).toContain("justify-in-writing");
  });

  it("severance pay and the same work is called undesirable — 000 L1150-1153", () => {
    const v = run(hire({ leftWithSeverancePay: true, sameWork: true }), "rijk");
    expect(v.reasons.find((r) => r.ruleId === "former-employee.extra-alert@rijk")?.message.nl).toMatch(/ongewenst/);
  });

  it("a rijk organisation adding a 24-month period blocks a hire without weighty reasons — 000 L100-106", () => {
    const t = tightenProfile(getProfile("rijk"), { rehireCoolingMonths: 24 });
    if (!t.ok) throw new Error("tightening failed");
    expect(run(hire({ employmentEndedOn: "2025-01-31", plannedStart: "2026-03-01" }), t.profile).outcome).toBe(
      "not-permitted",
    );
    expect(run(hire({ employmentEndedOn: "2023-01-31", plannedStart: "2026-03-01" }), t.profile).outcome).toBe(
      "approval-required",
    );
    // The organisation's own period counts from the end of employment as well: last day 28 Feb 2024 -> out from 29 Feb.
    expect(run(hire({ employmentEndedOn: "2024-02-28", plannedStart: "2026-02-28" }), t.profile).outcome).toBe(
      "not-permitted",
    );
  });
});

describe("ex-minister contacts (two-year lobbying ban)", () => {
  it.each<[string, ProfileId, string, string, string]>([
    [
      "rijk, a day less than two years, former policy area: not permitted, refer to SG — 000 L980-987",
      "rijk",
      "2024-03-15",
      "2026-03-14",
      "not-permitted",
    ],
    ["rijk, two years to the day: ban over — 000 L980-981", "rijk", "2024-03-15", "2026-03-15", "no-duty"],
    [
      "rijk, left 29 Feb 2024, contact 28 Feb 2026: within — 000 L980-981",
      "rijk",
      "2024-02-29",
      "2026-02-28",
      "not-permitted",
    ],
    ["rijk, left 29 Feb 2024, contact 1 Mar 2026: over — 000 L980-981", "rijk", "2024-02-29", "2026-03-01", "no-duty"],
    [
      "eerste-kamer within two years: refer to the Griffier — 001 L443",
      "eerste-kamer",
      "2025-06-01",
      "2026-03-01",
      "not-permitted",
    ],
  ])("%s", (_t, profile, left, contact, outcome) => {
    const v = run(exMinister({ ministerLeftOfficeOn: left, contactDate: contact }), profile);
    expect(v.outcome).toBe(outcome);
    if (outcome === "not-permitted") {
      expect(v.decider).toBe("top");
      expect(codes(v)).toEqual(expect.arrayContaining(["no-business-contact", "refer-to-top"]));
      expect(v.deciderLabel.nl).toMatch(profile === "rijk" ? /Secretaris-Generaal/ : /Griffier/);
    }
  });

  // 000 L980-987 counts from the day of leaving office; when only the month or the year is known, the latest day
  // it can have been is taken (never after today), so the ban never ends early (decision 038). NOW is 2026-03-02.
  it.each<[string, string, string, string, string]>([
    [
      "month known (Mar 2024): counted from 31 Mar 2024, contact 30 Mar 2026 within",
      "month",
      "2024-03-01",
      "2026-03-30",
      "not-permitted",
    ],
    [
      "month known (Mar 2024): contact 31 Mar 2026 is two years after the latest day",
      "month",
      "2024-03-01",
      "2026-03-31",
      "no-duty",
    ],
    [
      "month known (Mar 2024): the old 'pick the 1st' advice would have ended the ban on 1 Mar 2026",
      "month",
      "2024-03-01",
      "2026-03-01",
      "not-permitted",
    ],
    [
      "month known (Feb 2024): counted from 29 Feb 2024, contact 28 Feb 2026 within",
      "month",
      "2024-02-01",
      "2026-02-28",
      "not-permitted",
    ],
    [
      "month known (Feb 2024): contact 1 Mar 2026 outside (decision 011)",
      "month",
      "2024-02-01",
      "2026-03-01",
      "no-duty",
    ],
    [
      "year known (2024): counted from 31 Dec 2024, contact 30 Dec 2026 within",
      "year",
      "2024-01-01",
      "2026-12-30",
      "not-permitted",
    ],
    ["year known (2024): contact 31 Dec 2026 outside", "year", "2024-01-01", "2026-12-31", "no-duty"],
    [
      "year known (2026, this year): not later than today, 2 Mar 2026; contact 1 Mar 2028 within",
      "year",
      "2026-01-01",
      "2028-03-01",
      "not-permitted",
    ],
    ["year known (2026, this year): contact 2 Mar 2028 outside", "year", "2026-01-01", "2028-03-02", "no-duty"],
  ])("rijk, %s — 000 L980-987", (_t, known, left, contact, outcome) => {
    const v = run(exMinister({ ministerLeftOfficeOn: left, leftOfficeKnown: known, contactDate: contact }), "rijk");
    expect(v.outcome).toBe(outcome);
    expect(ruleIds(v)).toContain("ex-minister.leaving-date-unknown@rijk");
  });

  it("an exact day adds no reading of an unknown date — 000 L980-981", () => {
    expect(ruleIds(run(exMinister(), "rijk"))).not.toContain("ex-minister.leaving-date-unknown@rijk");
  });

  it.each<[ProfileId, string]>([
    ["rijk", "000 L983-984"],
    ["eerste-kamer", "001 L443"],
  ])(
    "%s: a private contact is outside the ban, which covers contact 'vanuit jouw ambtelijk functioneren' — %s",
    (profile) => {
      const v = run(exMinister({ capacity: "private", formerPolicyArea: "yes" }), profile);
      expect(v.outcome).toBe("no-duty");
      expect(v.decider).toBe("none");
      expect(ruleIds(v)).toEqual([`ex-minister.private-capacity@${profile}`]);
      // The same contact for work is forbidden.
      expect(run(exMinister({ capacity: "official", formerPolicyArea: "yes" }), profile).outcome).toBe("not-permitted");
    },
  );

  it("unsure about the policy area: referred to the top — 000 L985-987", () => {
    const v = run(exMinister({ formerPolicyArea: "unsure" }), "rijk");
    expect(v.outcome).toBe("approval-required");
    expect(v.decider).toBe("top");
  });

  it("another policy area within two years: no duty — 000 L984-985", () => {
    expect(run(exMinister({ formerPolicyArea: "no" }), "rijk").outcome).toBe("no-duty");
  });

  it.each<[string, ProfileId]>([
    ["gemeente has no such rule — 002 L683-686", "gemeente"],
    ["provincie has no such rule — 003 L410-416", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(exMinister(), profile);
    expect(v.outcome).toBe("no-duty");
    expect(ruleIds(v)).toEqual([`ex-minister.no-rule@${profile}`]);
  });
});

describe("sensitive job move (cooling-off is tailor-made)", () => {
  it("rijk: report in time, discuss risks, agree a tailor-made cooling-off — 000 L921-926", () => {
    const v = run(jobMove(), "rijk", { person: { vulnerableFunction: true } });
    expect(v.outcome).toBe("approval-required");
    expect(codes(v)).toEqual(expect.arrayContaining(["report-move-in-time", "discuss-risks", "agree-cooling-off"]));
  });

  it("eerste-kamer: same principles — 001 L421-425", () => {
    expect(run(jobMove(), "eerste-kamer").outcome).toBe("approval-required");
  });

  it("not sensitive: no duty — 000 L903-910", () => {
    expect(run(jobMove({ newWorkReportableAsSideJob: false, interestsMayClash: false }), "rijk").outcome).toBe(
      "no-duty",
    );
  });

  it("reported on or after the leaving date is late — 000 L939-940", () => {
    const v = run(jobMove({ plannedLeaveDate: "2026-03-02", newJobStart: "2026-03-02" }), "rijk", {
      now: "2026-03-02T09:00",
    });
    expect(v.reasons.find((r) => r.ruleId === "job-move.sensitive@rijk")?.message.en).toMatch(/late/);
  });

  it.each<[string, ProfileId]>([
    ["gemeente: no cooling-off rule, secrecy continues — 002 L949-952", "gemeente"],
    ["provincie: no cooling-off rule, secrecy continues — 003 L527-528", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(jobMove(), profile);
    expect(v.outcome).toBe("no-duty");
    expect(codes(v)).toEqual(["keep-secrecy-after-leaving"]);
  });
});
