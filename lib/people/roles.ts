// Who may hand out which role. Pure: shared by the person form, the import plan and the data layer.
// Rule: you cannot give or take away access you do not have yourself. A role is within reach when every
// administration area it opens (lib/auth/areas.ts) is one the viewer reaches: HR (every area) may assign
// any role; a functional administrator (people and privacy) may assign employee, manager and administrator,
// but not HR or integrity officer. Nobody changes their own roles (no self-promotion, no locking yourself out).
import type { Role } from "@/lib/generated/prisma/client";
import { ADMIN_AREAS, ADMIN_AREA_KEYS, reachableAreas } from "@/lib/auth/areas";
import { ROLE_ORDER } from "./values";

export function areasOfRole(role: Role) {
  return ADMIN_AREA_KEYS.filter((area) => (ADMIN_AREAS[area] as readonly Role[]).includes(role));
}

export function grantableRoles(viewer: { roles: Role[] }): Role[] {
  const reach = new Set(reachableAreas(viewer));
  return ROLE_ORDER.filter((role) => areasOfRole(role).every((area) => reach.has(area)));
}
