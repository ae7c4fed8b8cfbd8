import { describe, expect, it } from "vitest";
import { readPeopleCsv } from "@/lib/people/csv";
import { buildPlan, findCycle } from "@/lib/people/plan";
import { type ExistingPerson, type PlanContext } from "@/lib/people/plan-model";
import { grantableRoles } from "@/lib/people/roles";

const HEADER = "personeelsnummer;naam;e-mail;afdeling;leidinggevende;rollen";

function person(id: string, over: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id,
    externalId: id.toUpperCase(),
    email: `${id}@org.example`,
    name: `Persoon ${id}`,
    functionTitle: "Adviseur",
    unitId: "u1",
    managerId: null,
    roles: ["EMPLOYEE"],
    salaryScale: 10,
    topManagementGroup: false,
    topOfficial: false,
    financialRiskFunction: false,
    vulnerableFunction: false,
    employmentStart: "2020-01-01",
    employmentEnd: null,
    version: 1,
    ...over,
  };
}

// Existing: top (no manager) <- boss <- emp; hr imports.
const PEOPLE = [
  person("top", { name: "Tineke Top", roles: ["EMPLOYEE", "MANAGER"] }),
  person("boss", { name: "Bram Baas", managerId: "top", roles: ["EMPLOYEE", "MANAGER"] }),
  person("emp", { name: "Eva Werk", managerId: "boss" }),
  person("hr", { name: "Hanna HR", managerId: "top", roles: ["EMPLOYEE", "HR"] }),
  person("noid", { externalId: null, name: "Zonder Nummer" }),
];
const CTX: PlanContext = {
  people: PEOPLE,
  units: [
    { id: "u1", name: "Directie Financiën", code: "FIN" },
    { id: "u2", name: "Inkoop", code: null },
  ],
  emailsElsewhere: new Set(["elders@other.example"]),
  viewerId: "hr",
  grantableRoles: grantableRoles({ roles: ["EMPLOYEE", "HR"] }),
};

function plan(lines: string[], ctx: Partial<PlanContext> = {}, header = HEADER) {
  const read = readPeopleCsv(new TextEncoder().encode([header, ...lines].join("\n")));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return buildPlan(read.rows, { ...CTX, ...ctx });
}
const codes = (p: ReturnType<typeof plan>) =>
  p.report.rows.map((r) => [r.line, r.outcome, ...r.reasons.map((x) => x.code)]);

describe("findCycle", () => {
  it("returns the loop back to the start, or null", () => {
    const m = new Map([
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
      ["d", "b"],
    ]);
    expect(findCycle("a", (n) => m.get(n))).toEqual(["a", "b", "c", "a"]);
    expect(findCycle("d", (n) => m.get(n))).toBeNull();
    expect(findCycle("x", () => null)).toBeNull();
  });
});

describe("the import plan", () => {
  it("matches by personnel number, then by e-mail, and lists each change as old -> new", () => {
    const p = plan([
      "EMP;Eva Werk-de Boer;emp@org.example;Inkoop;TOP;",
      "BOSS;Persoon boss;boss@org.example;FIN;TOP;leidinggevende",
      "N1;Zonder Nummer;noid@org.example;fin;;",
      "NEW;Nieuwe Collega;Nieuw@Org.example;Directie financiën;BOSS;",
    ]);
    expect(codes(p)).toEqual([
      [2, "changed"],
      [3, "changed"],
      [4, "changed"],
      [5, "new"],
    ]);
    expect(p.report.rows[0]!.changes).toEqual([
      { field: "name", from: "Eva Werk", to: "Eva Werk-de Boer" },
      { field: "unit", from: "Directie Financiën", to: "Inkoop" },
      { field: "manager", from: "Bram Baas", to: "Tineke Top" },
    ]);
    expect(p.report.rows[1]!.changes).toEqual([{ field: "name", from: "Bram Baas", to: "Persoon boss" }]);
    expect(p.report.rows[2]).toMatchObject({
      personId: "noid",
      changes: [{ field: "externalId", from: null, to: "N1" }],
    });
    expect(p.report.rows[3]!.personId).toBeNull();
    expect(p.report.rows[3]!.changes.map((c) => [c.field, c.to])).toEqual([
      ["externalId", "NEW"],
      ["name", "Nieuwe Collega"],
      ["email", "nieuw@org.example"],
      ["unit", "Directie Financiën"],
      ["manager", "Persoon boss"],
      ["roles", "EMPLOYEE"], // the name the file gives the manager
    ]);
    expect(p.report.counts).toEqual({ new: 1, changed: 3, unchanged: 0, rejected: 0 });
    expect(p.writes.map((w) => w.node)).toEqual(["emp", "boss", "noid", "new:5"]);
    expect(p.writes[0]).toMatchObject({
      data: { name: "Eva Werk-de Boer", unitId: "u2" },
      managerNode: "top",
      version: 1,
      fields: ["name", "unit", "manager"],
    });
  });

  it("rows that change nothing are unchanged and write nothing; absent columns are not compared", () => {
    const p = plan(["EMP;Eva Werk;emp@org.example"], {}, "personeelsnummer;naam;e-mail");
    expect(codes(p)).toEqual([[2, "unchanged"]]);
    expect(p.writes).toEqual([]);
  });

  it.each([
    [
      "a duplicate e-mail in the file (both rows)",
      ["A1;A;dubbel@org.example;;;", "A2;B;Dubbel@org.example;;;"],
      [
        [2, "rejected", "duplicateEmail"],
        [3, "rejected", "duplicateEmail"],
      ],
    ],
    [
      "a duplicate personnel number in the file",
      ["A1;A;a@org.example;;;", "A1;B;b@org.example;;;"],
      [
        [2, "rejected", "duplicateExternalId"],
        [3, "rejected", "duplicateExternalId"],
      ],
    ],
    [
      "an e-mail address of another person of the organisation",
      ["A1;A;emp@org.example;;;"],
      [[2, "rejected", "emailHasOtherExternalId"]],
    ],
    [
      "an e-mail address in use elsewhere in the portal",
      ["A1;A;elders@other.example;;;"],
      [[2, "rejected", "emailTaken"]],
    ],
    [
      "a changed e-mail that belongs to someone else",
      ["EMP;Eva Werk;boss@org.example;;;"],
      [[2, "rejected", "emailBelongsTo"]],
    ],
    ["an unknown unit", ["A1;A;a@org.example;Marketing;;"], [[2, "rejected", "unknownUnit"]]],
    ["an unknown manager (number)", ["A1;A;a@org.example;;X999;"], [[2, "rejected", "unknownManager"]]],
    ["an unknown manager (e-mail)", ["A1;A;a@org.example;;niemand@org.example;"], [[2, "rejected", "unknownManager"]]],
    [
      "a manager of another organisation",
      ["A1;A;a@org.example;;elders@other.example;"],
      [[2, "rejected", "unknownManager"]],
    ],
    ["someone as their own manager", ["A1;A;a@org.example;;A1;"], [[2, "rejected", "selfManager"]]],
    [
      "someone as their own manager, by e-mail",
      ["EMP;Eva Werk;emp@org.example;;EMP@org.example;"],
      [[2, "rejected", "selfManager"]],
    ],
  ])("rejects %s", (_label, lines, expected) => {
    expect(codes(plan(lines))).toEqual(expected);
  });

  it("rejects a cycle A -> B -> A between two new people, naming the chain", () => {
    const p = plan(["A1;Anna;a@org.example;;B1;leidinggevende", "B1;Bert;b@org.example;;A1;leidinggevende"]);
    expect(codes(p)).toEqual([
      [2, "rejected", "managerCycle"],
      [3, "rejected", "managerCycle"],
    ]);
    expect(p.report.rows[0]!.reasons[0]!.params).toEqual({ chain: "Anna → Bert → Anna" });
  });

  it("rejects a longer cycle through people already in the portal (the chain as it would be after the import)", () => {
    // TOP gets EMP as manager; EMP -> BOSS -> TOP already: TOP -> EMP -> BOSS -> TOP. (EMP is no manager either.)
    const p = plan(["TOP;Tineke Top;top@org.example;;EMP;leidinggevende"]);
    expect(codes(p)).toEqual([[2, "rejected", "managerCycle", "managerNotManager"]]);
    expect(p.report.rows[0]!.reasons[0]!.params).toEqual({ chain: "Tineke Top → Eva Werk → Bram Baas → Tineke Top" });
  });

  it("rejects a four-person cycle in the file, and accepts the same chain once it ends", () => {
    const cycle = [
      "A1;A;a@org.example;;B1;leidinggevende",
      "B1;B;b@org.example;;C1;leidinggevende",
      "C1;C;c@org.example;;D1;leidinggevende",
      "D1;D;d@org.example;;A1;leidinggevende",
    ];
    expect(plan(cycle).report.counts.rejected).toBe(4);
    const chain = [...cycle.slice(0, 3), "D1;D;d@org.example;;TOP;leidinggevende"];
    expect(plan(chain).report.counts).toEqual({ new: 4, changed: 0, unchanged: 0, rejected: 0 });
  });

  it("a change elsewhere in the file can break an existing cycle risk: moving BOSS under HR and TOP under BOSS is fine", () => {
    // (HR holds MANAGER here: a manager link may only point to a manager, decision 032.)
    const people = PEOPLE.map((x) => (x.id === "hr" ? { ...x, roles: [...x.roles, "MANAGER" as const] } : x));
    const p = plan(
      ["BOSS;Bram Baas;boss@org.example;;HR;leidinggevende", "TOP;Tineke Top;top@org.example;;;leidinggevende"],
      { people, viewerId: "someone-else" },
    );
    expect(p.report.counts.rejected).toBe(0);
  });

  it("nobody changes their own roles, and nobody hands out a role beyond their reach", () => {
    expect(codes(plan(["HR;Hanna HR;hr@org.example;FIN;TOP;"]))).toEqual([[2, "rejected", "ownRoles"]]);
    expect(codes(plan(["HR;Hanna HR;hr@org.example;FIN;TOP;hr"]))).toEqual([[2, "unchanged"]]);
    const admin = { viewerId: "someone-else", grantableRoles: grantableRoles({ roles: ["EMPLOYEE", "ADMIN"] }) };
    const p = plan(["EMP;Eva Werk;emp@org.example;;BOSS;hr, beheerder"], admin);
    expect(p.report.rows[0]!.reasons).toEqual([{ code: "roleNotAllowed", params: { role: "HR" } }]);
    expect(codes(plan(["EMP;Eva Werk;emp@org.example;;BOSS;beheerder"], admin))).toEqual([[2, "changed"]]);
  });

  it("a new manager link points to an active manager, never to the importer (decision 032)", () => {
    const today = { today: "2026-06-01" };
    // Eva (no MANAGER) as someone's manager; the importer (HR) as someone's manager.
    expect(codes(plan(["NEW;Nieuw;nieuw@org.example;;EMP;"], today))).toEqual([[2, "rejected", "managerNotManager"]]);
    expect(
      codes(
        plan(["EMP;Eva Werk;emp@org.example;;HR;"], {
          ...today,
          people: PEOPLE.map((x) => (x.id === "hr" ? { ...x, roles: [...x.roles, "MANAGER" as const] } : x)),
        }),
      ),
    ).toEqual([[2, "rejected", "managerIsViewer"]]);
    // A manager whose access is withdrawn, or whose employment ended (the end date itself still counts).
    expect(codes(plan(["EMP;Eva Werk;emp@org.example;;TOP;"], { ...today, disabledIds: new Set(["top"]) }))).toEqual([
      [2, "rejected", "managerInactive"],
    ]);
    const left = (end: string) => ({
      ...today,
      people: PEOPLE.map((x) => (x.id === "top" ? { ...x, employmentEnd: end } : x)),
    });
    expect(codes(plan(["EMP;Eva Werk;emp@org.example;;TOP;"], left("2026-05-31")))).toEqual([
      [2, "rejected", "managerInactive"],
    ]);
    expect(codes(plan(["EMP;Eva Werk;emp@org.example;;TOP;"], left("2026-06-01")))).toEqual([[2, "changed"]]);
    // Made a manager in the same file: fine. Losing MANAGER in the same file: refused as manager.
    expect(
      codes(plan(["NEW;Nieuw;nieuw@org.example;;N2;", "N2;Nieuwe Baas;n2@org.example;;TOP;leidinggevende"], today)),
    ).toEqual([
      [2, "new"],
      [3, "new"],
    ]);
    expect(
      codes(plan(["NEW;Nieuw;nieuw@org.example;;TOP;", "TOP;Tineke Top;top@org.example;;;medewerker"], today)),
    ).toEqual([
      [2, "rejected", "managerNotManager"],
      [3, "rejected", "managerRoleInUse"],
    ]);
  });

  it("the importer changes neither their own manager nor their own unit", () => {
    expect(codes(plan(["HR;Hanna HR;hr@org.example;;BOSS;hr"]))).toEqual([[2, "rejected", "ownManager"]]);
    expect(codes(plan(["HR;Hanna HR;hr@org.example;Inkoop;TOP;hr"]))).toEqual([[2, "rejected", "ownUnit"]]);
  });

  it("MANAGER is not taken from someone who keeps reports or open declarations, counted as after the import", () => {
    const p = plan(["BOSS;Bram Baas;boss@org.example;;TOP;"]);
    expect(codes(p)).toEqual([[2, "rejected", "managerRoleInUse"]]);
    expect(p.report.rows[0]!.reasons[0]!.params).toEqual({ reports: "1", open: "0" });
    // Eva moves to TOP in the same file: her open declaration moves with her, so BOSS may lose the role.
    const open = { openAssignments: [{ personId: "emp", assigneeId: "boss" }] };
    expect(codes(plan(["EMP;Eva Werk;emp@org.example;;TOP;", "BOSS;Bram Baas;boss@org.example;;TOP;"], open))).toEqual([
      [2, "changed"],
      [3, "changed"],
    ]);
    // An open declaration of someone who does not report to BOSS (assigned earlier) stays with BOSS: refused.
    const stays = { openAssignments: [{ personId: "noid", assigneeId: "boss" }] };
    const q = plan(["EMP;Eva Werk;emp@org.example;;TOP;", "BOSS;Bram Baas;boss@org.example;;TOP;"], stays);
    expect(codes(q)).toEqual([
      [2, "changed"],
      [3, "rejected", "managerRoleInUse"],
    ]);
    expect(q.report.rows[1]!.reasons[0]!.params).toEqual({ reports: "0", open: "1" });
  });

  it("is deterministic: the same rows and snapshot give the same report", () => {
    const lines = ["A1;A;a@org.example;;B1;", "B1;B;b@org.example;;TOP;", "EMP;Eva;emp@org.example;Inkoop;;"];
    expect(JSON.stringify(plan(lines).report)).toBe(JSON.stringify(plan(lines).report));
  });
});

describe("who may assign which role", () => {
  it("HR may assign every role; an administrator not HR or integrity officer", () => {
    expect(grantableRoles({ roles: ["EMPLOYEE", "HR"] })).toEqual([
      "EMPLOYEE",
      "MANAGER",
      "INTEGRITY_OFFICER",
      "HR",
      "ADMIN",
    ]);
    expect(grantableRoles({ roles: ["EMPLOYEE", "ADMIN"] })).toEqual(["EMPLOYEE", "MANAGER", "ADMIN"]);
    expect(grantableRoles({ roles: ["EMPLOYEE", "MANAGER"] })).toEqual(["EMPLOYEE", "MANAGER"]);
  });
});
