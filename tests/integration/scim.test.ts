// SCIM 2.0 provisioning (decision 070), replayed as Entra ID and Keycloak send it, against the route handlers and
// a real database: what the portal's people, manager links, units, access and audit trail look like afterwards,
// and that hostile or refused requests get SCIM error messages and change nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as users from "@/app/scim/v2/Users/route";
import * as user from "@/app/scim/v2/Users/[id]/route";
import * as groups from "@/app/scim/v2/Groups/route";
import * as group from "@/app/scim/v2/Groups/[id]/route";
import { GET as serviceProviderConfig } from "@/app/scim/v2/ServiceProviderConfig/route";
import { GET as resourceTypes } from "@/app/scim/v2/ResourceTypes/route";
import { GET as schemas } from "@/app/scim/v2/Schemas/route";
import { createScimToken, revokeScimToken, rotateScimToken } from "@/lib/scim/tokens";
import { ENTERPRISE_USER } from "@/lib/scim/normalise";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const BASE = "https://portaal.example/scim/v2";
// The public address: resources are named by absolute URIs under it (RFC 7643 §3.1, RFC 7644 §3.3).
vi.stubEnv("NEXTAUTH_URL", "https://portaal.example/");
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

async function call(
  handler: Handler,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    raw?: string;
    id?: string;
    base?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const request = new Request(`${options.base ?? BASE}${path}`, {
    method,
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      "Content-Type": "application/scim+json",
      ...options.headers,
    },
    ...(options.raw !== undefined
      ? { body: options.raw }
      : options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
  });
  const response = await handler(request, { params: Promise.resolve({ id: options.id ?? "" }) });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    location: response.headers.get("location"),
    body: (text ? JSON.parse(text) : null) as any,
  };
}

describe.each(DB_KINDS)("SCIM provisioning on %s", (kind) => {
  let db: TestDb;
  let pieter: Viewer,
    linda: Viewer,
    sophie: Viewer,
    fatima: Viewer,
    jeroen: Viewer,
    sanne: Viewer,
    marieke: Viewer,
    thomas: Viewer;
  /** Employee and manager roles (what most organisations give their provisioning). */
  let token: string;
  /** Employee only: may not hand out MANAGER. */
  let plainToken: string;

  /** Everything a refused request must leave alone. */
  const snapshot = async () => ({
    people: await db.prisma.person.findMany({ orderBy: { id: "asc" } }),
    audit: await db.prisma.auditEvent.count(),
  });

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ pieter, linda, sophie, fatima, jeroen, sanne, marieke, thomas } = await demoViewers(db.prisma));
    token = (await createScimToken(linda, { name: "Entra ID", roles: ["MANAGER"] })).token;
    plainToken = (await createScimToken(pieter, { name: "Keycloak", roles: [] })).token;
  });
  afterAll(async () => {
    await db?.close();
  });

  it("stores only the token's hash, and refuses roles beyond the creator's reach", async () => {
    const rows = await db.prisma.scimToken.findMany();
    expect(rows.every((r) => !JSON.stringify(r).includes(token.slice(10)))).toBe(true);
    expect(rows.find((r) => r.name === "Entra ID")?.grantableRoles).toEqual(["EMPLOYEE", "MANAGER"]);
    // An administrator cannot make a token that hands out HR.
    await expect(createScimToken(pieter, { name: "x", roles: ["HR"] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createScimToken(fatima, { name: "x", roles: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("replays Entra ID: look up, create with department and manager, PATCH with its quirks, deactivate", async () => {
    const email = "nieuw.persoon@bzk.example";
    // 1. Entra asks whether the user exists.
    let r = await call(users.GET, "GET", `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`, { token });
    expect(r.status).toBe(200);
    expect(r.type).toBe("application/scim+json");
    expect(r.body.totalResults).toBe(0);
    // 2. It creates them.
    r = await call(users.POST, "POST", "/Users", {
      token,
      body: {
        schemas: [USER, ENTERPRISE_USER],
        externalId: "BZK-9001",
        userName: email,
        active: true,
        displayName: "Noor Persoon",
        emails: [{ primary: true, type: "work", value: email }],
        name: { formatted: "Noor Persoon", familyName: "Persoon", givenName: "Noor" },
        title: "Adviseur",
        [ENTERPRISE_USER]: { department: "Directie Financiën", manager: { value: sanne.id } },
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as string;
    expect(r.body.userName).toBe(email);
    expect(r.body[ENTERPRISE_USER]).toMatchObject({ department: "Directie Financiën", manager: { value: sanne.id } });
    let person = await db.prisma.person.findUniqueOrThrow({ where: { id }, include: { unit: true } });
    expect(person).toMatchObject({
      organisationId: linda.organisationId,
      name: "Noor Persoon",
      email,
      externalId: "BZK-9001",
      functionTitle: "Adviseur",
      managerId: sanne.id,
      roles: ["EMPLOYEE"],
      disabledAt: null,
    });
    expect(person.unit?.name).toBe("Directie Financiën");
    const created = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "person.created" } });
    expect(created.actorId).toBeNull();
    expect(created.data).toMatchObject({ via: "scim" });
    // 3. It finds them now.
    r = await call(users.GET, "GET", `/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}`, {
      token,
    });
    expect(r.body.totalResults).toBe(1);
    expect(r.body.Resources[0].id).toBe(id);
    // 4. Entra's PATCH: capitalised ops, a string boolean, a filtered path, the manager as a bare id.
    r = await call(user.PATCH, "PATCH", `/Users/${id}`, {
      token,
      id,
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: "Replace", path: "title", value: "Senior adviseur" },
          { op: "Add", path: 'emails[type eq "work"].value', value: email },
          { op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: jeroen.id },
          { op: "Replace", path: `${ENTERPRISE_USER}:department`, value: "DIA" },
          { op: "Replace", path: "active", value: "True" },
        ],
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    person = await db.prisma.person.findUniqueOrThrow({ where: { id }, include: { unit: true } });
    expect(person.functionTitle).toBe("Senior adviseur");
    expect(person.managerId).toBe(jeroen.id);
    expect(person.unit?.name).toBe("Directie Inkoop en Aanbesteding");
    const managerChange = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "person.manager-changed" },
    });
    expect(managerChange.data).toMatchObject({ oldManagerId: sanne.id, newManagerId: jeroen.id, via: "scim" });
    // 5. Entra deactivates: the person's access and every session end at once.
    const sessionVersion = person.sessionVersion;
    r = await call(user.PATCH, "PATCH", `/Users/${id}`, {
      token,
      id,
      body: { schemas: [PATCH_OP], Operations: [{ op: "Replace", path: "active", value: "False" }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.active).toBe(false);
    person = await db.prisma.person.findUniqueOrThrow({ where: { id }, include: { unit: true } });
    expect(person.disabledAt).not.toBeNull();
    expect(person.sessionVersion).toBe(sessionVersion + 1);
    const disabled = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "person.disabled" },
    });
    expect(disabled.actorId).toBeNull();
    expect(disabled.data).toMatchObject({ via: "scim" });
  });

  it("replays Keycloak: create, replace with PUT, find by externalId, DELETE deactivates", async () => {
    let r = await call(users.POST, "POST", "/Users", {
      token: plainToken,
      body: {
        schemas: [USER],
        userName: "kees.klant@bzk.example",
        externalId: "BZK-9002",
        name: { givenName: "Kees", familyName: "Klant" },
        emails: [{ value: "kees.klant@bzk.example", primary: true }],
        active: true,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.id as string;
    expect(r.body.displayName).toBe("Kees Klant");
    // The new resource's URI, absolute at the public address, in the body and the Location header.
    expect(r.body.meta.location).toBe(`${BASE}/Users/${id}`);
    expect(r.location).toBe(`${BASE}/Users/${id}`);
    r = await call(user.PUT, "PUT", `/Users/${id}`, {
      token: plainToken,
      id,
      body: {
        schemas: [USER],
        userName: "kees.klant@bzk.example",
        name: { givenName: "Kees", familyName: "de Klant" },
        emails: [{ value: "kees.klant@bzk.example", primary: true }],
        active: true,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id } });
    expect(person.name).toBe("Kees de Klant");
    // Left out of the PUT, the personnel number stays: the CSV import matches on it.
    expect(person.externalId).toBe("BZK-9002");
    r = await call(users.GET, "GET", `/Users?filter=${encodeURIComponent('externalId eq "BZK-9002"')}`, {
      token: plainToken,
    });
    expect(r.body.Resources.map((u: { id: string }) => u.id)).toEqual([id]);
    r = await call(user.DELETE, "DELETE", `/Users/${id}`, { token: plainToken, id });
    expect(r.status).toBe(204);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id } })).disabledAt).not.toBeNull();
    r = await call(user.GET, "GET", `/Users/${id}`, { token: plainToken, id });
    expect(r.body.active).toBe(false);
  });

  it("lists with pagination (startIndex, count) and only the token's organisation", async () => {
    const total = await db.prisma.person.count({ where: { organisationId: linda.organisationId } });
    const r = await call(users.GET, "GET", "/Users?startIndex=2&count=3", { token });
    expect(r.body).toMatchObject({ totalResults: total, startIndex: 2, itemsPerPage: 3 });
    expect(r.body.Resources).toHaveLength(3);
    const all = await call(users.GET, "GET", `/Users?count=200`, { token });
    expect(all.body.Resources.map((u: { userName: string }) => u.userName)).not.toContain(sophie.email);
  });

  it("maps groups onto roles, within the token's reach", async () => {
    let r = await call(groups.GET, "GET", `/Groups?filter=${encodeURIComponent('displayName eq "MANAGER"')}`, {
      token,
    });
    expect(r.body.totalResults).toBe(1);
    expect(r.body.Resources[0].members.map((m: { value: string }) => m.value)).toContain(jeroen.id);
    r = await call(group.PATCH, "PATCH", "/Groups/MANAGER", {
      token,
      id: "MANAGER",
      body: { schemas: [PATCH_OP], Operations: [{ op: "Add", path: "members", value: [{ value: fatima.id }] }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).roles).toContain("MANAGER");
    r = await call(group.PATCH, "PATCH", "/Groups/MANAGER", {
      token,
      id: "MANAGER",
      body: { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: `members[value eq "${fatima.id}"]` }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).roles).toEqual(["EMPLOYEE"]);
  });

  it("a group created with no members (as Entra ID creates one) takes the role from nobody; listed members join", async () => {
    const managers = async () =>
      (
        await db.prisma.person.findMany({
          where: { organisationId: linda.organisationId },
          select: { id: true, roles: true },
        })
      )
        .filter((p) => p.roles.includes("MANAGER"))
        .map((p) => p.id)
        .sort();
    const before = await managers();
    expect(before.length).toBeGreaterThan(0);
    let r = await call(groups.POST, "POST", "/Groups", {
      token,
      body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "MANAGER", members: [] },
    });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    expect(await managers()).toEqual(before);
    r = await call(groups.POST, "POST", "/Groups", {
      token,
      body: {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        displayName: "MANAGER",
        members: [{ value: fatima.id }],
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    expect(await managers()).toEqual([...before, fatima.id].sort());
    r = await call(group.PATCH, "PATCH", "/Groups/MANAGER", {
      token,
      id: "MANAGER",
      body: { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: `members[value eq "${fatima.id}"]` }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(await managers()).toEqual(before);
  });

  describe("refusals change nothing", () => {
    const patchUser = (id: string, Operations: unknown[]) =>
      call(user.PATCH, "PATCH", `/Users/${id}`, { token, id, body: { schemas: [PATCH_OP], Operations } });
    const cases: {
      name: string;
      run: () => Promise<{ status: number; body: { schemas?: string[]; scimType?: string; detail?: string } }>;
      status: number;
      scimType?: string;
      /** What the administrator reads in the provider's log (decision 073): words, not a code. */
      detail: string | RegExp | (() => string);
    }[] = [
      {
        name: "no token",
        run: () => call(users.GET, "GET", "/Users"),
        status: 401,
        detail: "A valid bearer token is required",
      },
      {
        name: "a wrong token",
        run: () => call(users.GET, "GET", "/Users", { token: "ipscim_wrong" }),
        status: 401,
        detail: "A valid bearer token is required",
      },
      {
        name: "plain http outside demo mode",
        run: async () => {
          // The tests run in demo mode (vitest.config.ts); outside it, plain http is refused.
          vi.stubEnv("PORTAL_DEMO", "");
          try {
            return await call(users.GET, "GET", "/Users", { token, base: "http://portaal.example/scim/v2" });
          } finally {
            vi.unstubAllEnvs();
          }
        },
        status: 403,
        detail: "SCIM requests must use https",
      },
      {
        name: "a body that is not JSON",
        run: () => call(users.POST, "POST", "/Users", { token, raw: "{userName:" }),
        status: 400,
        scimType: "invalidSyntax",
        detail: "The request body is not valid JSON",
      },
      {
        name: "a userName that is a number",
        run: () => call(users.POST, "POST", "/Users", { token, body: { schemas: [USER], userName: 5 } }),
        status: 400,
        scimType: "invalidValue",
        detail: /userName/,
      },
      {
        name: "a userName that is no e-mail address",
        run: () =>
          call(users.POST, "POST", "/Users", { token, body: { schemas: [USER], userName: "x", displayName: "X" } }),
        status: 400,
        scimType: "invalidValue",
        detail:
          "userName: not an e-mail address. The portal signs people in by e-mail address: send one as userName, or as the primary or work e-mail.",
      },
      {
        name: "someone's e-mail address again",
        run: () =>
          call(users.POST, "POST", "/Users", {
            token,
            body: { schemas: [USER], userName: fatima.email, displayName: "Dubbel" },
          }),
        status: 409,
        scimType: "uniqueness",
        detail:
          "userName: another person in the portal already has this e-mail address. Look the person up (filter userName eq) and change them instead, or correct the address.",
      },
      {
        name: "someone else's personnel number",
        run: () => patchUser(fatima.id, [{ op: "Replace", path: "externalId", value: "BZK0002" }]),
        status: 409,
        scimType: "uniqueness",
        detail: /^externalId: another person in this organisation already has this personnel number\./,
      },
      {
        name: "an unknown department",
        run: () =>
          call(users.POST, "POST", "/Users", {
            token,
            body: {
              schemas: [USER, ENTERPRISE_USER],
              userName: "x.y@bzk.example",
              displayName: "X Y",
              [ENTERPRISE_USER]: { department: "Bestaat niet" },
            },
          }),
        status: 400,
        scimType: "invalidValue",
        detail:
          'department: no unit "Bestaat niet" (by code or name) in the portal. Add the unit in the portal (Beheer → Mensen en organisatie → Afdelingen) or correct the department in the identity provider.',
      },
      {
        name: "a manager who may not be one (no MANAGER role)",
        run: () => patchUser(fatima.id, [{ op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: thomas.id }]),
        status: 400,
        scimType: "invalidValue",
        detail: () =>
          `manager: Thomas Jansen ("${thomas.id}") does not hold the role Manager in the portal, and only a manager can be someone's manager. Give them the role first (in the portal, or through the group MANAGER if this token may hand it out), then provision this person again.`,
      },
      {
        // Fatima reports to Jeroen: the loop is what the portal names first.
        name: "a manager who is no manager and reports to the person",
        run: () => patchUser(jeroen.id, [{ op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: fatima.id }]),
        status: 400,
        scimType: "invalidValue",
        detail:
          "manager: refused because the managers would form a loop: Jeroen Bakker → Fatima El Amrani → Jeroen Bakker. Correct the manager of one of them in the identity provider.",
      },
      {
        name: "a manager who has left",
        run: () => patchUser(fatima.id, [{ op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: "BZK-OUD" }]),
        status: 400,
        scimType: "invalidValue",
        detail:
          'manager: Oud Leidinggevende ("BZK-OUD") has no access to the portal or has left (employment ended), so they cannot be a manager. Choose an active manager.',
      },
      {
        name: "a manager the portal does not know",
        run: () => patchUser(fatima.id, [{ op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: "onbekend-123" }]),
        status: 400,
        scimType: "invalidValue",
        detail:
          'manager: no person with the id "onbekend-123" in this organisation. Provision the manager first; the person\'s other attributes were not changed either.',
      },
      {
        name: "a loop in the management chain",
        run: () => patchUser(marieke.id, [{ op: "Replace", path: `${ENTERPRISE_USER}:manager`, value: jeroen.id }]),
        status: 400,
        scimType: "invalidValue",
        detail:
          "manager: refused because the managers would form a loop: Marieke de Vries → Jeroen Bakker → Marieke de Vries. Correct the manager of one of them in the identity provider.",
      },
      {
        name: "a title that is too long",
        run: () => patchUser(fatima.id, [{ op: "Replace", path: "title", value: "x".repeat(201) }]),
        status: 400,
        scimType: "invalidValue",
        detail: "title: too long: at most 200 characters.",
      },
      {
        name: "an unknown PATCH op",
        run: () => patchUser(fatima.id, [{ op: "explode", path: "title" }]),
        status: 400,
        scimType: "invalidSyntax",
        detail: /explode/,
      },
      {
        name: "a filter that does not parse",
        run: () => call(users.GET, "GET", `/Users?filter=${encodeURIComponent('userName eq "a" and (')}`, { token }),
        status: 400,
        scimType: "invalidFilter",
        detail: /./,
      },
      {
        name: "a person of another organisation",
        run: () => patchUser(sophie.id, [{ op: "Replace", path: "active", value: false }]),
        status: 404,
        detail: "No user with this id in this organisation.",
      },
      {
        name: "changing an administrator with a token that cannot hand out ADMIN",
        run: () => patchUser(pieter.id, [{ op: "Replace", path: "active", value: false }]),
        status: 403,
        detail:
          "This person holds a role this token may not give or take (such as administrator or HR adviser), so the token cannot change them. Change them in the portal, or leave them out of the provisioning scope.",
      },
      {
        name: "making an administrator a manager with a token that cannot hand out ADMIN",
        run: () =>
          call(group.PATCH, "PATCH", "/Groups/MANAGER", {
            token,
            id: "MANAGER",
            body: { schemas: [PATCH_OP], Operations: [{ op: "Add", path: "members", value: [{ value: pieter.id }] }] },
          }),
        status: 403,
        detail:
          "Pieter Mulder holds a role this token may not give or take (such as administrator or HR adviser), so the token cannot change them. Change them in the portal, or leave them out of the provisioning scope.",
      },
      {
        name: "taking MANAGER from someone who still has reports",
        run: () =>
          call(group.PATCH, "PATCH", "/Groups/MANAGER", {
            token,
            id: "MANAGER",
            body: { schemas: [PATCH_OP], Operations: [{ op: "Remove", path: `members[value eq "${jeroen.id}"]` }] },
          }),
        status: 400,
        scimType: "mutability",
        detail:
          /^members: Jeroen Bakker keeps the role Manager: they still have 2 active reports and \d+ open declarations? to decide\. Give those people another manager first, then remove the role\.$/,
      },
      {
        name: "a group member the portal does not know",
        run: () =>
          call(group.PATCH, "PATCH", "/Groups/MANAGER", {
            token,
            id: "MANAGER",
            body: { schemas: [PATCH_OP], Operations: [{ op: "Add", path: "members", value: [{ value: "onbekend" }] }] },
          }),
        status: 400,
        scimType: "invalidValue",
        detail: 'members: no person with the id "onbekend" in this organisation. Provision the user first.',
      },
      {
        name: "handing out MANAGER with a token that may not",
        run: () =>
          call(group.PATCH, "PATCH", "/Groups/MANAGER", {
            token: plainToken,
            id: "MANAGER",
            body: { schemas: [PATCH_OP], Operations: [{ op: "Add", path: "members", value: [{ value: fatima.id }] }] },
          }),
        status: 403,
        detail:
          "members: this token may not give or take the role MANAGER. Make a token that may hand it out, or give the role in the portal.",
      },
      {
        name: "a group that is no role",
        run: () => call(group.GET, "GET", "/Groups/EMPLOYEE", { token, id: "EMPLOYEE" }),
        status: 404,
        detail: "No group with this id: the groups are the portal's roles, MANAGER, INTEGRITY_OFFICER, HR, ADMIN.",
      },
      {
        name: "deleting a group",
        run: () => call(group.DELETE, "DELETE", "/Groups/MANAGER", { token, id: "MANAGER" }),
        status: 403,
        detail: "Groups are the portal's roles (MANAGER, INTEGRITY_OFFICER, HR, ADMIN); none can be deleted.",
      },
      {
        name: "creating a group",
        run: () =>
          call(groups.POST, "POST", "/Groups", {
            token,
            body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Nieuwe groep" },
          }),
        status: 403,
        detail:
          "Groups are the portal's roles (MANAGER, INTEGRITY_OFFICER, HR, ADMIN); no other group can be created. Name the group after one of them, or turn group provisioning off.",
      },
    ];
    beforeAll(async () => {
      // A manager who has left: holds MANAGER, but their access was withdrawn.
      await db.prisma.person.create({
        data: {
          organisationId: linda.organisationId,
          name: "Oud Leidinggevende",
          functionTitle: "",
          email: "oud.leidinggevende@bzk.example",
          externalId: "BZK-OUD",
          roles: ["EMPLOYEE", "MANAGER"],
          disabledAt: new Date(),
        },
      });
    });
    it.each(cases)("$name: $status", async ({ run, status, scimType, detail }) => {
      const before = await snapshot();
      const r = await run();
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.schemas).toEqual([ERROR]);
      if (scimType) expect(r.body.scimType).toBe(scimType);
      const wanted = typeof detail === "function" ? (detail as () => string)() : detail;
      if (typeof wanted === "string") expect(r.body.detail).toBe(wanted);
      else expect(r.body.detail).toMatch(wanted);
      // Words, never the data layer's codes.
      expect(r.body.detail).not.toMatch(
        /\b(manager[A-Z]\w+|emailTaken|externalIdTaken|unitUnknown|outOfReach|roleNotAllowed)\b/,
      );
      const after = await snapshot();
      expect(after.people).toEqual(before.people);
      expect(after.audit).toBe(before.audit);
    });
  });

  it("outside demo mode, http behind a TLS proxy (X-Forwarded-Proto: https) is accepted, a forwarded http is not", async () => {
    vi.stubEnv("PORTAL_DEMO", "");
    try {
      const base = "http://portaal.example/scim/v2";
      const ok = await call(users.GET, "GET", "/Users", { token, base, headers: { "X-Forwarded-Proto": "https" } });
      expect(ok.status).toBe(200);
      const refused = await call(users.GET, "GET", "/Users", {
        token,
        base: BASE,
        headers: { "X-Forwarded-Proto": "http" },
      });
      expect(refused.status).toBe(403);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a revoked or rotated token is refused at once", async () => {
    const { id, token: t } = await createScimToken(linda, { name: "Tijdelijk", roles: [] });
    expect((await call(users.GET, "GET", "/Users", { token: t })).status).toBe(200);
    const rotated = await rotateScimToken(linda, id);
    expect((await call(users.GET, "GET", "/Users", { token: t })).status).toBe(401);
    expect((await call(users.GET, "GET", "/Users", { token: rotated.token })).status).toBe(200);
    await revokeScimToken(linda, rotated.id);
    expect((await call(users.GET, "GET", "/Users", { token: rotated.token })).status).toBe(401);
  });

  it("describes itself: ServiceProviderConfig, ResourceTypes with the enterprise extension, Schemas", async () => {
    const config = await call(serviceProviderConfig as Handler, "GET", "/ServiceProviderConfig", { token });
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    // Optional (RFC 7643 §5), and the portal serves no SCIM documentation to point at: absent, not a made-up address.
    expect(config.body).not.toHaveProperty("documentationUri");
    const types = await call(resourceTypes as Handler, "GET", "/ResourceTypes", { token });
    const userType = types.body.Resources.find((t: { id: string }) => t.id === "User");
    expect(userType.schemaExtensions).toEqual([{ schema: ENTERPRISE_USER, required: false }]);
    const all = await call(schemas as Handler, "GET", "/Schemas", { token });
    expect(all.body.Resources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([USER, ENTERPRISE_USER, "urn:ietf:params:scim:schemas:core:2.0:Group"]),
    );
  });
});
