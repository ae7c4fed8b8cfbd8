// The declaration lifecycle, table-driven like the rules: every status against every event, and every status
// against every group. The expected values are written out here, not derived from the module under test.
import { describe, expect, it } from "vitest";
import {
  ACCEPTED,
  canAttach,
  ALL_STATUSES,
  AWAITING_ANSWER,
  AWAITING_DECISION,
  AWAITING_INTEGRITY,
  AWAITING_MANAGER,
  CLOSED,
  DECISION_KINDS,
  DECLARED,
  EDITABLE,
  OPEN,
  OPEN_WITH_MANAGER,
  PERMITTED,
  RUNNING,
  SENT,
  SETTLED,
  TO_ACKNOWLEDGE,
  canDiscard,
  canEdit,
  canFollowUp,
  canWithdraw,
  decisionKindsFor,
  isFinalDecision,
  nextStatus,
  type DecidingAs,
  type DeclarationStatus,
  type LifecycleEvent,
} from "@/lib/declarations/lifecycle";
import { statusIn } from "@/lib/declarations/status-sql";

const EVENTS: Record<string, LifecycleEvent> = {
  "submit>register": { kind: "submit", route: "register" },
  "submit>manager": { kind: "submit", route: "manager" },
  "submit>integrity": { kind: "submit", route: "integrity" },
  withdraw: { kind: "withdraw" },
  end: { kind: "end" },
  "reassign>manager": { kind: "reassign", to: "manager" },
  "reassign>integrity": { kind: "reassign", to: "integrity" },
};
for (const as of ["manager", "deputy", "integrity-officer"] as DecidingAs[]) {
  for (const outcome of DECISION_KINDS) EVENTS[`decide:${outcome}@${as}`] = { kind: "decide", outcome, as };
}

const decidedBy = (as: DecidingAs, outcomes: string[]) =>
  Object.fromEntries(outcomes.map((o) => [`decide:${o}@${as}`, o]));
const ALL_OUTCOMES = ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED", "INFO_REQUESTED", "ESCALATED"];

/** Per status, the events it allows and where they lead; every other event must be refused (null). */
const ALLOWED: Record<DeclarationStatus, Record<string, DeclarationStatus>> = {
  DRAFT: { "submit>register": "REGISTERED", "submit>manager": "SUBMITTED", "submit>integrity": "ESCALATED" },
  REGISTERED: { end: "ENDED" },
  SUBMITTED: {
    withdraw: "WITHDRAWN",
    "reassign>manager": "SUBMITTED",
    "reassign>integrity": "ESCALATED",
    ...decidedBy("manager", ALL_OUTCOMES),
    ...decidedBy("deputy", ALL_OUTCOMES),
  },
  INFO_REQUESTED: {
    "submit>manager": "SUBMITTED",
    "submit>integrity": "ESCALATED",
    withdraw: "WITHDRAWN",
    "reassign>manager": "INFO_REQUESTED",
    "reassign>integrity": "INFO_REQUESTED",
  },
  ESCALATED: {
    withdraw: "WITHDRAWN",
    ...decidedBy("integrity-officer", ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED", "INFO_REQUESTED"]),
  },
  APPROVED: { end: "ENDED" },
  APPROVED_WITH_CONDITIONS: { end: "ENDED" },
  REFUSED: {},
  WITHDRAWN: {},
  ENDED: {},
};

describe("nextStatus: every status against every event", () => {
  it("covers every status of the schema", () => {
    expect([...ALL_STATUSES].sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(ALL_STATUSES).toHaveLength(10);
  });
  const cases = ALL_STATUSES.flatMap((status) =>
    Object.keys(EVENTS).map((event) => [status, event, ALLOWED[status][event] ?? null] as const),
  );
  it.each(cases)("%s + %s -> %s", (status, event, expected) => {
    expect(nextStatus(status, EVENTS[event]!)).toBe(expected);
  });
});

const GROUPS = {
  EDITABLE,
  AWAITING_MANAGER,
  AWAITING_INTEGRITY,
  AWAITING_DECISION,
  AWAITING_ANSWER,
  OPEN,
  OPEN_WITH_MANAGER,
  PERMITTED,
  TO_ACKNOWLEDGE,
  SETTLED,
  RUNNING,
  ACCEPTED,
  CLOSED,
  SENT,
  DECLARED,
};
/** Per status, the groups it belongs to. */
const MEMBER_OF: Record<DeclarationStatus, (keyof typeof GROUPS)[]> = {
  DRAFT: ["EDITABLE"],
  REGISTERED: ["SETTLED", "RUNNING", "ACCEPTED", "CLOSED", "SENT", "DECLARED"],
  SUBMITTED: ["AWAITING_MANAGER", "AWAITING_DECISION", "OPEN", "OPEN_WITH_MANAGER", "SENT", "DECLARED"],
  INFO_REQUESTED: ["EDITABLE", "AWAITING_ANSWER", "OPEN", "OPEN_WITH_MANAGER", "SENT", "DECLARED"],
  ESCALATED: ["AWAITING_INTEGRITY", "AWAITING_DECISION", "OPEN", "SENT", "DECLARED"],
  APPROVED: ["PERMITTED", "SETTLED", "RUNNING", "ACCEPTED", "CLOSED", "SENT", "DECLARED"],
  APPROVED_WITH_CONDITIONS: [
    "PERMITTED",
    "TO_ACKNOWLEDGE",
    "SETTLED",
    "RUNNING",
    "ACCEPTED",
    "CLOSED",
    "SENT",
    "DECLARED",
  ],
  REFUSED: ["SETTLED", "CLOSED", "SENT", "DECLARED"],
  WITHDRAWN: ["CLOSED", "SENT"],
  ENDED: ["ACCEPTED", "CLOSED", "SENT", "DECLARED"],
};

describe("status groups: every status against every group", () => {
  const cases = ALL_STATUSES.flatMap((status) =>
    (Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((g) => [status, g, MEMBER_OF[status].includes(g)] as const),
  );
  it.each(cases)("%s in %s: %s", (status, group, expected) => {
    expect(GROUPS[group].includes(status)).toBe(expected);
  });

  it.each(ALL_STATUSES.map((s) => [s] as const))("%s is exactly one of draft, open or closed", (status) => {
    expect([status === "DRAFT", OPEN.includes(status), CLOSED.includes(status)].filter(Boolean)).toHaveLength(1);
  });

  it("the groups cannot be changed at run time", () => {
    expect(() => (OPEN as DeclarationStatus[]).push("DRAFT")).toThrow();
  });
});

describe("what a status allows the employee", () => {
  const table: [DeclarationStatus, { edit: boolean; withdraw: boolean; discard: boolean; followUp: boolean }][] = [
    ["DRAFT", { edit: true, withdraw: false, discard: true, followUp: false }],
    ["REGISTERED", { edit: false, withdraw: false, discard: false, followUp: true }],
    ["SUBMITTED", { edit: false, withdraw: true, discard: false, followUp: false }],
    ["INFO_REQUESTED", { edit: true, withdraw: true, discard: false, followUp: false }],
    ["ESCALATED", { edit: false, withdraw: true, discard: false, followUp: false }],
    ["APPROVED", { edit: false, withdraw: false, discard: false, followUp: true }],
    ["APPROVED_WITH_CONDITIONS", { edit: false, withdraw: false, discard: false, followUp: true }],
    ["REFUSED", { edit: false, withdraw: false, discard: false, followUp: false }],
    ["WITHDRAWN", { edit: false, withdraw: false, discard: false, followUp: false }],
    ["ENDED", { edit: false, withdraw: false, discard: false, followUp: false }],
  ];
  it("lists every status", () => expect(table.map(([s]) => s)).toEqual([...ALL_STATUSES]));
  it.each(table)("%s", (status, allows) => {
    expect({
      edit: canEdit(status),
      withdraw: canWithdraw(status),
      discard: canDiscard(status),
      followUp: canFollowUp(status),
    }).toEqual(allows);
  });
});

describe("decisions", () => {
  it.each([
    ["manager", ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED", "INFO_REQUESTED", "ESCALATED"]],
    ["deputy", ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED", "INFO_REQUESTED", "ESCALATED"]],
    ["integrity-officer", ["APPROVED", "APPROVED_WITH_CONDITIONS", "REFUSED", "INFO_REQUESTED"]],
  ] as const)("a %s may decide %j", (as, kinds) => {
    expect(decisionKindsFor(as)).toEqual(kinds);
  });
  it.each([
    ["APPROVED", true],
    ["APPROVED_WITH_CONDITIONS", true],
    ["REFUSED", true],
    ["INFO_REQUESTED", false],
    ["ESCALATED", false],
    ["", false],
  ] as const)("%s settles the declaration: %s", (kind, final) => {
    expect(isFinalDecision(kind)).toBe(final);
  });
});

describe("raw SQL lists come from the groups", () => {
  it("binds each status of the group as a parameter", () => {
    const sql = statusIn("d.status", AWAITING_DECISION);
    expect(sql.sql).toBe("d.status::text in (?,?)");
    expect(sql.values).toEqual(["SUBMITTED", "ESCALATED"]);
    expect(statusIn("d.status", SENT).values).toEqual(ALL_STATUSES.filter((s) => s !== "DRAFT"));
  });
});

describe("canAttach: who may add evidence, in which status", () => {
  // [status, declarant on their declaration, author of an answer, decider of the latest decision with that outcome]
  const table: [DeclarationStatus, boolean, boolean, boolean][] = [
    ["DRAFT", true, false, false],
    ["REGISTERED", false, false, false],
    ["SUBMITTED", true, true, false],
    ["INFO_REQUESTED", true, true, true],
    ["ESCALATED", true, true, true],
    ["APPROVED", false, false, true],
    ["APPROVED_WITH_CONDITIONS", false, false, true],
    ["REFUSED", false, false, true],
    ["WITHDRAWN", false, false, false],
    ["ENDED", false, false, false],
  ];
  it("lists every status", () => expect(table.map(([s]) => s)).toEqual([...ALL_STATUSES]));
  it.each(table)("%s: declarant %s, answerer %s, decider %s", (status, declarant, answerer, decider) => {
    expect(canAttach(status, { to: "declaration", isDeclarant: true })).toBe(declarant);
    expect(canAttach(status, { to: "answer", isAuthor: true })).toBe(answerer);
    expect(canAttach(status, { to: "decision", isDecider: true, isLatest: true, outcome: status })).toBe(decider);
  });
  it.each(ALL_STATUSES.map((s) => [s] as const))(
    "%s: never for someone else's declaration, answer or decision",
    (s) => {
      expect(canAttach(s, { to: "declaration", isDeclarant: false })).toBe(false);
      expect(canAttach(s, { to: "answer", isAuthor: false })).toBe(false);
      expect(canAttach(s, { to: "decision", isDecider: false, isLatest: true, outcome: s })).toBe(false);
    },
  );
  it("a decision no longer the last step, or whose outcome is not the status now, takes no evidence", () => {
    expect(canAttach("APPROVED", { to: "decision", isDecider: true, isLatest: false, outcome: "APPROVED" })).toBe(
      false,
    );
    // Asked for information, the employee answered: the question's decision is no longer where the declaration stands.
    expect(canAttach("SUBMITTED", { to: "decision", isDecider: true, isLatest: true, outcome: "INFO_REQUESTED" })).toBe(
      false,
    );
  });
});
