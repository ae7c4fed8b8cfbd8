import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DECLARATION_TYPES,
  OUTCOME_ORDER,
  PROFILES,
  PROFILE_IDS,
  RULES,
  RuleInputError,
  SIDE_JOB_QUESTIONS,
  evaluate,
  getProfile,
  hasRule,
  parseDeclarationInput,
  tightenProfile,
  type PersonFacts,
  type ProfileId,
  type Verdict,
} from "@/lib/rules";
import {
  commercial,
  exMinister,
  expenseClaim,
  financial,
  gift,
  hire,
  invitation,
  jobMove,
  parliamentContact,
  person,
  privateRelationship,
  sideJob,
  supplierContact,
  tobaccoContact,
  trip,
} from "./helpers";

const arbPerson: fc.Arbitrary<PersonFacts> = fc.record({
  salaryScale: fc.option(fc.integer({ min: 1, max: 18 }), { nil: null }),
  topManagementGroup: fc.boolean(),
  topOfficial: fc.boolean(),
  financialRiskFunction: fc.boolean(),
  vulnerableFunction: fc.boolean(),
  isManager: fc.boolean(),
});
const arbProfileId = fc.constantFrom(...PROFILE_IDS);
const arbDate = fc
  .date({ min: new Date("2022-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const arbInstant = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16) + "Z");
const arbCents = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }),
  fc.constantFrom(2499, 2500, 2501, 4999, 5000, 5001),
  fc.integer({ min: 0, max: 100_000_000 }),
);
const answer = fc.constantFrom("yes", "no", "doubt");

/** Structurally valid declarations for a profile, covering every type. */
function arbDeclaration(profile: ProfileId): fc.Arbitrary<unknown> {
  const qs = SIDE_JOB_QUESTIONS[profile];
  return fc.oneof(
    fc
      .record({
        valueCents: arbCents,
        direction: fc.constantFrom("received", "offered", "declined-at-offer"),
        kind: fc.constantFrom("goods", "service", "discount", "loyalty-points", "voucher", "cash", "other-benefit"),
        giverInProcurementOrAwaitingDecision: fc.boolean(),
        deliveredToHomeAddress: fc.boolean(),
        foreignRelation: fc.boolean(),
        refusalWouldOffend: fc.boolean(),
        privateUseOfPoints: fc.boolean(),
        exceptionGrounds: fc.subarray(["a", "b", "c"]),
        refusalMakesWorkImpossible: fc.boolean(),
      })
      .map((o) => gift(o)),
    fc
      .record({
        eventKind: fc.constantFrom("dinner", "trip", "sports-vip", "congress"),
        hostInProcurementOrAwaitingDecision: fc.boolean(),
        functionalOrRepresentative: fc.boolean(),
        appearanceOfCorruptionMinimal: fc.boolean(),
        othersPayTravelOrStay: fc.boolean(),
        tripNecessaryForWork: fc.boolean(),
        startDate: arbDate,
      })
      .map((o) => invitation({ ...o, endDate: o.startDate })),
    fc
      .record({
        commerciallyOrganised: fc.boolean(),
        feeOfferedCents: arbCents,
        acceptsFee: fc.boolean(),
        eventDate: arbDate,
      })
      .map((o) => commercial(o)),
    fc
      .record({
        endHours: fc.integer({ min: 1, max: 200 }),
        startHours: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      })
      .map(({ endHours, startHours }) => {
        const tripEnd = Date.UTC(2026, 5, 3, 16, 0);
        const tripStart = Date.UTC(2026, 5, 1, 6, 0);
        const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + "Z";
        const exts = [{ position: "end", start: iso(tripEnd), end: iso(tripEnd + endHours * 3_600_000) }];
        if (startHours !== null)
          exts.push({ position: "start", start: iso(tripStart - startHours * 3_600_000), end: iso(tripStart) });
        return trip({ tripStart: iso(tripStart), tripEnd: iso(tripEnd), extensions: exts });
      }),
    fc
      .record({
        answers: fc.tuple(...qs.map(() => answer)),
        mandate: fc.constantFrom("none", "none", "tweede-kamer"),
        change: fc.constantFrom("new", "changed", "ended"),
      })
      .map(({ answers, mandate, change }) =>
        sideJob(Object.fromEntries(qs.map((q, i) => [q.id, answers[i] ?? "no"])) as Record<string, string>, {
          mandate,
          change,
          endDate: change === "ended" ? "2026-06-01" : null,
        }),
      ),
    fc.record({ relatedToFunction: fc.boolean(), usesInsideInformation: fc.boolean() }).map((o) => financial(o)),
    fc
      .record({
        left: fc.option(arbDate, { nil: null }),
        gapDays: fc.integer({ min: 0, max: 1500 }),
        weightyReasons: fc.boolean(),
        sameWork: fc.boolean(),
        leftWithSeverancePay: fc.boolean(),
      })
      .map(({ left, gapDays, ...rest }) => {
        const base = left ?? "2025-01-01";
        // A hire starts at the earliest the day after the last day of employment.
        const start = new Date(Date.parse(base + "T00:00:00Z") + (gapDays + 1) * 86_400_000).toISOString().slice(0, 10);
        return hire({ employmentEndedOn: left, plannedStart: start, ...rest });
      }),
    fc
      .record({
        gapDays: fc.integer({ min: 0, max: 1200 }),
        formerPolicyArea: fc.constantFrom("yes", "no", "unsure"),
        leftOfficeKnown: fc.constantFrom("day", "month", "year"),
        capacity: fc.constantFrom("official", "official", "private"),
      })
      .map(({ gapDays, ...rest }) =>
        exMinister({
          ministerLeftOfficeOn: "2024-02-29",
          contactDate: new Date(Date.parse("2024-02-29T00:00:00Z") + gapDays * 86_400_000).toISOString().slice(0, 10),
          ...rest,
        }),
      ),
    fc.record({ newWorkReportableAsSideJob: fc.boolean(), interestsMayClash: fc.boolean() }).map((o) => jobMove(o)),
    // decision 039
    fc
      .record({ kind: fc.constantFrom("goods", "services"), involvedInPurchase: fc.boolean(), startDate: arbDate })
      .map((o) => ({ type: "sale-to-employer", ...o })),
    fc
      .record({
        startDate: arbDate,
        reason: PROFILES[profile].partnerTravel.partnerRule
          ? fc.constantFrom("functional", "special-situation", "private")
          : fc.constant(null),
        employerPaysPartnerCosts: fc.boolean(),
      })
      .map((o) => ({ type: "partner-travel", ...o, endDate: o.startDate })),
    fc
      .record({
        kind: fc.constantFrom("delay-compensation", "care-vouchers", "loyalty-points"),
        tripDate: arbDate,
        valueCents: arbCents,
        costsAlsoClaimed: fc.boolean(),
        privateUseOfPoints: fc.boolean(),
      })
      .map((o) => ({ type: "travel-benefit", ...o })),
    fc
      .record({ purpose: fc.constantFrom("calamity", "commute", "other-private"), startDate: arbDate })
      .map((o) => ({ type: "service-car", ...o, endDate: o.startDate })),
    // decision 040
    fc
      .record({ contactDate: arbDate, contactKind: fc.constantFrom("meeting", "call-or-message", "declined") })
      .map((o) => tobaccoContact(o)),
    fc
      .record({
        contactDate: arbDate,
        initiative: fc.constantFrom("member-asked", "own-initiative"),
        informationKind: fc.constantFrom("public", "non-public", "briefing"),
        factualOnly: fc.boolean(),
        purpose: fc.constantFrom("work", "private"),
      })
      .map((o) => parliamentContact(o)),
    fc
      .record({
        costDate: arbDate,
        amountCents: arbCents,
        necessaryForWork: fc.boolean(),
        otherReimbursement: fc.constantFrom("yes", "no", "unsure"),
      })
      .map((o) => expenseClaim(o)),
    // decision 041: "own manager" only for a colleague with a dependency
    fc
      .record({
        relationKind: fc.constantFrom("family", "friendship", "romantic"),
        otherParty: fc.constantFrom("colleague", "external-relation"),
        functionsTouch: answer,
        dependency: fc.boolean(),
        withOwnManager: fc.boolean(),
        riskToObjectivity: answer,
        wantsTransferOrDismissal: fc.boolean(),
      })
      .map((o) =>
        privateRelationship({ ...o, withOwnManager: o.withOwnManager && o.otherParty === "colleague" && o.dependency }),
      ),
    fc
      .record({
        relationRole: fc.constantFrom("supplier", "bidder", "other-business-relation"),
        contactKind: fc.constantFrom("family", "friendship", "private-business", "other"),
        involvement: fc.constantFrom("handling", "may-handle", "none"),
        alreadyStarted: fc.boolean(),
      })
      .map((o) => supplierContact(o)),
  );
}

function assertValidVerdict(v: Verdict): void {
  expect(v.reasons.length).toBeGreaterThan(0);
  expect(Object.keys(OUTCOME_ORDER)).toContain(v.outcome);
  expect(DECLARATION_TYPES).toContain(v.type);
  for (const r of v.reasons) {
    expect(hasRule(r.ruleId), r.ruleId).toBe(true);
    expect(r.citation.length).toBeGreaterThan(0);
    expect(r.message.nl.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
    expect(OUTCOME_ORDER[r.outcome]).toBeLessThanOrEqual(OUTCOME_ORDER[v.outcome]);
  }
  // the outcome is the strictest reason
  expect(v.reasons.some((r) => r.outcome === v.outcome)).toBe(true);
  for (const o of v.obligations) expect(hasRule(o.ruleId), o.ruleId).toBe(true);
  if (v.outcome === "not-permitted") expect(v.obligations.length).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(v))).toEqual(v);
}

describe("properties", () => {
  it("valid declarations always yield a verdict with reasons from the registry", () => {
    fc.assert(
      fc.property(
        arbProfileId.chain((p) => fc.tuple(fc.constant(p), arbDeclaration(p), arbPerson, arbInstant)),
        ([p, decl, person, now]) => {
          assertValidVerdict(evaluate(decl as never, { profile: getProfile(p), person, now }));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("hostile JSON never crashes: either a RuleInputError or a valid verdict", () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      fc.record({ type: fc.constantFrom(...DECLARATION_TYPES, "x", "__proto__", "constructor") }, { requiredKeys: [] }),
      // valid declarations with one field replaced by junk
      arbProfileId.chain((p) =>
        arbDeclaration(p).chain((d) => {
          const keys = Object.keys(d as object);
          return fc
            .tuple(fc.constantFrom(...keys), fc.anything())
            .map(([k, junk]) => ({ ...(d as object), [k]: junk }));
        }),
      ),
    );
    fc.assert(
      fc.property(hostile, arbProfileId, arbPerson, (raw, p, person) => {
        try {
          const v = evaluate(raw as never, { profile: getProfile(p), person, now: "2026-03-02T10:00" });
          assertValidVerdict(v);
        } catch (e) {
          if (!(e instanceof RuleInputError)) throw e;
          expect(typeof e.field).toBe("string");
          expect(e.message.nl.length).toBeGreaterThan(0);
        }
        try {
          parseDeclarationInput(raw);
        } catch (e) {
          if (!(e instanceof RuleInputError)) throw e;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("hostile context never crashes evaluate", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (profile, person, now) => {
        try {
          evaluate(gift() as never, { profile, person, now } as never);
        } catch (e) {
          if (!(e instanceof RuleInputError)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("tightening a profile never makes an outcome more permissive", () => {
    const arbSettings = fc.record(
      {
        giftCapCents: fc.integer({ min: 0, max: 5000 }),
        giftAlwaysHandIn: fc.constant(true),
        tripExtensionMaxHours: fc.integer({ min: 0, max: 72 }),
        rehireCoolingMonths: fc.integer({ min: 24, max: 60 }),
        sideJobPublicationMinScale: fc.integer({ min: 1, max: 14 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        arbProfileId.chain((p) => fc.tuple(fc.constant(p), arbDeclaration(p), arbPerson, arbInstant, arbSettings)),
        ([p, decl, person, now, settings]) => {
          const base = PROFILES[p];
          const t = tightenProfile(base, settings);
          expect(t.ok).toBe(true);
          if (!t.ok) return;
          const before = evaluate(decl as never, { profile: base, person, now });
          const after = evaluate(decl as never, { profile: t.profile, person, now });
          expect(OUTCOME_ORDER[after.outcome]).toBeGreaterThanOrEqual(OUTCOME_ORDER[before.outcome]);
          if (before.publishInRegister && after.outcome === before.outcome) expect(after.publishInRegister).toBe(true);
        },
      ),
      { numRuns: 800 },
    );
  });

  it("every rule in the registry is cited by some verdict (reason or obligation)", () => {
    const seen = new Set<string>(["profile.not-less-strict"]);
    fc.assert(
      fc.property(
        arbProfileId.chain((p) => fc.tuple(fc.constant(p), arbDeclaration(p), arbPerson, arbInstant)),
        ([p, decl, person, now]) => {
          const v = evaluate(decl as never, { profile: getProfile(p), person, now });
          v.reasons.forEach((r) => seen.add(r.ruleId));
          v.obligations.forEach((o) => seen.add(o.ruleId));
        },
      ),
      { numRuns: 4000, seed: 42 },
    );
    // tightened-only rules
    for (const p of PROFILE_IDS) {
      const t = tightenProfile(PROFILES[p], {
        giftAlwaysHandIn: true,
        tripExtensionMaxHours: 48,
        rehireCoolingMonths: 30,
      });
      if (!t.ok) continue;
      for (const decl of [
        gift({ valueCents: 100, exceptionGrounds: ["b"] }),
        trip(),
        hire({ employmentEndedOn: "2025-01-01", plannedStart: "2028-01-01" }),
        hire(),
      ]) {
        evaluate(decl as never, {
          profile: t.profile,
          person: person(),
          now: "2026-03-02T10:00",
        }).reasons.forEach((r) => seen.add(r.ruleId));
      }
    }
    const unreachable = RULES.map((r) => r.id).filter((id) => !seen.has(id));
    expect(unreachable).toEqual([]);
    // 4000 generated cases: slow on a loaded 2-core CI machine, so it gets its own time limit.
  }, 120_000);
});
