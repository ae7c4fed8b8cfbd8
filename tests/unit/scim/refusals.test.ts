// The portal's refusals of a SCIM change in words (decision 073): every code the people data layer and the person
// form's schema can refuse with becomes an English sentence with the right status and scimType (RFC 7644 §3.12).
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fieldRefusal, quoted, REFUSAL_SENTENCES, refusalOf } from "@/lib/scim/refusals";

const CODES = Object.keys(REFUSAL_SENTENCES);

describe("SCIM refusals in words", () => {
  it.each(CODES)("%s: a sentence that names the attribute, not the code", (code) => {
    const field = code === "managerRoleInUse" || code === "roleNotAllowed" || code === "ownRoles" ? "roles" : "manager";
    const r = fieldRefusal({ [field]: code }, { [field]: { chain: "A → B → A", reports: "2", open: "1" } });
    expect(r.detail).toMatch(/^(groups|manager): [A-Za-z"]/);
    expect(r.detail).not.toContain(code);
    expect(r.detail.endsWith(".")).toBe(true);
  });

  it.each([
    [{ email: "emailTaken" }, 409, "uniqueness"],
    [{ externalId: "externalIdTaken" }, 409, "uniqueness"],
    [{ manager: "managerCycle" }, 400, "invalidValue"],
    [{ manager: "managerNotManager" }, 400, "invalidValue"],
    [{ unitId: "unitUnknown" }, 400, "invalidValue"],
    [{ roles: "managerRoleInUse" }, 400, "mutability"],
    [{ roles: "roleNotAllowed" }, 403, null],
    [{ email: "emailTaken", roles: "roleNotAllowed" }, 403, null],
  ])("%o: %i %s", (errors, status, scimType) => {
    expect(fieldRefusal(errors)).toMatchObject({ status, scimType });
  });

  it("joins several refusals and uses what the caller knows", () => {
    const r = fieldRefusal(
      { manager: "managerNotManager", unitId: "unitUnknown" },
      {},
      { manager: { ref: "BZK0003", name: "Fatima El Amrani" }, department: "Onbekend" },
    );
    expect(r.detail).toMatch(
      /^manager: Fatima El Amrani \("BZK0003"\) does not hold the role Manager.*; department: no unit "Onbekend"/,
    );
    expect(
      fieldRefusal(
        { roles: "managerRoleInUse" },
        { roles: { reports: "1", open: "0" } },
        { group: { role: "MANAGER", member: "Jeroen" } },
      ).detail,
    ).toBe(
      "members: Jeroen keeps the role Manager: they still have 1 active report and 0 open declarations to decide. Give those people another manager first, then remove the role.",
    );
  });

  it("an unknown code is still refused, and says so", () => {
    expect(fieldRefusal({ name: "somethingNew" })).toEqual({
      status: 400,
      scimType: "invalidValue",
      detail: "displayName: refused (somethingNew).",
    });
  });

  it("maps the data layer's other errors", () => {
    expect(refusalOf(new AppError("NOT_FOUND", "person not found"))).toMatchObject({ status: 404, scimType: null });
    expect(refusalOf(new AppError("FORBIDDEN", "x", { reason: "outOfReach" })).detail).toMatch(
      /^This person holds a role this token may not give or take/,
    );
    expect(refusalOf(new AppError("CONFLICT", "changed meanwhile"))).toMatchObject({ status: 409, scimType: null });
    expect(refusalOf(new AppError("CONFLICT", "duplicate"))).toMatchObject({ status: 409, scimType: "uniqueness" });
    expect(
      refusalOf(new AppError("VALIDATION", "invalid input", { fieldErrors: { email: "emailInvalid" } })),
    ).toMatchObject({
      status: 400,
      scimType: "invalidValue",
      detail: expect.stringMatching(/^userName: not an e-mail/),
    });
  });

  it("quotes a client's value bounded and without control characters", () => {
    expect(quoted("a\u0000b\nc")).toBe('"a b c"');
    expect(quoted("x".repeat(100))).toBe(`"${"x".repeat(80)}…"`);
  });
});
