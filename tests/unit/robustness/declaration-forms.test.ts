// Hostile input against the declaration forms (parseDeclarationForm, what saveDeclarationAction and the
// browser run) and the rule module (parseDeclarationInput + evaluate). Properties: never an unexpected
// throw; bad input gives field errors in the reader's language (not Zod's English defaults); the rule
// module answers bad input only with RuleInputError (a field and a message in Dutch and English).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DECLARATION_SCHEMAS,
  DECLARATION_TYPES,
  PROFILE_IDS,
  evaluate,
  getProfile,
  isRuleInputError,
  parseDeclarationInput,
} from "@/lib/rules";
import type { PersonFacts, ProfileId } from "@/lib/rules";
import { normaliseRaw, parseDeclarationForm, visibleFields } from "@/lib/declarations/form-model";
import type { Locale, RawValues } from "@/lib/declarations/form-model";
import { DECLARATION_FORMS } from "@/lib/declarations/forms";
import { person as personFacts } from "@/tests/unit/rules/helpers";
import {
  arbHostileForm,
  arbHostileObject,
  arbHostileString,
  arbHostileValue,
  containsNul,
  NASTY_FRAGMENTS,
} from "@/tests/support/hostile";

const RUNS = { numRuns: 60, seed: 20261122 };
const TODAY = "2026-06-01";
const LOCALES: Locale[] = ["nl", "en"];
/** Zod's own English texts: never what a person filling in a form should read. */
const ZOD_DEFAULT =
  /^(Invalid input|Invalid option|Too (big|small)|Expected|Unrecognized key|Invalid (string|number|date|type))/;

const person: PersonFacts = personFacts({ salaryScale: 11, financialRiskFunction: true });

const validGift = (p: ProfileId): RawValues => ({
  direction: "received",
  kind: "goods",
  description: "Fles wijn",
  giver: "Bouwbedrijf X",
  valueEuros: "25,00",
  date: "2026-05-20",
  giverInProcurementOrAwaitingDecision: "no",
  deliveredToHomeAddress: "no",
  foreignRelation: "no",
  refusalWouldOffend: "no",
  ...(p === "gemeente" ? { exceptionGrounds: ["b"] } : {}),
});

describe.each(DECLARATION_TYPES.flatMap((type) => PROFILE_IDS.map((profileId) => ({ type, profileId }))))(
  "the $type form ($profileId) under hostile input",
  ({ type, profileId }) => {
    const def = DECLARATION_FORMS[type];
    const ctx = { profileId, profile: getProfile(profileId), today: TODAY };
    const names = def.fields(ctx).map((f) => f.name);

    it("never throws, and explains every problem in the reader's language", () => {
      fc.assert(
        fc.property(arbHostileForm(names), fc.constantFrom(...LOCALES), (raw, locale) => {
          const result = parseDeclarationForm(def, raw, ctx, locale, parseDeclarationInput);
          if (result.ok) {
            expect(containsNul(result.values)).toBe(false);
            return;
          }
          const visible = new Set([...visibleFields(def, normaliseRaw(def, raw, ctx), ctx).map((f) => f.name), "form"]);
          expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
          for (const [field, message] of Object.entries(result.fieldErrors)) {
            expect(visible.has(field), `${field} is not a field of the form`).toBe(true);
            expect(message.trim().length).toBeGreaterThan(0);
            expect(message, `${type}.${field}`).not.toMatch(ZOD_DEFAULT);
          }
        }),
        RUNS,
      );
    });

    it("cuts an over-long answer without splitting an emoji into a lone surrogate", () => {
      const text = def.fields(ctx).find((f) => f.kind === "text");
      if (!text) return;
      const out = normaliseRaw(def, { [text.name]: `x${"😀".repeat(3000)}` }, ctx);
      expect(JSON.stringify(out)).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    });

    it("stores drafts bounded: normaliseRaw keeps only the form's fields, no NUL, no huge text", () => {
      fc.assert(
        fc.property(arbHostileForm([...names, "organisationId", "status"]), (raw) => {
          const out = normaliseRaw(def, raw, ctx);
          expect(Object.keys(out).every((k) => names.includes(k))).toBe(true);
          expect(containsNul(out)).toBe(false);
          expect(JSON.stringify(out)).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i); // no lone surrogate (JSON escapes only those)
          for (const v of Object.values(out)) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(4100);
        }),
        RUNS,
      );
    });
  },
);

describe("hostile-but-valid text in a declaration", () => {
  it.each(PROFILE_IDS)("is accepted as typed: markup, SQL and Unicode are text (%s)", (profileId) => {
    for (const text of [
      "<script>alert(1)</script>",
      '\'; DROP TABLE "Declaration"; --',
      "Zoë 😀 \u05E9\u05DC\u05D5\u05DD e\u0301",
    ]) {
      for (const locale of LOCALES) {
        const result = parseDeclarationForm(
          DECLARATION_FORMS.gift,
          { ...validGift(profileId), description: text, giver: text },
          { profileId, profile: getProfile(profileId), today: TODAY },
          locale,
          parseDeclarationInput,
        );
        expect(result.ok, JSON.stringify(result)).toBe(true);
        if (result.ok) expect([result.values.description, result.values.giver]).toEqual([text, text]);
      }
    }
  });
});

describe("the rule module under hostile input", () => {
  const keysOf = (type: string) =>
    Object.keys((DECLARATION_SCHEMAS as Record<string, { shape?: Record<string, unknown> }>)[type]?.shape ?? {});
  const arbDeclaration = fc.oneof(
    arbHostileValue,
    fc.constantFrom(...DECLARATION_TYPES).chain((type) => arbHostileObject(keysOf(type)).map((o) => ({ ...o, type }))),
    fc
      .constantFrom(...DECLARATION_TYPES)
      .chain((type) =>
        arbHostileObject(
          keysOf(type),
          fc.oneof(
            fc.boolean(),
            fc.integer(),
            fc.constantFrom(...NASTY_FRAGMENTS),
            fc.array(fc.constantFrom("a", "b", "yes")),
          ),
        ).map((o) => ({ ...o, type })),
      ),
  );

  function expectRuleInputError(call: () => unknown): void {
    try {
      call();
    } catch (error) {
      if (!isRuleInputError(error)) throw error;
      expect(typeof error.field).toBe("string");
      expect(error.message.nl.trim()).not.toBe("");
      expect(error.message.en.trim()).not.toBe("");
    }
  }

  it("parseDeclarationInput throws nothing but RuleInputError, with a field and a message in Dutch and English", () => {
    fc.assert(
      fc.property(arbDeclaration, (input) => expectRuleInputError(() => parseDeclarationInput(input))),
      { numRuns: 600, seed: 20261122 },
    );
  });

  it("evaluate gives a verdict or a RuleInputError, whatever the declaration, person, profile and moment", () => {
    const arbContext = fc.oneof(
      fc.record({
        profile: fc.oneof(fc.constantFrom(...PROFILE_IDS.map((p) => getProfile(p))), arbHostileValue),
        person: fc.oneof(fc.constant(person), arbHostileObject(Object.keys(person))),
        now: fc.oneof(fc.constant("2026-06-01T12:00Z"), arbHostileString),
      }),
      arbHostileValue,
    );
    fc.assert(
      fc.property(arbDeclaration, arbContext, (input, context) =>
        expectRuleInputError(() => evaluate(input as never, context as never)),
      ),
      { numRuns: 600, seed: 20261122 },
    );
  });

  it("returns field errors for bad input: a missing or wrong field is named", () => {
    for (const type of DECLARATION_TYPES) {
      for (const key of keysOf(type).filter((k) => k !== "type")) {
        try {
          parseDeclarationInput({ type, [key]: "<script>" });
          throw new Error("accepted");
        } catch (error) {
          expect(isRuleInputError(error), String(error)).toBe(true);
          if (isRuleInputError(error)) expect(error.field).not.toBe("");
        }
      }
    }
  });
});
