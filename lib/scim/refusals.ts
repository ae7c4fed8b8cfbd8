// The portal's refusals of a SCIM change in words (decision 073). The people data layer refuses with codes (keys of
// the person form's messages: "managerNotManager", "managerCycle", …); a SCIM client shows only the error's
// `detail` to its administrator (Entra ID's provisioning logs, Keycloak's server log), so each known code becomes a
// plain English sentence that says which attribute was refused, why, and what to do, with the RFC 7644 §3.12
// status and scimType. English only: SCIM has no language negotiation and the clients log the text as sent.
// Pure: no I/O, so every code is unit-tested (tests/unit/scim/refusals.test.ts).
import type { AppError } from "@/lib/errors";

export interface ScimRefusal {
  status: number;
  /** RFC 7644 §3.12's scimType, or null where it names none for the status (403, 404, 409 without uniqueness). */
  scimType: string | null;
  detail: string;
}

/** What the caller knows about the refused request that the error does not carry. */
export interface RefusalContext {
  /** The manager as the client named them, with their name when they are a person of the organisation. */
  manager?: { ref: string; name?: string };
  /** The department as the client sent it. */
  department?: string;
  /** The group (role code) a membership change was for, and the person it was about. */
  group?: { role: string; member?: string };
}

/** The SCIM attribute a field of the person form comes from (lib/scim/provider.ts maps them). */
export const SCIM_ATTRIBUTE: Record<string, string> = {
  name: "displayName",
  email: "userName",
  functionTitle: "title",
  unitId: "department",
  manager: "manager",
  externalId: "externalId",
  roles: "groups",
};

const MAX_LENGTH: Record<string, number> = { name: 200, functionTitle: 200, unitId: 64, manager: 254, externalId: 64 };

/** A value the client sent, quoted for a detail: bounded, without control characters. */
export function quoted(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return `"${clean.length > 80 ? `${clean.slice(0, 80)}…` : clean}"`;
}

const theManager = (ctx: RefusalContext) =>
  ctx.manager ? `${ctx.manager.name ?? "the person"} (${quoted(ctx.manager.ref)})` : "the person given as manager";
const plural = (n: string, one: string, other: string) => `${n} ${n === "1" ? one : other}`;

type Sentence = (params: Record<string, string>, ctx: RefusalContext, field: string) => string;

/** Each refusal code of the people data layer and the person form's schema, as a sentence after "attribute: ". */
export const REFUSAL_SENTENCES: Record<string, Sentence> = {
  // The person form's schema (lib/people/schemas.ts).
  nameRequired: () =>
    "missing. The portal needs a name: send displayName, name.formatted, or name.givenName and name.familyName.",
  emailRequired: () =>
    "missing. The portal signs people in by e-mail address: send it as userName, or as the primary or work e-mail.",
  emailInvalid: () =>
    "not an e-mail address. The portal signs people in by e-mail address: send one as userName, or as the primary or work e-mail.",
  tooLong: (_p, _c, field) => `too long: at most ${MAX_LENGTH[field] ?? 200} characters.`,
  invalidCharacters: () => "contains a NUL character, which cannot be stored.",
  unknownRole: () => "not a role of the portal: MANAGER, INTEGRITY_OFFICER, HR or ADMIN.",
  // Uniqueness.
  emailTaken: () =>
    "another person in the portal already has this e-mail address. Look the person up (filter userName eq) and change them instead, or correct the address.",
  externalIdTaken: () =>
    "another person in this organisation already has this personnel number. Look the person up (filter externalId eq) and change them instead, or correct the number.",
  // The unit and the manager (the authority model, decision 032).
  unitUnknown: (_p, ctx) =>
    `no unit ${ctx.department ? `${quoted(ctx.department)} ` : ""}(by code or name) in the portal. Add the unit in the portal (Beheer → Mensen en organisatie → Afdelingen) or correct the department in the identity provider.`,
  managerUnknown: (_p, ctx) =>
    `no person ${ctx.manager ? `with the id ${quoted(ctx.manager.ref)} ` : ""}in this organisation. Provision the manager first; the person's other attributes were not changed either.`,
  managerSelf: () => "a person cannot be their own manager.",
  managerCycle: (p) =>
    `refused because the managers would form a loop: ${p.chain ?? "…"}. Correct the manager of one of them in the identity provider.`,
  managerInactive: (_p, ctx) =>
    `${theManager(ctx)} has no access to the portal or has left (employment ended), so they cannot be a manager. Choose an active manager.`,
  managerNotManager: (_p, ctx) =>
    `${theManager(ctx)} does not hold the role Manager in the portal, and only a manager can be someone's manager. Give them the role first (in the portal, or through the group MANAGER if this token may hand it out), then provision this person again.`,
  managerIsViewer: () => "nobody can make themselves someone's manager.",
  ownManager: () => "nobody can change their own manager.",
  ownUnit: () => "nobody can change their own unit.",
  ownRoles: () => "nobody can change their own roles.",
  // Roles (groups).
  managerRoleInUse: (p, ctx) =>
    `${ctx.group?.member ?? "this person"} keeps the role Manager: they still have ${plural(p.reports ?? "?", "active report", "active reports")} and ${plural(p.open ?? "?", "open declaration", "open declarations")} to decide. Give those people another manager first, then remove the role.`,
  roleNotAllowed: (_p, ctx) =>
    `this token may not give or take ${ctx.group ? `the role ${ctx.group.role}` : "one of these roles"}. Make a token that may hand it out, or give the role in the portal.`,
};

/** The status and scimType for a set of refusal codes: the most telling one wins. */
function statusOf(codes: string[]): Pick<ScimRefusal, "status" | "scimType"> {
  if (codes.includes("roleNotAllowed")) return { status: 403, scimType: null };
  if (codes.some((c) => c === "emailTaken" || c === "externalIdTaken")) return { status: 409, scimType: "uniqueness" };
  // RFC 7644 §3.12 "mutability": not compatible with the attribute's current state.
  if (codes.includes("managerRoleInUse")) return { status: 400, scimType: "mutability" };
  return { status: 400, scimType: "invalidValue" };
}

/** Field refusals (field → code, with parameters) as one SCIM error: "attribute: sentence; attribute: sentence". */
export function fieldRefusal(
  fieldErrors: Record<string, string>,
  fieldParams: Record<string, Record<string, string>> = {},
  ctx: RefusalContext = {},
): ScimRefusal {
  const entries = Object.entries(fieldErrors);
  const detail = entries
    .map(([field, code]) => {
      // A role is refused in a group's members; in a user, in its groups.
      const attribute = field === "roles" && ctx.group ? "members" : (SCIM_ATTRIBUTE[field] ?? field);
      const sentence = REFUSAL_SENTENCES[code];
      return `${attribute}: ${sentence ? sentence(fieldParams[field] ?? {}, ctx, field) : `refused (${code}).`}`;
    })
    .join("; ");
  return { ...statusOf(entries.map(([, code]) => code)), detail: detail || "The portal refused this change." };
}

/** An AppError of the people data layer as a SCIM refusal. */
export function refusalOf(error: AppError, ctx: RefusalContext = {}): ScimRefusal {
  const details = (error.details ?? {}) as {
    fieldErrors?: Record<string, string>;
    fieldParams?: Record<string, Record<string, string>>;
    reason?: unknown;
  };
  switch (error.code) {
    case "VALIDATION":
      if (details.fieldErrors && Object.keys(details.fieldErrors).length)
        return fieldRefusal(details.fieldErrors, details.fieldParams, ctx);
      return { status: 400, scimType: "invalidValue", detail: `The portal refused this value (${error.message}).` };
    case "NOT_FOUND":
      return { status: 404, scimType: null, detail: "No user with this id in this organisation." };
    case "FORBIDDEN":
      if (details.reason === "outOfReach")
        return {
          status: 403,
          scimType: null,
          detail: `${ctx.group?.member ?? "This person"} holds a role this token may not give or take (such as administrator or HR adviser), so the token cannot change them. Change them in the portal, or leave them out of the provisioning scope.`,
        };
      return { status: 403, scimType: null, detail: "This token may not make this change." };
    case "CONFLICT":
      if (error.message === "duplicate")
        return {
          status: 409,
          scimType: "uniqueness",
          detail: "userName or externalId: another person got this value at the same moment. Read the user again.",
        };
      return {
        status: 409,
        scimType: null,
        detail: "The person was changed in the portal while this request ran. Read them again and retry.",
      };
    default:
      return { status: 400, scimType: "invalidValue", detail: `The portal refused this change (${error.message}).` };
  }
}
