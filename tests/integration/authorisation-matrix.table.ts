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
import { previewImport } from "@/lib/people/data";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "@/lib/privacy/retention";
import { createDeclaration, createPerson, createUnit } from "@/tests/factories";

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
    fatima: Viewer; thomas: Viewer; jeroen: Viewer; sanne: Viewer; marieke: Viewer; kim: Viewer; ahmed: Viewer; linda: Viewer; pieter: Viewer;
    daan: Viewer; annemiek: Viewer; esther: Viewer; mohamed: Viewer; ekAdmin: Viewer;
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
  /** Set when an allowed call changes nothing in the database (reads, previews, preference cookies). */
  readOnly?: true;
  /** Exists only in a special mode (the benchmark baseline): answers 404 to everyone, anonymous included. */
  absent?: true;
}

// ---- helpers to make records -------------------------------------------------------------------------------

const gift = (giver = "Bakkerij Bisschop") => ({
  direction: "received", kind: "goods", description: `Taart ${randomUUID().slice(0, 6)}`, giver, valueEuros: "75,00", date: "2026-11-02",
  giverInProcurementOrAwaitingDecision: "no", deliveredToHomeAddress: "no", foreignRelation: "no", refusalWouldOffend: "no", explanation: "",
});

async function draftOf(subject: Viewer, giver?: string) {
  return saveDraft(subject, { type: "gift", raw: gift(giver) });
}

/** A gift sent for a decision: SUBMITTED and assigned to the subject's manager. */
async function submittedOf(subject: Viewer, giver?: string) {
  const draft = await draftOf(subject, giver);
  await submitDeclaration(subject, { id: draft.id, version: draft.version, submissionKey: randomUUID() });
  return { id: draft.id, version: draft.version + 1 };
}

async function declaration(db: PrismaClient, id: string) {
  return db.declaration.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, personId: true } });
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
  await db.declarationCampaign.updateMany({ where: { organisationId, status: "OPEN" }, data: { status: "CLOSED", closedAt: new Date() } });
  return db.declarationCampaign.create({
    data: { organisationId, title: `Jaarverklaring ${randomUUID().slice(0, 6)}`, year: Number(freshYear()), opensOn: new Date(), dueOn: new Date(future(30)), createdById },
    select: { id: true, version: true },
  });
}

/** No open campaign and none for this year in the organisation: opening one for this year is possible. */
async function clearCampaignYear(db: PrismaClient, organisationId: string) {
  await db.declarationCampaign.updateMany({ where: { organisationId, status: "OPEN" }, data: { status: "CLOSED", closedAt: new Date() } });
  await db.declarationCampaign.updateMany({ where: { organisationId, year: new Date().getFullYear() }, data: { year: Number(freshYear()) } });
  return null;
}

async function registerEntryIn(w: World, organisationId: string, sideJobOrganisation = "Stichting Voorbeeld") {
  const person = w.designated[organisationId]!;
  const d = await createDeclaration(w.db, person, { type: "SIDE_JOB", status: "APPROVED", decidedAt: new Date(), ruleOutcome: "APPROVAL_REQUIRED" });
  return w.db.registerEntry.create({
    data: {
      organisationId, declarationId: d.id, personId: person.id, personName: person.name, functionTitle: person.functionTitle,
      sideJob: "Lid raad van toezicht", sideJobOrganisation, paid: false,
    },
    select: { id: true, version: true },
  });
}

const statusOf = (outcome: Outcome) => (outcome.result as { status?: string } | undefined)?.status;

/** Expected cells as data: helpers only to keep the table short. */
const own = (...roles: Role[]): Cell[] => roles.map((r) => `${r}:own` as Cell);
const both = (...roles: Role[]): Cell[] => roles.flatMap((r) => [`${r}:own`, `${r}:foreign`] as Cell[]);
const SIGNED_IN: Role[] = ["employee", "manager", "deputy", "integrity", "hr", "admin", "otherOrg"];

// ---- the table ---------------------------------------------------------------------------------------------

export const MATRIX: Record<string, Entry<any>> = {
  // ===== declarations: only the declarant touches their own declaration (not their manager, HR or anyone else).
  "lib/declarations/actions.ts#saveDeclarationAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) => form({ _type: "gift", _id: d.id, _version: String(d.version), ...gift(), description: "Bewerkt door de matrix" }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world }, d) => expect((await declaration(world.db, d.id)).version).toBe(d.version + 1),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/declarations/actions.ts#submitDeclarationAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version), submissionKey: randomUUID() }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world }, d, o) => {
      expect(o.redirect).toBe(`/meldingen/${d.id}?verstuurd=1`);
      expect((await declaration(world.db, d.id)).status).not.toBe("DRAFT");
    },
  } satisfies Entry<{ id: string; version: number }>,
  "lib/declarations/actions.ts#withdrawDeclarationAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: ({ subject }) => submittedOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version), note: "Toch niet" }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world }, d) => expect((await declaration(world.db, d.id)).status).toBe("WITHDRAWN"),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/declarations/actions.ts#discardDraftAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: ({ subject }) => draftOf(subject),
    request: (_c, d) => form({ id: d.id, version: String(d.version) }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world }, d) => expect(await world.db.declaration.count({ where: { id: d.id, status: "DRAFT" } })).toBe(0),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/declarations/actions.ts#startFromExistingAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: ({ subject }) => submittedOf(subject),
    request: (_c, d) => form({ id: d.id, mode: "copy" }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world, actor }, _d, o) => {
      expect(o.redirect).toMatch(/^\/meldingen\/\w+\/bewerken\?kopie=1$/);
      const id = o.redirect!.split("/")[2]!;
      expect((await declaration(world.db, id)).personId).toBe(actor!.id);
    },
  } satisfies Entry<{ id: string; version: number }>,

  // ===== decisions: the assigned manager, their active deputy, and (once escalated) the integrity officer.
  "lib/decisions/actions.ts#decideAction": {
    otherOrgAs: "manager", foreign: "person",
    // For the integrity officer the record in scope is an escalated declaration; for the others one with the manager.
    setup: async ({ world, role, subject }) => {
      const d = await submittedOf(subject);
      if (role !== "integrity") return d;
      await decideDeclaration(managerOf(world, subject), DecisionSchema.parse({ id: d.id, version: d.version, kind: "ESCALATED", reason: "Graag advies" }));
      return { id: d.id, version: d.version + 1 };
    },
    request: (_c, d) => form({ id: d.id, version: String(d.version), kind: "APPROVED", reason: "" }),
    allow: own("manager", "deputy", "integrity", "otherOrg"),
    effect: async ({ world, role, actor }, d) => {
      expect((await declaration(world.db, d.id)).status).toBe("APPROVED");
      // The deputy's decision says on whose behalf it was taken (Jeroen's).
      const decision = await world.db.decision.findFirstOrThrow({ where: { declarationId: d.id, deciderId: actor!.id }, select: { onBehalfOfId: true } });
      expect(decision.onBehalfOfId).toBe(role === "deputy" ? world.people.jeroen.id : null);
    },
  } satisfies Entry<{ id: string; version: number }>,
  "lib/decisions/actions.ts#acknowledgeConditionsAction": {
    otherOrgAs: "employee", foreign: "person",
    setup: async ({ world, subject }) => {
      const d = await submittedOf(subject);
      await decideDeclaration(managerOf(world, subject), DecisionSchema.parse({ id: d.id, version: d.version, kind: "APPROVED_WITH_CONDITIONS", conditions: "Deel het met het team" }));
      return d;
    },
    request: (_c, d) => form({ id: d.id }),
    allow: own("employee", "otherOrg"),
    effect: async ({ world }, d, o) => {
      expect(statusOf(o)).toBe("success");
      expect((await world.db.decision.findFirstOrThrow({ where: { declarationId: d.id } })).acknowledgedAt).not.toBeNull();
    },
  } satisfies Entry<{ id: string; version: number }>,
  // Record: the person to name as deputy (own: in the organisation; foreign: in another one). Managers only.
  "lib/decisions/actions.ts#createDelegationAction": {
    otherOrgAs: "manager", foreign: "organisation",
    setup: async ({ subject }) => subject,
    request: (_c, p) => form({ deputyId: p.id, startsOn: future(400), endsOn: future(410) }),
    // The deputy (Sanne) is a manager herself, so she may name her own deputy.
    allow: own("manager", "deputy", "otherOrg"),
    effect: async ({ world, actor }, p) => expect(await world.db.delegation.count({ where: { managerId: actor!.id, deputyId: p.id } })).toBeGreaterThan(0),
  } satisfies Entry<Viewer>,
  // Record: a (future) delegation given by the subject's manager. Only the manager who gave it revokes it.
  "lib/decisions/actions.ts#revokeDelegationAction": {
    otherOrgAs: "manager", foreign: "person",
    setup: async ({ world, subject }) =>
      world.db.delegation.create({ data: { managerId: managerOf(world, subject).id, deputyId: subject.id, startsOn: new Date(future(400)), endsOn: new Date(future(410)) }, select: { id: true } }),
    request: (_c, d) => form({ id: d.id }),
    allow: own("manager", "otherOrg"),
    effect: async ({ world }, d) => expect((await world.db.delegation.findUniqueOrThrow({ where: { id: d.id } })).revokedAt).not.toBeNull(),
  } satisfies Entry<{ id: string }>,

  // ===== the annual campaign: HR of the campaign's organisation; answering: everyone asked in that organisation.
  "lib/campaigns/actions.ts#checkOpenCampaignAction": {
    otherOrgAs: "hr", foreign: "none", readOnly: true,
    setup: ({ world, subject }) => clearCampaignYear(world.db, subject.organisationId),
    request: () => form({ title: "Jaarverklaring matrix", year: String(new Date().getFullYear()), dueOn: future(30) }),
    allow: own("hr", "otherOrg"),
    effect: async (_c, _r, o) => expect(statusOf(o)).toBe("success"),
  },
  "lib/campaigns/actions.ts#openCampaignAction": {
    otherOrgAs: "hr", foreign: "none",
    setup: ({ world, subject }) => clearCampaignYear(world.db, subject.organisationId),
    request: () => form({ title: "Jaarverklaring matrix", year: String(new Date().getFullYear()), dueOn: future(30) }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/jaarverklaring\/\w+\?geopend=1$/);
      expect(await world.db.declarationCampaign.count({ where: { organisationId: actor!.organisationId, status: "OPEN" } })).toBe(1);
    },
  },
  "lib/campaigns/actions.ts#answerCampaignAction": {
    otherOrgAs: "employee", foreign: "organisation",
    setup: ({ world, subject }) => openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id),
    request: (_c, c) => form({ campaignId: c.id, answer: "NOTHING_TO_DECLARE" }),
    allow: own(...SIGNED_IN),
    effect: async ({ world, actor }, c) => expect(await world.db.campaignResponse.count({ where: { campaignId: c.id, personId: actor!.id } })).toBe(1),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/campaigns/actions.ts#setPublicationAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id),
    request: (_c, c) => form({ id: c.id, version: String(c.version), published: "yes" }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world }, c) => expect((await world.db.declarationCampaign.findUniqueOrThrow({ where: { id: c.id } })).nonRespondersPublished).toBe(true),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/campaigns/actions.ts#closeCampaignAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id),
    request: (_c, c) => form({ id: c.id, version: String(c.version) }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world }, c) => expect((await world.db.declarationCampaign.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("CLOSED"),
  } satisfies Entry<{ id: string; version: number }>,
  "app/beheer/jaarverklaring/[id]/export/route.ts#GET": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => openCampaignIn(world.db, subject.organisationId, world.hrOf[subject.organisationId]!.id),
    request: (_c, c) => get(`/beheer/jaarverklaring/${c.id}/export`, { id: c.id }),
    allow: own("hr", "otherOrg"),
    // The export is itself audited (who took the list of names out of the portal).
    effect: async ({ world }, c, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.response?.headers.get("content-type")).toMatch(/text\/csv/);
      expect(o.body!.length).toBeGreaterThan(0);
      expect(await world.db.auditEvent.count({ where: { entityId: c.id, action: "campaign.exported" } })).toBe(1);
    },
  } satisfies Entry<{ id: string; version: number }>,

  // ===== the public register, HR side: HR of the entry's organisation.
  "lib/register/actions.ts#saveWordingAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => registerEntryIn(world, subject.organisationId),
    request: (_c, e) => form({ id: e.id, version: String(e.version), functionTitle: "Directeur", sideJob: "Voorzitter", sideJobOrganisation: "Stichting Matrix", conditions: "" }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world }, e) => expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).sideJobOrganisation).toBe("Stichting Matrix"),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/register/actions.ts#publishAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => registerEntryIn(world, subject.organisationId),
    request: (_c, e) => form({ id: e.id, version: String(e.version) }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world }, e) => expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("PUBLISHED"),
  } satisfies Entry<{ id: string; version: number }>,
  "lib/register/actions.ts#removeAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => registerEntryIn(world, subject.organisationId),
    request: (_c, e) => form({ id: e.id, version: String(e.version), reason: "Niet meer van toepassing" }),
    allow: own("hr", "otherOrg"),
    effect: async ({ world }, e) => expect((await world.db.registerEntry.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("ENDED"),
  } satisfies Entry<{ id: string; version: number }>,

  // ===== people and units: HR and the administrator of the record's organisation.
  "lib/people/actions.ts#savePersonAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => createPerson(world.db, subject.organisationId),
    request: (_c, p) => form({ id: p.id, version: String(p.version), name: p.name, email: p.email, functionTitle: "Gewijzigd door de matrix", salaryScale: "10" }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world }, p) => expect((await world.db.person.findUniqueOrThrow({ where: { id: p.id } })).functionTitle).toBe("Gewijzigd door de matrix"),
  } satisfies Entry<{ id: string; version: number; name: string; email: string }>,
  "lib/people/actions.ts#setPersonAccessAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => createPerson(world.db, subject.organisationId),
    request: (_c, p) => form({ id: p.id, version: String(p.version), enabled: "false" }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world }, p) => expect((await world.db.person.findUniqueOrThrow({ where: { id: p.id } })).disabledAt).not.toBeNull(),
  } satisfies Entry<{ id: string; version: number }>,
  // Unlinking a single sign-on subject: administrators only (not HR: docs/decisions/033-single-sign-on.md), in
  // their own organisation. The record is a linked person; refusing their own link is in tests/integration/sso.test.ts.
  "lib/people/actions.ts#unlinkOidcSubjectAction": {
    otherOrgAs: "admin", foreign: "organisation",
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
      const event = await world.db.auditEvent.findFirstOrThrow({ where: { entityId: p.id, action: "person.sso-unlinked" }, select: { actorId: true, data: true } });
      expect(event.actorId).toBe(actor!.id);
      expect(event.data).toMatchObject({ reason: "Account bij de identiteitsprovider opnieuw aangemaakt" });
    },
  } satisfies Entry<{ id: string }>,
  // Signing out: anyone (it needs no right); it only removes the caller's own cookie and changes nothing stored.
  "app/api/afmelden/route.ts#POST": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    // No Origin header (as from a plain client); a foreign Origin is refused (tests/integration/sso.test.ts).
    request: () => ({ request: new NextRequest("http://localhost:3000/api/afmelden", { method: "POST" }) }),
    allow: "everyone",
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(303);
      expect(o.response?.headers.get("location")).toMatch(/\/aanmelden$/);
    },
  },
  "lib/people/actions.ts#saveUnitAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: ({ world, subject }) => createUnit(world.db, subject.organisationId),
    request: (_c, u) => form({ id: u.id, updatedAt: u.updatedAt.toISOString(), name: `Hernoemd ${u.id}` }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world }, u) => expect((await world.db.unit.findUniqueOrThrow({ where: { id: u.id } })).name).toBe(`Hernoemd ${u.id}`),
  } satisfies Entry<{ id: string; updatedAt: Date }>,
  "lib/people/actions.ts#previewImportAction": {
    otherOrgAs: "hr", foreign: "none",
    setup: async () => null,
    request: () => form({ file: new File([importCsv()], "mensen.csv", { type: "text/csv" }) }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toMatch(/^\/beheer\/mensen\/import\/\w+$/);
      expect(await world.db.peopleImport.count({ where: { id: o.redirect!.split("/").pop()!, organisationId: actor!.organisationId } })).toBe(1);
    },
  },
  "lib/people/actions.ts#applyImportAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: async ({ world, subject }) => previewImport(world.hrOf[subject.organisationId]!, { fileName: "mensen.csv", bytes: new TextEncoder().encode(importCsv()) }),
    request: (_c, i) => form({ id: i.id }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world }, i) => expect((await world.db.peopleImport.findUniqueOrThrow({ where: { id: i.id } })).status).toBe("APPLIED"),
  } satisfies Entry<{ id: string }>,
  "lib/people/actions.ts#discardImportAction": {
    otherOrgAs: "hr", foreign: "organisation",
    setup: async ({ world, subject }) => previewImport(world.hrOf[subject.organisationId]!, { fileName: "mensen.csv", bytes: new TextEncoder().encode(importCsv()) }),
    request: (_c, i) => form({ id: i.id }),
    allow: own("hr", "admin", "otherOrg"),
    effect: async ({ world }, i) => expect((await world.db.peopleImport.findUniqueOrThrow({ where: { id: i.id } })).status).toBe("DISCARDED"),
  } satisfies Entry<{ id: string }>,

  // ===== policy: the integrity officer and HR tighten their own organisation's code (a future date, so the
  // matrix's other gift declarations are judged by the unchanged code).
  "lib/policy/actions.ts#policySettingAction": {
    otherOrgAs: "integrity", foreign: "none",
    // The form carries the newest setting the person saw ("none": there was none).
    setup: async ({ world, subject }) =>
      (await world.db.policySetting.findFirst({ where: { organisationId: subject.organisationId }, orderBy: { createdAt: "desc" }, select: { id: true } }))?.id ?? "none",
    request: (_c, basedOn: string) => form({ _intent: "save", giftCapEuros: "", tripExtensionMaxHours: "", rehireCoolingMonths: "", sideJobPublicationMinScale: "", effectiveFrom: future(3000), reason: "Matrix", basedOn }),
    allow: own("integrity", "hr", "otherOrg"),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.redirect).toBe("/beheer/beleid?opgeslagen=1");
      expect(await world.db.policySetting.count({ where: { organisationId: actor!.organisationId, reason: "Matrix" } })).toBeGreaterThan(0);
    },
  },

  // ===== privacy: HR and the administrator, for their own organisation.
  "lib/privacy/actions.ts#saveRetentionAction": {
    otherOrgAs: "hr", foreign: "none",
    setup: async ({ world, subject }) => {
      const rules = await world.db.retentionRule.findMany({ where: { organisationId: subject.organisationId }, select: { category: true, version: true, retentionMonths: true } });
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
      expect(await world.db.retentionRule.count({ where: { organisationId: actor!.organisationId, category: "DRAFTS" } })).toBe(1);
    },
  } satisfies Entry<{ category: string; version: number; retentionMonths: number }[]>,
  "lib/privacy/actions.ts#runPurgeAction": {
    otherOrgAs: "admin", foreign: "none",
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
    otherOrgAs: "employee", foreign: "none",
    // Records: an unread notification of the viewer (anonymous: of Fatima) and one of somebody else (a colleague
    // and another organisation's person), which must stay unread whoever marks theirs.
    setup: async ({ world, actor, subject }) => {
      const note = (p: Viewer) =>
        world.db.notification.create({ data: { organisationId: p.organisationId, recipientId: p.id, kind: "DECIDED", eventKey: `matrix:${randomUUID()}` }, select: { id: true } });
      const mine = await note(actor ?? subject);
      const others = await Promise.all([world.people.thomas, world.people.daan].filter((p) => p.id !== (actor ?? subject).id).map(note));
      return { id: mine.id, others: others.map((n) => n.id) };
    },
    request: () => form({}),
    allow: own(...SIGNED_IN),
    effect: async ({ world }, n) => {
      expect((await world.db.notification.findUniqueOrThrow({ where: { id: n.id } })).readAt).not.toBeNull();
      expect(await world.db.notification.count({ where: { id: { in: n.others }, readAt: { not: null } } })).toBe(0);
    },
  } satisfies Entry<{ id: string; others: string[] }>,
  // Public: switching the interface language sets a preference cookie only.
  "lib/i18n/actions.ts#setLocaleAction": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    request: () => form({ locale: "en" }),
    allow: "everyone",
    effect: async () => {
      const { currentRequest } = await import("@/tests/support/request-context");
      expect(currentRequest().cookies.get("locale") ?? [...currentRequest().cookies.values()].join()).toContain("en");
    },
  },
  // The download is itself audited (personal data left the portal).
  "app/mijn-gegevens/download/route.ts#GET": {
    otherOrgAs: "employee", foreign: "none",
    setup: async () => null,
    request: () => get("/mijn-gegevens/download"),
    allow: own(...SIGNED_IN),
    effect: async ({ world, actor }, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body).toContain(actor!.email);
      // Nobody else's data: not a colleague's, not another organisation's person's.
      for (const other of [world.people.thomas, world.people.daan].filter((p) => p.id !== actor!.id)) expect(o.body).not.toContain(other.email);
      expect(await world.db.auditEvent.count({ where: { actorId: actor!.id, action: "privacy.data-exported" } })).toBeGreaterThan(0);
    },
  },

  // ===== internal exports: the areas "gifts" and "overview" (integrity officer and HR, own organisation only).
  // Records: a gift in each organisation (BZK's and the Eerste Kamer's); the export shows only the viewer's own.
  "app/integriteit/geschenken/export/route.ts#GET": {
    otherOrgAs: "integrity", foreign: "none", readOnly: true,
    setup: async ({ world }) => {
      const givers = { bzk: `Gever BZK ${randomUUID().slice(0, 8)}`, ek: `Gever EK ${randomUUID().slice(0, 8)}` };
      // The register lists decided gifts: each is approved by the declarant's manager.
      for (const [person, giver] of [[world.people.fatima, givers.bzk], [world.people.daan, givers.ek]] as const) {
        const d = await submittedOf(person, giver);
        await decideDeclaration(managerOf(world, person), DecisionSchema.parse({ id: d.id, version: d.version, kind: "APPROVED" }));
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
    otherOrgAs: "integrity", foreign: "none", readOnly: true,
    setup: async () => null,
    request: () => get(`/integriteit/overzicht/export?jaar=${new Date().getUTCFullYear()}`),
    allow: own("integrity", "hr", "otherOrg"),
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body!.length).toBeGreaterThan(0);
    },
  },

  // ===== public endpoints: allowed for everyone, anonymous visitors included, on purpose.
  // The public register (Ambtenarenwet art. 5(1)(c)): own organisation's and another's alike.
  // Records: a published entry and one still in HR's review, in the subject's organisation: the download shows the
  // first and never the second.
  "app/register/[slug]/download/route.ts#GET": {
    otherOrgAs: "employee", foreign: "organisation", public: true, readOnly: true,
    setup: async ({ world, subject }) => {
      const published = await registerEntryIn(world, subject.organisationId, `Gepubliceerd ${randomUUID().slice(0, 8)}`);
      await world.db.registerEntry.update({ where: { id: published.id }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: world.hrOf[subject.organisationId]!.id } });
      const pending = await registerEntryIn(world, subject.organisationId, `In review ${randomUUID().slice(0, 8)}`);
      const names = await world.db.registerEntry.findMany({ where: { id: { in: [published.id, pending.id] } }, select: { id: true, sideJobOrganisation: true } });
      return {
        slug: world.slugOf[subject.organisationId]!,
        published: names.find((n) => n.id === published.id)!.sideJobOrganisation,
        pending: names.find((n) => n.id === pending.id)!.sideJobOrganisation,
      };
    },
    request: (_c, r) => get(`/register/${r.slug}/download?formaat=csv`, { slug: r.slug }),
    allow: "everyone",
    effect: async (_c, r, o) => {
      expect(o.response?.status).toBe(200);
      expect(o.body).toContain(r.published);
      expect(o.body).not.toContain(r.pending);
    },
  } satisfies Entry<{ slug: string; published: string; pending: string }>,
  "app/api/health/route.ts#GET": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    request: () => get("/api/health"),
    allow: "everyone",
    effect: async (_c, _r, o) => expect(JSON.parse(o.body!)).toEqual({ status: "ok" }),
  },
  "app/api/health/live/route.ts#GET": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    request: () => get("/api/health/live"),
    allow: "everyone",
    effect: async (_c, _r, o) => expect(JSON.parse(o.body!)).toMatchObject({ status: "ok" }),
  },
  "app/api/health/ready/route.ts#GET": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    request: () => get("/api/health/ready"),
    allow: "everyone",
    effect: async (_c, _r, o) => expect(JSON.parse(o.body!)).toMatchObject({ status: "ready" }),
  },
  // The benchmarks' bare INSERT (scripts/bench): only with PORTAL_BENCH=1 in demo mode; otherwise it is not there.
  "app/api/bench/insert/route.ts#POST": {
    otherOrgAs: "employee", foreign: "none", absent: true,
    setup: async () => null,
    request: (c) => ({ request: new NextRequest(`http://localhost:3000/api/bench/insert?person=${c.subject.id}`, { method: "POST", headers: { origin: "http://localhost:3000" } }) }),
    allow: [],
    effect: async () => {},
  },
  // next-auth's own endpoints: they must answer everyone (the sign-in page needs them before anyone is signed in).
  "app/api/auth/[...nextauth]/route.ts#GET": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    request: () => get("/api/auth/csrf", { nextauth: ["csrf"] }),
    allow: "everyone",
    effect: async (_c, _r, o) => {
      expect(o.response?.status).toBe(200);
      expect(JSON.parse(o.body!)).toHaveProperty("csrfToken");
    },
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    otherOrgAs: "employee", foreign: "none", public: true, readOnly: true,
    setup: async () => null,
    // A sign-out without a CSRF token: next-auth answers (a redirect to confirm), and changes nothing.
    request: () => ({ request: new NextRequest("http://localhost:3000/api/auth/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" }), context: { params: Promise.resolve({ nextauth: ["signout"] }) } }),
    allow: "everyone",
    effect: async (_c, _r, o) => expect(o.response!.status).toBeLessThan(500),
  },
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
