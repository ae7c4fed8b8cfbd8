// Demo data for privacy (AVG): something past its retention in the Provincie Utrecht, so HR (Frank Willems)
// sees what "run the purge now" would remove. Dates are relative to today; the daily purge removes them.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

export async function seedPrivacyDemo(db: PrismaClient): Promise<void> {
  const organisation = await db.organisation.findUnique({ where: { slug: "provincie-utrecht" }, select: { id: true } });
  if (!organisation) return;
  const hr = await db.person.findFirst({
    where: { organisationId: organisation.id, name: "Frank Willems" },
    select: { id: true },
  });
  const employee = await db.person.findFirst({
    where: { organisationId: organisation.id, name: "Kevin Brouwer" },
    select: { id: true, email: true },
  });
  if (!hr || !employee) return;
  // A staged HR import from half a year ago (retention: 3 months).
  await db.peopleImport.create({
    data: {
      organisationId: organisation.id,
      createdById: hr.id,
      fileName: "hr-export-voorjaar.csv",
      encoding: "utf-8",
      status: "APPLIED",
      rows: [
        {
          externalId: "P-1042",
          name: "Kevin Brouwer",
          email: employee.email,
          functionTitle: "Projectleider wegen",
          salaryScale: 11,
        },
      ],
      report: [{ externalId: "P-1042", outcome: "unchanged" }],
      createdAt: daysAgo(180),
      appliedAt: daysAgo(180),
    },
  });
  // An e-mail sent more than a year ago (retention: 12 months).
  await db.mailMessage.create({
    data: {
      recipientId: employee.id,
      toAddress: employee.email,
      subject: "Integriteitsportaal: je melding is geregistreerd",
      body: "Je melding is geregistreerd.",
      transport: "demo",
      sentAt: daysAgo(400),
    },
  });
}
