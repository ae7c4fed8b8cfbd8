// Which declarations a manager may approve in bulk (issue 16 item 4, decision 067): table-driven over every status and
// the verdicts at the boundary between "needs no judgement" and "needs judgement". Expectations written out by hand.
import { describe, expect, it } from "vitest";
import {
  ALL_STATUSES,
  BULK_DECISION_LIMIT,
  bulkRefusal,
  isBulkDecidable,
  needsJudgement,
  type BulkVerdict,
} from "@/lib/declarations/lifecycle";

const v = (over: Partial<BulkVerdict> = {}): BulkVerdict => ({
  outcome: "register",
  type: "gift",
  decisionRequired: false,
  obligations: [],
  ...over,
});
const ob = (...codes: string[]) => codes.map((code) => ({ code }));

describe("needsJudgement", () => {
  it.each<[string, BulkVerdict | null | undefined, boolean]>([
    ["register only", v(), false],
    ["no duty", v({ outcome: "no-duty" }), false],
    ["approval required", v({ outcome: "approval-required", decisionRequired: true }), true],
    ["not permitted", v({ outcome: "not-permitted", decisionRequired: true }), true],
    ["an outcome it does not know", v({ outcome: "maybe" }), true],
    ["no verdict (fail closed)", null, true],
    ["a verdict without outcome", {} as BulkVerdict, true],
    [
      "register, only the gift's destination left to the manager",
      v({ decisionRequired: true, obligations: ob("report-to-manager", "manager-decides-destination") }),
      false,
    ],
    [
      "register, a decision the code leaves that is not the destination",
      v({ decisionRequired: true, obligations: ob("report-to-manager") }),
      true,
    ],
    ["register, a decision left with no obligation named", v({ decisionRequired: true }), true],
    ["a private relationship (recusal) registered", v({ type: "private-relationship" }), true],
    ["a supplier contact (recusal), no duty", v({ type: "supplier-contact", outcome: "no-duty" }), true],
    ["a recusal obligation on another type", v({ obligations: ob("someone-else-handles") }), true],
    [
      "register with obligations that ask nothing of the manager",
      v({ obligations: ob("report-to-manager", "publish-in-register") }),
      false,
    ],
  ])("%s", (_name, verdict, expected) => {
    expect(needsJudgement(verdict)).toBe(expected);
  });
});

describe("bulkRefusal: only what awaits the manager, with a verdict that needs no judgement", () => {
  const expected: Record<string, "ok" | "not-awaiting"> = {
    DRAFT: "not-awaiting",
    SUBMITTED: "ok",
    // The integrity officer's queue has no bulk decision.
    ESCALATED: "not-awaiting",
    INFO_REQUESTED: "not-awaiting",
    REGISTERED: "not-awaiting",
    APPROVED: "not-awaiting",
    APPROVED_WITH_CONDITIONS: "not-awaiting",
    REFUSED: "not-awaiting",
    WITHDRAWN: "not-awaiting",
    ENDED: "not-awaiting",
  };
  it("covers every status", () => expect(Object.keys(expected).sort()).toEqual([...ALL_STATUSES].sort()));
  it.each(ALL_STATUSES)("%s", (status) => {
    const ok = expected[status] === "ok";
    expect(bulkRefusal(status, v())).toBe(ok ? null : "not-awaiting");
    expect(isBulkDecidable(status, v())).toBe(ok);
    expect(bulkRefusal(status, v({ outcome: "approval-required" }))).toBe(ok ? "needs-judgement" : "not-awaiting");
  });
});

it("a bulk decision takes at most 50 declarations", () => expect(BULK_DECISION_LIMIT).toBe(50));
