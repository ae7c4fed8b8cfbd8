// Entra ID's known deviations from RFC 7644, made standard before SCIMMY reads a body (lib/scim/normalise.ts).
import { describe, expect, it } from "vitest";
import { ENTERPRISE_USER, normalisePatch, normaliseUser } from "@/lib/scim/normalise";

const patch = (...Operations: unknown[]) => ({
  schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
  Operations,
});

describe("normalisePatch", () => {
  it.each([
    ["False", false],
    ["false", false],
    [" TRUE ", true],
    ["True", true],
    [false, false],
    ["yes", "yes"],
    ["", ""],
    [0, 0],
  ])("active %j becomes %j", (value, expected) => {
    expect(normalisePatch(patch({ op: "Replace", path: "active", value }))).toEqual(
      patch({ op: "Replace", path: "active", value: expected }),
    );
  });

  it("wraps a bare manager id, by path or as a key of a path-less value, and leaves an object alone", () => {
    expect(normalisePatch(patch({ op: "Add", path: `${ENTERPRISE_USER}:manager`, value: "m1" }))).toEqual(
      patch({ op: "Add", path: `${ENTERPRISE_USER}:manager`, value: { value: "m1" } }),
    );
    expect(normalisePatch(patch({ op: "Add", path: `${ENTERPRISE_USER}:manager`, value: { value: "m1" } }))).toEqual(
      patch({ op: "Add", path: `${ENTERPRISE_USER}:manager`, value: { value: "m1" } }),
    );
    expect(
      normalisePatch(patch({ op: "Replace", value: { active: "False", [`${ENTERPRISE_USER}:manager`]: "m2" } })),
    ).toEqual(patch({ op: "Replace", value: { active: false, [`${ENTERPRISE_USER}:manager`]: { value: "m2" } } }));
  });

  it.each([null, "text", [1], { Operations: "x" }, { Operations: [null, 5, "x"] }])(
    "passes %j through, for SCIMMY to refuse",
    (body) => {
      expect(normalisePatch(body)).toEqual(body);
    },
  );

  it("does not touch other string values", () => {
    const body = patch({ op: "Replace", path: "title", value: "False" });
    expect(normalisePatch(body)).toEqual(body);
  });
});

describe("normaliseUser", () => {
  it("fixes active and the extension's manager in a resource body", () => {
    expect(
      normaliseUser({ userName: "a@b.nl", active: "True", [ENTERPRISE_USER]: { manager: "m1", department: "X" } }),
    ).toEqual({
      userName: "a@b.nl",
      active: true,
      [ENTERPRISE_USER]: { manager: { value: "m1" }, department: "X" },
    });
  });
});
