import type { Viewer } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The Viewer requireUser() would return for this person (tests call data functions directly). */
export async function viewerFor(db: PrismaClient, personId: string): Promise<Viewer> {
  const p = await db.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      id: true,
      organisationId: true,
      name: true,
      email: true,
      functionTitle: true,
      roles: true,
      managerId: true,
      unitId: true,
      organisation: { select: { name: true, slug: true, profile: true } },
    },
  });
  return {
    id: p.id,
    organisationId: p.organisationId,
    organisationName: p.organisation.name,
    organisationSlug: p.organisation.slug,
    profile: p.organisation.profile,
    name: p.name,
    email: p.email,
    functionTitle: p.functionTitle,
    roles: p.roles,
    managerId: p.managerId,
    unitId: p.unitId,
  };
}

export async function viewerByName(db: PrismaClient, name: string): Promise<Viewer> {
  const p = await db.person.findFirstOrThrow({ where: { name }, select: { id: true } });
  return viewerFor(db, p.id);
}
