// Zod issues -> a message key per field (lib/actions/issues.ts), on real schemas of the portal.
import { describe, expect, it } from "vitest";
import { issuesToFieldKeys } from "@/lib/actions/issues";
import { IdFormSchema } from "@/lib/actions/schemas";
import { EndRecusalSchema } from "@/lib/recusals/schemas";
import { DecisionFormSchema } from "@/lib/decisions/schemas";
import { SubmitSchema, RecordSchema } from "@/lib/declarations/schemas";
import { RetentionSchema, versionField } from "@/lib/privacy/schemas";

const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues;

describe("issuesToFieldKeys", () => {
  it.each([
    ["no issues", [], { kind: "fields", keys: {} }],
    [
      "the first issue per field wins",
      [
        { path: ["a"], message: "one" },
        { path: ["a"], message: "two" },
        { path: ["b"], message: "three" },
      ],
      { kind: "fields", keys: { a: "one", b: "three" } },
    ],
    [
      "an issue without a path belongs to the form",
      [{ path: [], message: "whole" }],
      { kind: "fields", keys: { form: "whole" } },
    ],
    [
      "a hidden id makes the form stale",
      [
        { path: ["reason"], message: "endReasonRequired" },
        { path: ["id"], message: "notFound" },
      ],
      { kind: "stale", keys: ["notFound", "notFound"] },
    ],
    [
      "a hidden version too, with the schema's own key first",
      [{ path: ["version"], message: "conflict" }],
      { kind: "stale", keys: ["conflict", "notFound"] },
    ],
  ] as const)("%s", (_what, issues, expected) => {
    expect(issuesToFieldKeys(issues)).toEqual(expected);
  });

  it("options: other hidden fields, another key for them, another field for path-less issues", () => {
    expect(issuesToFieldKeys([{ path: ["campaignId"], message: "x" }], { staleFields: ["campaignId"] })).toEqual({
      kind: "stale",
      keys: ["x", "notFound"],
    });
    expect(
      issuesToFieldKeys([{ path: ["version_DRAFTS"], message: "stale" }], {
        staleFields: ["version_DRAFTS"],
        staleKey: "conflict",
      }),
    ).toEqual({ kind: "stale", keys: ["stale", "conflict"] });
    expect(issuesToFieldKeys([{ path: ["id"], message: "x" }], { staleFields: [] })).toEqual({
      kind: "fields",
      keys: { id: "x" },
    });
    expect(issuesToFieldKeys([{ path: [], message: "kindRequired" }], { formField: "name" })).toEqual({
      kind: "fields",
      keys: { name: "kindRequired" },
    });
  });

  it("on real schemas: keys, not Zod's default texts, for what a person typed", () => {
    expect(issuesToFieldKeys(issuesOf(EndRecusalSchema.safeParse({ id: "r1", version: "2", reason: " " })))).toEqual({
      kind: "fields",
      keys: { reason: "endReasonRequired" },
    });
    expect(issuesToFieldKeys(issuesOf(EndRecusalSchema.safeParse({ id: "", version: "2", reason: "ok" })))).toEqual({
      kind: "stale",
      keys: ["notFound", "notFound"],
    });
    expect(issuesToFieldKeys(issuesOf(IdFormSchema.safeParse({ id: "a\u0000" }))).kind).toBe("stale");
    expect(
      issuesToFieldKeys(issuesOf(RetentionSchema.safeParse({ [versionField("DRAFTS")]: "x" })), {
        staleFields: [versionField("DRAFTS")],
        staleKey: "conflict",
      }).kind,
    ).toBe("stale");
  });

  it("the decision form reports the decision's and the recusal part's issues together", () => {
    const r = DecisionFormSchema.safeParse({
      id: "d1",
      version: "1",
      kind: "",
      recusalKind: "",
      recusalSubject: "Bouwbedrijf X",
      recusalEndsOn: "",
    });
    expect(issuesToFieldKeys(issuesOf(r))).toEqual({
      kind: "fields",
      keys: { kind: "kindRequired", recusalKind: "kindRequired", recusalEndsOn: "endsOnRequired" },
    });
    const ok = DecisionFormSchema.safeParse({ id: "d1", version: "1", kind: "APPROVED" });
    expect(ok.success && ok.data).toMatchObject({
      decision: { id: "d1", version: 1, kind: "APPROVED" },
      recusal: null,
    });
  });

  it("limits live in the schemas: a 4,001-character answer or note is refused there", () => {
    const base = { id: "d1", version: "1", submissionKey: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d" };
    expect(SubmitSchema.safeParse({ ...base, answer: "x".repeat(4000) }).success).toBe(true);
    expect(issuesToFieldKeys(issuesOf(SubmitSchema.safeParse({ ...base, answer: "x".repeat(4001) })))).toEqual({
      kind: "fields",
      keys: { answer: "declarations.check.answerTooLong" },
    });
    expect(RecordSchema.safeParse({ id: "d1", version: "1", note: "x".repeat(4000) }).success).toBe(true);
    expect(
      issuesToFieldKeys(issuesOf(RecordSchema.safeParse({ id: "d1", version: "1", note: "x".repeat(4001) }))),
    ).toEqual({ kind: "fields", keys: { note: "noteTooLong" } });
  });
});
