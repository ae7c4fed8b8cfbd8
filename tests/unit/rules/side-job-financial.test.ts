import { describe, expect, it } from "vitest";
import { getProfile, tightenProfile, SIDE_JOB_QUESTIONS, RuleInputError, type ProfileId } from "@/lib/rules";
import { codes, financial, noAnswers, ruleIds, run, sideJob } from "./helpers";

const answers = (profile: ProfileId, over: Record<string, string> = {}) => ({
  ...noAnswers(SIDE_JOB_QUESTIONS[profile]),
  ...over,
});

describe("side jobs: self-assessment and duty to report", () => {
  it.each<[string, ProfileId]>([
    ["rijk all-no: no duty, may register — 000 L796-797", "rijk"],
    ["eerste-kamer all-no: no duty — 001 L381", "eerste-kamer"],
    ["gemeente all-no: no duty — 002 L336-338", "gemeente"],
    ["provincie all-no: no duty — 003 L372", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(sideJob(answers(profile)), profile);
    expect(v.outcome).toBe("no-duty");
    expect(v.voluntaryRegistrationPossible).toBe(true);
    expect(v.publishInRegister).toBe(false);
  });

  it.each(
    SIDE_JOB_QUESTIONS.rijk.map(
      (q) => [`rijk "${q.id}" = yes makes it reportable — 000 ${q.citation.lines}`, q.id] as const,
    ),
  )("%s", (_t, id) => {
    const v = run(sideJob(answers("rijk", { [id]: "yes" })), "rijk");
    expect(v.outcome).toBe("approval-required");
    expect(codes(v)).toEqual(expect.arrayContaining(["report-to-manager", "reassess-on-change"]));
  });

  it.each(
    SIDE_JOB_QUESTIONS.gemeente.map(
      (q) =>
        [
          `gemeente "${q.id}" = doubt: discuss with manager ("1 of meer ... twijfel") — 002 ${q.citation.lines}, L385-391`,
          q.id,
        ] as const,
    ),
  )("%s", (_t, id) => {
    expect(run(sideJob(answers("gemeente", { [id]: "doubt" })), "gemeente").outcome).toBe("approval-required");
  });

  it("gemeente: a topfunctionaris always reports intended side jobs, even with all-no — 002 L341", () => {
    const v = run(sideJob(answers("gemeente")), "gemeente", { person: { topOfficial: true } });
    expect(v.outcome).toBe("approval-required");
    expect(ruleIds(v)).toContain("side-job.top-official-report-all@gemeente");
    expect(v.publishInRegister).toBe(true);
  });

  // 003 L406-408 forbids using the province's information in a side job: the use, not the side job. The verdict
  // leaves the side job to the manager's assessment, with the duty to stop the use (decision 038). This test used to
  // expect "not-permitted" for the whole side job.
  it.each<[string, string]>([
    ["yes", "Dat gebruik is verboden, niet het nevenwerk zelf"],
    ["doubt", "Je twijfelt"],
  ])("provincie: using provincial information (%s) forbids that use, not the side job — 003 L406-408", (a, text) => {
    const v = run(sideJob(answers("provincie", { "uses-provincial-information": a })), "provincie");
    expect(v.outcome).toBe("approval-required");
    expect(v.decider).toBe("manager");
    expect(codes(v)).toContain("do-not-use-work-information");
    expect(ruleIds(v)).toEqual(
      expect.arrayContaining(["side-job.information-use@provincie", "side-job.assessment@provincie"]),
    );
    expect(v.reasons.find((r) => r.ruleId === "side-job.information-use@provincie")!.message.nl).toContain(text);
    expect(v.reasons.every((r) => r.outcome !== "not-permitted")).toBe(true);
  });

  it("provincie: not using provincial information raises no information-use reason — 003 L406-408", () => {
    const v = run(sideJob(answers("provincie", { "uses-provincial-information": "no" })), "provincie");
    expect(ruleIds(v)).not.toContain("side-job.information-use@provincie");
  });

  it("an ended side job is reported so the registration is updated — 000 L781-783", () => {
    const v = run(
      sideJob(answers("rijk"), { change: "ended", status: "current", endDate: "2026-02-01", startDate: "2020-01-01" }),
      "rijk",
    );
    expect(v.outcome).toBe("register");
    expect(codes(v)).toEqual(["report-end-of-side-job"]);
    expect(v.publishInRegister).toBe(false);
  });

  it("answers must match the profile's questions (missing question) — 002 L363-391", () => {
    expect(() => run(sideJob({ "similar-to-job": "no" }), "gemeente")).toThrow(RuleInputError);
  });

  it("answers from another profile's list are refused — 003 L372", () => {
    try {
      run(sideJob(answers("provincie", { "working-hours-act": "no" })), "provincie");
      throw new Error("should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).field).toBe("answers.working-hours-act");
    }
  });
});

describe("side jobs: incompatible mandates", () => {
  it.each<[string, ProfileId, string]>([
    ["rijk: Tweede Kamer membership is incompatible by law — 000 L893-898", "rijk", "tweede-kamer"],
    ["rijk: European Parliament membership is incompatible — 000 L893-898", "rijk", "european-parliament"],
    ["eerste-kamer: Eerste Kamer membership is incompatible — 001 L409", "eerste-kamer", "eerste-kamer"],
  ])("%s", (_t, profile, mandate) => {
    const v = run(sideJob(answers(profile), { mandate, role: "political-office" }), profile);
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("do-not-start-or-stop");
  });

  it("gemeente code names no incompatible mandate; report it — 002 L329-338", () => {
    const v = run(sideJob(answers("gemeente"), { mandate: "tweede-kamer", role: "political-office" }), "gemeente");
    expect(v.outcome).toBe("approval-required");
  });
});

describe("side jobs: publication in the public register", () => {
  it.each<[string, ProfileId, Record<string, unknown>, boolean]>([
    ["rijk topmanagementgroep is published — 000 L784-787", "rijk", { topManagementGroup: true }, true],
    ["rijk other staff are not published — 000 L784-787", "rijk", {}, false],
    ["gemeente topfunctionaris is published — 002 L341-342", "gemeente", { topOfficial: true }, true],
    ["provincie scale 14 is published — 003 L377-379", "provincie", { salaryScale: 14 }, true],
    ["provincie scale 13 is not published — 003 L377-379", "provincie", { salaryScale: 13 }, false],
    ["provincie unknown scale is not published — 003 L377-379", "provincie", { salaryScale: null }, false],
    ["eerste-kamer states no publication — 001 L373-377", "eerste-kamer", { topManagementGroup: true }, false],
  ])("%s", (_t, profile, personOver, published) => {
    const first = SIDE_JOB_QUESTIONS[profile][0]!.id;
    const v = run(sideJob(answers(profile, { [first]: "yes" })), profile, { person: personOver });
    expect(v.publishInRegister).toBe(published);
    expect(codes(v).includes("publish-in-register")).toBe(published);
  });

  it('a not-permitted side job is never published — 000 L784-787 ("toegestane")', () => {
    const v = run(sideJob(answers("rijk"), { mandate: "tweede-kamer" }), "rijk", {
      person: { topManagementGroup: true },
    });
    expect(v.publishInRegister).toBe(false);
  });

  it("a provincie that publishes from scale 12 publishes a scale-12 side job — 003 L377-379", () => {
    const t = tightenProfile(getProfile("provincie"), { sideJobPublicationMinScale: 12 });
    if (!t.ok) throw new Error("tightening failed");
    const v = run(sideJob(answers("provincie", { "affects-interests": "yes" })), t.profile, {
      person: { salaryScale: 12 },
    });
    expect(v.publishInRegister).toBe(true);
  });
});

describe("financial interests", () => {
  it.each<[string, ProfileId]>([
    ["rijk non-designated: no duty, voluntary — 000 L702-705", "rijk"],
    ["eerste-kamer non-designated — 001 L346", "eerste-kamer"],
    ["gemeente non-designated — 002 L896-899", "gemeente"],
    ["provincie non-designated — 003 L334-336", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(financial(), profile, { person: { financialRiskFunction: false } });
    expect(v.outcome).toBe("no-duty");
    expect(v.voluntaryRegistrationPossible).toBe(true);
  });

  it.each<[string, ProfileId]>([
    ["rijk designated and related: report — 000 L709-711, L720-721", "rijk"],
    ["eerste-kamer designated: report — 001 L353", "eerste-kamer"],
    ["gemeente designated: report — 002 L896-899", "gemeente"],
    ["provincie designated: report at entry or acquisition — 003 L334-336", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(financial(), profile, { person: { financialRiskFunction: true } });
    expect(v.outcome).toBe("register");
    expect(codes(v)).toEqual(expect.arrayContaining(["report-financial-interest", "provide-information-on-request"]));
  });

  it("designated but unrelated to the job: no duty — 000 L720-721", () => {
    expect(
      run(financial({ relatedToFunction: false }), "rijk", { person: { financialRiskFunction: true } }).outcome,
    ).toBe("no-duty");
  });

  it("provincie states the timing — 003 L334-336", () => {
    expect(ruleIds(run(financial(), "provincie", { person: { financialRiskFunction: true } }))).toContain(
      "financial.timing@provincie",
    );
  });

  it("using inside information is never allowed, designated or not — 000 L715-718", () => {
    const v = run(financial({ kind: "securities-transaction", usesInsideInformation: true }), "rijk");
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("keep-inside-information-secret");
  });

  it("gemeente: a shareholding may also be a side job — 002 L329-331", () => {
    expect(ruleIds(run(financial(), "gemeente"))).toContain("financial.shareholding-side-job@gemeente");
  });
});
