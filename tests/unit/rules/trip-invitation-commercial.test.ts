import { describe, expect, it } from "vitest";
import { getProfile, tightenProfile, type ProfileId } from "@/lib/rules";
import { codes, commercial, invitation, ruleIds, run, trip } from "./helpers";

const ext = (position: "start" | "end", start: string, end: string) => ({ position, start, end });

describe("trip extension (72 hours, approval before departure)", () => {
  it.each<[string, ProfileId]>([
    ["rijk exactly 72 h at the end is allowed with approval — 000 L2033-2035", "rijk"],
    ["eerste-kamer exactly 72 h at the end is allowed with approval — 001 L785", "eerste-kamer"],
  ])("%s", (_t, profile) => {
    const v = run(trip({ extensions: [ext("end", "2026-06-03T18:00", "2026-06-06T18:00")] }), profile);
    expect(v.outcome).toBe("approval-required");
    expect(codes(v)).toEqual(expect.arrayContaining(["written-approval-before-departure", "pay-extra-costs-yourself"]));
  });

  it.each<[string, ProfileId]>([
    ["rijk 72 h 1 min is too long — 000 L2033-2035", "rijk"],
    ["eerste-kamer 72 h 1 min is too long — 001 L785", "eerste-kamer"],
  ])("%s", (_t, profile) => {
    const v = run(trip({ extensions: [ext("end", "2026-06-03T18:00", "2026-06-06T18:01")] }), profile);
    expect(v.outcome).toBe("not-permitted");
    expect(ruleIds(v)).toContain(`trip-extension.max-hours@${profile}`);
    expect(codes(v)).toContain("shorten-extension");
  });

  it("start and end extensions count together: 36 h + 36 h 1 min is too long — 000 L2033-2035", () => {
    const v = run(
      trip({
        extensions: [
          ext("start", "2026-05-30T20:00", "2026-06-01T08:00"),
          ext("end", "2026-06-03T18:00", "2026-06-05T06:01"),
        ],
      }),
    );
    expect(v.outcome).toBe("not-permitted");
  });

  it('an extension at the start warns that it is not always allowed — 000 L2033-2035 ("aan het begin ... niet altijd")', () => {
    const v = run(trip({ extensions: [ext("start", "2026-05-31T08:00", "2026-06-01T08:00")] }));
    expect(v.outcome).toBe("approval-required");
    expect(ruleIds(v)).toContain("trip-extension.start-not-always@rijk");
  });

  it("72 h measured in real time across the summer-time change (29 Mar 2026 has 23 h) — 000 L2033-2035", () => {
    // 27 Mar 12:00 -> 30 Mar 12:00 wall time is only 71 real hours: allowed.
    const ok = run(
      trip({
        tripStart: "2026-03-24T08:00",
        tripEnd: "2026-03-27T12:00",
        extensions: [ext("end", "2026-03-27T12:00", "2026-03-30T12:00")],
      }),
      "rijk",
      { now: "2026-03-01T10:00" },
    );
    expect(ok.outcome).toBe("approval-required");
    // 27 Mar 12:00 -> 30 Mar 13:01 is 72 h 1 min real time: too long.
    const tooLong = run(
      trip({
        tripStart: "2026-03-24T08:00",
        tripEnd: "2026-03-27T12:00",
        extensions: [ext("end", "2026-03-27T12:00", "2026-03-30T13:01")],
      }),
      "rijk",
      { now: "2026-03-01T10:00" },
    );
    expect(tooLong.outcome).toBe("not-permitted");
  });

  it("a request made after departure cannot get approval before departure — 000 L2030-2032", () => {
    const v = run(trip(), "rijk", { now: "2026-06-01T08:00" });
    expect(v.outcome).toBe("not-permitted");
    expect(ruleIds(v)).toContain("trip-extension.approval-before-departure@rijk");
  });

  it("a request one minute before departure is still in time — 000 L2030-2032", () => {
    expect(run(trip(), "rijk", { now: "2026-06-01T07:59" }).outcome).toBe("approval-required");
  });

  it("with an extension at the start, departure is the start of the private part — 001 L784", () => {
    const v = run(trip({ extensions: [ext("start", "2026-05-31T08:00", "2026-06-01T08:00")] }), "eerste-kamer", {
      now: "2026-05-31T09:00",
    });
    expect(v.outcome).toBe("not-permitted");
  });

  it("an explicit UTC offset is honoured: 06:00Z is 08:00 in Amsterdam summer time — 000 L2030-2032", () => {
    expect(run(trip(), "rijk", { now: "2026-06-01T05:59Z" }).outcome).toBe("approval-required");
    expect(run(trip(), "rijk", { now: "2026-06-01T06:00Z" }).outcome).toBe("not-permitted");
  });

  it.each<[string, ProfileId]>([
    ["gemeente code sets no rule; manager decides — 002 L959", "gemeente"],
    ["provincie code sets no rule; manager decides — 003 L298-300", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(trip({ extensions: [ext("end", "2026-06-03T18:00", "2026-06-10T18:00")] }), profile);
    expect(v.outcome).toBe("approval-required");
    expect(v.decider).toBe("manager");
    expect(ruleIds(v)).toEqual([`trip-extension.no-rule@${profile}`]);
  });

  it("a gemeente organisation may add its own maximum (48 h) by tightening — 002 L153-155", () => {
    const t = tightenProfile(getProfile("gemeente"), { tripExtensionMaxHours: 48 });
    if (!t.ok) throw new Error("tightening failed");
    expect(run(trip({ extensions: [ext("end", "2026-06-03T18:00", "2026-06-05T18:00")] }), t.profile).outcome).toBe(
      "approval-required",
    );
    expect(run(trip({ extensions: [ext("end", "2026-06-03T18:00", "2026-06-05T18:01")] }), t.profile).outcome).toBe(
      "not-permitted",
    );
  });
});

describe("invitations", () => {
  it.each<[string, ProfileId]>([
    ["rijk: discuss in advance — 000 L503-514", "rijk"],
    ["eerste-kamer: discuss in advance — 001 L273-280", "eerste-kamer"],
    ["provincie: discuss in advance with the manager — 003 L254-258", "provincie"],
    ["gemeente: always consult in advance — 002 L426", "gemeente"],
  ])("%s", (_t, profile) => {
    const v = run(invitation(), profile);
    expect(v.outcome).toBe("approval-required");
    expect(codes(v)).toEqual(expect.arrayContaining(["discuss-in-advance", "pay-own-share"]));
  });

  it("gemeente: a trip paid by others that is not necessary for the job is not accepted — 002 L428", () => {
    const v = run(
      invitation({ eventKind: "trip", othersPayTravelOrStay: true, tripNecessaryForWork: false }),
      "gemeente",
    );
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toEqual(expect.arrayContaining(["refuse-or-return", "manager-may-make-it-a-business-trip"]));
    expect(ruleIds(v)).toContain("invitation.paid-trip@gemeente");
  });

  // 002 L428-431: "Als deze bezoeken naar het oordeel van jouw leidinggevende voor jouw functie noodzakelijk zijn, kun
  // je deze bezoeken als werk zien en zijn de bijgaande kosten voor de gemeente": a manager's decision, not a ban.
  it.each<[string, Record<string, unknown>, string, boolean]>([
    [
      "necessary trip, functional, appearance minimal: the manager judges — L429-431",
      { eventKind: "trip", othersPayTravelOrStay: true, tripNecessaryForWork: true },
      "approval-required",
      true,
    ],
    [
      "necessary congress with the hotel paid: the manager judges — L429-431",
      { eventKind: "congress", othersPayTravelOrStay: true, tripNecessaryForWork: true },
      "approval-required",
      true,
    ],
    [
      "unnecessary trip: not accepted — L428",
      { eventKind: "trip", othersPayTravelOrStay: true, tripNecessaryForWork: false },
      "not-permitted",
      false,
    ],
    [
      "unnecessary congress with the hotel paid: not accepted — L428",
      { eventKind: "congress", othersPayTravelOrStay: true, tripNecessaryForWork: false },
      "not-permitted",
      false,
    ],
    [
      "necessary, but the appearance of corruption is not minimal: still no — L420-425",
      {
        eventKind: "trip",
        othersPayTravelOrStay: true,
        tripNecessaryForWork: true,
        appearanceOfCorruptionMinimal: false,
      },
      "not-permitted",
      true,
    ],
    [
      "necessary, but the host is in a procurement: still no — L433",
      {
        eventKind: "trip",
        othersPayTravelOrStay: true,
        tripNecessaryForWork: true,
        hostInProcurementOrAwaitingDecision: true,
      },
      "not-permitted",
      true,
    ],
  ])("gemeente: %s", (_t, over, outcome, necessary) => {
    const v = run(invitation(over), "gemeente");
    expect(v.outcome).toBe(outcome);
    expect(v.decider).toBe("manager");
    expect(v.decisionRequired).toBe(true);
    const paidTrip = v.reasons.find((r) => r.ruleId === "invitation.paid-trip@gemeente")!;
    expect(paidTrip.outcome).toBe(necessary ? "approval-required" : "not-permitted");
    expect(paidTrip.citation).toEqual([{ file: "002", lines: "L428-431" }]);
    expect(codes(v)).toContain("manager-may-make-it-a-business-trip");
    if (outcome === "approval-required") expect(codes(v)).not.toContain("refuse-or-return");
  });

  it("gemeente: 'necessary' changes nothing when others pay neither travel nor stay — 002 L420-426", () => {
    const plain = run(invitation({ tripNecessaryForWork: false }), "gemeente");
    const flagged = run(invitation({ tripNecessaryForWork: true }), "gemeente");
    expect(flagged.reasons).toEqual(plain.reasons);
    expect(ruleIds(plain)).not.toContain("invitation.paid-trip@gemeente");
  });

  it("gemeente: a congress where others pay the hotel is also a paid stay — 002 L428-431", () => {
    expect(run(invitation({ eventKind: "congress", othersPayTravelOrStay: true }), "gemeente").outcome).toBe(
      "not-permitted",
    );
  });

  it("rijk: others paying travel is not banned, pay as much as possible yourself — 000 L507", () => {
    const v = run(invitation({ eventKind: "trip", othersPayTravelOrStay: true }), "rijk");
    expect(v.outcome).toBe("approval-required");
    expect(ruleIds(v)).toContain("invitation.pay-yourself@rijk");
  });

  it("gemeente: not functional or appearance not minimal means no — 002 L420-426", () => {
    expect(run(invitation({ functionalOrRepresentative: false }), "gemeente").outcome).toBe("not-permitted");
    expect(run(invitation({ appearanceOfCorruptionMinimal: false }), "gemeente").outcome).toBe("not-permitted");
    expect(codes(run(invitation(), "gemeente"))).toContain("decide-who-represents");
  });

  it.each<[string, ProfileId]>([
    ["rijk — 000 L500-501", "rijk"],
    ["provincie — 003 L226-229", "provincie"],
    ["gemeente — 002 L433", "gemeente"],
  ])("a host competing for a contract: not permitted (%s)", (_t, profile) => {
    expect(run(invitation({ hostInProcurementOrAwaitingDecision: true }), profile).outcome).toBe("not-permitted");
  });

  it("provincie: VIP lounge is advised against — 003 L250-252", () => {
    const v = run(invitation({ eventKind: "sports-vip" }), "provincie");
    expect(ruleIds(v)).toContain("invitation.sensitive-vip@provincie");
    expect(v.reasons.find((r) => r.ruleId === "invitation.sensitive-vip@provincie")?.message.nl).toMatch(/afgeraden/);
  });

  it("an invitation reported after the event says it should have been discussed in advance — 000 L505", () => {
    const v = run(invitation({ startDate: "2026-03-01", endDate: "2026-03-01" }), "rijk", { now: "2026-03-02T10:00" });
    expect(v.reasons.find((r) => r.ruleId === "invitation.discuss-in-advance@rijk")?.message.en).toMatch(/in advance/);
    expect(v.reasons.find((r) => r.ruleId === "invitation.discuss-in-advance@rijk")?.message.nl).toMatch(
      /al begonnen of voorbij/,
    );
  });
});

describe("commercial activity within the job", () => {
  it("rijk: management decides, no fee — 000 L537-552", () => {
    const v = run(commercial(), "rijk");
    expect(v.outcome).toBe("approval-required");
    expect(v.deciderLabel.nl).toBe("het management");
    expect(codes(v)).toEqual(
      expect.arrayContaining(["discuss-in-advance", "explicit-agreement-required", "accept-no-fee"]),
    );
  });

  it.each<[string, ProfileId]>([
    ["eerste-kamer: your manager decides — 001 L284", "eerste-kamer"],
    ["provincie: your manager decides — 003 L272-273", "provincie"],
  ])("%s", (_t, profile) => {
    const v = run(commercial(), profile);
    expect(v.deciderLabel.nl).toBe("je leidinggevende");
    expect(ruleIds(v)).toContain(`commercial.who-decides@${profile}`);
  });

  it.each<[string, ProfileId]>([
    ["rijk — 000 L552", "rijk"],
    ["eerste-kamer — 001 L292", "eerste-kamer"],
    ["provincie — 003 L278", "provincie"],
    ["gemeente — 002 L400", "gemeente"],
  ])("accepting a fee is not permitted (%s)", (_t, profile) => {
    const v = run(commercial({ feeOfferedCents: 50000, acceptsFee: true }), profile);
    expect(v.outcome).toBe("not-permitted");
    expect(codes(v)).toContain("accept-no-fee");
  });

  it("gemeente: a speaking fee is a gift offered in your function (002 L400), not bribery (L396-398)", () => {
    const v = run(commercial({ feeOfferedCents: 50000, acceptsFee: true }), "gemeente");
    const fee = v.reasons.find((r) => r.ruleId === "commercial.no-fee@gemeente")!;
    expect(fee.citation).toEqual([{ file: "002", lines: "L400" }]);
  });

  it("gemeente: no specific rule, discuss it openly with the manager — 002 L349-352", () => {
    const v = run(commercial(), "gemeente");
    expect(v.outcome).toBe("approval-required");
    expect(ruleIds(v)).toContain("commercial.no-specific-rule@gemeente");
  });

  it("a non-commercial event is outside this rule — 000 L523-530", () => {
    expect(run(commercial({ commerciallyOrganised: false }), "rijk").outcome).toBe("no-duty");
  });
});
