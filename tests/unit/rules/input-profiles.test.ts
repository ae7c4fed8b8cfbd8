import { describe, expect, it } from "vitest";
import {
  getProfile,
  parseDeclarationInput,
  PROFILES,
  RuleInputError,
  SIDE_JOB_QUESTIONS,
  tightenProfile,
  evaluate,
  type ProfileId,
  type RuleInputErrorCode,
} from "@/lib/rules";
import { gift, invitation, person, sideJob, trip, exMinister, hire, NOW } from "./helpers";

function errorOf(fn: () => unknown): RuleInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleInputError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("parseDeclarationInput rejects bad input with a field and a code", () => {
  it.each<[string, unknown, string, RuleInputErrorCode]>([
    ["unknown type", { type: "bribe" }, "type", "unknown-type"],
    ["missing type", {}, "type", "missing"],
    ["not an object", "gift", "", "wrong-type"],
    ["null", null, "", "wrong-type"],
    ["array", [gift()], "", "wrong-type"],
    ["negative amount", gift({ valueCents: -1 }), "valueCents", "out-of-range"],
    ["absurd amount > €1,000,000", gift({ valueCents: 100_000_001 }), "valueCents", "out-of-range"],
    ["fractional cents", gift({ valueCents: 49.5 }), "valueCents", "wrong-type"],
    ["amount as string", gift({ valueCents: "5000" }), "valueCents", "wrong-type"],
    ["NaN-like", gift({ valueCents: Number.POSITIVE_INFINITY }), "valueCents", "wrong-type"],
    ["impossible date 2026-02-30", gift({ date: "2026-02-30" }), "date", "invalid-date"],
    ["not leap year 2025-02-29", gift({ date: "2025-02-29" }), "date", "invalid-date"],
    [
      "missing field",
      (() => {
        const g: Record<string, unknown> = gift();
        delete g.deliveredToHomeAddress;
        return g;
      })(),
      "deliveredToHomeAddress",
      "missing",
    ],
    [
      "missing enum field",
      (() => {
        const g: Record<string, unknown> = gift();
        delete g.direction;
        return g;
      })(),
      "direction",
      "missing",
    ],
    ["unknown field", gift({ extra: true }), "extra", "unknown-field"],
    ["wrong enum", gift({ direction: "stolen" }), "direction", "invalid-value"],
    ["end before start", invitation({ startDate: "2026-04-10", endDate: "2026-04-09" }), "endDate", "date-order"],
    ["trip ends before it starts", trip({ tripEnd: "2026-05-31T08:00" }), "tripEnd", "date-order"],
    [
      "extension end before its start",
      trip({ extensions: [{ position: "end", start: "2026-06-04T10:00", end: "2026-06-04T09:00" }] }),
      "extensions.0.end",
      "date-order",
    ],
    [
      "nonexistent wall time (summer time gap)",
      trip({
        tripStart: "2026-03-29T02:30",
        tripEnd: "2026-03-30T10:00",
        extensions: [{ position: "end", start: "2026-03-30T10:00", end: "2026-03-30T12:00" }],
      }),
      "tripStart",
      "invalid-date",
    ],
    ["instant with seconds out of range", trip({ tripStart: "2026-06-01T08:00:61" }), "tripStart", "invalid-date"],
    ["contact before minister left", exMinister({ contactDate: "2024-01-01" }), "contactDate", "date-order"],
    ["hire before leaving", hire({ plannedStart: "2025-01-01" }), "plannedStart", "date-order"],
  ])("%s", (_t, raw, field, code) => {
    const e = errorOf(() => parseDeclarationInput(raw));
    expect(e.field).toBe(field);
    expect(e.code).toBe(code);
    expect(e.message.nl.length).toBeGreaterThan(5);
    expect(e.message.en.length).toBeGreaterThan(5);
    expect(e).toBeInstanceOf(Error);
  });

  it("valid input parses to the same data", () => {
    expect(parseDeclarationInput(gift())).toEqual(gift());
  });

  it("evaluate re-validates: bad input never yields a verdict", () => {
    expect(() =>
      evaluate(gift({ valueCents: -5 }) as never, { profile: getProfile("rijk"), person: person(), now: NOW }),
    ).toThrow(RuleInputError);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["bad now", { now: "yesterday" }, "now"],
    ["missing person field", { person: { salaryScale: 10 } }, "person.topManagementGroup"],
    ["unknown profile object", { profile: { id: "waterschap" } }, "profile"],
    [
      "forged profile",
      { profile: { ...getProfile("rijk"), version: "rijk-9", gift: { ...getProfile("rijk").gift, capCents: 999999 } } },
      "profile",
    ],
  ])("evaluate rejects a bad context: %s", (_t, over, field) => {
    const ctx = { profile: getProfile("rijk"), person: person(), now: NOW, ...over };
    expect(errorOf(() => evaluate(gift() as never, ctx as never)).field).toBe(field);
  });
});

describe("profiles", () => {
  // Only the Rijk code publishes side jobs "(met de voorwaarden)" (000 L784-787); the register reads this flag
  // instead of asking whether the organisation is the Rijk (issue 13). A tightening does not change it.
  it.each<[ProfileId, boolean, string]>([
    ["rijk", true, "000 L784-787"],
    ["eerste-kamer", false, "001 L373-377: no publication bullet"],
    ["gemeente", false, "002 L341-342"],
    ["provincie", false, "003 L377-379"],
  ])("%s publishes the conditions of a side job: %s (%s)", (id, expected) => {
    expect(getProfile(id).sideJob.publishConditions).toBe(expected);
    const t = tightenProfile(getProfile(id), { giftCapCents: 1000 });
    if (!t.ok) throw new Error("tightening failed");
    expect(t.profile.sideJob.publishConditions).toBe(expected);
    const v = evaluate(sideJob(Object.fromEntries(SIDE_JOB_QUESTIONS[id].map((q) => [q.id, "yes"]))) as never, {
      profile: getProfile(id),
      person: person({ topManagementGroup: true, topOfficial: true, salaryScale: 15 }),
      now: NOW,
    });
    const publish = v.obligations.find((o) => o.code === "publish-in-register");
    if (publish) expect(publish.text.nl.includes("met de voorwaarden")).toBe(expected);
    else expect(id).toBe("eerste-kamer");
  });

  it("every profile has a version id", () => {
    expect(Object.values(PROFILES).map((p) => p.version)).toEqual([
      "rijk-2020.1",
      "eerste-kamer-2023.1",
      "gemeente-maastricht-2023.1",
      "provincie-utrecht-2020.1",
    ]);
  });

  it("getProfile throws RuleInputError for an unknown id", () => {
    const e = errorOf(() => getProfile("waterschap"));
    expect(e.code).toBe("unknown-profile");
    expect(e.field).toBe("profile");
  });

  it("a tightened profile gets a derived version id and is accepted by evaluate", () => {
    const t = tightenProfile(getProfile("rijk"), { giftCapCents: 2500, tripExtensionMaxHours: 48 });
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.profile.version).toBe("rijk-2020.1+org.gift2500.trip48h");
    expect(t.profile.id).toBe("rijk");
    const roundTripped = JSON.parse(JSON.stringify(t.profile));
    expect(evaluate(gift() as never, { profile: roundTripped, person: person(), now: NOW }).policyVersion).toBe(
      t.profile.version,
    );
  });

  it("tightening is cumulative and cannot be undone by a second tightening", () => {
    const a = tightenProfile(getProfile("rijk"), { giftCapCents: 2500 });
    if (!a.ok) throw new Error("a");
    const b = tightenProfile(a.profile, { giftCapCents: 4000 });
    expect(b.ok).toBe(false);
  });

  it.each<[string, string, Record<string, unknown>, string, string]>([
    ["rijk gift cap €60 refused (000 L100-106, L419-421)", "rijk", { giftCapCents: 6000 }, "giftCapCents", "L100-106"],
    [
      "eerste-kamer trip 96 h refused (000 L100-106, 001 L785)",
      "eerste-kamer",
      { tripExtensionMaxHours: 96 },
      "tripExtensionMaxHours",
      "L100-106",
    ],
    [
      "gemeente: hand-in cannot be switched off (002 L408-411)",
      "gemeente",
      { giftAlwaysHandIn: false },
      "giftAlwaysHandIn",
      "L408-411",
    ],
    [
      "provincie rehire 12 months refused (003 L456-458)",
      "provincie",
      { rehireCoolingMonths: 12 },
      "rehireCoolingMonths",
      "L456-458",
    ],
    [
      "gemeente rehire 23 months refused (002 L270-272)",
      "gemeente",
      { rehireCoolingMonths: 23 },
      "rehireCoolingMonths",
      "L270-272",
    ],
    [
      "provincie publication from scale 15 refused (003 L377-379)",
      "provincie",
      { sideJobPublicationMinScale: 15 },
      "sideJobPublicationMinScale",
      "L377-379",
    ],
    ["gemeente gift cap €75 refused (002 L400-407)", "gemeente", { giftCapCents: 7500 }, "giftCapCents", "L400-407"],
  ])("loosening is refused with a reason: %s", (_t, id, settings, parameter, lines) => {
    const t = tightenProfile(getProfile(id), settings);
    expect(t.ok).toBe(false);
    if (t.ok) return;
    const err = t.errors.find((e) => e.parameter === parameter);
    expect(err).toBeDefined();
    expect(err!.citation.map((c) => c.lines)).toContain(lines);
    expect(err!.message.nl).toMatch(/streng|uitzetten|korter|langer/);
    expect(err!.message.en.length).toBeGreaterThan(10);
  });

  it("unknown settings and wrong types are refused", () => {
    const t = tightenProfile(getProfile("rijk"), { giftCap: 10, tripExtensionMaxHours: "48" });
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.errors.map((e) => e.parameter).sort()).toEqual(["giftCap", "tripExtensionMaxHours"]);
  });

  it("equal-to-code settings are allowed (not looser)", () => {
    expect(
      tightenProfile(getProfile("provincie"), {
        giftCapCents: 5000,
        rehireCoolingMonths: 24,
        sideJobPublicationMinScale: 14,
      }).ok,
    ).toBe(true);
  });
});
