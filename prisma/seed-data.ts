// Demo data: one organisation per policy profile, each with units, employees, managers, a senior
// person whose side jobs are published, an integrity officer and HR. Built with the test factories.
import type { PrismaClient, PolicyProfile, Role } from "@/lib/generated/prisma/client";
import { createOrganisation, createPerson, createUnit, type PersonInput } from "@/lib/demo/factories";
import { seedPrivacyDemo } from "./seed-privacy";
import { seedDemoActivity } from "./seed-activity";
import { seedDemoRegister } from "./seed-demo-register";

interface DemoPerson extends PersonInput {
  key: string;
  unit: string;
  manager?: string;
}

interface DemoOrganisation {
  slug: string;
  name: string;
  profile: PolicyProfile;
  referralTitle: string;
  /** Only where a published source gives it (TOOI's organisation lists); the register's DCAT names it as publisher. */
  tooiUri?: string;
  domain: string;
  units: string[];
  people: DemoPerson[];
}

const R = (...roles: Role[]) => roles;

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: "ministerie-bzk",
    name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    profile: "RIJK",
    referralTitle: "Secretaris-Generaal",
    tooiUri: "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
    domain: "bzk.example",
    units: ["Directoraat-Generaal Overheidsorganisatie", "Directie Inkoop en Aanbesteding", "Directie Financiën"],
    people: [
      {
        key: "top",
        name: "Marieke de Vries",
        functionTitle: "Directeur-generaal",
        salaryScale: 18,
        unit: "Directoraat-Generaal Overheidsorganisatie",
        roles: R("MANAGER"),
        topManagementGroup: true,
      },
      {
        key: "manager",
        name: "Jeroen Bakker",
        functionTitle: "Afdelingshoofd Inkoop",
        salaryScale: 13,
        unit: "Directie Inkoop en Aanbesteding",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "employee",
        name: "Fatima El Amrani",
        functionTitle: "Beleidsmedewerker",
        salaryScale: 11,
        unit: "Directie Inkoop en Aanbesteding",
        manager: "manager",
      },
      {
        key: "employee2",
        name: "Thomas Jansen",
        functionTitle: "Inkoopadviseur",
        salaryScale: 10,
        unit: "Directie Inkoop en Aanbesteding",
        manager: "manager",
        vulnerableFunction: true,
      },
      {
        key: "senior",
        name: "Sanne Visser",
        functionTitle: "Directeur Financiën",
        salaryScale: 16,
        unit: "Directie Financiën",
        manager: "top",
        roles: R("MANAGER"),
        topManagementGroup: true,
        financialRiskFunction: true,
      },
      {
        key: "integrity",
        name: "Ahmed Yilmaz",
        functionTitle: "Integriteitscoördinator",
        salaryScale: 12,
        unit: "Directoraat-Generaal Overheidsorganisatie",
        manager: "top",
        roles: R("INTEGRITY_OFFICER"),
      },
      {
        key: "hr",
        name: "Linda Smit",
        functionTitle: "HR-adviseur",
        salaryScale: 10,
        unit: "Directoraat-Generaal Overheidsorganisatie",
        manager: "top",
        roles: R("HR"),
      },
      {
        key: "admin",
        name: "Pieter Mulder",
        functionTitle: "Functioneel beheerder",
        salaryScale: 10,
        unit: "Directoraat-Generaal Overheidsorganisatie",
        manager: "top",
        roles: R("ADMIN"),
      },
    ],
  },
  {
    slug: "eerste-kamer",
    name: "Eerste Kamer der Staten-Generaal (ambtelijke organisatie)",
    profile: "EERSTE_KAMER",
    referralTitle: "Griffier",
    domain: "eerstekamer.example",
    units: ["Griffie", "Commissiestaf", "Bedrijfsvoering"],
    people: [
      {
        key: "top",
        name: "Willem van den Berg",
        functionTitle: "Griffier",
        salaryScale: 18,
        unit: "Griffie",
        roles: R("MANAGER"),
        topManagementGroup: true,
      },
      {
        key: "manager",
        name: "Annemiek Hendriks",
        functionTitle: "Hoofd Commissiestaf",
        salaryScale: 14,
        unit: "Commissiestaf",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "employee",
        name: "Daan Meijer",
        functionTitle: "Commissiegriffier",
        salaryScale: 12,
        unit: "Commissiestaf",
        manager: "manager",
      },
      {
        key: "employee2",
        name: "Noor Bos",
        functionTitle: "Staf-medewerker",
        salaryScale: 9,
        unit: "Commissiestaf",
        manager: "manager",
      },
      {
        key: "senior",
        name: "Hans Dekker",
        functionTitle: "Plaatsvervangend Griffier",
        salaryScale: 16,
        unit: "Griffie",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "integrity",
        name: "Esther Kok",
        functionTitle: "Vertrouwenspersoon integriteit",
        salaryScale: 11,
        unit: "Bedrijfsvoering",
        manager: "top",
        roles: R("INTEGRITY_OFFICER"),
      },
      {
        key: "hr",
        name: "Mohamed Bouzid",
        functionTitle: "Personeelsadviseur",
        salaryScale: 10,
        unit: "Bedrijfsvoering",
        manager: "top",
        roles: R("HR"),
      },
    ],
  },
  {
    slug: "gemeente-maastricht",
    name: "Gemeente Maastricht",
    profile: "GEMEENTE",
    referralTitle: "gemeentesecretaris",
    domain: "maastricht.example",
    units: ["Concernstaf", "Ruimtelijke Ontwikkeling", "Vergunningen en Handhaving"],
    people: [
      {
        key: "top",
        name: "Ingrid Peters",
        functionTitle: "Gemeentesecretaris / algemeen directeur",
        salaryScale: 17,
        unit: "Concernstaf",
        roles: R("MANAGER"),
        topOfficial: true,
      },
      {
        key: "manager",
        name: "Rob Lemmens",
        functionTitle: "Teamleider Vergunningen",
        salaryScale: 12,
        unit: "Vergunningen en Handhaving",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "employee",
        name: "Lotte Janssen",
        functionTitle: "Vergunningverlener",
        salaryScale: 9,
        unit: "Vergunningen en Handhaving",
        manager: "manager",
        vulnerableFunction: true,
      },
      {
        key: "employee2",
        name: "Youssef Amrani",
        functionTitle: "Handhaver",
        salaryScale: 8,
        unit: "Vergunningen en Handhaving",
        manager: "manager",
      },
      {
        key: "senior",
        name: "Maud Claessens",
        functionTitle: "Directeur Ruimtelijke Ontwikkeling",
        salaryScale: 15,
        unit: "Ruimtelijke Ontwikkeling",
        manager: "top",
        roles: R("MANAGER"),
        topOfficial: true,
      },
      {
        key: "integrity",
        name: "Bas Vliegen",
        functionTitle: "Adviseur integriteit",
        salaryScale: 11,
        unit: "Concernstaf",
        manager: "top",
        roles: R("INTEGRITY_OFFICER"),
      },
      {
        key: "hr",
        name: "Sophie Hermans",
        functionTitle: "HR-adviseur",
        salaryScale: 10,
        unit: "Concernstaf",
        manager: "top",
        roles: R("HR"),
      },
    ],
  },
  {
    slug: "provincie-utrecht",
    name: "Provincie Utrecht",
    profile: "PROVINCIE",
    referralTitle: "provinciesecretaris",
    tooiUri: "https://identifier.overheid.nl/tooi/id/provincie/pv26",
    domain: "provincie-utrecht.example",
    units: ["Directie", "Mobiliteit", "Subsidies en Financiën"],
    people: [
      {
        key: "top",
        name: "Karin van Dijk",
        functionTitle: "Provinciesecretaris",
        salaryScale: 18,
        unit: "Directie",
        roles: R("MANAGER"),
      },
      {
        key: "manager",
        name: "Martijn de Graaf",
        functionTitle: "Teammanager Subsidies",
        salaryScale: 13,
        unit: "Subsidies en Financiën",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "employee",
        name: "Eva van Leeuwen",
        functionTitle: "Subsidieadviseur",
        salaryScale: 10,
        unit: "Subsidies en Financiën",
        manager: "manager",
        financialRiskFunction: true,
      },
      {
        key: "employee2",
        name: "Kevin Brouwer",
        functionTitle: "Projectleider wegen",
        salaryScale: 11,
        unit: "Mobiliteit",
        manager: "manager",
      },
      {
        key: "senior",
        name: "Joost van der Linden",
        functionTitle: "Programmadirecteur Mobiliteit",
        salaryScale: 15,
        unit: "Mobiliteit",
        manager: "top",
        roles: R("MANAGER"),
      },
      {
        key: "integrity",
        name: "Nadia Ouali",
        functionTitle: "Integriteitsadviseur",
        salaryScale: 11,
        unit: "Directie",
        manager: "top",
        roles: R("INTEGRITY_OFFICER"),
      },
      {
        key: "hr",
        name: "Frank Willems",
        functionTitle: "HR-businesspartner",
        salaryScale: 11,
        unit: "Directie",
        manager: "top",
        roles: R("HR"),
      },
    ],
  },
];

/** HR-system codes of the demo units and the personnel-number prefix per organisation (for the CSV import). */
export const DEMO_UNIT_CODES: Record<string, string> = {
  "Directoraat-Generaal Overheidsorganisatie": "DGOO",
  "Directie Inkoop en Aanbesteding": "DIA",
  "Directie Financiën": "FIN",
  Griffie: "GRF",
  Commissiestaf: "CST",
  Bedrijfsvoering: "BV",
  Concernstaf: "CS",
  "Ruimtelijke Ontwikkeling": "RO",
  "Vergunningen en Handhaving": "VH",
  Directie: "DIR",
  Mobiliteit: "MOB",
  "Subsidies en Financiën": "SUB",
};
const EXTERNAL_ID_PREFIX: Record<string, string> = {
  "ministerie-bzk": "BZK",
  "eerste-kamer": "EK",
  "gemeente-maastricht": "MST",
  "provincie-utrecht": "PU",
};

/** The e-mail address of a demo person: first name and family name, lower-case, at the organisation's domain. */
export function demoEmail(name: string, domain: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return `${ascii
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "")}@${domain}`;
}

/** `activity`: also months of declarations and decisions (prisma/seed-activity.ts), as the demo server loads. */
export async function seedDemoData(db: PrismaClient, options: { activity?: boolean } = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const org of DEMO_ORGANISATIONS) {
      const organisation = await createOrganisation(tx, org);
      const unitIds = new Map<string, string>();
      for (const unitName of org.units) {
        unitIds.set(
          unitName,
          (await createUnit(tx, organisation.id, { name: unitName, code: DEMO_UNIT_CODES[unitName] })).id,
        );
      }
      const personIds = new Map<string, string>();
      // People are listed managers-first, so each manager exists before their team.
      for (const [index, person] of org.people.entries()) {
        const { key, unit, manager, ...input } = person;
        const managerId = manager ? personIds.get(manager) : undefined;
        if (manager && !managerId) throw new Error(`Demo data: ${key} needs manager ${manager} defined before it`);
        const created = await createPerson(tx, organisation.id, {
          ...input,
          email: demoEmail(person.name!, org.domain),
          unitId: unitIds.get(unit) ?? null,
          managerId: managerId ?? null,
          employmentStart: new Date("2019-09-01"),
          externalId: `${EXTERNAL_ID_PREFIX[org.slug]}${String(index + 1).padStart(4, "0")}`,
        });
        personIds.set(key, created.id);
      }
    }
  });
  await seedPrivacyDemo(db);
  if (options.activity) {
    await seedDemoActivity(db);
    await seedDemoRegister(db);
  }
}
