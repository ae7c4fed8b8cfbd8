// Who reaches which part of the administration. One table: pages (requireArea in session.ts) and the data
// layer (assertArea, inside each function, against the viewer's own organisation) read the same entries.
// Pure: usable in data layers and tests.
import type { Role } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { hasRole } from "./session-roles";

export const ADMIN_AREAS = {
  /** Units, people, managers, roles, designations; CSV import from the HR system. */
  people: ["HR", "ADMIN"],
  /** Reviewing and publishing the public side-job register. */
  register: ["HR"],
  /** Tightening the code within what it allows, and the policy simulator. */
  policy: ["INTEGRITY_OFFICER", "HR"],
  /** The annual declaration campaign. */
  campaigns: ["HR"],
  /** Statistics, gifts per giver, overdue decisions, audit trails, the annual report export. */
  overview: ["INTEGRITY_OFFICER", "HR"],
  /** The gift register (where the organisation keeps one). */
  gifts: ["INTEGRITY_OFFICER", "HR"],
  /** Retention periods and purge runs (AVG). */
  privacy: ["HR", "ADMIN"],
  /**
   * The background jobs: the job runner and when each recurring job last ran. HR reaches it too: HR reaches every
   * area, which is what lets HR assign every role (lib/people/roles.ts, decision 032).
   */
  jobs: ["HR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type AdminArea = keyof typeof ADMIN_AREAS;
export const ADMIN_AREA_KEYS = Object.keys(ADMIN_AREAS) as AdminArea[];

export function canReach(viewer: { roles: Role[] }, area: AdminArea): boolean {
  return hasRole(viewer, ...ADMIN_AREAS[area]);
}

export function reachableAreas(viewer: { roles: Role[] }): AdminArea[] {
  return ADMIN_AREA_KEYS.filter((area) => canReach(viewer, area));
}

/** For the data layer: throws FORBIDDEN unless the viewer holds a role of the area. */
export function assertArea(viewer: { roles: Role[] }, area: AdminArea): void {
  if (!canReach(viewer, area)) throw new AppError("FORBIDDEN", `area ${area}`);
}

/** Where each area lives in the portal. */
export const ADMIN_AREA_PATHS: Record<AdminArea, string> = {
  people: "/beheer/mensen",
  register: "/beheer/register",
  policy: "/beheer/beleid",
  campaigns: "/beheer/jaarverklaring",
  overview: "/integriteit/overzicht",
  gifts: "/integriteit/geschenken",
  privacy: "/beheer/privacy",
  jobs: "/beheer/taken",
};
