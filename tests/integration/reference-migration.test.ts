// The migration that introduces references (prisma/migrations/*_declaration_reference) on a database that already
// holds declarations and notifications: every sent declaration is numbered per organisation, prefix and Amsterdam
// year in the order it was sent, drafts are not, the counters continue after the last number, and the stored
// notifications and outbox e-mails lose the titles and names they carried (decision 037).
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { takeReference } from "@/lib/declarations/reference";

const ROOT = path.join(import.meta.dirname, "..", "..");
const MIGRATIONS = path.join(ROOT, "prisma", "migrations");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");

describe("the reference migration on existing data (PGlite)", () => {
  let dir: string;
  let pglite: PGlite;
  let opened: OpenedDb;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "reference-migration-"));
    const names = (await readdir(MIGRATIONS)).sort();
    const mine = names.find((n) => n.endsWith("_declaration_reference"))!;
    // Everything before this migration: the database as it was.
    for (const name of names)
      if (name < mine || name === "migration_lock.toml")
        await cp(path.join(MIGRATIONS, name), path.join(dir, name), { recursive: true });
    pglite = new PGlite();
    await applyMigrations({ kind: "pglite", client: pglite }, { migrationsDir: dir, schemaPath: SCHEMA });
    await pglite.exec(`
      insert into "Organisation" (id, slug, name, profile, "referralTitle", "updatedAt") values
        ('org-a', 'a', 'A', 'RIJK', 'SG', now()), ('org-b', 'b', 'B', 'GEMEENTE', 'gemeentesecretaris', now());
      insert into "Person" (id, "organisationId", email, name, "functionTitle", roles, "updatedAt") values
        ('p-a', 'org-a', 'a@a.example', 'Anna', 'Adviseur', '{EMPLOYEE}', now()), ('p-b', 'org-b', 'b@b.example', 'Bert', 'Adviseur', '{EMPLOYEE}', now());
      insert into "Declaration" (id, "organisationId", "personId", type, status, title, "submittedAt", "updatedAt") values
        ('d1', 'org-a', 'p-a', 'GIFT', 'APPROVED', 'Wijn', '2025-03-01T10:00:00Z', now()),
        ('d2', 'org-a', 'p-a', 'GIFT', 'REGISTERED', 'Bloemen', '2025-01-15T10:00:00Z', now()),
        ('d3', 'org-a', 'p-a', 'GIFT', 'SUBMITTED', 'Oliebollen', '2025-12-31T23:30:00Z', now()),
        ('d4', 'org-a', 'p-a', 'GIFT', 'DRAFT', 'Concept', null, now()),
        ('d5', 'org-a', 'p-a', 'INVITATION', 'REGISTERED', 'Diner', '2025-02-01T10:00:00Z', now()),
        ('d6', 'org-a', 'p-a', 'GIFT', 'WITHDRAWN', 'Pen', '2025-06-01T10:00:00Z', now()),
        ('d7', 'org-b', 'p-b', 'GIFT', 'REGISTERED', 'Taart', '2025-02-01T10:00:00Z', now());
      insert into "DeclarationCampaign" (id, "organisationId", title, year, "opensOn", "dueOn", "createdById", "updatedAt") values
        ('c1', 'org-a', 'Verklaring directie geheim', 2026, '2026-04-01', '2026-05-01', 'p-a', now());
      insert into "Notification" (id, "organisationId", "recipientId", kind, "declarationId", params, "eventKey") values
        ('n1', 'org-a', 'p-a', 'DECIDED', 'd1', '{"title": "Wijn", "person": "Anna", "type": "gift", "outcome": "APPROVED"}', 'declaration:d1:v3:APPROVED:p-a'),
        ('n2', 'org-a', 'p-a', 'CAMPAIGN_OPENED', null, '{"title": "Verklaring directie geheim", "due": "1 mei 2026"}', 'campaign:c1:opened:p-a');
      insert into "OutboundEmail" (id, "recipientId", kind, "declarationId", params, "eventKey") values
        ('o1', 'p-a', 'DECIDED', 'd1', '{"title": "Wijn", "person": "Anna", "type": "gift", "outcome": "APPROVED"}', 'declaration:d1:v3:APPROVED:p-a');
    `);
    expect(
      (await applyMigrations({ kind: "pglite", client: pglite }, { migrationsDir: MIGRATIONS, schemaPath: SCHEMA }))
        .applied,
    ).toContain(mine);
    opened = await openDb({ kind: "pglite", dataDir: "(memory)", display: "in-memory PGlite" }, { pglite });
  });
  afterAll(async () => {
    await opened?.close();
    await pglite?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("numbers the sent declarations in sending order, per organisation, prefix and Amsterdam year; drafts keep none", async () => {
    const rows = await opened.prisma.declaration.findMany({
      select: { id: true, reference: true },
      orderBy: { id: "asc" },
    });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.reference]))).toEqual({
      d1: "GES-2025-00002",
      d2: "GES-2025-00001",
      d3: "GES-2026-00001",
      d4: null,
      d5: "UIT-2025-00001",
      d6: "GES-2025-00003",
      d7: "GES-2025-00001",
    });
  });

  it("the counters continue after the last number", async () => {
    const { prisma } = opened;
    expect(await takeReference(prisma, "org-a", "GIFT", new Date("2025-07-01T10:00:00Z"))).toBe("GES-2025-00004");
    expect(await takeReference(prisma, "org-a", "GIFT", new Date("2026-07-01T10:00:00Z"))).toBe("GES-2026-00002");
    expect(await takeReference(prisma, "org-b", "GIFT", new Date("2025-07-01T10:00:00Z"))).toBe("GES-2025-00002");
    expect(await takeReference(prisma, "org-b", "SIDE_JOB", new Date("2025-07-01T10:00:00Z"))).toBe("NEV-2025-00001");
  });

  it("stored notifications and e-mails keep the reference and the kind, not the title or names", async () => {
    const { prisma } = opened;
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: "n1" } })).params).toEqual({
      reference: "GES-2025-00002",
      type: "gift",
      outcome: "APPROVED",
    });
    expect((await prisma.outboundEmail.findUniqueOrThrow({ where: { id: "o1" } })).params).toEqual({
      reference: "GES-2025-00002",
      type: "gift",
      outcome: "APPROVED",
    });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: "n2" } })).params).toEqual({
      year: "2026",
      due: "1 mei 2026",
    });
  });
});
