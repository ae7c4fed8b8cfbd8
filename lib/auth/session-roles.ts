// Role checks that need no session lookup (usable in data layers and tests).
import type { Role } from "@/lib/generated/prisma/client";

export function hasRole(viewer: { roles: Role[] }, ...roles: Role[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
