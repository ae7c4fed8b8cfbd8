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

describe("provincie: no hiring of former employees within two years — 003 L456-458", () => {
  it.each<[string, string, string, string]>([
    ["a day less than two years: not permitted — 003 L457-458", "2024-03-15", "2026-03-14", "not-permitted"],
    ["two years to the day: allowed — 003 L457-458", "2024-03-15", "2026-03-15", "no-duty"],
    ["left 29 Feb 2024, hire 28 Feb 2026: still within — 003 L462", "2024-02-29", "2026-02-28", "not-permitted"],
    ["left 29 Feb 2024, hire 1 Mar 2026: outside — 003 L462", "2024-02-29", "2026-03-01", "no-duty"],
  ])("%s", (_t, left, start, outcome) => {
    const v = run(hire({ candidateLeftOn: left, plannedStart: start, weightyReasons: true }), "provincie");
    expect(v.outcome).toBe(outcome);
  });

  it("no exception clause: weighty reasons do not help within two years — 003 L457-458", () => {
    const v = run(hire({ candidateLeftOn: "2025-06-01", plannedStart: "2026-03-01", weightyReasons: true }), "provincie");
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("do-not-hire");
  });

  it("a current employee as external only very exceptionally — 003 L456-457", () => {
    expect(run(hire({ candidateLeftOn: null, weightyReasons: false }), "provincie").outcome).toBe("not-permitted");
    const v = run(hire({ candidateLeftOn: null, weightyReasons: true }), "provincie");
    expect(v.outcome).toBe("approval-required");
    expect(v.decider).toBe("top");
  });
});

describe("gemeente: avoid hiring within two years unless weighty reasons — 002 L270-272", () => {
  it.each<[string, boolean, string, string]>([
    ["within, no weighty reasons: not permitted — 002 L270-272", false, "2026-03-14", "not-permitted"],
    ["within, weighty reasons: the top decides — 002 L272", true, "2026-03-14", "approval-required"],
    ["two years to the day: normal rules — 002 L270-271", false, "2026-03-15", "no-duty"],
  ])("%s", (_t, weighty, start, outcome) => {
    const v = run(hire({ candidateLeftOn: "2024-03-15", plannedStart: start, weightyReasons: weighty }), "gemeente");
    expect(v.outcome).toBe(outcome);
    if (outcome === "approval-required") {
      expect(v.decider).toBe("top");
      expect(v.deciderLabel.nl).toMatch(/gemeentesecretaris/);
    }
  });
});

describe("rijk / eerste-kamer: no fixed period, be extra alert", () => {
  it.each<[string, ProfileId]>([
    ["rijk — 000 L1128, L1145-1156", "rijk"],
    ["eerste-kamer — 001 L489, L495", "eerste-kamer"],
  ])("hiring a former civil servant needs justification (%s)", (_t, profile) => {
    const v = run(hire({ candidateLeftOn: "2026-01-01", plannedStart: "2026-03-01" }), profile);
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
    expect(run(hire({ candidateLeftOn: "2025-01-31", plannedStart: "2026-03-01" }), t.profile).outcome).toBe("not-permitted");
    expect(run(hire({ candidateLeftOn: "2023-01-31", plannedStart: "2026-03-01" }), t.profile).outcome).toBe("approval-required");
  });
});

describe("ex-minister contacts (two-year lobbying ban)", () => {
  it.each<[string, ProfileId, string, string, string]>([
    ["rijk, a day less than two years, former policy area: not permitted, refer to SG — 000 L980-987", "rijk", "2024-03-15", "2026-03-14", "not-permitted"],
    ["rijk, two years to the day: ban over — 000 L980-981", "rijk", "2024-03-15", "2026-03-15", "no-duty"],
    ["rijk, left 29 Feb 2024, contact 28 Feb 2026: within — 000 L980-981", "rijk", "2024-02-29", "2026-02-28", "not-permitted"],
    ["rijk, left 29 Feb 2024, contact 1 Mar 2026: over — 000 L980-981", "rijk", "2024-02-29", "2026-03-01", "no-duty"],
    ["eerste-kamer within two years: refer to the Griffier — 001 L443", "eerste-kamer", "2025-06-01", "2026-03-01", "not-permitted"],
  ])("%s", (_t, profile, left, contact, outcome) => {
    const v = run(exMinister({ ministerLeftOfficeOn: left, contactDate: contact }), profile);
    expect(v.outcome).toBe(outcome);
    if (outcome === "not-permitted") {
      expect(v.decider).toBe("top");
      expect(codes(v)).toEqual(expect.arrayContaining(["no-business-contact", "refer-to-top"]));
      expect(v.deciderLabel.nl).toMatch(profile === "rijk" ? /Secretaris-Generaal/ : /Griffier/);
    }
  });

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
    expect(run(jobMove({ newWorkReportableAsSideJob: false, interestsMayClash: false }), "rijk").outcome).toBe("no-duty");
  });

  it("reported on or after the leaving date is late — 000 L939-940", () => {
    const v = run(jobMove({ plannedLeaveDate: "2026-03-02", newJobStart: "2026-03-02" }), "rijk", { now: "2026-03-02T09:00" });
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
