// The set-up most integration test files share: a seeded database of their own that the data layer uses, and the
// demo people (prisma/seed-data.ts) as the Viewer requireUser() would return for them.
import type { Viewer } from "@/lib/auth/session";
import { useDatabaseForTests } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSeededTestDb, type DbKind, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";

/** The demo people the tests act as, by first name (their full names in the demo seed). */
export const DEMO_PEOPLE = {
  fatima: "Fatima El Amrani",
  thomas: "Thomas Jansen",
  jeroen: "Jeroen Bakker",
  marieke: "Marieke de Vries",
  sanne: "Sanne Visser",
  ahmed: "Ahmed Yilmaz",
  linda: "Linda Smit",
  pieter: "Pieter Mulder",
  lotte: "Lotte Janssen",
  rob: "Rob Lemmens",
  eva: "Eva van Leeuwen",
  daan: "Daan Meijer",
  sophie: "Sophie Hermans",
  bas: "Bas Vliegen",
  mohamed: "Mohamed Bouzid",
  esther: "Esther Kok",
  annemiek: "Annemiek Hendriks",
  frank: "Frank Willems",
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE;

/** Every demo person above as a viewer, e.g. `({ fatima, jeroen } = await demoViewers(db.prisma))`. */
export async function demoViewers(db: PrismaClient): Promise<Record<DemoPerson, Viewer>> {
  const keys = Object.keys(DEMO_PEOPLE) as DemoPerson[];
  const viewers = await Promise.all(keys.map((k) => viewerByName(db, DEMO_PEOPLE[k])));
  return Object.fromEntries(keys.map((k, i) => [k, viewers[i]!])) as Record<DemoPerson, Viewer>;
}

/** A seeded database of this test file's own, which the data layer then uses (close it in afterAll). */
export async function openSeededDb(kind: DbKind): Promise<TestDb> {
  const db = await createSeededTestDb(kind);
  useDatabaseForTests(db);
  return db;
}
