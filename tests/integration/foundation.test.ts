import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData, DEMO_ORGANISATIONS } from "@/prisma/seed-data";
import { recordAudit } from "@/lib/audit/record";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import { createOrganisation, createPerson } from "@/tests/factories";
import { createTestDb, DB_KINDS, type TestDb } from "@/tests/support/db";

describe.each(DB_KINDS)("foundation on %s", (kind) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("seeds one organisation per policy profile, each with every role a demo needs", async () => {
    await seedDemoData(db.prisma);
    const orgs = await db.prisma.organisation.findMany({
      select: {
        profile: true,
        slug: true,
        people: {
          select: { roles: true, managerId: true, salaryScale: true, topManagementGroup: true, topOfficial: true },
        },
      },
    });
    expect(orgs.map((o) => o.profile).sort()).toEqual(["EERSTE_KAMER", "GEMEENTE", "PROVINCIE", "RIJK"]);
    for (const org of orgs) {
      const roles = new Set(org.people.flatMap((p) => p.roles));
      for (const role of ["EMPLOYEE", "MANAGER", "INTEGRITY_OFFICER", "HR"] as const)
        expect(roles, `${org.slug} has ${role}`).toContain(role);
      expect(org.people.every((p) => p.roles.includes("EMPLOYEE"))).toBe(true);
      // Exactly one person at the top of the chain; everyone else has a manager in the organisation.
      expect(org.people.filter((p) => p.managerId === null)).toHaveLength(1);
      // A senior person whose side jobs the profile publishes.
      expect(org.people.some((p) => (p.salaryScale ?? 0) >= 14 || p.topManagementGroup || p.topOfficial)).toBe(true);
    }
    const total = DEMO_ORGANISATIONS.reduce((n, o) => n + o.people.length, 0);
    expect(await db.prisma.person.count()).toBe(total);
  });

  it("stores e-mail addresses unique and lower-case", async () => {
    const org = await createOrganisation(db.prisma);
    await createPerson(db.prisma, org.id, { email: "A.Person@Test.Example" });
    expect(await db.prisma.person.count({ where: { email: "a.person@test.example" } })).toBe(1);
    await expect(createPerson(db.prisma, org.id, { email: "a.person@test.example" })).rejects.toThrow();
  });

  it("chains audit events per organisation, in the same transaction as the change", async () => {
    const org = await createOrganisation(db.prisma);
    const person = await createPerson(db.prisma, org.id);
    /** The person's "updated" event, written in `tx`. */
    const recordUpdate = (tx: Parameters<typeof recordAudit>[0], data?: { step: number }) =>
      recordAudit(tx, {
        organisationId: org.id,
        actorId: person.id,
        action: "person.updated",
        entityType: "Person",
        entityId: person.id,
        ...(data ? { data } : {}),
      });
    for (let i = 0; i < 3; i++) {
      await db.prisma.$transaction(async (tx) => {
        await tx.person.update({ where: { id: person.id }, data: { version: { increment: 1 } } });
        await recordUpdate(tx, { step: i });
      });
    }
    const events = await db.prisma.auditEvent.findMany({ where: { organisationId: org.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (i > 0) expect(e.prevHash).toBe(events[i - 1]!.hash);
      expect(hashEvent({ ...e, data: e.data })).toBe(e.hash);
    }
    // A failing transaction leaves neither the change nor its event behind.
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordUpdate(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.prisma.auditEvent.count({ where: { organisationId: org.id } })).toBe(3);
  });

  it("keeps concurrent audit writers of one organisation on one unbroken chain", async () => {
    const org = await createOrganisation(db.prisma);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        db.prisma.$transaction((tx) =>
          recordAudit(tx, {
            organisationId: org.id,
            actorId: null,
            action: "test",
            entityType: "Organisation",
            entityId: org.id,
            data: { i },
          }),
        ),
      ),
    );
    const events = await db.prisma.auditEvent.findMany({ where: { organisationId: org.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    events.slice(1).forEach((e, i) => expect(e.prevHash).toBe(events[i]!.hash));
  });
});
