import { describe, expect, it } from "vitest";
import { AnswerSchema, CloseCampaignSchema, OpenCampaignSchema, PublicationSchema } from "@/lib/campaigns/schemas";
import { issuesToFieldKeys } from "@/lib/actions/issues";

/** The key per field, the hidden id and version included (the action turns those into one "not found" message). */
const fieldErrorKeys = (issues: { path: PropertyKey[]; message: string }[]) => {
  const r = issuesToFieldKeys(issues, { staleFields: [] });
  return r.kind === "fields" ? r.keys : {};
};

const keysOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : fieldErrorKeys(result.error!.issues);

describe("opening a campaign", () => {
  it("accepts a name, a year and a due date, trimmed", () => {
    expect(
      OpenCampaignSchema.parse({ title: "  Jaarlijkse controle 2026 ", year: " 2026", dueOn: "2026-12-15" }),
    ).toEqual({ title: "Jaarlijkse controle 2026", year: 2026, dueOn: "2026-12-15" });
  });
  it.each([
    [
      { title: "", year: "", dueOn: "" },
      { title: "titleRequired", year: "yearRequired", dueOn: "dueRequired" },
    ],
    [
      { title: "   ", year: "20x6", dueOn: "2026-02-30" },
      { title: "titleRequired", year: "yearRequired", dueOn: "dueInvalid" },
    ],
    [
      { title: "x".repeat(121), year: "26", dueOn: "15-12-2026" },
      { title: "titleTooLong", year: "yearRequired", dueOn: "dueInvalid" },
    ],
    [{}, { title: "titleRequired", year: "yearRequired", dueOn: "dueRequired" }],
  ])("gives one specific message per field for %j", (input, expected) => {
    expect(keysOf(OpenCampaignSchema.safeParse(input))).toEqual(expected);
  });
  it("takes 120 characters, not 121", () => {
    expect(OpenCampaignSchema.safeParse({ title: "x".repeat(120), year: "2026", dueOn: "2026-12-15" }).success).toBe(
      true,
    );
  });
});

describe("answering and managing", () => {
  it("knows the two answers only", () => {
    expect(AnswerSchema.parse({ campaignId: "c1", answer: "NOTHING_TO_DECLARE" }).answer).toBe("NOTHING_TO_DECLARE");
    expect(keysOf(AnswerSchema.safeParse({ campaignId: "c1", answer: "" }))).toEqual({ answer: "answerRequired" });
    expect(keysOf(AnswerSchema.safeParse({ campaignId: "c1", answer: "MAYBE" }))).toEqual({ answer: "answerRequired" });
    expect(keysOf(AnswerSchema.safeParse({ campaignId: "", answer: "COMPLETE" }))).toEqual({ campaignId: "notFound" });
  });
  it("reads the publication choice and the version", () => {
    expect(PublicationSchema.parse({ id: "c1", version: "3", published: "yes" })).toEqual({
      id: "c1",
      version: 3,
      published: true,
    });
    expect(PublicationSchema.parse({ id: "c1", version: "3", published: "no" }).published).toBe(false);
    expect(keysOf(PublicationSchema.safeParse({ id: "c1", version: "3" }))).toEqual({
      published: "publicationRequired",
    });
    expect(keysOf(CloseCampaignSchema.safeParse({ id: "c1", version: "0" }))).toEqual({ version: "notFound" });
    expect(keysOf(CloseCampaignSchema.safeParse({ id: "c1", version: "abc" }))).toEqual({ version: "notFound" });
  });
});
