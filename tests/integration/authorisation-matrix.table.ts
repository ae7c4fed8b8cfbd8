// The authorisation matrix (issue #7, docs/decisions/026-authorisation-matrix.md): ONE entry per server action and
// per route handler (tests/support/server-code.ts lists them from the source tree; authorisation-matrix.test.ts
// fails when one has no entry here, or when an entry names one that no longer exists).
//
// Each entry says how to make a fresh record for a case (`setup`), what request to send (`request`), and WHO IS
// ALLOWED, as explicit data (`allow`: a list of "role:scope" cells; every other cell is a deny). The expectations
// are written by hand from the product rules, never computed by the code under test.
//
// Roles (columns): anonymous, employee (Fatima, BZK), manager (Jeroen, Fatima's manager), deputy (Sanne, a manager
// without a team, with an active delegation from Jeroen), integrity (Ahmed), hr (Linda), admin (Pieter), and
// otherOrg: a person of the Eerste Kamer holding the role `otherOrgAs` (the role that would be allowed at home).
//
// Scopes: "own" is a record in the role's scope; "foreign" one outside it. `subjectOf` below picks the person
// whose record it is (for organisation-level records: the organisation of that person):
//   own:     Fatima (employee herself; the manager's and deputy's team member; the organisation of integrity/hr/admin);
//            for otherOrg: Daan (Eerste Kamer employee in Annemiek's team).
//   foreign: "person" entries:       employee -> Thomas (a colleague); manager/deputy -> Kim (another team, BZK);
//                                     everyone else -> Daan (Eerste Kamer); otherOrg -> Fatima (BZK).
//            "organisation" entries: everyone -> Daan (Eerste Kamer); otherOrg -> Fatima (BZK).
//            "none": the action takes no record (it acts on the viewer's own data or organisation): own cases only.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { expect } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { decideDeclaration } from "@/lib/decisions/data";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { RecusalPartSchema } from "@/lib/recusals/schemas";
import { amsterdamNow } from "@/lib/format";
import { previewImport } from "@/lib/people/data";
import { createScimToken } from "@/lib/scim/tokens";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "@/lib/privacy/retention";
import { createDeclaration, createPerson, createUnit } from "@/tests/factories";
import { uploadAttachment } from "@/lib/attachments/data";
import { PDF_BYTES, pdfFile } from "@/tests/support/attachments";
import { POLITENESS, fileDeclaration, giftAnswers, type Answers } from "@/tests/support/declarations";

export const ROLES = ["anonymous", "employee", "manager", "deputy", "integrity", "hr", "admin", "otherOrg"] as const;
export type Role = (typeof ROLES)[number];
export type Scope = "own" | "foreign";
export type Cell = `${Role}:${Scope}`;
/** The role the other organisation's user holds (their organisation has one of each). */
export type OtherOrgRole = "employee" | "manager" | "integrity" | "hr" | "admin";

export interface World {
  db: PrismaClient;
  /** BZK people by role key, and the Eerste Kamer ones (ek*). */
  people: {
    fatima: Viewer;
    thomas: Viewer;
    jeroen: Viewer;
    sanne: Viewer;
    marieke: Viewer;
    kim: Viewer;
    ahmed: Viewer;
    linda: Viewer;
    pieter: Viewer;
    daan: Viewer;
    annemiek: Viewer;
    esther: Viewer;
    mohamed: Viewer;
    ekAdmin: Viewer;
  };
  /** Per organisation id: a person in the designated group (their side jobs go to the public register). */
  designated: Record<string, Viewer>;
  /** Per organisation id: its HR person (to make imports with). */
  hrOf: Record<string, Viewer>;
  slugOf: Record<string, string>;
}

export interface Ctx {
  world: World;
  role: Role;
  scope: Scope;
  /** The signed-in person (null for anonymous). */
  actor: Viewer | null;
  /** Whose record it is (see the header). */
  subject: Viewer;
}

export interface HandlerCall {
  request: Request;
  context?: { params: Promise<Record<string, unknown>> };
}

/** What the call gave back: a server action's state, a handler's response, or a redirect (thrown by Next). */
export interface Outcome {
  result?: unknown;
  redirect?: string;
  response?: Response;
  body?: string;
}

export interface Entry<R = unknown> {
  /** Which role the other organisation's user has for this entry. */
  otherOrgAs: OtherOrgRole;
  foreign: "person" | "organisation" | "none";
  /** Public endpoints say so: anonymous visitors are allowed on purpose. */
  public?: true;
  setup: (ctx: Ctx) => Promise<R>;
  request: (ctx: Ctx, record: R) => FormData | HandlerCall;
  /** The allowed cells; every other cell must be denied. "everyone": every cell (public). */
  allow: Cell[] | "everyone";
  /** For an allowed case: proof the action did what it does (record changed, content returned). */
  effect: (ctx: Ctx, record: R, outcome: Outcome) => Promise<void>;
  /**
   * Set when an allowed call changes nothing in the database (reads, previews); "when-anonymous" when it changes
   * something only for a signed-in caller (the language switch stores the choice with the person, decision 051).
   */
  readOnly?: true | "when-anonymous";
  /** Exists only in a special mode (the benchmark baseline): answers 404 to everyone, anonymous included. */
  absent?: true;
  /** Takes a bearer token, never a session (SCIM): answers 401 to every role, anonymous included. */
  bearerOnly?: true;
}

// ---- helpers to make records -------------------------------------------------------------------------------

const gift = (giver = "Bakkerij Bisschop") => giftAnswers({ giver });

async function draftOf(subject: Viewer, giver?: string) {
  return saveDraft(subject, { type: "gift", raw: gift(giver) });
}

/** A gift sent for a decision: SUBMITTED and assigned to the subject's manager. */
async function submittedOf(subject: Viewer, giver?: string, over: Answers = {}) {
  const { id, version } = await fileDeclaration(subject, "gift", { ...gift(giver), ...over });
  return { id, version };
}

/** A gift of the subject's on which their manager decided `decision` (id and version are filled in): its id and version before it. */
async function decidedOf(world: World, subject: Viewer, decision: Record<string, unknown>, giver?: string) {
  const d = await submittedOf(subject, giver);
  await decideDeclaration(
    managerOf(world, subject),
    DecisionSchema.parse({ id: d.id, version: d.version, ...decision }),
  );
  return d;
}

/** A gift of the subject's with an attachment of theirs named `fileName`. */
async function withAttachment(subject: Viewer, fileName: string) {
  const d = await submittedOf(subject);
  const a = await uploadAttachment(subject, { declarationId: d.id, to: "declaration", fileName, bytes: PDF_BYTES });
  return { id: d.id, attachmentId: a.id };
}

async function declaration(db: PrismaClient, id: string) {
  return db.declaration.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, personId: true } });
}

/** Approved by the actor; the deputy's decision says on whose behalf it was taken (Jeroen's). */
async function expectApprovedBy({ world, role, actor }: Pick<Ctx, "world" | "role" | "actor">, id: string) {
  expect((await declaration(world.db, id)).status).toBe("APPROVED");
  const decision = await world.db.decision.findFirstOrThrow({
    where: { declarationId: id, deciderId: actor!.id },
    select: { onBehalfOfId: true },
  });
  expect(decision.onBehalfOfId).toBe(role === "deputy" ? world.people.jeroen.id : null);
}

const managerOf = (w: World, subject: Viewer): Viewer => {
  const all = Object.values(w.people);
  const found = all.find((p) => p.id === subject.managerId);
  if (!found) throw new Error(`no manager known for ${subject.name}`);
  return found;
};

const form = (fields: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const get = (path: string, params?: Record<string, unknown>): HandlerCall => ({
  // A NextRequest, as Next hands route handlers (next-auth reads its nextUrl).
  request: new NextRequest(`http://localhost:3000${path}`),
  context: params ? { params: Promise.resolve(params) } : undefined,
});

let yearCounter = 2200;
const freshYear = () => String(yearCounter++);
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function openCampaignIn(db: PrismaClient, organisationId: string, createdById: string) {
  await db.declarationCampaign.updateMany({
    where: { organisationId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: new Date() },
  });
  return db.declarationCampaign.create({
    data: {
      organisationId,
      title: `Jaarverklaring ${randomUUID().slice(0, 6)}`,
      year: Number(freshYear()),
      opensOn: new Date(),
      dueOn: new Date(future(30)),
      createdById,
    },
    select: { id: true, version: true },
  });
}

/** No open campaign and none for this year in the organisation: opening one for this year is possible. */
async function clearCampaignYear(db: PrismaClient, organisationId: string) {
  await db.declarationCampaign.updateMany({
    where: { organisationId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: new Date() },
  });
  await db.declarationCampaign.updateMany({
    where: { organisationId, year: new Date().getFullYear() },
    data: { year: Number(freshYear()) },
  });
  return null;
}

async function registerEntryIn(w: World, organisationId: string, sideJobOrganisation = "Stichting Voorbeeld") {
  const person = w.designated[organisationId]!;
  const d = await createDeclaration(w.db, person, {
    type: "SIDE_JOB",
    status: "APPROVED",
    decidedAt: new Date(),
    ruleOutcome: "APPROVAL_REQUIRED",
  });
  return w.db.registerEntry.create({
    data: {
      organisationId,
      declarationId: d.id,
      personId: person.id,
      personName: person.name,
      functionTitle: person.functionTitle,
      sideJob: "Lid raad van toezicht",
      sideJobOrganisation,
      paid: false,
    },
    select: { id: true, version: true },
  });
}

const statusOf = (outcome: Outcome) => (outcome.result as { status?: string } | undefined)?.status;

/** Expected cells as data: helpers only to keep the table short. */
const own = (...roles: Role[]): Cell[] => roles.map((r) => `${r}:own` as Cell);
const SIGNED_IN: Role[] = ["employee", "manager", "deputy", "integrity", "hr", "admin", "otherOrg"];

// Entry shapes several actions share (the fields each entry still gives override these).

/** On a declaration of the subject's: only the declarant (the other organisation's person as an employee). */
const declarantOnly = <R>(e: Pick<Entry<R>, "setup" | "request" | "effect">): Entry<R> => ({
  otherOrgAs: "employee",
  foreign: "person",
  allow: own("employee", "otherOrg"),
  ...e,
});

/** On a record `setup` makes in the subject's organisation: its HR (unless the entry says otherwise). */
const onHrRecord =
  <R>(setup: Entry<R>["setup"]) =>
  (e: Pick<Entry<R>, "request" | "effect"> & Partial<Entry<R>>): Entry<R> => ({
    otherOrgAs: "hr",
    foreign: "organisation",
    setup,
    allow: own("hr", "otherOrg"),
    ...e,
  });

/** On an open campaign of the subject's organisation. */
const onOpenCampaign = onHrRecord<Campaign>(({ world, subject }) =>
  openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id),
);
type Campaign = { id: string; version: number };

/** Opening this year's campaign in an organisation that has none open: its HR. */
const openingCampaign = (e: Pick<Entry<null>, "effect" | "readOnly">): Entry<null> => ({
  otherOrgAs: "hr",
  foreign: "none",
  setup: ({ world, subject }) => clearCampaignYear(world.db, subject.organisationId),
  request: () => form({ title: "Jaarverklaring matrix", year: String(new Date().getFullYear()), dueOn: future(30) }),
  allow: own("hr", "otherOrg"),
  ...e,
});

/** On an entry of the organisation's public register (in HR's review unless `setup` says otherwise). */
const onRegisterEntry = onHrRecord<RegisterRecord>(({ world, subject }) =>
  registerEntryIn(world, subject.organisationId),
);
type RegisterRecord = { id: string; version: number };

/** On a person or unit of the organisation: its people administrators (HR and the administrator). */
const peopleAdmins = <R>(e: Pick<Entry<R>, "setup" | "request" | "effect">): Entry<R> => ({
  otherOrgAs: "hr",
  foreign: "organisation",
  allow: own("hr", "admin", "otherOrg"),
  ...e,
});

/** On an import the organisation's HR previewed: its people administrators. */
const onPreviewedImport = (
  e: Pick<Entry<{ id: string }>, "effect"> & Partial<Pick<Entry<{ id: string }>, "request">>,
): Entry<{ id: string }> =>
  peopleAdmins({
    setup: async ({ world, subject }) =>
      previewImport(world.hrOf[subject.organisationId]!, {
        fileName: "mensen.csv",
        bytes: new TextEncoder().encode(importCsv()),
      }),
    request: (_c, i) => form({ id: i.id }),
    ...e,
  });

/** A public endpoint: everyone, anonymous visitors included, and it changes nothing. */
const publicEndpoint = (e: Pick<Entry<null>, "request" | "effect">): Entry<null> => ({
  otherOrgAs: "employee",
  foreign: "none",
  public: true,
  readOnly: true,
  setup: async () => null,
  allow: "everyone",
  ...e,
});

/** A public JSON endpoint at `path` whose answer matches `shape`. */
const publicJson = (path: string, shape: Record<string, unknown>) =>
  publicEndpoint({
    request: () => get(path),
    effect: async (_c, _r, o) => expect(JSON.parse(o.body!)).toMatchObject(shape),
  });

/**
 * On the public register of the subject's organisation (Ambtenarenwet art. 5(1)(c)): open to everyone, anonymous
 * visitors included. Records: a published entry and one still in HR's review; the answer shows the first and never
 * the second.
 */
const publicRegister = (e: Pick<Entry<PublicRegisterRecord>, "request" | "effect">): Entry<PublicRegisterRecord> => ({
  otherOrgAs: "employee",
  foreign: "organisation",
  public: true,
  readOnly: true,
  setup: async ({ world, subject }) => {
    const published = await registerEntryIn(world, subject.organisationId, `Gepubliceerd ${randomUUID().slice(0, 8)}`);
    await world.db.registerEntry.update({
      where: { id: published.id },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: world.hrOf[subject.organisationId]!.id },
    });
    const pending = await registerEntryIn(world, subject.organisationId, `In review ${randomUUID().slice(0, 8)}`);
    const names = await world.db.registerEntry.findMany({
      where: { id: { in: [published.id, pending.id] } },
      select: { id: true, sideJobOrganisation: true },
    });
    return {
      slug: world.slugOf[subject.organisationId]!,
      published: names.find((n) => n.id === published.id)!.sideJobOrganisation,
      pending: names.find((n) => n.id === pending.id)!.sideJobOrganisation,
    };
  },
  allow: "everyone",
  ...e,
});
type PublicRegisterRecord = { slug: string; published: string; pending: string };

/** A public listing of the register at `path`: it answers with the published entry and never the one in review. */
const publicListing = (path: (slug: string) => string) =>
  publicRegister({
    request: (_c, r) => get(path(r.slug), { slug: r.slug }),
    effect: async (_c, r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body).toContain(r.published);
      expect(o.body).not.toContain(r.pending);
    },
  });

/**
 * A SCIM route (decision 070): it takes no session at all, only an organisation's bearer token, so every signed-in
 * role (and anonymous) is refused with 401 and nothing changes. The token checks: tests/integration/scim.test.ts.
 */
const scimOnlyWithToken = (method: string, path: (subjectId: string) => string, withId = false): Entry<null> => ({
  otherOrgAs: "admin",
  foreign: "none",
  bearerOnly: true,
  setup: async () => null,
  request: ({ subject }) => ({
    request: new NextRequest(`http://localhost:3000/scim/v2${path(subject.id)}`, {
      method,
      // An address per call: refused tokens count against the per-address sign-in limit, not the matrix's business.
      headers: { "Content-Type": "application/scim+json", "X-Forwarded-For": randomUUID() },
      ...(["POST", "PUT", "PATCH"].includes(method)
        ? {
            body: JSON.stringify({
              schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
              userName: "x@bzk.example",
              displayName: "MANAGER",
              Operations: [{ op: "Replace", path: "active", value: false }],
            }),
          }
        : {}),
    }),
    context: withId ? { params: Promise.resolve({ id: path(subject.id).split("/")[2] }) } : undefined,
  }),
  allow: [],
  effect: async () => {},
});

// ---- the table ---------------------------------------------------------------------------------------------

export const MATRIX: Record<string, Entry<any>> = {
  // SCIM (decision 070): a bearer token, never a session.
  "app/scim/v2/Users/route.ts#GET": scimOnlyWithToken("GET", () => "/Users"),
  "app/scim/v2/Users/route.ts#POST": scimOnlyWithToken("POST", () => "/Users"),
  "app/scim/v2/Users/[id]/route.ts#GET": scimOnlyWithToken("GET", (id) => `/Users/${id}`, true),
  "app/scim/v2/Users/[id]/route.ts#PUT": scimOnlyWithToken("PUT", (id) => `/Users/${id}`, true),
  "app/scim/v2/Users/[id]/route.ts#PATCH": scimOnlyWithToken("PATCH", (id) => `/Users/${id}`, true),
  "app/scim/v2/Users/[id]/route.ts#DELETE": scimOnlyWithToken("DELETE", (id) => `/Users/${id}`, true),
  "app/scim/v2/Groups/route.ts#GET": scimOnlyWithToken("GET", () => "/Groups"),
  "app/scim/v2/Groups/route.ts#POST": scimOnlyWithToken("POST", () => "/Groups"),
  "app/scim/v2/Groups/[id]/route.ts#GET": scimOnlyWithToken("GET", () => "/Groups/MANAGER", true),
  "app/scim/v2/Groups/[id]/route.ts#PUT": scimOnlyWithToken("PUT", () => "/Groups/MANAGER", true),
  "app/scim/v2/Groups/[id]/route.ts#PATCH": scimOnlyWithToken("PATCH", () => "/Groups/MANAGER", true),
  "app/scim/v2/Groups/[id]/route.ts#DELETE": scimOnlyWithToken("DELETE", () => "/Groups/MANAGER", true),
  "app/scim/v2/ServiceProviderConfig/route.ts#GET": scimOnlyWithToken("GET", () => "/ServiceProviderConfig"),
  "app/scim/v2/ResourceTypes/route.ts#GET": scimOnlyWithToken("GET", () => "/ResourceTypes"),
  "app/scim/v2/ResourceTypes/[id]/route.ts#GET": scimOnlyWithToken("GET", () => "/ResourceTypes/User", true),
  "app/scim/v2/Schemas/route.ts#GET": scimOnlyWithToken("GET", () => "/Schemas"),
  "app/scim/v2/Schemas/[id]/route.ts#GET": scimOnlyWithToken(
    "GET",
    () => "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User",
    true,
  ),
  // ===== declarations: only the declarant touches their own declaration (not their manager, HR or anyone else).
  "lib/declarations/actions.ts#saveDeclarationAction": declarantOnly({
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) =>
      form({ _type: "gift", _id: d.id, _version: String(d.version), ...gift(), description: "Bewerkt door de matrix" }),
    effect: async ({ world }, d) => expect((await declaration(world.db, d.id)).version).toBe(d.version + 1),
  }),
  "lib/declarations/actions.ts#submitDeclarationAction": declarantOnly({
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version), submissionKey: randomUUID() }),
    effect: async ({ world }, d, o) => {
      expect(o.redirect).toBe(`/meldingen/${d.id}?verstuurd=1`);
      expect((await declaration(world.db, d.id)).status).not.toBe("DRAFT");
    },
  }),
  "lib/declarations/actions.ts#withdrawDeclarationAction": declarantOnly({
    setup: ({ subject }) => submittedOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version), note: "Toch niet" }),
    effect: async ({ world }, d) => expect((await declaration(world.db, d.id)).status).toBe("WITHDRAWN"),
  }),
  "lib/declarations/actions.ts#discardDraftAction": declarantOnly({
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version) }),
    effect: async ({ world }, d) =>
      expect(await world.db.declaration.count({ where: { id: d.id, status: "DRAFT" } })).toBe(0),
  }),
  "lib/declarations/actions.ts#startFromExistingAction": declarantOnly({
    setup: ({ subject }) => submittedOf(subject),
    request: (_c, d) => form({ id: d.id, mode: "copy" }),
    effect: async ({ world, actor }, _d, o) => {
      expect(o.redirect).toMatch(/^\/meldingen\/\w+\/bewerken\?kopie=1$/);
      const id = o.redirect!.split("/")[2]!;
      expect((await declaration(world.db, id)).personId).toBe(actor!.id);
    },
  }),

  // ===== decisions: the assigned manager, their active deputy, and (once escalated) the integrity officer.
  "lib/decisions/actions.ts#decideAction": {
    otherOrgAs: "manager",
    foreign: "person",
    // For the integrity officer the record in scope is an escalated declaration; for the others one with the manager.
    setup: async ({ world, role, subject }) => {
      if (role !== "integrity") return submittedOf(subject);
      const d = await decidedOf(world, subject, { kind: "ESCALATED", reason: "Graag advies" });
      return { id: d.id, version: d.version + 1 };
    },
    // The €75 gift is "not permitted" by the code: approving it is deciding against the code (decision 052), which
    // takes a reason and the confirmation step's field.
    request: (_c, d) =>
      form({
        id: d.id,
        version: String(d.version),
        kind: "APPROVED",
        reason: "Na overleg toegestaan",
        confirmAgainstCode: "yes",
      }),
    allow: own("manager", "deputy", "integrity", "otherOrg"),
    effect: async ({ world, role, actor }, d) => {
      await expectApprovedBy({ world, role, actor }, d.id);
    },
  } satisfies Entry<{ id: string; version: number }>,
  // Bulk decisions (issue 16 item 4, decision 067): the same deciders as one by one, on a declaration whose verdict needs
  // no judgement (a gift from a foreign relation, register only; the manager may name its destination). Not the
  // integrity officer: their queue has no bulk decision, and this one awaits the manager.
  "lib/decisions/bulk-actions.ts#bulkDecideAction": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: ({ subject }) => submittedOf(subject, undefined, POLITENESS),
    request: (_c, d) => form({ items: `${d.id}:${d.version}` }),
    allow: own("manager", "deputy", "otherOrg"),
    effect: async ({ world, role, actor }, d, o) => {
      expect(o.redirect).toBe(`/beslissen/meerdere/klaar?besloten=${d.id}`);
      await expectApprovedBy({ world, role, actor }, d.id);
    },
  } satisfies Entry<{ id: string; version: number }>,
  // An integrity officer reminds the manager of an overdue decision (decision 068): the subject's gift, sent 30 days
  // ago and still waiting for their manager. Integrity officers of the declaration's organisation only.
  "lib/decisions/actions.ts#remindOverdueAction": {
    otherOrgAs: "integrity",
    foreign: "person",
    setup: async ({ world, subject }) => {
      const d = await submittedOf(subject);
      await world.db.declaration.update({
        where: { id: d.id },
        data: { submittedAt: new Date(Date.now() - 30 * 86_400_000) },
      });
      return d;
    },
    request: (_c, d) => form({ id: d.id }),
    allow: own("integrity", "otherOrg"),
    effect: async ({ world, subject }, d, o) => {
      expect(o.redirect).toBe(`/integriteit/overzicht/herinneren/${d.id}?herinnerd=1`);
      expect(await world.db.onDemandReminder.count({ where: { declarationId: d.id } })).toBe(1);
      expect(
        await world.db.outboundEmail.count({
          where: { kind: "REMINDER", declarationId: d.id, recipientId: subject.managerId! },
        }),
      ).toBe(1);
      expect(await world.db.auditEvent.count({ where: { entityId: d.id, action: "declaration.reminded" } })).toBe(1);
    },
  } satisfies Entry<{ id: string; version: number }>,
  "lib/decisions/actions.ts#acknowledgeConditionsAction": declarantOnly({
    setup: ({ world, subject }) =>
      decidedOf(world, subject, {
        kind: "APPROVED_WITH_CONDITIONS",
        conditions: "Deel het met het team",
        // Against the code (the €75 gift is not permitted): a reason and the confirmation (decision 052).
        reason: "Na overleg toegestaan",
        confirmAgainstCode: "yes",
      }),
    request: (_c, d) => form({ id: d.id }),
    effect: async ({ world }, d, o) => {
      expect(statusOf(o)).toBe("success");
      expect(
        (await world.db.decision.findFirstOrThrow({ where: { declarationId: d.id } })).acknowledgedAt,
      ).not.toBeNull();
    },
  }),
  // Record: the person to name as deputy, a manager (decision 032: a deputy holds MANAGER); own: in the
  // organisation; foreign: in another one. Managers only. Who else may not be a deputy: PRIVILEGE_ROWS.
  "lib/decisions/actions.ts#createDelegationAction": {
    otherOrgAs: "manager",
    foreign: "organisation",
    setup: async ({ world, subject }) =>
      createPerson(world.db, subject.organisationId, { name: "Vera Vervanger", roles: ["MANAGER"] }),
    request: (_c, p) => form({ deputyId: p.id, startsOn: future(400), endsOn: future(410) }),
    // The deputy (Sanne) is a manager herself, so she may name her own deputy.
    allow: own("manager", "deputy", "otherOrg"),
    effect: async ({ world, actor }, p) =>
      expect(await world.db.delegation.count({ where: { managerId: actor!.id, deputyId: p.id } })).toBeGreaterThan(0),
  } satisfies Entry<{ id: string }>,
  // ===== recusals (decision 041). Record: an active recusal of the subject, recorded by the subject's manager with
  // the decision on a supplier-contact declaration. The person's manager holding MANAGER now, and that manager's
  // active deputy, end it early; not the person, not the integrity officer (the manager handled the declaration), not HR.
  "lib/recusals/actions.ts#endRecusalAction": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: async ({ world, subject }) => {
      const draft = await saveDraft(subject, {
        type: "supplier-contact",
        raw: {
          partyName: `Leverancier ${randomUUID().slice(0, 6)}`,
          relationRole: "supplier",
          contactKind: "friendship",
          involvement: "handling",
          matter: "Contract ICT-beheer",
          alreadyStarted: "no",
          explanation: "",
        },
      });
      await submitDeclaration(subject, { id: draft.id, version: draft.version, submissionKey: randomUUID() });
      await decideDeclaration(
        managerOf(world, subject),
        DecisionSchema.parse({ id: draft.id, version: draft.version + 1, kind: "APPROVED" }),
        RecusalPartSchema.parse({ recusalKind: "SUPPLIER", recusalSubject: "Leverancier", recusalEndsOn: future(90) }),
      );
      return world.db.recusal.findFirstOrThrow({
        where: { declarationId: draft.id },
        select: { id: true, version: true },
      });
    },
    request: (_c, r) => form({ id: r.id, version: String(r.version), reason: "Het contract is getekend." }),
    allow: own("manager", "deputy", "otherOrg"),
    effect: async ({ world, actor }, r, o) => {
      expect(statusOf(o)).toBe("success");
      expect(
        await world.db.recusal.findUniqueOrThrow({ where: { id: r.id }, select: { endedById: true, endReason: true } }),
      ).toEqual({ endedById: actor!.id, endReason: "Het contract is getekend." });
    },
  } satisfies Entry<{ id: string; version: number }>,
  // Record: a (future) delegation given by the subject's manager. Only the manager who gave it revokes it.
  "lib/decisions/actions.ts#revokeDelegationAction": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: async ({ world, subject }) => delegationBetween(world, managerOf(world, subject).id, subject.id),
    request: (_c, d) => form({ id: d.id }),
    allow: own("manager", "otherOrg"),
    effect: async ({ world }, d) =>
      expect((await world.db.delegation.findUniqueOrThrow({ where: { id: d.id } })).revokedAt).not.toBeNull(),
  } satisfies Entry<{ id: string }>,

  // ===== the annual campaign: HR of the campaign's organisation; answering: everyone asked in that organisation.
  "lib/campaigns/actions.ts#checkOpenCampaignAction": openingCampaign({
    readOnly: true,
    effect: async (_c, _r, o) => expect(statusOf(o)).toBe("success"),
  }),
  "lib/campaigns/actions.ts#openCampaignAction": openingCampaign({
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/jaarverklaring\/\w+\?geopend=1$/);
      expect(
        await world.db.declarationCampaign.count({ where: { organisationId: actor!.organisationId, status: "OPEN" } }),
      ).toBe(1);
    },
  }),
  "lib/campaigns/actions.ts#answerCampaignAction": onOpenCampaign({
    otherOrgAs: "employee",
    request: (_c, c) => form({ campaignId: c.id, answer: "NOTHING_TO_DECLARE" }),
    allow: own(...SIGNED_IN),
    effect: async ({ world, actor }, c) =>
      expect(await world.db.campaignResponse.count({ where: { campaignId: c.id, personId: actor!.id } })).toBe(1),
  }),
  "lib/campaigns/actions.ts#setPublicationAction": onOpenCampaign({
    request: (_c, c) => form({ id: c.id, version: String(c.version), published: "yes" }),
    effect: async ({ world }, c) =>
      expect(
        (await world.db.declarationCampaign.findUniqueOrThrow({ where: { id: c.id } })).nonRespondersPublished,
      ).toBe(true),
  }),
  "lib/campaigns/actions.ts#closeCampaignAction": onOpenCampaign({
    request: (_c, c) => form({ id: c.id, version: String(c.version) }),
    effect: async ({ world }, c) =>
      expect((await world.db.declarationCampaign.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CLOSED"),
  }),
  "lib/campaigns/actions.ts#remindNowAction": onOpenCampaign({
    request: (_c, c) => form({ id: c.id }),
    // Reminded, recorded (the daily limit's row) and audited, all in one transaction (decision 068).
    effect: async ({ world }, c) => {
      expect(await world.db.onDemandReminder.count({ where: { campaignId: c.id } })).toBe(1);
      expect(await world.db.auditEvent.count({ where: { entityId: c.id, action: "campaign.reminded" } })).toBe(1);
    },
  }),
  // A manager reminds their own people who have not answered (decision 068), when HR shared the list: the manager
  // holding MANAGER now reminds the people they manage (the subject, Fatima, is Jeroen's). Not the deputy (Sanne has
  // no people of her own: nobody to remind; standing in gives no reach into another manager's campaign list), not HR
  // (HR has its own action), not an employee.
  "lib/campaigns/actions.ts#remindTeamNowAction": {
    otherOrgAs: "manager",
    foreign: "organisation",
    setup: async ({ world, subject }) => {
      const c = await openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id);
      await world.db.declarationCampaign.update({ where: { id: c.id }, data: { nonRespondersPublished: true } });
      return c;
    },
    request: (_c, c) => form({ id: c.id }),
    allow: own("manager", "otherOrg"),
    effect: async ({ world, actor, subject }, c, o) => {
      expect(o.redirect).toMatch(/^\/jaarverklaring\/team\?herinnerd=\d+$/);
      expect(
        await world.db.onDemandReminder.count({
          where: { campaignId: c.id, scope: `campaign:${c.id}:manager:${actor!.id}` },
        }),
      ).toBe(1);
      expect(
        await world.db.outboundEmail.count({
          where: {
            kind: "CAMPAIGN_REMINDER",
            recipientId: subject.id,
            eventKey: { contains: `${c.id}:on-demand:manager` },
          },
        }),
      ).toBe(1);
      expect(await world.db.auditEvent.count({ where: { entityId: c.id, action: "campaign.reminded" } })).toBe(1);
    },
  } satisfies Entry<Campaign>,
  "app/beheer/jaarverklaring/[id]/export/route.ts#GET": onOpenCampaign({
    request: (_c, c) => get(`/beheer/jaarverklaring/${c.id}/export`, { id: c.id }),
    // The export is itself audited (who took the list of names out of the portal).
    effect: async ({ world }, c, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toMatch(/text\/csv/);
      expect(o.body!.length).toBeGreaterThan(0);
      expect(await world.db.auditEvent.count({ where: { entityId: c.id, action: "campaign.exported" } })).toBe(1);
    },
  }),

  // ===== the public register, HR side: HR of the entry's organisation.
  "lib/register/actions.ts#saveWordingAction": onRegisterEntry({
    request: (_c, e) =>
      form({
        id: e.id,
        version: String(e.version),
        functionTitle: "Directeur",
        sideJob: "Voorzitter",
        sideJobOrganisation: "Stichting Matrix",
        conditions: "",
      }),
    effect: async ({ world }, e) =>
      expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).sideJobOrganisation).toBe(
        "Stichting Matrix",
      ),
  }),
  "lib/register/actions.ts#publishAction": onRegisterEntry({
    request: (_c, e) => form({ id: e.id, version: String(e.version) }),
    effect: async ({ world }, e) =>
      expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("PUBLISHED"),
  }),
  "lib/register/actions.ts#eraseAction": onRegisterEntry({
    setup: async ({ world, subject }) => {
      const e = await registerEntryIn(world, subject.organisationId);
      return world.db.registerEntry.update({
        where: { id: e.id },
        data: { status: "PUBLISHED", publishedAt: new Date() },
        select: { id: true, version: true },
      });
    },
    request: (_c, e) => form({ id: e.id, version: String(e.version), ground: "AVG_17_UNLAWFUL", confirm: "ja" }),
    effect: async ({ world }, e) =>
      expect(await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
        status: "ERASED",
        sideJobOrganisation: "",
      }),
  }),
  "lib/register/actions.ts#removeAction": onRegisterEntry({
    request: (_c, e) => form({ id: e.id, version: String(e.version), reason: "Niet meer van toepassing" }),
    effect: async ({ world }, e) =>
      expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("ENDED"),
  }),

  // ===== people and units: HR and the administrator of the record's organisation.
  "lib/people/actions.ts#savePersonAction": peopleAdmins({
    setup: ({ world, subject }) => createPerson(world.db, subject.organisationId),
    request: (_c, p) =>
      form({
        id: p.id,
        version: String(p.version),
        name: p.name,
        email: p.email,
        functionTitle: "Gewijzigd door de matrix",
        salaryScale: "10",
      }),
    effect: async ({ world }, p) =>
      expect((await world.db.person.findUniqueOrThrow({ where: { id: p.id } })).functionTitle).toBe(
        "Gewijzigd door de matrix",
      ),
  }),
  "lib/people/actions.ts#setPersonAccessAction": peopleAdmins({
    setup: ({ world, subject }) => createPerson(world.db, subject.organisationId),
    request: (_c, p) => form({ id: p.id, version: String(p.version), enabled: "false" }),
    effect: async ({ world }, p) =>
      expect((await world.db.person.findUniqueOrThrow({ where: { id: p.id } })).disabledAt).not.toBeNull(),
  }),
  // Unlinking a single sign-on subject: administrators only (not HR: docs/decisions/033-single-sign-on.md), in
  // their own organisation. The record is a linked person; refusing their own link is in tests/integration/sso.test.ts.
  "lib/people/actions.ts#unlinkOidcSubjectAction": {
    otherOrgAs: "admin",
    foreign: "organisation",
    setup: async ({ world, subject }) => {
      const p = await createPerson(world.db, subject.organisationId);
      await world.db.person.update({ where: { id: p.id }, data: { oidcSubject: `matrix-${randomUUID()}` } });
      return p;
    },
    request: (_c, p) => form({ id: p.id, reason: "Account bij de identiteitsprovider opnieuw aangemaakt" }),
    allow: own("admin", "otherOrg"),
    effect: async ({ world, actor }, p, o) => {
      expect(o.redirect).toBe(`/beheer/mensen/${p.id}?ontkoppeld=1`);
      expect((await world.db.person.findUniqueOrThrow({ where: { id: p.id } })).oidcSubject).toBeNull();
      const event = await world.db.auditEvent.findFirstOrThrow({
        where: { entityId: p.id, action: "person.sso-unlinked" },
        select: { actorId: true, data: true },
      });
      expect(event.actorId).toBe(actor!.id);
      expect(event.data).toMatchObject({ reason: "Account bij de identiteitsprovider opnieuw aangemaakt" });
    },
  } satisfies Entry<{ id: string }>,
  // Signing out: anyone (it needs no right); it only removes the caller's own cookie and changes nothing stored.
  "app/api/afmelden/route.ts#POST": publicEndpoint({
    // No Origin header (as from a plain client); a foreign Origin is refused (tests/integration/sso.test.ts).
    request: () => ({ request: new NextRequest("http://localhost:3000/api/afmelden", { method: "POST" }) }),
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(303);
      expect(o.response?.headers.get("location")).toMatch(/\/aanmelden$/);
    },
  }),
  // SCIM tokens (decision 070): the people administrators (HR, ADMIN) of the token's organisation. Creating acts
  // on the viewer's own organisation; revoking and rotating on a token of the subject's organisation.
  "lib/scim/actions.ts#createScimTokenAction": {
    otherOrgAs: "hr",
    foreign: "none",
    setup: async () => ({ name: `Matrix ${randomUUID()}` }),
    request: (_c, r) => form({ name: r.name }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world, actor }, r, o) => {
      const state = o.result as { status: string; token?: string };
      expect(state.status).toBe("success");
      expect(state.token).toMatch(/^ipscim_/);
      expect(await world.db.scimToken.count({ where: { organisationId: actor!.organisationId, name: r.name } })).toBe(
        1,
      );
    },
  } satisfies Entry<{ name: string }>,
  "lib/scim/actions.ts#revokeScimTokenAction": peopleAdmins({
    setup: ({ world, subject }) =>
      createScimToken(world.hrOf[subject.organisationId]!, { name: `Matrix ${randomUUID()}`, roles: [] }),
    request: (_c, k) => form({ id: k.id }),
    effect: async ({ world }, k, o) => {
      expect(o.redirect).toBe("/beheer/mensen/koppeling?ingetrokken=1");
      expect((await world.db.scimToken.findUniqueOrThrow({ where: { id: k.id } })).revokedAt).not.toBeNull();
    },
  }),
  "lib/scim/actions.ts#rotateScimTokenAction": peopleAdmins({
    setup: ({ world, subject }) =>
      createScimToken(world.hrOf[subject.organisationId]!, { name: `Matrix ${randomUUID()}`, roles: [] }),
    request: (_c, k) => form({ id: k.id }),
    effect: async ({ world }, k, o) => {
      const state = o.result as { status: string; id?: string; token?: string };
      expect(state.status).toBe("success");
      expect(state.token).toMatch(/^ipscim_/);
      expect((await world.db.scimToken.findUniqueOrThrow({ where: { id: k.id } })).revokedAt).not.toBeNull();
      expect((await world.db.scimToken.findUniqueOrThrow({ where: { id: state.id! } })).revokedAt).toBeNull();
    },
  }),
  "lib/people/actions.ts#saveUnitAction": peopleAdmins({
    setup: ({ world, subject }) => createUnit(world.db, subject.organisationId),
    request: (_c, u) => form({ id: u.id, updatedAt: u.updatedAt.toISOString(), name: `Hernoemd ${u.id}` }),
    effect: async ({ world }, u) =>
      expect((await world.db.unit.findUniqueOrThrow({ where: { id: u.id } })).name).toBe(`Hernoemd ${u.id}`),
  }),
  "lib/people/actions.ts#previewImportAction": {
    otherOrgAs: "hr",
    foreign: "none",
    setup: async () => null,
    request: () => form({ file: new File([importCsv()], "mensen.csv", { type: "text/csv" }) }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/mensen\/import\/\w+$/);
      expect(
        await world.db.peopleImport.count({
          where: { id: o.redirect!.split("/").pop()!, organisationId: actor!.organisationId },
        }),
      ).toBe(1);
    },
  },
  "lib/people/actions.ts#applyImportAction": onPreviewedImport({
    effect: async ({ world }, i) =>
      expect((await world.db.peopleImport.findUniqueOrThrow({ where: { id: i.id } })).status).toBe("APPLIED"),
  }),
  // The rows to fix leave the portal as a file: audited, and only the import's own organisation's people admins.
  "app/beheer/mensen/import/[id]/afgewezen/route.ts#GET": onPreviewedImport({
    request: (_c, i) => get(`/beheer/mensen/import/${i.id}/afgewezen`, { id: i.id }),
    effect: async ({ world }, i, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toMatch(/text\/csv/);
      expect(o.response?.headers.get("content-disposition")).toMatch(/^attachment/);
      expect(
        await world.db.auditEvent.count({ where: { entityId: i.id, action: "people-import.report-exported" } }),
      ).toBe(1);
    },
  }),
  "lib/people/actions.ts#discardImportAction": onPreviewedImport({
    effect: async ({ world }, i) =>
      expect((await world.db.peopleImport.findUniqueOrThrow({ where: { id: i.id } })).status).toBe("DISCARDED"),
  }),

  // ===== policy: the integrity officer and HR tighten their own organisation's code (a future date, so the
  // matrix's other gift declarations are judged by the unchanged code).
  "lib/policy/actions.ts#policySettingAction": {
    otherOrgAs: "integrity",
    foreign: "none",
    // The form carries the newest setting the person saw ("none": there was none).
    setup: async ({ world, subject }) =>
      (
        await world.db.policySetting.findFirst({
          where: { organisationId: subject.organisationId },
          orderBy: { createdAt: "desc" },
          select: { id: true },
        })
      )?.id ?? "none",
    request: (_c, basedOn: string) =>
      form({
        _intent: "save",
        giftCapEuros: "",
        tripExtensionMaxHours: "",
        rehireCoolingMonths: "",
        sideJobPublicationMinScale: "",
        effectiveFrom: future(3000),
        reason: "Matrix",
        basedOn,
      }),
    allow: own("integrity", "hr", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toBe("/beheer/beleid?opgeslagen=1");
      expect(
        await world.db.policySetting.count({ where: { organisationId: actor!.organisationId, reason: "Matrix" } }),
      ).toBeGreaterThan(0);
    },
  },

  // ===== privacy: HR and the administrator, for their own organisation.
  "lib/privacy/actions.ts#saveRetentionAction": {
    otherOrgAs: "hr",
    foreign: "none",
    setup: async ({ world, subject }) => {
      const rules = await world.db.retentionRule.findMany({
        where: { organisationId: subject.organisationId },
        select: { category: true, version: true, retentionMonths: true },
      });
      return rules;
    },
    request: (_c, rules) => {
      const fields: Record<string, string> = {};
      for (const c of RETENTION_CATEGORIES) {
        const rule = rules.find((r) => r.category === c);
        const current = rule?.retentionMonths ?? RETENTION_POLICY[c].defaultMonths;
        // DRAFTS toggles between two allowed values, so every allowed save changes something.
        fields[`months_${c}`] = String(c === "DRAFTS" ? (current === 7 ? 8 : 7) : current);
        fields[`version_${c}`] = String(rule?.version ?? 0);
      }
      return form(fields);
    },
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/privacy\?opgeslagen=1$/);
      expect(
        await world.db.retentionRule.count({ where: { organisationId: actor!.organisationId, category: "DRAFTS" } }),
      ).toBe(1);
    },
  } satisfies Entry<{ category: string; version: number; retentionMonths: number }[]>,
  "lib/privacy/actions.ts#runPurgeAction": {
    otherOrgAs: "admin",
    foreign: "none",
    setup: async () => null,
    request: () => form({}),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/privacy\?opgeruimd=\w+#opruimrondes$/);
      expect(await world.db.purgeRun.count({ where: { organisationId: actor!.organisationId } })).toBeGreaterThan(0);
    },
  },

  // ===== everyone's own things.
  "lib/notifications/actions.ts#markAllReadAction": {
    otherOrgAs: "employee",
    foreign: "none",
    // Records: an unread notification of the viewer (anonymous: of Fatima) and one of somebody else (a colleague
    // and another organisation's person), which must stay unread whoever marks theirs.
    setup: async ({ world, actor, subject }) => {
      const note = (p: Viewer) =>
        world.db.notification.create({
          data: {
            organisationId: p.organisationId,
            recipientId: p.id,
            kind: "DECIDED",
            eventKey: `matrix:${randomUUID()}`,
          },
          select: { id: true },
        });
      const mine = await note(actor ?? subject);
      const others = await Promise.all(
        [world.people.thomas, world.people.daan].filter((p) => p.id !== (actor ?? subject).id).map(note),
      );
      return { id: mine.id, others: others.map((n) => n.id) };
    },
    request: () => form({}),
    allow: own(...SIGNED_IN),
    effect: async ({ world }, n) => {
      expect((await world.db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).not.toBeNull();
      expect(await world.db.notification.count({ where: { id: { in: n.others }, readAt: { not: null } } })).toBe(0);
    },
  } satisfies Entry<{ id: string; others: string[] }>,
  // Public: switching the interface language sets a preference cookie; signed in, it also stores the choice with
  // the person (their own record only: the session says whose; decision 051).
  "lib/i18n/actions.ts#setLocaleAction": {
    otherOrgAs: "employee",
    foreign: "none",
    public: true,
    readOnly: "when-anonymous",
    setup: async ({ world, actor }) => {
      if (actor) await world.db.person.update({ where: { id: actor.id }, data: { locale: "nl" } });
      return null;
    },
    request: () => form({ locale: "en" }),
    allow: "everyone",
    effect: async ({ world, actor }) => {
      const { currentRequest } = await import("@/tests/support/request-context");
      expect(currentRequest().cookies.get("locale") ?? [...currentRequest().cookies.values()].join()).toContain("en");
      if (!actor) return;
      expect(
        (await world.db.person.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } })).locale,
      ).toBe("en");
      expect(
        await world.db.auditEvent.count({
          where: { entityId: actor.id, action: "person.language-changed", actorId: actor.id },
        }),
      ).toBeGreaterThan(0);
    },
  },
  // The download is itself audited (personal data left the portal).
  "app/mijn-gegevens/download/route.ts#GET": {
    otherOrgAs: "employee",
    foreign: "none",
    setup: async () => null,
    request: () => get("/mijn-gegevens/download"),
    allow: own(...SIGNED_IN),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body).toContain(actor!.email);
      // Nobody else's data: not a colleague's, not another organisation's person's.
      for (const other of [world.people.thomas, world.people.daan].filter((p) => p.id !== actor!.id))
        expect(o.body).not.toContain(other.email);
      expect(
        await world.db.auditEvent.count({ where: { actorId: actor!.id, action: "privacy.data-exported" } }),
      ).toBeGreaterThan(0);
    },
  },

  // The printable record of a declaration (decision 065): whoever may read the declaration, no one else: the
  // declarant, their manager and the manager's deputy, the integrity officer; not HR, the administrator, a colleague
  // or another team's manager. Record: a gift the subject's manager refused. Each download is itself audited.
  "app/meldingen/[id]/pdf/route.ts#GET": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: async ({ world, subject }) => ({
      id: (await decidedOf(world, subject, { kind: "REFUSED", reason: "Te duur voor een bedankje" })).id,
    }),
    request: (_c, d) => get(`/meldingen/${d.id}/pdf`, { id: d.id }),
    allow: own("employee", "manager", "deputy", "integrity", "otherOrg"),
    effect: async ({ world, actor }, d, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toBe("application/pdf");
      expect(o.response?.headers.get("content-disposition")).toMatch(/^attachment; filename="GES-\d{4}-\d{5}\.pdf"$/);
      expect(o.response?.headers.get("x-content-type-options")).toBe("nosniff");
      expect(o.response?.headers.get("cache-control")).toContain("no-store");
      expect(o.body!.startsWith("%PDF-")).toBe(true);
      expect(
        await world.db.auditEvent.count({
          where: { entityId: d.id, actorId: actor!.id, action: "declaration.record-downloaded" },
        }),
      ).toBe(1);
    },
  } satisfies Entry<{ id: string }>,

  // ===== attachments (decision 066). Record: a gift of the subject's on which their manager asked for more
  // information. The declarant may add evidence to the declaration, and the manager who asked to that decision; not
  // the deputy or integrity officer (they read it, but the question is not theirs), a colleague, another team's
  // manager, HR, the administrator or another organisation.
  "lib/attachments/actions.ts#uploadAttachmentAction": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: async ({ world, subject }) => ({
      id: (await decidedOf(world, subject, { kind: "INFO_REQUESTED", reason: "Stuur de uitnodiging mee" })).id,
    }),
    // The declarant adds to the declaration; everyone else tries the decision (the declaration is the declarant's).
    request: ({ role }, d) => form({ id: d.id, to: role === "employee" ? "declaration" : "decision", file: pdfFile() }),
    allow: own("employee", "manager", "otherOrg"),
    effect: async ({ world, actor }, d, o) => {
      expect(statusOf(o)).toBe("success");
      const a = await world.db.attachment.findFirstOrThrow({
        where: { declarationId: d.id, uploaderId: actor!.id },
        select: { id: true, size: true, decisionId: true },
      });
      expect(a.size).toBe(PDF_BYTES.length);
      expect(a.decisionId === null).toBe(actor!.id === world.people.fatima.id);
      expect(
        await world.db.auditEvent.count({
          where: { entityId: d.id, actorId: actor!.id, action: "attachment.uploaded" },
        }),
      ).toBe(1);
    },
  } satisfies Entry<{ id: string }>,
  // Removing: only the uploader (here the declarant) while the declaration is still open to evidence.
  "lib/attachments/actions.ts#removeAttachmentAction": declarantOnly({
    setup: ({ subject }) => withAttachment(subject, "uitnodiging.pdf"),
    request: (_c, r) => form({ id: r.id, attachmentId: r.attachmentId }),
    effect: async ({ world }, r, o) => {
      expect(statusOf(o)).toBe("success");
      expect(await world.db.attachment.count({ where: { id: r.attachmentId } })).toBe(0);
      expect(await world.db.auditEvent.count({ where: { entityId: r.id, action: "attachment.removed" } })).toBe(1);
    },
  }),
  // The download: exactly who may read the declaration (the check of /meldingen/<id>/pdf): the declarant, their
  // manager and the manager's deputy, the integrity officer. Each download is itself audited.
  "app/meldingen/[id]/bijlagen/[attachmentId]/route.ts#GET": {
    otherOrgAs: "manager",
    foreign: "person",
    setup: ({ subject }) => withAttachment(subject, "uitnodiging diner.pdf"),
    request: (_c, r) => get(`/meldingen/${r.id}/bijlagen/${r.attachmentId}`, r),
    allow: own("employee", "manager", "deputy", "integrity", "otherOrg"),
    effect: async ({ world, actor }, r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toBe("application/pdf");
      expect(o.response?.headers.get("content-disposition")).toBe(
        `attachment; filename="uitnodiging diner.pdf"; filename*=UTF-8''uitnodiging%20diner.pdf`,
      );
      expect(o.response?.headers.get("x-content-type-options")).toBe("nosniff");
      expect(o.response?.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
      expect(o.response?.headers.get("cache-control")).toContain("no-store");
      expect(o.body).toBe(new TextDecoder().decode(PDF_BYTES));
      expect(
        await world.db.auditEvent.count({
          where: { entityId: r.id, actorId: actor!.id, action: "attachment.downloaded" },
        }),
      ).toBe(1);
    },
  } satisfies Entry<{ id: string; attachmentId: string }>,

  // ===== internal exports: the areas "gifts" and "overview" (integrity officer and HR, own organisation only).
  // Records: a gift in each organisation (BZK's and the Eerste Kamer's); the export shows only the viewer's own.
  "app/integriteit/geschenken/export/route.ts#GET": {
    otherOrgAs: "integrity",
    foreign: "none",
    readOnly: true,
    setup: async ({ world }) => {
      const givers = { bzk: `Gever BZK ${randomUUID().slice(0, 8)}`, ek: `Gever EK ${randomUUID().slice(0, 8)}` };
      // The register lists decided gifts: each is approved by the declarant's manager.
      for (const [person, giver] of [
        [world.people.fatima, givers.bzk],
        [world.people.daan, givers.ek],
      ] as const) {
        // Against the code (the €75 gift is not permitted): a reason and the confirmation (decision 052).
        await decidedOf(
          world,
          person,
          { kind: "APPROVED", reason: "Na overleg toegestaan", confirmAgainstCode: "yes" },
          giver,
        );
      }
      return givers;
    },
    request: () => get("/integriteit/geschenken/export"),
    allow: own("integrity", "hr", "otherOrg"),
    effect: async ({ role }, givers, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toMatch(/text\/csv/);
      const [mine, theirs] = role === "otherOrg" ? [givers.ek, givers.bzk] : [givers.bzk, givers.ek];
      expect(o.body).toContain(mine);
      expect(o.body).not.toContain(theirs);
    },
  } satisfies Entry<{ bzk: string; ek: string }>,
  "app/integriteit/overzicht/export/route.ts#GET": {
    otherOrgAs: "integrity",
    foreign: "none",
    readOnly: true,
    setup: async () => null,
    request: () => get(`/integriteit/overzicht/export?jaar=${new Date().getUTCFullYear()}`),
    allow: own("integrity", "hr", "otherOrg"),
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body!.length).toBeGreaterThan(0);
    },
  },

  // The Woo export of a search (decision 069): integrity officers only (HR is refused, decision 069), own
  // organisation only. Records: a gift in each organisation with the same word; the export lists only the viewer's
  // own by reference, and the search is audited (so not read-only).
  "app/integriteit/zoeken/export/route.ts#GET": {
    otherOrgAs: "integrity",
    foreign: "none",
    setup: async ({ world }) => {
      const word = `Zoekwoord${randomUUID().slice(0, 8)}`;
      // References count per organisation (both may be GES-2026-00008): the rows are told apart by the function.
      for (const person of [world.people.fatima, world.people.daan]) await submittedOf(person, `${word} BV`);
      return { word };
    },
    request: (_c, r) => get(`/integriteit/zoeken/export?zoek=${r.word}`),
    allow: own("integrity", "otherOrg"),
    effect: async ({ world, role }, r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toMatch(/text\/csv/);
      expect(o.response?.headers.get("content-disposition")).toMatch(/^attachment; filename="woo-zoekresultaten-/);
      const functionOf = async (v: Viewer) =>
        (await world.db.person.findUniqueOrThrow({ where: { id: v.id }, select: { functionTitle: true } }))
          .functionTitle;
      const [mine, theirs] =
        role === "otherOrg" ? [world.people.daan, world.people.fatima] : [world.people.fatima, world.people.daan];
      const lines = o.body!.trim().split(/\r\n/);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(await functionOf(mine));
      expect(o.body).not.toContain(await functionOf(theirs));
      // The giver (a person and an organisation) and the declarant's name stay out.
      expect(o.body).not.toContain(`${r.word} BV`);
      expect(o.body).not.toContain(mine.name);
    },
  } satisfies Entry<{ word: string }>,

  // ===== public endpoints: allowed for everyone, anonymous visitors included, on purpose.
  // The public register (Ambtenarenwet art. 5(1)(c)): own organisation's and another's alike (publicRegister).
  "app/register/[slug]/download/route.ts#GET": publicListing((slug) => `/register/${slug}/download?formaat=csv`),
  // The register as open data (decision 071): the same published entries as the page and downloads, never one in review.
  "app/api/register/v1/[slug]/route.ts#GET": publicListing((slug) => `/api/register/v1/${slug}`),
  "app/api/register/v1/[slug]/geschiedenis/route.ts#GET": publicListing(
    (slug) => `/api/register/v1/${slug}/geschiedenis`,
  ),
  // The DCAT description names the dataset and its distributions, and no entry at all.
  "app/register/[slug]/dcat/route.ts#GET": publicRegister({
    request: (_c, r) => get(`/register/${r.slug}/dcat`, { slug: r.slug }),
    effect: async (_c, r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body).toContain(`/register/${r.slug}/dcat#dataset`);
      expect(o.body).not.toContain(r.published);
      expect(o.body).not.toContain(r.pending);
    },
  }),
  "app/api/register/v1/openapi.json/route.ts#GET": publicJson("/api/register/v1/openapi.json", { openapi: "3.1.0" }),
  "app/api/health/route.ts#GET": publicEndpoint({
    request: () => get("/api/health"),
    effect: async (_c, _r, o) => expect(JSON.parse(o.body!)).toEqual({ status: "ok" }),
  }),
  "app/api/health/live/route.ts#GET": publicJson("/api/health/live", { status: "ok" }),
  "app/api/health/ready/route.ts#GET": publicJson("/api/health/ready", { status: "ready" }),
  // Monitoring of the background jobs: public like the other health endpoints, no personal data. The
  // matrix runs without a job runner, so it answers 503 with the runner "off" or "stopped" and both jobs listed.
  "app/api/health/jobs/route.ts#GET": publicEndpoint({
    request: () => get("/api/health/jobs"),
    effect: async (_c, _r, o) => {
      const body = JSON.parse(o.body!);
      expect(body.jobs.map((j: { queue: string }) => j.queue)).toEqual(["deliver-mail", "decision-reminders"]);
      expect(["off", "stopped"]).toContain(body.runner.status);
      expect(body.status).toBe("warning");
    },
  }),
  // The benchmarks' bare INSERT (scripts/bench): only with PORTAL_BENCH=1 in demo mode; otherwise it is not there.
  "app/api/bench/insert/route.ts#POST": {
    otherOrgAs: "employee",
    foreign: "none",
    absent: true,
    setup: async () => null,
    request: (c) => ({
      request: new NextRequest(`http://localhost:3000/api/bench/insert?person=${c.subject.id}`, {
        method: "POST",
        headers: { origin: "http://localhost:3000" },
      }),
    }),
    allow: [],
    effect: async () => {},
  },
  // next-auth's own endpoints: they must answer everyone (the sign-in page needs them before anyone is signed in).
  "app/api/auth/[...nextauth]/route.ts#GET": publicEndpoint({
    request: () => get("/api/auth/csrf", { nextauth: ["csrf"] }),
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(JSON.parse(o.body!)).toHaveProperty("csrfToken");
    },
  }),
  "app/api/auth/[...nextauth]/route.ts#POST": publicEndpoint({
    // A sign-out without a CSRF token: next-auth answers (a redirect to confirm), and changes nothing.
    request: () => ({
      request: new NextRequest("http://localhost:3000/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "",
      }),
      context: { params: Promise.resolve({ nextauth: ["signout"] }) },
    }),
    effect: async (_c, _r, o) => expect(o.response!.status).toBeLessThan(500),
  }),
};

let importCounter = 0;
/** A CSV of the HR system with one new person (the import's "own" record: the organisation it is applied to). */
function importCsv(): string {
  const n = ++importCounter;
  return [
    "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende;schaal;topmanagementgroep;in dienst",
    `MX${String(n).padStart(4, "0")}${Date.now().toString(36)};Matrix Persoon ${n};matrix.${n}.${Date.now().toString(36)}@matrix.example;Adviseur;;;9;nee;1-9-2019`,
  ].join("\r\n");
}

/** Whose record a case uses (see the header). */
export function subjectOf(world: World, entry: Entry<any>, role: Role, scope: Scope): Viewer {
  const p = world.people;
  if (scope === "own") return role === "otherOrg" ? p.daan : p.fatima;
  if (role === "otherOrg") return p.fatima;
  if (entry.foreign === "person") {
    if (role === "employee") return p.thomas;
    if (role === "manager" || role === "deputy") return p.kim;
  }
  return p.daan;
}

export function expectedAllowed(entry: Entry<any>, role: Role, scope: Scope): boolean {
  return entry.allow === "everyone" || entry.allow.includes(`${role}:${scope}`);
}

// ---- privilege changes (issue 12, docs/decisions/032-authority-model.md) ------------------------------------------
//
// Every path that changes a manager link, a role, a unit, access or a delegation, for every role, against the actor
// themself ("self"), a colleague ("other": a fresh person of BZK, the organisation of every column but otherOrg) and
// a colleague holding a role beyond an administrator's reach ("beyondReach": HR). otherOrg acts with the role
// `otherOrgAs` from the Eerste Kamer: "self" is their own record there; "other" and "beyondReach" are BZK people,
// so those cases show the organisation boundary. `allow` lists the roles that may, written by hand from decision
// 032 and 025; every other role is denied with a specific refusal and the database unchanged. Where a people
// administrator (HR, ADMIN) is refused, `refusal` names the message they must get.

export type Target = "self" | "other" | "beyondReach";

export interface PrivilegeCtx {
  world: World;
  role: Role;
  /** The signed-in person (null for anonymous). */
  actor: Viewer | null;
  /** The actor, or (anonymous) Fatima: whose own record a "self" row changes. */
  self: Viewer;
}

export interface PrivilegeRow<R = unknown> {
  /** The MATRIX key of the action. */
  action: string;
  /** What the row tries, for the test name. */
  change: string;
  target: Target;
  otherOrgAs: OtherOrgRole;
  setup: (ctx: PrivilegeCtx) => Promise<R>;
  request: (ctx: PrivilegeCtx, record: R) => FormData | Promise<FormData>;
  allow: Role[];
  /** The message key a refused people administrator (or manager, for delegations) gets, when it is not "forbidden"/"not found". */
  refusal?: string;
  effect: (ctx: PrivilegeCtx, record: R) => Promise<void>;
}

/** The actions that change a manager link, a role, a unit, access or a delegation. */
export const PRIVILEGE_ACTIONS = [
  "lib/people/actions.ts#savePersonAction",
  "lib/people/actions.ts#setPersonAccessAction",
  "lib/people/actions.ts#applyImportAction",
  "lib/decisions/actions.ts#createDelegationAction",
  "lib/decisions/actions.ts#revokeDelegationAction",
] as const;

const bzkOf = (w: World) => w.people.fatima.organisationId;
const PEOPLE_ADMINS: Role[] = ["hr", "admin"];
let privilegeCounter = 0;
const tag = () => `${++privilegeCounter}${Date.now().toString(36)}`;

/** A fresh person of BZK (the "other" target): reports to Jeroen; holds `roles`. */
async function colleague(
  w: World,
  roles: ("MANAGER" | "HR" | "INTEGRITY_OFFICER" | "ADMIN")[] = [],
  over: { managerId?: string | null; disabled?: boolean } = {},
) {
  const n = tag();
  const p = await createPerson(w.db, bzkOf(w), {
    name: `Privilege Persoon ${n}`,
    externalId: `PX${n}`,
    roles: ["EMPLOYEE", ...roles],
    managerId: over.managerId === undefined ? w.people.jeroen.id : over.managerId,
  });
  if (over.disabled) await w.db.person.update({ where: { id: p.id }, data: { disabledAt: new Date() } });
  return p;
}

/** The person form as its edit page fills it in, with some fields changed. */
async function personForm(w: World, id: string, over: { manager?: string; unitId?: string; roles?: string[] } = {}) {
  const p = await w.db.person.findUniqueOrThrow({ where: { id }, include: { manager: { select: { email: true } } } });
  const f = form({
    id: p.id,
    version: String(p.version),
    name: p.name,
    email: p.email,
    functionTitle: p.functionTitle,
    externalId: p.externalId ?? "",
    unitId: over.unitId ?? p.unitId ?? "",
    manager: over.manager ?? p.manager?.email ?? "",
    salaryScale: p.salaryScale === null ? "" : String(p.salaryScale),
    employmentStart: p.employmentStart?.toISOString().slice(0, 10) ?? "",
    employmentEnd: p.employmentEnd?.toISOString().slice(0, 10) ?? "",
  });
  for (const r of over.roles ?? p.roles) f.append("roles", r);
  for (const k of ["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction"] as const)
    if (p[k]) f.append("designations", k);
  return f;
}

const person = (w: World, id: string) =>
  w.db.person.findUniqueOrThrow({
    where: { id },
    select: { managerId: true, unitId: true, roles: true, disabledAt: true },
  });

/** An active manager of the organisation who is none of the matrix's actors. */
const freshManager = (w: World, organisationId = bzkOf(w)) =>
  createPerson(w.db, organisationId, { name: `Nieuwe Leidinggevende ${tag()}`, roles: ["MANAGER"] });

async function otherUnit(w: World, organisationId: string, not: string | null) {
  return createUnit(w.db, organisationId, { name: `Afdeling ${tag()}` }).then((u) =>
    u.id === not ? createUnit(w.db, organisationId) : u,
  );
}

/**
 * A preview of `lines` (header first) for the target organisation, made by the actor when they administer people
 * there (so their own rules apply), otherwise by that organisation's HR. When `expectReason` is set and the actor
 * made it, the preview must reject a row with that reason (proof the refusal is the authority rule, not chance).
 */
async function previewFor(c: PrivilegeCtx, organisationId: string, lines: string[], expectReason?: string) {
  const byActor =
    c.actor && c.actor.organisationId === organisationId && c.actor.roles.some((r) => r === "HR" || r === "ADMIN");
  const importer = byActor ? c.actor! : c.world.hrOf[organisationId]!;
  const imp = await previewImport(importer, {
    fileName: "rechten.csv",
    bytes: new TextEncoder().encode(lines.join("\r\n")),
  });
  if (byActor && expectReason) {
    const report = await c.world.db.peopleImport.findUniqueOrThrow({ where: { id: imp.id }, select: { report: true } });
    expect(JSON.stringify(report.report)).toContain(`"code":"${expectReason}"`);
  }
  return imp;
}

/** One import line: the column it sets (after personnel number, name and e-mail), for whom, to what. */
type ImportLine = [column: string, person: { externalId: string | null; name: string; email: string }, value: string];

/** A preview (see previewFor) of the header and the one `line`. */
const previewLine = (c: PrivilegeCtx, organisationId: string, [column, p, value]: ImportLine, expectReason?: string) =>
  previewFor(
    c,
    organisationId,
    [`personeelsnummer;naam;e-mail;${column}`, `${p.externalId};${p.name};${p.email};${value}`],
    expectReason,
  );

/** Makes sure the person has a personnel number (the import matches on it). */
async function withExternalId(w: World, id: string) {
  const p = await w.db.person.findUniqueOrThrow({
    where: { id },
    select: { externalId: true, name: true, email: true },
  });
  if (p.externalId) return { ...p, externalId: p.externalId };
  const externalId = `PS${tag()}`;
  await w.db.person.update({ where: { id }, data: { externalId } });
  return { ...p, externalId };
}

const lastAudit = (w: World, entityId: string, action: string) =>
  w.db.auditEvent.findFirst({ where: { entityId, action }, orderBy: { seq: "desc" }, select: { data: true } });

type Rec = Record<string, string>;

/** A refused row: no role may; `refusal` is the message a refused administrator (or manager) gets. */
const refused = (refusal?: string) => ({ allow: [] as Role[], refusal, effect: async () => {} });

/** The rows of one action, which the other organisation's person tries holding `otherOrgAs`. */
const rowsOf =
  (action: (typeof PRIVILEGE_ACTIONS)[number], otherOrgAs: OtherOrgRole) =>
  (row: Omit<PrivilegeRow<any>, "action" | "otherOrgAs">): PrivilegeRow<any> => ({ action, otherOrgAs, ...row });
const savingPerson = rowsOf("lib/people/actions.ts#savePersonAction", "hr");
const settingAccess = rowsOf("lib/people/actions.ts#setPersonAccessAction", "hr");
/** Applying an import previewed in the row's set-up (its record carries the import's id). */
const applyingImport = (row: Omit<PrivilegeRow<any>, "action" | "otherOrgAs" | "request">) =>
  rowsOf(
    "lib/people/actions.ts#applyImportAction",
    "hr",
  )({ request: (_c, i: { id: string }) => form({ id: i.id }), ...row });
/**
 * Applying an import of one `line` (for the actor's own organisation on a "self" row, otherwise BZK) that a people
 * administrator's preview rejects with `reason`: refused to everyone.
 */
const importRefused = (
  change: string,
  target: Target,
  reason: string,
  line: (c: PrivilegeCtx) => Promise<ImportLine>,
) =>
  applyingImport({
    change,
    target,
    setup: async (c) =>
      previewLine(c, target === "self" ? c.self.organisationId : bzkOf(c.world), await line(c), reason),
    ...refused("rejectedRows"),
  });
/** Naming the row's record (`{ id }`) deputy for `period` (default: days 400 to 410 from now). */
const delegating = ({
  period = () => [future(400), future(410)],
  ...row
}: Omit<PrivilegeRow<any>, "action" | "otherOrgAs" | "request"> & { period?: () => [string, string] }) =>
  rowsOf(
    "lib/decisions/actions.ts#createDelegationAction",
    "manager",
  )({
    request: (_c, r: Rec) => {
      const [startsOn, endsOn] = period();
      return form({ deputyId: r.id!, startsOn, endsOn });
    },
    ...row,
  });
/** Revoking the delegation the row's set-up made (its record: `{ id }`). */
const revoking = (row: Omit<PrivilegeRow<any>, "action" | "otherOrgAs" | "request">) =>
  rowsOf(
    "lib/decisions/actions.ts#revokeDelegationAction",
    "manager",
  )({
    request: (_c, d: { id: string }) => form({ id: d.id }),
    ...row,
  });
/** A delegation for days 400 to 410 from now. */
const delegationBetween = (w: World, managerId: string, deputyId: string) =>
  w.db.delegation.create({
    data: { managerId, deputyId, startsOn: new Date(future(400)), endsOn: new Date(future(410)) },
    select: { id: true },
  });

/** The actor gave the row's record (`{ id }`) one delegation, not revoked. */
const expectDelegationGiven = async ({ world, actor }: PrivilegeCtx, r: Rec) =>
  expect(await world.db.delegation.count({ where: { managerId: actor!.id, deputyId: r.id!, revokedAt: null } })).toBe(
    1,
  );

export const PRIVILEGE_ROWS: PrivilegeRow<any>[] = [
  // ===== the person form: manager link, roles, unit =====
  savingPerson({
    change: "sets their own manager",
    target: "self",
    setup: async (c) => ({ id: c.self.id, manager: (await freshManager(c.world, c.self.organisationId)).email }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { manager: r.manager }),
    ...refused("ownManager"),
  }),
  savingPerson({
    change: "changes their own unit",
    target: "self",
    setup: async (c) => ({
      id: c.self.id,
      unitId: (await otherUnit(c.world, c.self.organisationId, c.self.unitId)).id,
    }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { unitId: r.unitId }),
    ...refused("ownUnit"),
  }),
  savingPerson({
    change: "gives themself MANAGER",
    target: "self",
    setup: async (c) => ({ id: c.self.id, roles: [...new Set([...c.self.roles, "MANAGER"])].join(",") }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { roles: r.roles!.split(",") }),
    // The manager and deputy hold MANAGER already: for them it is a change of nothing but is still not theirs to make.
    ...refused("ownRoles"),
  }),
  savingPerson({
    change: "sets an active manager as a colleague's manager",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id, manager: (await freshManager(c.world)).id }),
    request: async (c, r: Rec) =>
      personForm(c.world, r.id!, {
        manager: (await c.world.db.person.findUniqueOrThrow({ where: { id: r.manager! } })).email,
      }),
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, r: Rec) => {
      expect((await person(world, r.id!)).managerId).toBe(r.manager);
      expect((await lastAudit(world, r.id!, "person.manager-changed"))?.data).toMatchObject({
        oldManagerId: world.people.jeroen.id,
        newManagerId: r.manager,
      });
    },
  }),
  savingPerson({
    change: "makes themself a colleague's manager",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id, manager: c.self.email }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { manager: r.manager }),
    ...refused("managerIsViewer"),
  }),
  savingPerson({
    change: "sets an employee without MANAGER as a colleague's manager",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id, manager: (await colleague(c.world)).email }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { manager: r.manager }),
    ...refused("managerNotManager"),
  }),
  savingPerson({
    change: "sets a manager without access as a colleague's manager",
    target: "other",
    setup: async (c) => ({
      id: (await colleague(c.world)).id,
      manager: (await colleague(c.world, ["MANAGER"], { disabled: true })).email,
    }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { manager: r.manager }),
    ...refused("managerInactive"),
  }),
  savingPerson({
    change: "gives a colleague MANAGER",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { roles: ["EMPLOYEE", "MANAGER"] }),
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).roles).toEqual(["EMPLOYEE", "MANAGER"]),
  }),
  savingPerson({
    change: "gives a colleague HR",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { roles: ["EMPLOYEE", "HR"] }),
    allow: ["hr"],
    refusal: "roleNotAllowed",
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).roles).toEqual(["EMPLOYEE", "HR"]),
  }),
  savingPerson({
    change: "takes MANAGER from a manager who has a report",
    target: "other",
    setup: async (c) => {
      const boss = await colleague(c.world, ["MANAGER"]);
      await colleague(c.world, [], { managerId: boss.id });
      return { id: boss.id };
    },
    request: (c, r: Rec) => personForm(c.world, r.id!, { roles: ["EMPLOYEE"] }),
    ...refused("managerRoleInUse"),
  }),
  savingPerson({
    change: "moves a colleague to another unit",
    target: "other",
    setup: async (c) => ({
      id: (await colleague(c.world)).id,
      unitId: (await otherUnit(c.world, bzkOf(c.world), null)).id,
    }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { unitId: r.unitId }),
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).unitId).toBe(r.unitId),
  }),
  savingPerson({
    change: "changes the manager of an HR adviser",
    target: "beyondReach",
    setup: async (c) => ({ id: (await colleague(c.world, ["HR"])).id, manager: (await freshManager(c.world)).id }),
    request: async (c, r: Rec) =>
      personForm(c.world, r.id!, {
        manager: (await c.world.db.person.findUniqueOrThrow({ where: { id: r.manager! } })).email,
      }),
    allow: ["hr"],
    refusal: "outOfReach",
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).managerId).toBe(r.manager),
  }),
  savingPerson({
    change: "gives an HR adviser MANAGER",
    target: "beyondReach",
    setup: async (c) => ({ id: (await colleague(c.world, ["HR"])).id }),
    request: (c, r: Rec) => personForm(c.world, r.id!, { roles: ["EMPLOYEE", "MANAGER", "HR"] }),
    allow: ["hr"],
    refusal: "outOfReach",
    effect: async ({ world }, r: Rec) =>
      expect((await person(world, r.id!)).roles).toEqual(["EMPLOYEE", "MANAGER", "HR"]),
  }),

  // ===== the access toggle =====
  settingAccess({
    change: "withdraws their own access",
    target: "self",
    setup: async (c) => ({
      id: c.self.id,
      version: String((await c.world.db.person.findUniqueOrThrow({ where: { id: c.self.id } })).version),
    }),
    request: (_c, r: Rec) => form({ id: r.id!, version: r.version!, enabled: "false" }),
    ...refused("ownAccess"),
  }),
  settingAccess({
    change: "withdraws a colleague's access",
    target: "other",
    setup: async (c) => {
      const p = await colleague(c.world);
      return { id: p.id, version: String(p.version) };
    },
    request: (_c, r: Rec) => form({ id: r.id!, version: r.version!, enabled: "false" }),
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).disabledAt).not.toBeNull(),
  }),
  settingAccess({
    change: "gives a colleague access back",
    target: "other",
    setup: async (c) => {
      const p = await colleague(c.world, [], { disabled: true });
      return { id: p.id, version: String(p.version) };
    },
    request: (_c, r: Rec) => form({ id: r.id!, version: r.version!, enabled: "true" }),
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).disabledAt).toBeNull(),
  }),
  settingAccess({
    change: "withdraws an HR adviser's access",
    target: "beyondReach",
    setup: async (c) => {
      const p = await colleague(c.world, ["HR"]);
      return { id: p.id, version: String(p.version) };
    },
    request: (_c, r: Rec) => form({ id: r.id!, version: r.version!, enabled: "false" }),
    allow: ["hr"],
    refusal: "outOfReach",
    effect: async ({ world }, r: Rec) => expect((await person(world, r.id!)).disabledAt).not.toBeNull(),
  }),

  // ===== the CSV import (applying a preview: a refused rule shows as a rejected row, and applying is refused) =====
  importRefused("imports a new manager for themself", "self", "ownManager", async (c) => {
    const me = await withExternalId(c.world, c.self.id);
    return ["leidinggevende", me, (await freshManager(c.world, c.self.organisationId)).email];
  }),
  importRefused("imports another unit for themself", "self", "ownUnit", async (c) => {
    const me = await withExternalId(c.world, c.self.id);
    return ["afdeling", me, (await otherUnit(c.world, c.self.organisationId, c.self.unitId)).name];
  }),
  applyingImport({
    change: "imports an active manager for a colleague",
    target: "other",
    setup: async (c) => {
      const p = await colleague(c.world);
      const boss = await freshManager(c.world);
      return {
        ...(await previewLine(c, bzkOf(c.world), ["leidinggevende", p, boss.email])),
        personId: p.id,
        bossId: boss.id,
      };
    },
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, i: Rec) => {
      expect((await person(world, i.personId!)).managerId).toBe(i.bossId);
      expect((await lastAudit(world, i.personId!, "person.manager-changed"))?.data).toMatchObject({
        oldManagerId: world.people.jeroen.id,
        newManagerId: i.bossId,
        via: "import",
      });
    },
  }),
  importRefused("imports themself as a colleague's manager", "other", "managerIsViewer", async (c) => [
    "leidinggevende",
    await colleague(c.world),
    c.self.email,
  ]),
  importRefused(
    "imports an employee without MANAGER as a colleague's manager",
    "other",
    "managerNotManager",
    async (c) => {
      const p = await colleague(c.world);
      return ["leidinggevende", p, (await colleague(c.world)).email];
    },
  ),
  applyingImport({
    change: "imports MANAGER for a colleague",
    target: "other",
    setup: async (c) => {
      const p = await colleague(c.world);
      return {
        ...(await previewLine(c, bzkOf(c.world), ["rollen", p, "leidinggevende"])),
        personId: p.id,
      };
    },
    allow: PEOPLE_ADMINS,
    effect: async ({ world }, i: Rec) =>
      expect((await person(world, i.personId!)).roles).toEqual(["EMPLOYEE", "MANAGER"]),
  }),
  importRefused(
    "imports the loss of MANAGER for a manager who keeps a report",
    "other",
    "managerRoleInUse",
    async (c) => {
      const boss = await colleague(c.world, ["MANAGER"]);
      await colleague(c.world, [], { managerId: boss.id });
      return ["rollen", boss, "medewerker"];
    },
  ),
  applyingImport({
    change: "imports a new manager for an HR adviser",
    target: "beyondReach",
    setup: async (c) => {
      const p = await colleague(c.world, ["HR"]);
      const boss = await freshManager(c.world);
      return {
        ...(await previewLine(
          c,
          bzkOf(c.world),
          ["leidinggevende", p, boss.email],
          c.role === "admin" ? "personOutOfReach" : undefined,
        )),
        personId: p.id,
        bossId: boss.id,
      };
    },
    allow: ["hr"],
    refusal: "rejectedRows",
    effect: async ({ world }, i: Rec) => expect((await person(world, i.personId!)).managerId).toBe(i.bossId),
  }),

  // ===== delegations: a manager names a deputy (a manager) for a period; only the manager who gave it revokes it =====
  delegating({
    change: "names themself deputy",
    target: "self",
    setup: async (c) => ({ id: c.self.id }),
    ...refused("deputyNotSelf"),
  }),
  delegating({
    change: "names an active manager deputy for a later period",
    target: "other",
    setup: async (c) => ({ id: (await freshManager(c.world)).id }),
    allow: ["manager", "deputy"],
    effect: expectDelegationGiven,
  }),
  delegating({
    change: "names an active manager deputy from today",
    target: "other",
    setup: async (c) => ({ id: (await freshManager(c.world)).id }),
    period: () => [amsterdamNow().today, future(7)],
    allow: ["manager", "deputy"],
    effect: expectDelegationGiven,
  }),
  delegating({
    change: "names an employee without MANAGER deputy",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world)).id }),
    ...refused("deputyNotManager"),
  }),
  delegating({
    change: "names a manager without access deputy",
    target: "other",
    setup: async (c) => ({ id: (await colleague(c.world, ["MANAGER"], { disabled: true })).id }),
    ...refused("deputyUnknown"),
  }),
  delegating({
    change: "names a deputy for a period wholly in the past",
    target: "other",
    setup: async (c) => ({ id: (await freshManager(c.world)).id }),
    period: () => [future(-20), future(-10)],
    ...refused("periodInPast"),
  }),
  delegating({
    change: "names a deputy for longer than 92 days",
    target: "other",
    setup: async (c) => ({ id: (await freshManager(c.world)).id }),
    period: () => [future(400), future(500)],
    ...refused("periodTooLong"),
  }),
  revoking({
    change: "revokes a delegation they gave",
    target: "self",
    // Revoking only takes a right away: whoever gave it may, also after losing MANAGER (here: as data for every role).
    setup: async (c) => delegationBetween(c.world, c.self.id, (await freshManager(c.world, c.self.organisationId)).id),
    allow: ["employee", "manager", "deputy", "integrity", "hr", "admin", "otherOrg"],
    effect: async ({ world }, d: { id: string }) =>
      expect((await world.db.delegation.findUniqueOrThrow({ where: { id: d.id } })).revokedAt).not.toBeNull(),
  }),
  revoking({
    change: "revokes a delegation that names them deputy",
    target: "self",
    setup: async (c) => delegationBetween(c.world, (await freshManager(c.world, c.self.organisationId)).id, c.self.id),
    ...refused(),
  }),
  revoking({
    change: "revokes a delegation between two colleagues",
    target: "other",
    setup: async (c) => delegationBetween(c.world, (await freshManager(c.world)).id, (await freshManager(c.world)).id),
    ...refused(),
  }),
];
