// Which questions offer a round trip for their follow-up questions when JavaScript is off (issue 19 item 5,
// decision 060): exactly those with an answer that shows or hides another question.
import { describe, expect, it } from "vitest";
import { getProfile, type ProfileId } from "@/lib/rules";
import { controlsOtherQuestions, type FormContext } from "@/lib/declarations/form-model";
import { getDeclarationForm } from "@/lib/declarations/forms";

const ctxOf = (profileId: ProfileId): FormContext => ({
  profileId,
  profile: getProfile(profileId),
  today: "2026-06-15",
});

function controlling(type: string, raw: Record<string, string> = {}, profileId: ProfileId = "rijk") {
  const def = getDeclarationForm(type as never)!;
  const ctx = ctxOf(profileId);
  return def
    .fields(ctx)
    .filter((f) => controlsOtherQuestions(def, f, raw, ctx))
    .map((f) => f.name);
}

describe("controlsOtherQuestions", () => {
  it.each([
    // The gift: what happened (received shows "sent home", declined hides most) and the kind (loyalty points).
    ["gift", {}, ["direction", "kind"]],
    // A side job: "what do you declare" (new, changed, ended) is asked only for a current job, and only then
    // does its answer show the end date.
    ["side-job", { status: "current" }, ["status", "change"]],
  ])("%s %j: the questions that offer the round trip", (type, raw, expected) => {
    expect(controlling(type, raw)).toEqual(expect.arrayContaining(expected));
  });

  it("a question whose answers change something only together with another answer waits for that answer", () => {
    expect(controlling("side-job", {})).not.toContain("change");
  });

  it("never offers it after a question without options, and never after one that changes nothing", () => {
    const def = getDeclarationForm("gift")!;
    const ctx = ctxOf("rijk");
    const byName = Object.fromEntries(def.fields(ctx).map((f) => [f.name, f]));
    expect(controlsOtherQuestions(def, byName.description!, {}, ctx)).toBe(false);
    expect(controlsOtherQuestions(def, byName.giver!, {}, ctx)).toBe(false);
    expect(controlsOtherQuestions(def, byName.deliveredToHomeAddress!, { direction: "received" }, ctx)).toBe(false);
  });
});
