// The one error table of the server actions (lib/actions, decision 048): every AppError code, Prisma's errors,
// the data layer's reasons and field errors, per-action overrides, and how keys become texts in both languages.
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { classifyError, ERROR_KEYS } from "@/lib/actions/errors";
import { fieldMessages, message } from "@/lib/actions/messages";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";

const prismaError = (code: string) =>
  Object.assign(new Error("prisma"), { name: "PrismaClientKnownRequestError", code });
const tr = (locale: "nl" | "en") =>
  createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" });

describe("classifyError: AppError codes", () => {
  it.each<[AppErrorCode, string[] | null]>([
    ["NOT_FOUND", ["notFound"]],
    ["FORBIDDEN", ["forbidden"]],
    ["CONFLICT", ["conflict"]],
    ["INVALID_STATE", ["invalidState"]],
    ["RATE_LIMITED", ["rateLimited"]],
    ["VALIDATION", null],
  ])("%s -> %j", (code, keys) => {
    expect(classifyError(new AppError(code, "x"))).toEqual(keys ? { kind: "message", keys } : { kind: "unexpected" });
  });

  it("covers every code", () => {
    expect(Object.keys(ERROR_KEYS).sort()).toEqual([
      "CONFLICT",
      "FORBIDDEN",
      "INVALID_STATE",
      "NOT_FOUND",
      "RATE_LIMITED",
      "VALIDATION",
    ]);
  });

  it("a per-action override replaces the table's key for that code only", () => {
    const overrides = { INVALID_STATE: "alreadyEnded", FORBIDDEN: "notAsked" };
    expect(classifyError(new AppError("INVALID_STATE", "x"), overrides)).toEqual({
      kind: "message",
      keys: ["alreadyEnded"],
    });
    expect(classifyError(new AppError("FORBIDDEN", "x"), overrides)).toEqual({ kind: "message", keys: ["notAsked"] });
    expect(classifyError(new AppError("NOT_FOUND", "x"), overrides)).toEqual({ kind: "message", keys: ["notFound"] });
  });

  it("the data layer's reason comes before the code's key", () => {
    expect(classifyError(new AppError("INVALID_STATE", "x", { reason: "alreadyOpen" }))).toEqual({
      kind: "message",
      keys: ["alreadyOpen", "invalidState"],
    });
    expect(classifyError(new AppError("VALIDATION", "x", { reason: "unlinkReasonRequired" }))).toEqual({
      kind: "message",
      keys: ["unlinkReasonRequired"],
    });
  });

  it("VALIDATION with field errors -> a key per field, with the data layer's placeholder values", () => {
    expect(
      classifyError(
        new AppError("VALIDATION", "x", {
          fieldErrors: { email: "emailTaken" },
          fieldParams: { email: { line: "3" } },
        }),
      ),
    ).toEqual({ kind: "fields", keys: { email: "emailTaken" }, params: { email: { line: "3" } } });
    // Empty or malformed field errors are no field errors.
    expect(classifyError(new AppError("VALIDATION", "x", { fieldErrors: {} }))).toEqual({ kind: "unexpected" });
    expect(classifyError(new AppError("VALIDATION", "x", { fieldErrors: { a: 1 } }))).toEqual({ kind: "unexpected" });
  });
});

describe("classifyError: Prisma and other errors", () => {
  it.each([
    ["P2002", "unique violation", ["conflict"]],
    ["P2025", "record not found", ["notFound"]],
  ])("%s (%s) -> %j", (code, _what, keys) => {
    expect(classifyError(prismaError(code))).toEqual({ kind: "message", keys });
  });

  it("an override applies to a Prisma error's code too", () => {
    expect(classifyError(prismaError("P2002"), { CONFLICT: "emailTaken" })).toEqual({
      kind: "message",
      keys: ["emailTaken"],
    });
  });

  it.each([
    ["another Prisma code", prismaError("P2003")],
    ["a plain Error", new Error("boom")],
    ["a string", "boom"],
    ["null", null],
    ["undefined", undefined],
  ])("%s is unexpected", (_what, error) => {
    expect(classifyError(error)).toEqual({ kind: "unexpected" });
  });
});

describe("message: keys as texts", () => {
  const nl = tr("nl");
  const en = tr("en");

  it("looks in the action's namespace first", () => {
    expect(message(nl, "decisions.errors", "notFound")).toBe(nl("decisions.errors.notFound"));
    expect(message(en, "recusals.errors", ["alreadyEnded", "invalidState"])).toBe(en("recusals.errors.alreadyEnded"));
  });

  it("then the next key, then a full key, then the shared 'actions' text", () => {
    expect(message(nl, "campaigns.errors", ["noSuchReason", "closed"])).toBe(nl("campaigns.errors.closed"));
    expect(message(nl, "declarations.form", "declarations.check.answerTooLong")).toBe(
      nl("declarations.check.answerTooLong"),
    );
    // Policy and privacy have no "not found" of their own: the shared one, not "forbidden".
    expect(message(nl, "policy.errors", "notFound")).toBe(nl("actions.notFound"));
    expect(message(en, "privacy.errors", "notFound")).toBe(en("actions.notFound"));
    expect(message(nl, "policy.errors", "notFound")).not.toBe(nl("policy.errors.forbidden"));
  });

  it("an unknown key (or a Zod default text) is the namespace's generic message, never the key itself", () => {
    expect(message(nl, "register.errors", "Invalid input: expected string, received undefined")).toBe(
      nl("register.errors.generic"),
    );
    expect(message(en, "people.errors", "nope")).toBe(en("people.errors.generic"));
    expect(message(nl, "actions", "nope")).toBe(nl("actions.generic"));
  });

  it("fills placeholders, per field, from the namespace a field belongs to", () => {
    const texts = fieldMessages(
      nl,
      {
        namespace: "decisions.errors",
        namespaceFor: (f) => (f.startsWith("recusal") ? "recusals.errors" : undefined),
        fieldParams: () => ({ min: 6, max: 24, name: "Concepten" }),
      },
      { kind: "kindRequired", recusalSubject: "subjectRequired" },
    );
    expect(texts).toEqual({
      kind: nl("decisions.errors.kindRequired"),
      recusalSubject: nl("recusals.errors.subjectRequired"),
    });
    const privacy = fieldMessages(
      en,
      { namespace: "privacy.errors", fieldParams: () => ({ min: 6, max: 24, name: "Drafts" }) },
      { months_DRAFTS: "monthsMax" },
    );
    expect(privacy.months_DRAFTS).toContain("24");
  });

  it("every shared text exists in both languages", () => {
    for (const key of ["notFound", "forbidden", "conflict", "invalidState", "rateLimited", "generic", "noteTooLong"]) {
      expect(nl.has(`actions.${key}` as never)).toBe(true);
      expect(en.has(`actions.${key}` as never)).toBe(true);
      expect(nl(`actions.${key}` as never)).not.toBe(en(`actions.${key}` as never));
    }
  });
});
