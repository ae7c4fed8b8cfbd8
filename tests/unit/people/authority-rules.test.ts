// The authority model's pure rules (docs/decisions/032-authority-model.md), boundary by boundary.
import { describe, expect, it } from "vitest";
import {
  delegationPeriodRefusal,
  deputyRefusal,
  holdsManagerRight,
  managerLinkRefusal,
  managerRoleRemovalRefusal,
  MAX_DELEGATION_DAYS,
  ownChangeRefusal,
  type AuthorityPerson,
} from "@/lib/people/authority-rules";

const TODAY = "2026-06-10";
const manager: AuthorityPerson = { id: "m", roles: ["EMPLOYEE", "MANAGER"], disabled: false, employmentEnd: null };
const employee: AuthorityPerson = { id: "e", roles: ["EMPLOYEE"], disabled: false, employmentEnd: null };

describe("who may be a manager", () => {
  it.each([
    ["an active manager", manager, null],
    ["the target themself", { ...manager, id: "t" }, "managerSelf"],
    ["the viewer themself (even holding MANAGER)", { ...manager, id: "v" }, "managerIsViewer"],
    ["someone without MANAGER", employee, "managerNotManager"],
    ["a manager whose access is withdrawn", { ...manager, disabled: true }, "managerInactive"],
    ["a manager who left yesterday", { ...manager, employmentEnd: "2026-06-09" }, "managerInactive"],
    ["a manager whose last day is today", { ...manager, employmentEnd: "2026-06-10" }, null],
  ] as const)("%s", (_label, candidate, expected) => {
    expect(managerLinkRefusal({ viewerId: "v", targetId: "t", candidate, today: TODAY })).toBe(expected);
  });

  it("holding the right now needs the role and being active", () => {
    expect(holdsManagerRight(manager, TODAY)).toBe(true);
    expect(holdsManagerRight(employee, TODAY)).toBe(false);
    expect(holdsManagerRight({ ...manager, disabled: true }, TODAY)).toBe(false);
  });
});

describe("nobody changes their own manager, roles or unit", () => {
  it("refuses each for oneself, and nothing for someone else or a new person", () => {
    const base = { viewerId: "v", manager: false, roles: false, unit: false };
    expect(ownChangeRefusal({ ...base, targetId: "v", manager: true })).toBe("ownManager");
    expect(ownChangeRefusal({ ...base, targetId: "v", roles: true })).toBe("ownRoles");
    expect(ownChangeRefusal({ ...base, targetId: "v", unit: true })).toBe("ownUnit");
    expect(ownChangeRefusal({ ...base, targetId: "v" })).toBeNull();
    expect(ownChangeRefusal({ ...base, targetId: "x", manager: true, roles: true, unit: true })).toBeNull();
    expect(ownChangeRefusal({ ...base, targetId: null, manager: true })).toBeNull();
  });
});

describe("taking MANAGER away", () => {
  it("is refused while reports or open declarations remain, naming both numbers", () => {
    const take = { before: ["EMPLOYEE", "MANAGER"] as const, after: ["EMPLOYEE"] as const };
    expect(managerRoleRemovalRefusal({ ...take, reports: 2, openAssigned: 0 })).toEqual({
      code: "managerRoleInUse",
      params: { reports: "2", open: "0" },
    });
    expect(managerRoleRemovalRefusal({ ...take, reports: 0, openAssigned: 1 })).toEqual({
      code: "managerRoleInUse",
      params: { reports: "0", open: "1" },
    });
    expect(managerRoleRemovalRefusal({ ...take, reports: 0, openAssigned: 0 })).toBeNull();
    expect(
      managerRoleRemovalRefusal({
        before: ["EMPLOYEE", "MANAGER"],
        after: ["EMPLOYEE", "MANAGER", "HR"],
        reports: 5,
        openAssigned: 5,
      }),
    ).toBeNull();
  });
});

describe("deputies and delegation periods", () => {
  it("a deputy is an active colleague holding MANAGER", () => {
    expect(deputyRefusal({ managerId: "m0", deputy: manager, today: TODAY })).toBeNull();
    expect(deputyRefusal({ managerId: "m", deputy: manager, today: TODAY })).toBe("deputyNotSelf");
    expect(deputyRefusal({ managerId: "m0", deputy: employee, today: TODAY })).toBe("deputyNotManager");
    expect(deputyRefusal({ managerId: "m0", deputy: null, today: TODAY })).toBe("deputyUnknown");
    expect(deputyRefusal({ managerId: "m0", deputy: { ...manager, disabled: true }, today: TODAY })).toBe(
      "deputyUnknown",
    );
  });

  it.each([
    ["today only", "2026-06-10", "2026-06-10", null],
    ["started yesterday, ends today", "2026-06-09", "2026-06-10", null],
    ["wholly in the past (ended yesterday)", "2026-06-01", "2026-06-09", "periodInPast"],
    ["end before start", "2026-06-12", "2026-06-11", "endBeforeStart"],
    [`exactly ${MAX_DELEGATION_DAYS} days`, "2026-06-10", "2026-09-09", null],
    [`${MAX_DELEGATION_DAYS + 1} days`, "2026-06-10", "2026-09-10", "periodTooLong"],
  ] as const)("%s", (_label, startsOn, endsOn, expected) => {
    expect(delegationPeriodRefusal({ startsOn, endsOn, today: TODAY })?.code ?? null).toBe(expected);
  });
});

describe("the messages of a change of manager", () => {
  // Lean like every notification (decision 037): no names, only what happened, how many moved and where to.
  it("say what changed and where open declarations went, in Dutch and English, without names", async () => {
    const { notificationText } = await import("@/lib/notifications/texts");
    const params = { person: "Mila Verhuis", from: "Jeroen Bakker", to: "Sanne Visser", moved: "2", target: "manager" };
    expect(notificationText("MANAGER_CHANGED", params, null, "nl").body).toBe(
      "De leidinggevende van jou of van iemand in je team is gewijzigd. 2 open meldingen zijn naar de nieuwe leidinggevende gegaan. Kijk in het portaal wie nu je leidinggevende is.",
    );
    expect(notificationText("MANAGER_CHANGED", { ...params, moved: "1" }, null, "en").body).toBe(
      "The manager of you or of someone in your team has changed. 1 open declaration went to the new manager. Check in the portal who your manager is now.",
    );
    expect(notificationText("MANAGER_CHANGED", { ...params, target: "integrity", moved: "0" }, null, "nl").body).toBe(
      "Iemand heeft geen leidinggevende meer: jij, of iemand in je team. Er zijn geen open meldingen verplaatst.",
    );
    const moved = notificationText(
      "DECLARATION_MOVED",
      { title: "Taart", person: "Mila Verhuis", reference: "GES-2026-00007", type: "gift", target: "manager" },
      "d1",
      "nl",
    );
    expect(moved).toMatchObject({ title: "Verplaatst: melding GES-2026-00007", link: null });
    expect(moved.body).toContain("De nieuwe leidinggevende beslist nu over melding GES-2026-00007");
    expect(JSON.stringify(moved)).not.toMatch(/Taart|Mila|Sanne/);
    expect(
      notificationText(
        "DECLARATION_MOVED",
        { reference: "GES-2026-00007", type: "gift", target: "integrity" },
        "d1",
        "en",
      ).body,
    ).toContain("The integrity officer now decides");
  });
});
