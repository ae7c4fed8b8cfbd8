// Demo only (not in the test seed): a few published side jobs per organisation and one that ended, so the
// public register and its history show what they look like. The people are the demo seniors.
import type { PrismaClient, RegisterEndReason } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { takeReference } from "@/lib/declarations/reference";
import { takeRegisterNumber } from "@/lib/register/number";

interface DemoSideJob {
  person: string;
  role: string;
  organisation: string;
  paid: boolean;
  conditions?: string;
  startedOn: string;
  publishedOn: string;
  ended?: { on: string; reason: RegisterEndReason };
}

const SIDE_JOBS: DemoSideJob[] = [
  {
    person: "Marieke de Vries",
    role: "Bestuurslid: voorzitter van het bestuur",
    organisation: "Stichting Openbare Bibliotheek Den Haag",
    paid: false,
    startedOn: "2021-03-01",
    publishedOn: "2024-02-12",
  },
  {
    person: "Marieke de Vries",
    role: "Lid van een raad van toezicht",
    organisation: "Universiteit Leiden, adviesraad bestuurskunde",
    paid: true,
    conditions: "Geen betrokkenheid bij opdrachten van het ministerie aan de universiteit.",
    startedOn: "2020-09-01",
    publishedOn: "2024-02-12",
    ended: { on: "2026-03-31", reason: "SIDE_JOB_ENDED" },
  },
  {
    person: "Sanne Visser",
    role: "Bestuurslid: penningmeester",
    organisation: "Hockeyvereniging HDM, sportvereniging",
    paid: false,
    startedOn: "2023-01-15",
    publishedOn: "2025-05-20",
  },
  {
    person: "Ingrid Peters",
    role: "Bestuurslid: voorzitter",
    organisation: "Stichting Jazz Maastricht",
    paid: false,
    startedOn: "2022-06-01",
    publishedOn: "2024-09-02",
  },
  {
    person: "Maud Claessens",
    role: "Lid van een raad van commissarissen",
    organisation: "Woningcorporatie Maasdal",
    paid: true,
    startedOn: "2023-04-01",
    publishedOn: "2025-01-10",
  },
  {
    person: "Karin van Dijk",
    role: "Lid van een raad van toezicht",
    organisation: "Stichting Utrechts Erfgoed",
    paid: true,
    startedOn: "2021-11-01",
    publishedOn: "2024-03-18",
  },
  {
    person: "Joost van der Linden",
    role: "Vrijwilliger: trainer jeugdteam",
    organisation: "Voetbalvereniging Zeist",
    paid: false,
    startedOn: "2019-08-01",
    publishedOn: "2025-06-30",
  },
];

export async function seedDemoRegister(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const job of SIDE_JOBS) {
      const person = await tx.person.findFirstOrThrow({
        where: { name: job.person },
        select: { id: true, organisationId: true, unitId: true, functionTitle: true, managerId: true },
      });
      const [hr] = await tx.$queryRaw<
        { id: string }[]
      >`select id from "Person" where "organisationId" = ${person.organisationId} and 'HR' = any(roles) limit 1`;
      const declaration = await tx.declaration.create({
        data: {
          organisationId: person.organisationId,
          personId: person.id,
          unitId: person.unitId,
          type: "SIDE_JOB",
          status: job.ended ? "ENDED" : job.conditions ? "APPROVED_WITH_CONDITIONS" : "APPROVED",
          title: job.organisation,
          counterparty: job.organisation,
          occursOn: new Date(`${job.startedOn}T00:00:00Z`),
          answers: {
            status: "current",
            change: "new",
            organisation: job.organisation,
            description: job.role,
            paid: job.paid ? "yes" : "no",
            startDate: job.startedOn,
          },
          submittedAt: new Date(`${job.publishedOn}T09:00:00Z`),
          reference: await takeReference(
            tx,
            person.organisationId,
            "SIDE_JOB",
            new Date(`${job.publishedOn}T09:00:00Z`),
          ),
          decidedAt: new Date(`${job.publishedOn}T09:00:00Z`),
        },
      });
      // The audit trail of each demo declaration, as the portal would have written it (chained after the rest).
      const audit = (
        action: string,
        entityType: string,
        entityId: string,
        data = {},
        actorId: string | null = person.id,
      ) => recordAudit(tx, { organisationId: person.organisationId, actorId, action, entityType, entityId, data });
      await audit("declaration.draft-created", "Declaration", declaration.id, { type: "SIDE_JOB" });
      await audit("declaration.submitted", "Declaration", declaration.id, { status: "SUBMITTED", version: 2 });
      await audit(
        "declaration.decided",
        "Declaration",
        declaration.id,
        { outcome: job.conditions ? "APPROVED_WITH_CONDITIONS" : "APPROVED", version: 3 },
        person.managerId,
      );
      const entry = await tx.registerEntry.create({
        data: {
          organisationId: person.organisationId,
          declarationId: declaration.id,
          personId: person.id,
          status: job.ended ? "ENDED" : "PUBLISHED",
          personName: job.person,
          functionTitle: person.functionTitle,
          sideJob: job.role,
          sideJobOrganisation: job.organisation,
          paid: job.paid,
          conditions: job.conditions ?? null,
          startedOn: new Date(`${job.startedOn}T00:00:00Z`),
          publishedAt: new Date(`${job.publishedOn}T10:00:00Z`),
          endedAt: job.ended ? new Date(`${job.ended.on}T10:00:00Z`) : null,
          endReason: job.ended?.reason ?? null,
          // The public number it would have been given at publication (decision 042).
          registerNumber: await takeRegisterNumber(tx, person.organisationId, new Date(`${job.publishedOn}T10:00:00Z`)),
        },
      });
      await audit("register.queued", "RegisterEntry", entry.id, { declarationId: declaration.id }, person.managerId);
      await audit("register.published", "RegisterEntry", entry.id, { declarationId: declaration.id }, hr?.id ?? null);
      if (job.ended) {
        await audit("declaration.ended", "Declaration", declaration.id, { from: "APPROVED" });
        await audit("register.ended", "RegisterEntry", entry.id, { reason: job.ended.reason, wasPublished: true });
      }
    }
  });
}
