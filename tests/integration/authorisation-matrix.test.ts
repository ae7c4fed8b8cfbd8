// The authorisation matrix (issue #7): every server action and route handler x every role x own/foreign record,
// from the one table in authorisation-matrix.table.ts (docs/decisions/026-authorisation-matrix.md).
//
// A deny must be a real deny: a redirect to sign in or "not allowed", an error state with the forbidden/not-found
// message (or HTTP 401/403/404 for a handler) AND the database unchanged (a fingerprint of every table's rows,
// audit trail included). An allow must be a real allow: the action did what it does (the entry's `effect`).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { createDelegation } from "@/lib/decisions/deputies";
import { amsterdamNow } from "@/lib/format";
import { createPolicySetting } from "@/lib/policy/data";
import { PolicySettingSchema } from "@/lib/policy/schemas";
import * as fakeHeaders from "@/tests/support/next-headers-fake";
import { createPerson } from "@/tests/factories";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";
import { changedTables, databaseFingerprint } from "@/tests/support/db-fingerprint";
import { importExport, routeHandlerNames, serverActionNames } from "@/tests/support/server-code";
import { viewerByName, viewerFor } from "@/tests/support/viewer";
import {
  expectedAllowed,
  MATRIX,
  PRIVILEGE_ACTIONS,
  PRIVILEGE_ROWS,
  ROLES,
  subjectOf,
  type Ctx,
  type Entry,
  type HandlerCall,
  type Outcome,
  type PrivilegeCtx,
  type Role,
  type Scope,
  type World,
} from "./authorisation-matrix.table";

// next-auth's route handler require()s "next/headers" itself (CommonJS, out of vi.mock's reach): give that module
// the same request-context stand-ins for this file, and put the real ones back afterwards.
const cjsHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const realHeaders = { cookies: cjsHeaders.cookies, headers: cjsHeaders.headers };
beforeAll(() => Object.assign(cjsHeaders, { cookies: fakeHeaders.cookies, headers: fakeHeaders.headers }));
afterAll(() => Object.assign(cjsHeaders, realHeaders));

// ---- coverage: the table and the source tree name the same actions and handlers ------------------------------

describe("the authorisation matrix covers every server action and route handler", () => {
  const listed = [...serverActionNames(), ...routeHandlerNames()].sort();
  const tabled = Object.keys(MATRIX).sort();

  it("has an entry for every action and handler in the source tree (an action added without an entry fails here)", () => {
    expect(listed.filter((name) => !(name in MATRIX))).toEqual([]);
  });

  it("names no action or handler that no longer exists", () => {
    expect(tabled.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("marks exactly the endpoints open to everyone as public (anonymous visitors allowed on purpose)", () => {
    const open = tabled.filter((name) => MATRIX[name]!.allow === "everyone");
    const marked = tabled.filter((name) => MATRIX[name]!.public);
    expect(open).toEqual(marked);
    expect(open).toEqual([
      "app/api/afmelden/route.ts#POST",
      "app/api/auth/[...nextauth]/route.ts#GET",
      "app/api/auth/[...nextauth]/route.ts#POST",
      "app/api/health/jobs/route.ts#GET",
      "app/api/health/live/route.ts#GET",
      "app/api/health/ready/route.ts#GET",
      "app/api/health/route.ts#GET",
      "app/api/register/v1/[slug]/geschiedenis/route.ts#GET",
      "app/api/register/v1/[slug]/route.ts#GET",
      "app/api/register/v1/openapi.json/route.ts#GET",
      "app/register/[slug]/dcat/route.ts#GET",
      "app/register/[slug]/download/route.ts#GET",
      "lib/i18n/actions.ts#setLocaleAction",
    ]);
  });

  it("finds the portal's actions and handlers at all (the listing itself works)", () => {
    expect(serverActionNames().length).toBeGreaterThanOrEqual(28);
    expect(routeHandlerNames().length).toBeGreaterThanOrEqual(8);
  });
});

describe("the matrix covers every privilege change (issue 12, decision 032)", () => {
  it("has rows for every action that changes a manager link, a role, a unit, access or a delegation: for self and others", () => {
    for (const action of PRIVILEGE_ACTIONS) {
      expect(action in MATRIX, action).toBe(true);
      const targets = new Set(PRIVILEGE_ROWS.filter((r) => r.action === action).map((r) => r.target));
      expect([...targets].filter((t) => t !== "beyondReach").sort(), action).toEqual(["other", "self"]);
    }
    expect(PRIVILEGE_ROWS.filter((r) => !(PRIVILEGE_ACTIONS as readonly string[]).includes(r.action))).toEqual([]);
  });

  it("knows every data layer that goes through the authority model (a new one needs privilege rows here)", () => {
    // lib/people/authority.ts is the one place where manager links, roles, units, access and delegations are
    // checked; a data layer that starts calling it (SCIM, say) changes privileges and must get rows above.
    const root = path.resolve(import.meta.dirname, "../..");
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== "generated") walk(full);
        } else if (
          /\.tsx?$/.test(e.name) &&
          /from "(@\/lib\/people|\.)\/authority"/.test(fs.readFileSync(full, "utf8"))
        )
          users.push(path.relative(root, full));
      }
    };
    walk(path.join(root, "lib"));
    walk(path.join(root, "app"));
    // lib/recusals/data.ts and lib/tasks/data.ts only ask who holds a manager's or deputy's right now (decisions 041,
    // 043); they change none. lib/people/import.ts is the CSV import split off lib/people/data.ts (decision 045): its
    // privilege rows are the import rows above. lib/declarations/routing.ts (split off lib/declarations/data.ts,
    // decision 049) only asks whether the manager holds the right now, to route a submission; it changes none.
    // lib/decisions/access.ts (who may decide) and lib/decisions/deputies.ts (naming a deputy) were
    // lib/decisions/data.ts until issue 14 split it; same rows. lib/declarations/data.ts reads, inside the submission's
    // one transaction, whether the manager holds the right to decide now (issue 15, decision 062), as routing.ts does;
    // it changes none. lib/campaigns/remind-team.ts only asks whether the viewer holds MANAGER now, to show and remind
    // their own people (issue 16 item 5, decision 068); it changes none.
    expect(users.sort()).toEqual(
      [
        "lib/campaigns/remind-team.ts",
        "lib/declarations/data.ts",
        "lib/declarations/routing.ts",
        "lib/decisions/access.ts",
        "lib/decisions/deputies.ts",
        "lib/people/data.ts",
        "lib/people/import.ts",
        "lib/recusals/data.ts",
        "lib/tasks/data.ts",
      ].sort(),
    );
  });
});

// ---- what a deny looks like ----------------------------------------------------------------------------------

/** The texts of every "forbidden" / "not found" message (both languages), read from the message files. */
const DENY_KEYS = new Set(["forbidden", "notFound", "notAsked", "deputyUnknown", "outOfReach"]);
const DENY_TEXTS: string[] = (() => {
  const dir = path.resolve(import.meta.dirname, "../../lib/i18n/messages");
  const out: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === "string") {
      if (DENY_KEYS.has(key)) out.push(node);
      return;
    }
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")))
    walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), "");
  return out;
})();

/** The texts of a message key (both languages, any area), parameters cut off: "{reports, plural, ...}" is rendered. */
function textsOf(keys: ReadonlySet<string>): string[] {
  const dir = path.resolve(import.meta.dirname, "../../lib/i18n/messages");
  const out: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === "string") {
      if (keys.has(key)) out.push(node.split("{")[0]!);
      return;
    }
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")))
    walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), "");
  return out.filter(Boolean);
}

/** A privilege change refused: "not allowed"/"not found", or one of the authority model's specific refusals. */
const PRIVILEGE_REFUSALS = new Set([
  ...DENY_KEYS,
  "ownManager",
  "ownUnit",
  "ownRoles",
  "ownAccess",
  "managerIsViewer",
  "managerNotManager",
  "managerInactive",
  "managerRoleInUse",
  "roleNotAllowed",
  "rejectedRows",
  "deputyNotSelf",
  "deputyNotManager",
  "periodInPast",
  "periodTooLong",
]);
const PRIVILEGE_DENY_TEXTS = textsOf(PRIVILEGE_REFUSALS);

function errorTexts(outcome: Outcome): string[] {
  const state = outcome.result as
    { status?: string; message?: string; fieldErrors?: Record<string, string> } | undefined;
  return [state?.message, ...Object.values(state?.fieldErrors ?? {})].filter(Boolean) as string[];
}

function privilegeDenyShape(outcome: Outcome): string | null {
  if (outcome.redirect)
    return outcome.redirect === "/aanmelden" || outcome.redirect.startsWith("/geen-toegang")
      ? null
      : `redirected to ${outcome.redirect}`;
  if ((outcome.result as { status?: string } | undefined)?.status !== "error")
    return `state ${JSON.stringify(outcome.result)}`;
  const texts = errorTexts(outcome);
  return texts.some((t) => PRIVILEGE_DENY_TEXTS.some((d) => t.startsWith(d)))
    ? null
    : `error without a refusal message: ${JSON.stringify(texts)}`;
}

function denyShape(outcome: Outcome): string | null {
  if (outcome.redirect) {
    return outcome.redirect === "/aanmelden" || outcome.redirect.startsWith("/geen-toegang")
      ? null
      : `redirected to ${outcome.redirect}`;
  }
  if (outcome.response) {
    return [401, 403, 404].includes(outcome.response.status) ? null : `HTTP ${outcome.response.status}`;
  }
  const state = outcome.result as
    { status?: string; message?: string; fieldErrors?: Record<string, string> } | undefined;
  if (state?.status !== "error") return `state ${JSON.stringify(state)}`;
  const texts = [state.message, ...Object.values(state.fieldErrors ?? {})].filter(Boolean) as string[];
  return texts.some((t) => DENY_TEXTS.includes(t))
    ? null
    : `error without a forbidden/not-found message: ${JSON.stringify(texts)}`;
}

// ---- running one case --------------------------------------------------------------------------------------

/** An allowed call: no error state, and not sent to the sign-in or no-access page. */
function expectNotRefused(outcome: Outcome) {
  expect(
    (outcome.result as { status?: string } | undefined)?.status,
    `allowed, but: ${JSON.stringify(outcome.result)}`,
  ).not.toBe("error");
  expect(
    outcome.redirect === "/aanmelden" || outcome.redirect?.startsWith("/geen-toegang"),
    `allowed, but redirected to ${outcome.redirect}`,
  ).toBeFalsy();
}

async function call(name: string, entry: Entry<unknown>, ctx: Ctx, record: unknown): Promise<Outcome> {
  const fn = (await importExport(name)) as (...args: unknown[]) => Promise<unknown>;
  expect(typeof fn, name).toBe("function");
  const req = entry.request(ctx, record);
  if (req instanceof FormData) {
    const outcome = await runAction(() => (fn.length === 1 ? fn(req) : fn({ status: "idle" }, req)));
    return { result: outcome.result, redirect: outcome.redirect };
  }
  const { request, context } = req as HandlerCall;
  const outcome = await runAction(() => fn(request, context ?? { params: Promise.resolve({}) }) as Promise<Response>);
  if (outcome.redirect) return { redirect: outcome.redirect };
  const response = outcome.result as Response;
  return { response, body: await response.text() };
}

const OTHER_ORG_ACTOR = {
  employee: "daan",
  manager: "annemiek",
  integrity: "esther",
  hr: "mohamed",
  admin: "ekAdmin",
} as const;
const ACTOR: Record<Exclude<Role, "anonymous" | "otherOrg">, keyof World["people"]> = {
  employee: "fatima",
  manager: "jeroen",
  deputy: "sanne",
  integrity: "ahmed",
  hr: "linda",
  admin: "pieter",
};

const cases = Object.keys(MATRIX)
  .sort()
  .flatMap((name) => {
    const entry = MATRIX[name]!;
    const scopes: Scope[] = entry.foreign === "none" ? ["own"] : ["own", "foreign"];
    return ROLES.flatMap((role) =>
      scopes.map((scope) => ({ name, role, scope, allowed: expectedAllowed(entry, role, scope) })),
    );
  });

const privilegeCases = PRIVILEGE_ROWS.flatMap((row) =>
  ROLES.map((role) => ({ row, role, allowed: row.allow.includes(role) })),
);

describe.each(DB_KINDS)("authorisation matrix on %s", (kind) => {
  let db: TestDb;
  let world: World;

  beforeAll(async () => {
    db = await openSeededDb(kind);
    const prisma = db.prisma;
    const by = (name: string) => viewerByName(prisma, name);
    const [fatima, thomas, jeroen, sanne, marieke, ahmed, linda, pieter, daan, annemiek, esther, mohamed] =
      await Promise.all(
        [
          "Fatima El Amrani",
          "Thomas Jansen",
          "Jeroen Bakker",
          "Sanne Visser",
          "Marieke de Vries",
          "Ahmed Yilmaz",
          "Linda Smit",
          "Pieter Mulder",
          "Daan Meijer",
          "Annemiek Hendriks",
          "Esther Kok",
          "Mohamed Bouzid",
        ].map(by),
      );
    const bzk = fatima!.organisationId;
    const ek = daan!.organisationId;
    // Kim: an employee of another BZK team (her manager is Marieke), the "foreign" record for managers and deputies.
    const kim = await viewerFor(
      prisma,
      (await createPerson(prisma, bzk, { name: "Kim Anders", managerId: marieke!.id, unitId: marieke!.unitId })).id,
    );
    // The Eerste Kamer has no administrator in the demo data: one for the organisation boundary of admin work.
    const ekAdmin = await viewerFor(
      prisma,
      (await createPerson(prisma, ek, { name: "Erik Beheer", roles: ["ADMIN"] })).id,
    );
    // Designated people (top management group) whose side jobs go to the public register.
    const designated = {
      [bzk]: await viewerFor(
        prisma,
        (
          await createPerson(prisma, bzk, {
            name: "Dirk Register",
            salaryScale: 18,
            topManagementGroup: true,
            topOfficial: true,
            managerId: marieke!.id,
          })
        ).id,
      ),
      [ek]: await viewerFor(
        prisma,
        (
          await createPerson(prisma, ek, {
            name: "Eva Register",
            salaryScale: 18,
            topManagementGroup: true,
            topOfficial: true,
            managerId: annemiek!.id,
          })
        ).id,
      ),
    };
    // Both organisations keep a gift register, so the gift export has something to refuse and to give.
    await prisma.organisation.updateMany({ where: { id: { in: [bzk, ek] } }, data: { keepsGiftRegister: true } });
    // The Eerste Kamer's code publishes no side jobs; its integrity officer tightens it (scale 15 and up), so its
    // HR has register entries to publish and the organisation boundary of publishing shows.
    // "Today" in Amsterdam, as the portal counts it (between 23:00 and 24:00 UTC it is already tomorrow there).
    const today = amsterdamNow().today;
    await createPolicySetting(
      esther!,
      PolicySettingSchema.parse({
        giftCapEuros: "",
        tripExtensionMaxHours: "",
        rehireCoolingMonths: "",
        sideJobPublicationMinScale: "15",
        effectiveFrom: today,
        reason: "Matrix: openbaar nevenwerk vanaf schaal 15",
        basedOn: "none",
      }),
    );
    // The deputy: Sanne (a manager without a team) stands in for Jeroen from today for a month.
    await createDelegation(jeroen!, {
      deputyId: sanne!.id,
      startsOn: today,
      endsOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    });
    const orgs = await prisma.organisation.findMany({ select: { id: true, slug: true } });
    world = {
      db: prisma,
      people: {
        fatima: fatima!,
        thomas: thomas!,
        jeroen: jeroen!,
        sanne: sanne!,
        marieke: marieke!,
        kim,
        ahmed: ahmed!,
        linda: linda!,
        pieter: pieter!,
        daan: daan!,
        annemiek: annemiek!,
        esther: esther!,
        mohamed: mohamed!,
        ekAdmin,
      },
      designated,
      hrOf: { [bzk]: linda!, [ek]: mohamed! },
      slugOf: Object.fromEntries(orgs.map((o) => [o.id, o.slug])),
    };
  }, 120_000);

  afterAll(async () => db?.close());

  // Privilege changes (decision 032): the actor against themself, a colleague, and a colleague beyond reach.
  for (const { row, role, allowed } of privilegeCases)
    it(`privilege: ${row.action.split("#")[1]}: ${role} ${row.change} (${row.target}) is ${allowed ? "allowed" : "denied"}`, async () => {
      const actor =
        role === "anonymous" ? null : world.people[role === "otherOrg" ? OTHER_ORG_ACTOR[row.otherOrgAs] : ACTOR[role]];
      const ctx: PrivilegeCtx = { world, role, actor, self: actor ?? world.people.fatima };
      resetRequest();
      const record = await row.setup(ctx);
      const request = await row.request(ctx, record);
      if (actor) await signInAs(world.db, actor.id);
      const fn = (await importExport(row.action)) as (prev: unknown, data: FormData) => Promise<unknown>;

      const before = await databaseFingerprint(world.db);
      const raw = await runAction(() => fn({ status: "idle" }, request));
      const outcome: Outcome = { result: raw.result, redirect: raw.redirect };
      const changed = changedTables(before, await databaseFingerprint(world.db));

      if (allowed) {
        expectNotRefused(outcome);
        await row.effect(ctx, record);
        expect(changed.length, "allowed, but nothing changed in the database").toBeGreaterThan(0);
      } else {
        expect(privilegeDenyShape(outcome), `denied: ${JSON.stringify(outcome)}`).toBeNull();
        if (role === "anonymous") expect(outcome.redirect).toBe("/aanmelden");
        // Whoever passes the area or role gate (people administrators for people, managers for delegations; the
        // other organisation's on their own record) must get the row's specific refusal, not just any deny.
        const gate: Role[] = row.action.startsWith("lib/people/") ? ["hr", "admin"] : ["manager", "deputy"];
        if (row.target === "self") gate.push("otherOrg");
        if (row.refusal && gate.includes(role)) {
          const expected = textsOf(new Set([row.refusal]));
          expect(
            errorTexts(outcome).some((t) => expected.some((e) => t.startsWith(e))),
            `expected the refusal "${row.refusal}", got ${JSON.stringify(errorTexts(outcome))}`,
          ).toBe(true);
        }
        expect(changed, "denied, but the database changed").toEqual([]);
      }
    }, 30_000);

  for (const { name, role, scope, allowed } of cases)
    it(`${name}: ${role} on ${scope} record is ${allowed ? "allowed" : "denied"}`, async () => {
      const entry = MATRIX[name]!;
      const actor =
        role === "anonymous"
          ? null
          : world.people[role === "otherOrg" ? OTHER_ORG_ACTOR[entry.otherOrgAs] : ACTOR[role]];
      const subject = subjectOf(world, entry, role, scope);
      const ctx: Ctx = { world, role, scope, actor, subject };
      resetRequest();
      const record = await entry.setup(ctx);
      if (actor) await signInAs(world.db, actor.id);

      const before = await databaseFingerprint(world.db);
      const outcome = await call(name, entry, ctx, record);
      const after = await databaseFingerprint(world.db);
      const changed = changedTables(before, after);

      if (allowed) {
        expectNotRefused(outcome);
        await entry.effect(ctx, record, outcome);
        if (entry.readOnly === true || (entry.readOnly === "when-anonymous" && !actor))
          expect(changed, "a read changed the database").toEqual([]);
        else expect(changed.length, "allowed, but nothing changed in the database").toBeGreaterThan(0);
      } else {
        expect(
          denyShape(outcome),
          `denied: ${JSON.stringify({ ...outcome, response: outcome.response?.status })}`,
        ).toBeNull();
        // Without a session the answer is always "sign in first", before anything about the record is said.
        if (entry.absent) expect(outcome.response?.status, "a handler that is not there").toBe(404);
        // A bearer-token API (SCIM) asks for its token, signed in or not: 401, never a sign-in page.
        else if (entry.bearerOnly) expect(outcome.response?.status, "a bearer-token API").toBe(401);
        else if (role === "anonymous") expect(outcome.redirect).toBe("/aanmelden");
        expect(changed, "denied, but the database changed").toEqual([]);
      }
    }, 30_000);
});
