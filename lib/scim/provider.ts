import "server-only";
// The SCIM 2.0 service provider (RFC 7643/7644, decision 070). SCIMMY does the protocol: the resource and schema
// definitions, filter parsing, PATCH (applied to the resource as read, then written back whole), ListResponse
// and error messages with scimType. This file maps its resources onto the portal's people, and writes through
// the SAME data layer as the person form and the CSV import (lib/people/data.ts savePersonAs, setPersonAccessAs):
// the authority model, the role reach (here the token's), the audit trail and session revocation are theirs.
//
// Mapping: User.id = Person.id; userName = the e-mail address people sign in with; externalId = the personnel
// number (kept when a client leaves it out, because the CSV import matches on it); displayName / name = name;
// title = function title; active = access; enterprise department = unit (code, then name); enterprise manager =
// the manager (by SCIM id, else personnel number or e-mail). Groups = the roles beyond EMPLOYEE (id and
// displayName the role's code, e.g. "MANAGER"); their members are the people holding it.
import SCIMMY from "scimmy";
import { getDb } from "@/lib/db";
import { portalAddress } from "@/lib/config";
import { isAppError, type AppError } from "@/lib/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { dayOfDateOrNull } from "@/lib/dates";
import { PersonFormSchema, DESIGNATIONS } from "@/lib/people/schemas";
import { PERSON_RECORD_SELECT } from "@/lib/people/record";
import { ROLE_ORDER } from "@/lib/people/values";
import { savePersonAs, setPersonAccessAs, type PeopleActor } from "@/lib/people/data";
import type { ScimClient } from "./tokens";
import { ENTERPRISE_USER } from "./normalise";
import { fieldRefusal, quoted, refusalOf, type RefusalContext, type ScimRefusal } from "./refusals";

export const SCIM_BASE = "/scim/v2";
/** The roles a SCIM client sees as groups: everyone is an employee, so EMPLOYEE is no group. */
export const GROUP_ROLES = ROLE_ORDER.filter((r) => r !== "EMPLOYEE");

const ScimError = SCIMMY.Types.Error;
/** A SCIM error: scimType null where RFC 7644 names none for the status (404, 403, 409 without uniqueness). */
const scimError = (status: number, scimType: string | null, detail: string) =>
  new ScimError(status, scimType as string, detail);
const refusal = (r: ScimRefusal) => scimError(r.status, r.scimType, r.detail);

const PERSON_SELECT = {
  ...PERSON_RECORD_SELECT,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true } },
  manager: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.PersonSelect;

/** A person as SCIM reads them: the person form's record, access, timestamps, unit name and manager. */
type Row = Prisma.PersonGetPayload<{ select: typeof PERSON_SELECT }>;

const notFound = () => scimError(404, null, "No user with this id in this organisation.");

export function actorOf(client: ScimClient): PeopleActor {
  return {
    organisationId: client.organisationId,
    personId: null,
    grantable: client.grantableRoles,
    via: "scim",
    auditData: { via: "scim", scimTokenId: client.tokenId },
  };
}

function userOf(p: Row) {
  return {
    id: p.id,
    ...(p.externalId ? { externalId: p.externalId } : {}),
    userName: p.email,
    displayName: p.name,
    name: { formatted: p.name },
    ...(p.functionTitle ? { title: p.functionTitle } : {}),
    active: p.disabledAt === null,
    emails: [{ value: p.email, type: "work", primary: true }],
    [ENTERPRISE_USER]: {
      ...(p.unit ? { department: p.unit.name } : {}),
      ...(p.manager ? { manager: { value: p.manager.id, displayName: p.manager.name } } : {}),
    },
    groups: GROUP_ROLES.filter((r) => p.roles.includes(r)).map((r) => ({ value: r, display: r })),
    meta: { created: p.createdAt, lastModified: p.updatedAt, version: `W/"${p.version}"` },
  };
}

async function readPerson(organisationId: string, id: string): Promise<Row | null> {
  if (id.length > 64 || id.includes("\u0000")) return null;
  const db = await getDb();
  return db.person.findFirst({ where: { id, organisationId }, select: PERSON_SELECT });
}

/**
 * An AppError of the people data layer as a SCIM error: status, scimType and a detail in words (lib/scim/refusals.ts,
 * decision 073); anything else is rethrown.
 */
export function scimErrorOf(error: unknown, ctx: RefusalContext = {}): InstanceType<typeof ScimError> {
  if (error instanceof ScimError) return error;
  if (!isAppError(error)) throw error;
  return refusal(refusalOf(error as AppError, ctx));
}

type ScimUserIn = {
  userName?: string;
  externalId?: string;
  displayName?: string;
  name?: { formatted?: string; givenName?: string; familyName?: string; middleName?: string };
  title?: string;
  active?: boolean;
  emails?: { value?: string; type?: string; primary?: boolean }[];
  [ENTERPRISE_USER]?: { department?: string; manager?: { value?: string } };
};

/** The department's unit: by code, then by name (case-insensitive), as the CSV import matches. */
async function unitOf(organisationId: string, department: string | undefined): Promise<string | null> {
  const wanted = department?.trim().toLowerCase();
  if (!wanted) return null;
  const db = await getDb();
  const units = await db.unit.findMany({ where: { organisationId }, select: { id: true, name: true, code: true } });
  const unit =
    units.find((u) => u.code?.toLowerCase() === wanted) ?? units.find((u) => u.name.toLowerCase() === wanted);
  if (!unit) throw refusal(fieldRefusal({ unitId: "unitUnknown" }, {}, { department }));
  return unit.id;
}

/**
 * The manager as the client named them: their e-mail (savePersonAs's reference) found by SCIM id, else personnel
 * number or e-mail address, and their name for a refusal's words.
 */
async function managerOf(
  organisationId: string,
  value: string | undefined,
): Promise<{ email: string; context: RefusalContext } | null> {
  const ref = value?.trim();
  if (!ref) return null;
  const unknown = () => refusal(fieldRefusal({ manager: "managerUnknown" }, {}, { manager: { ref } }));
  if (ref.length > 254 || ref.includes("\u0000")) throw unknown();
  const db = await getDb();
  const m = await db.person.findFirst({
    where: { organisationId, OR: [{ id: ref }, { externalId: ref }, { email: ref.toLowerCase() }] },
    select: { email: true, name: true },
  });
  if (!m) throw unknown();
  return { email: m.email, context: { manager: { ref, name: m.name } } };
}

/** The person form's fields for a record, as the form would post them, with changes on top. */
function formOf(p: Row | null, changes: Record<string, unknown>) {
  return {
    id: p?.id ?? "",
    version: p?.version ?? 0,
    name: p?.name ?? "",
    email: p?.email ?? "",
    functionTitle: p?.functionTitle ?? "",
    unitId: p?.unitId ?? "",
    manager: p?.manager?.email ?? "",
    roles: p?.roles ?? [],
    salaryScale: p?.salaryScale ? String(p.salaryScale) : "",
    designations: DESIGNATIONS.filter((d) => p?.[d]),
    employmentStart: dayOfDateOrNull(p?.employmentStart) ?? "",
    employmentEnd: dayOfDateOrNull(p?.employmentEnd) ?? "",
    externalId: p?.externalId ?? "",
    ...changes,
  };
}

/** Writes through the person form's schema and data layer; a refusal becomes a SCIM error in words. */
async function save(client: ScimClient, form: Record<string, unknown>, ctx: RefusalContext = {}): Promise<string> {
  const parsed = PersonFormSchema.safeParse(form);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0])] ??= i.message;
    throw refusal(fieldRefusal(fieldErrors, {}, ctx));
  }
  try {
    return (await savePersonAs(actorOf(client), parsed.data)).id;
  } catch (error) {
    throw scimErrorOf(error, ctx);
  }
}

async function setActive(client: ScimClient, id: string, active: boolean) {
  const p = await readPerson(client.organisationId, id);
  if (!p) throw notFound();
  if ((p.disabledAt === null) === active) return;
  try {
    await setPersonAccessAs(actorOf(client), { id, version: p.version, enabled: active });
  } catch (error) {
    throw scimErrorOf(error);
  }
}

async function ingressUser(resource: { id?: string }, instance: ScimUserIn, client: ScimClient) {
  const org = client.organisationId;
  const existing = resource.id ? await readPerson(org, resource.id) : null;
  if (resource.id && !existing) throw notFound();
  const work = instance.emails?.find((e) => e.primary) ?? instance.emails?.find((e) => e.type === "work");
  const userName = instance.userName?.trim() ?? "";
  // The portal signs people in by e-mail address: userName is one, else the primary or work address.
  const email = userName.includes("@") ? userName : (work?.value ?? userName);
  const n = instance.name;
  const name =
    instance.displayName?.trim() ||
    n?.formatted?.trim() ||
    [n?.givenName, n?.middleName, n?.familyName].filter(Boolean).join(" ");
  const ext = instance[ENTERPRISE_USER];
  const manager = await managerOf(org, ext?.manager?.value);
  const id = await save(
    client,
    formOf(existing, {
      name,
      email,
      functionTitle: instance.title ?? "",
      unitId: (await unitOf(org, ext?.department)) ?? "",
      manager: manager?.email ?? "",
      // The personnel number is also the CSV import's key: a client that leaves it out does not erase it.
      externalId: instance.externalId ?? existing?.externalId ?? "",
    }),
    manager?.context,
  );
  if (instance.active !== undefined) await setActive(client, id, instance.active);
  return userOf((await readPerson(org, id))!);
}

async function egressUsers(resource: InstanceType<typeof SCIMMY.Resources.User>, client: ScimClient) {
  const org = client.organisationId;
  if (resource.id) {
    const p = await readPerson(org, resource.id);
    if (!p) throw notFound();
    return userOf(p);
  }
  const db = await getDb();
  // The lookups every client makes before it creates someone run on the index; other filters on the list.
  const only = resource.filter?.length === 1 ? Object.entries(resource.filter[0] ?? {}) : [];
  const [attr, expr] = only.length === 1 ? only[0]! : [];
  let where: { organisationId: string; email?: string; externalId?: string } | null = null;
  if (Array.isArray(expr) && expr[0] === "eq" && typeof expr[1] === "string") {
    // userName is case-insensitive (RFC 7643 §4.1.1) and stored lower-case; externalId is case-exact.
    if (attr?.toLowerCase() === "username") where = { organisationId: org, email: expr[1].toLowerCase() };
    if (attr?.toLowerCase() === "externalid") where = { organisationId: org, externalId: expr[1] };
  }
  const rows = await db.person.findMany({
    where: where ?? { organisationId: org },
    orderBy: { createdAt: "asc" },
    select: PERSON_SELECT,
  });
  const users = rows.map(userOf);
  return resource.filter && !where ? resource.filter.match(users) : users;
}

async function degressUser(resource: { id?: string }, client: ScimClient) {
  // Deleting is deactivating: declarations, decisions and the audit trail must keep their person (decision 070).
  await setActive(client, resource.id!, false);
}

// ---- Groups: the roles --------------------------------------------------------------------------------------

async function groupsOf(client: ScimClient, only?: Role) {
  const db = await getDb();
  const people = await db.person.findMany({
    where: { organisationId: client.organisationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, roles: true },
  });
  return GROUP_ROLES.filter((r) => !only || r === only).map((role) => ({
    id: role,
    displayName: role,
    members: people.filter((p) => p.roles.includes(role)).map((p) => ({ value: p.id, display: p.name, type: "User" })),
  }));
}

const roleOf = (id: string | undefined) => GROUP_ROLES.find((r) => r === id);
const noSuchGroup = () =>
  scimError(404, null, `No group with this id: the groups are the portal's roles, ${GROUP_ROLES.join(", ")}.`);

async function egressGroups(resource: InstanceType<typeof SCIMMY.Resources.Group>, client: ScimClient) {
  if (resource.id) {
    const role = roleOf(resource.id);
    if (!role) throw noSuchGroup();
    return (await groupsOf(client, role))[0]!;
  }
  const groups = await groupsOf(client);
  return resource.filter ? resource.filter.match(groups) : groups;
}

/**
 * A group's members written (PUT, or PATCH applied by SCIMMY): each person who joins or leaves gets the role
 * added or taken through the person form's path, so the token's reach and the authority model apply. Checked
 * before anything changes: the role is within the token's reach and every member is a person of the organisation.
 */
async function ingressGroup(
  resource: { id?: string },
  instance: { displayName?: string; members?: { value?: string }[] },
  client: ScimClient,
) {
  const role = roleOf(resource.id) ?? (resource.id ? undefined : roleOf(instance.displayName));
  if (!role && resource.id) throw noSuchGroup();
  if (!role)
    throw scimError(
      403,
      null,
      `Groups are the portal's roles (${GROUP_ROLES.join(", ")}); no other group can be created. Name the group after one of them, or turn group provisioning off.`,
    );
  if (!client.grantableRoles.includes(role))
    throw refusal(fieldRefusal({ roles: "roleNotAllowed" }, {}, { group: { role } }));
  const [current] = await groupsOf(client, role);
  const listed = new Set((instance.members ?? []).map((m) => String(m.value ?? "")));
  const db = await getDb();
  const ids = [...listed].filter((id) => id.length <= 64);
  const found = await db.person.findMany({
    where: { organisationId: client.organisationId, id: { in: ids } },
    select: { id: true },
  });
  if (found.length !== listed.size) {
    const known = new Set(found.map((p) => p.id));
    const missing = [...listed].filter((id) => !known.has(id));
    throw scimError(
      400,
      "invalidValue",
      `members: no person with the id ${missing.map(quoted).join(", ")} in this organisation. Provision the user first.`,
    );
  }
  const had = new Set(current!.members.map((m) => m.value));
  // A create (POST, no id) of a group that is a role never takes the role from anyone: Entra ID creates a group
  // with no members and adds them after, which must not read as "nobody holds this role any more". Listed members
  // join; only PUT and PATCH, which name the group, can make people leave it.
  const wanted = resource.id ? listed : new Set([...had, ...listed]);
  const changes = [...[...wanted].filter((id) => !had.has(id)), ...[...had].filter((id) => !wanted.has(id))];
  for (const id of changes) {
    const p = (await readPerson(client.organisationId, id))!;
    const roles = wanted.has(id) ? [...p.roles, role] : p.roles.filter((r) => r !== role);
    await save(client, formOf(p, { roles }), { group: { role, member: p.name } });
  }
  return (await groupsOf(client, role))[0]!;
}

let declared = false;

/** Declares the resources with SCIMMY once per process (its registry is global); the handlers get the client. */
export function scimmy(): typeof SCIMMY {
  if (declared) return SCIMMY;
  SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false))
    .ingress((resource, instance, ctx) => ingressUser(resource, instance as ScimUserIn, ctx as ScimClient))
    .egress((resource, ctx) => egressUsers(resource, ctx as ScimClient))
    .degress((resource, ctx) => degressUser(resource, ctx as ScimClient));
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .ingress((resource, instance, ctx) => ingressGroup(resource, instance as never, ctx as ScimClient))
    .egress((resource, ctx) => egressGroups(resource, ctx as ScimClient))
    .degress(() => {
      throw scimError(403, null, `Groups are the portal's roles (${GROUP_ROLES.join(", ")}); none can be deleted.`);
    });
  // meta.location is the resource's URI (RFC 7643 §3.1): absolute at the public address (NEXTAUTH_URL), which the
  // portal requires outside demo mode; a demo without it answers with the path alone.
  const base = `${portalAddress() ?? ""}${SCIM_BASE}`;
  SCIMMY.Resources.User.basepath(base);
  SCIMMY.Resources.Group.basepath(base);
  SCIMMY.Resources.ResourceType.basepath(base);
  SCIMMY.Resources.Schema.basepath(base);
  SCIMMY.Resources.ServiceProviderConfig.basepath(base);
  SCIMMY.Config.set({
    // No documentationUri (optional, RFC 7643 §5): the set-up guide (docs/scim.md) is not served by the portal.
    patch: true,
    filter: { supported: true, maxResults: 200 },
    sort: false,
    etag: false,
    bulk: false,
    changePassword: false,
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description: "A token an administrator creates on the portal's page for the identity provider link",
        primary: true,
      },
    ],
  });
  declared = true;
  return SCIMMY;
}
