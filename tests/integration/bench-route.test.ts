// The benchmark's baseline route (app/api/bench/insert) exists only with PORTAL_BENCH=1 in demo mode:
// a production server (not demo mode) or a demo server without the switch answers 404 and stores nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { POST } from "@/app/api/bench/insert/route";
import { createOrganisation, createPerson } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/db";

describe("bench baseline route", () => {
  let db: TestDb;
  let personId: string;
  const saved = { bench: process.env.PORTAL_BENCH, url: process.env.DATABASE_URL };
  const post = (person: string) =>
    POST(new Request(`http://localhost/api/bench/insert?person=${person}`, { method: "POST" }));
  const count = () => db.prisma.declaration.count({ where: { personId } });

  beforeAll(async () => {
    db = await createTestDb("pglite");
    useDatabaseForTests(db);
    const org = await createOrganisation(db.prisma);
    personId = (await createPerson(db.prisma, org.id)).id;
  });
  afterEach(() => {
    for (const [key, value] of [
      ["PORTAL_BENCH", saved.bench],
      ["DATABASE_URL", saved.url],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  afterAll(async () => db?.close());

  it("is not there without PORTAL_BENCH=1", async () => {
    delete process.env.PORTAL_BENCH;
    delete process.env.DATABASE_URL;
    expect((await post(personId)).status).toBe(404);
    expect(await count()).toBe(0);
  });

  it("is not there outside demo mode, even with PORTAL_BENCH=1", async () => {
    process.env.PORTAL_BENCH = "1";
    process.env.DATABASE_URL = "postgresql://portal:secret@db.example.org:5432/portal";
    expect((await post(personId)).status).toBe(404);
    expect(await count()).toBe(0);
  });

  it("with PORTAL_BENCH=1 in demo mode inserts one draft for an existing person, and nothing for an unknown or odd id", async () => {
    process.env.PORTAL_BENCH = "1";
    delete process.env.DATABASE_URL;
    expect((await post(personId)).status).toBe(204);
    expect(await count()).toBe(1);
    expect((await post("nobody")).status).toBe(404);
    expect((await post("x'; drop table x;--")).status).toBe(400);
    const crossSite = new Request(`http://localhost/api/bench/insert?person=${personId}`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect((await POST(crossSite)).status).toBe(403);
    expect(await db.prisma.declaration.count()).toBe(1);
  });
});
