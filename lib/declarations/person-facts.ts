// A person's facts as the rules read them (salary scale, top-management group, roles, whether they manage anyone),
// read within the caller's transaction; without lib/db, so that the seed and the decision path can use it too.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PersonFacts } from "@/lib/rules";
import { personFactsOf } from "@/lib/rules/person-facts";

/** A person's facts as the rules read them, within the caller's transaction. */
export async function readPersonFactsIn(
  db: Pick<PrismaClient, "person"> | Pick<Prisma.TransactionClient, "person">,
  personId: string,
): Promise<PersonFacts> {
  // One statement: a transaction's connection runs one query at a time (pg 9 refuses a second one started beside it).
  const person = await db.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      salaryScale: true,
      topManagementGroup: true,
      topOfficial: true,
      financialRiskFunction: true,
      vulnerableFunction: true,
      roles: true,
      _count: { select: { reports: true } },
    },
  });
  return personFactsOf(person, person._count.reports);
}
