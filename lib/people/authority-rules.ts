// The authority model (docs/decisions/032-authority-model.md), its pure half: who may be someone's manager,
// who may be a deputy, which delegation periods are acceptable, and which changes nobody may make to
// themselves. No I/O: the person form, the CSV import plan (lib/people/plan.ts), the delegation form and later
// SCIM all ask these functions, and lib/people/authority.ts loads the facts from the database for them.
// Every answer is a refusal code (a key of the people / decisions messages) or null.
import type { Role } from "@/lib/generated/prisma/client";

/** Longest delegation, both days included: an absence (holiday, illness, leave). Longer: change the manager. */
export const MAX_DELEGATION_DAYS = 92;

/** The facts about a person the rules need (dates YYYY-MM-DD). */
export interface AuthorityPerson {
  id: string;
  roles: readonly Role[];
  disabled: boolean;
  employmentEnd: string | null;
}

/** Active: access not withdrawn and employment not ended (the end date itself still counts, as at sign-in). */
export function isActive(p: Pick<AuthorityPerson, "disabled" | "employmentEnd">, today: string): boolean {
  return !p.disabled && !(p.employmentEnd && p.employmentEnd < today);
}

/** Holds the manager's right now: active and holding MANAGER. The top of an organisation holds MANAGER too. */
export function holdsManagerRight(
  p: Pick<AuthorityPerson, "roles" | "disabled" | "employmentEnd">,
  today: string,
): boolean {
  return isActive(p, today) && p.roles.includes("MANAGER");
}

export type ManagerLinkRefusal = "managerSelf" | "managerIsViewer" | "managerInactive" | "managerNotManager";

/**
 * May `candidate` become `targetId`'s manager, set by `viewerId`? Only checked when the link changes: an
 * existing link to someone who lost the right is harmless, because deciding and reading need the right now.
 */
export function managerLinkRefusal(input: {
  viewerId: string;
  targetId: string | null;
  candidate: AuthorityPerson;
  today: string;
}): ManagerLinkRefusal | null {
  const { viewerId, targetId, candidate, today } = input;
  if (targetId && candidate.id === targetId) return "managerSelf";
  // Nobody makes themselves anyone's manager, whatever roles they hold: that would hand them the person's
  // declarations. Another administrator or HR adviser must make that link.
  if (candidate.id === viewerId) return "managerIsViewer";
  if (!isActive(candidate, today)) return "managerInactive";
  if (!candidate.roles.includes("MANAGER")) return "managerNotManager";
  return null;
}

export type OwnChangeRefusal = "ownManager" | "ownRoles" | "ownUnit";

/** Nobody changes their own manager, roles or unit (no choosing one's own judge, no self-promotion). */
export function ownChangeRefusal(input: {
  viewerId: string;
  targetId: string | null;
  manager: boolean;
  roles: boolean;
  unit: boolean;
}): OwnChangeRefusal | null {
  if (!input.targetId || input.targetId !== input.viewerId) return null;
  if (input.manager) return "ownManager";
  if (input.roles) return "ownRoles";
  if (input.unit) return "ownUnit";
  return null;
}

/**
 * MANAGER may not be taken from someone who still has reports or open declarations assigned to them: those
 * people and declarations would be left without a judge. Move the reports to another manager first (their open
 * declarations move with them).
 */
export function managerRoleRemovalRefusal(input: {
  before: readonly Role[];
  after: readonly Role[];
  reports: number;
  openAssigned: number;
}): { code: "managerRoleInUse"; params: { reports: string; open: string } } | null {
  if (!input.before.includes("MANAGER") || input.after.includes("MANAGER")) return null;
  if (input.reports === 0 && input.openAssigned === 0) return null;
  return { code: "managerRoleInUse", params: { reports: String(input.reports), open: String(input.openAssigned) } };
}

export type DeputyRefusal = "deputyNotSelf" | "deputyUnknown" | "deputyNotManager";

/** A deputy decides as a manager: they must be an active colleague holding MANAGER (the /vervanging list shows exactly these). */
export function deputyRefusal(input: {
  managerId: string;
  deputy: AuthorityPerson | null;
  today: string;
}): DeputyRefusal | null {
  if (input.deputy?.id === input.managerId) return "deputyNotSelf";
  if (!input.deputy || !isActive(input.deputy, input.today)) return "deputyUnknown";
  if (!input.deputy.roles.includes("MANAGER")) return "deputyNotManager";
  return null;
}

const dayNumber = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / 86_400_000);

export type PeriodRefusal = { field: "startsOn" | "endsOn"; code: "endBeforeStart" | "periodInPast" | "periodTooLong" };

/** A delegation period: not ending before it starts, not wholly in the past, at most MAX_DELEGATION_DAYS long. */
export function delegationPeriodRefusal(input: {
  startsOn: string;
  endsOn: string;
  today: string;
}): PeriodRefusal | null {
  if (input.endsOn < input.startsOn) return { field: "endsOn", code: "endBeforeStart" };
  if (input.endsOn < input.today) return { field: "endsOn", code: "periodInPast" };
  if (dayNumber(input.endsOn) - dayNumber(input.startsOn) + 1 > MAX_DELEGATION_DAYS)
    return { field: "endsOn", code: "periodTooLong" };
  return null;
}
