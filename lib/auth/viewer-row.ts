// One mapping from a person's row to the Viewer (decision 074): the session (lib/auth/session.ts) reads the signed-in
// person with VIEWER_SELECT and more; tests build the same Viewer for a person (tests/support/viewer.ts) with it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "./session";

/** The person's fields a Viewer is made of. */
export const VIEWER_SELECT = {
  id: true,
  organisationId: true,
  name: true,
  email: true,
  functionTitle: true,
  roles: true,
  managerId: true,
  unitId: true,
  organisation: { select: { name: true, slug: true, profile: true } },
} as const satisfies Prisma.PersonSelect;

export type ViewerRow = Prisma.PersonGetPayload<{ select: typeof VIEWER_SELECT }>;

/** The Viewer of a person read with VIEWER_SELECT (without the facts and language the session adds). */
export function viewerOfRow(row: ViewerRow): Viewer {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisation.name,
    organisationSlug: row.organisation.slug,
    profile: row.organisation.profile,
    name: row.name,
    email: row.email,
    functionTitle: row.functionTitle,
    roles: row.roles,
    managerId: row.managerId,
    unitId: row.unitId,
  };
}
