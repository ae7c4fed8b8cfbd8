// `npm run bootstrap` (scripts/bootstrap.ts): the first organisation and its administrator from arguments,
// audited, printed as JSON; refused (nothing changed) when the organisation exists; never demo data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { verifyOrganisationChain } from "@/lib/audit/verify";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bootstrap-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function bootstrap(args: string[]): Promise<{ code: number | null; json: Record<string, unknown> }> {
  // Only the database setting: the script needs no other (and must not seed, whatever PORTAL_DEMO says).
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    PGLITE_DATA_DIR: dataDir,
    PORTAL_DEMO: "on",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bootstrap.ts", ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      resolve({ code, json: JSON.parse(out.trim().split("\n").pop() ?? "{}") as Record<string, unknown> }),
    );
  });
}

const ARGS = [
  "--slug",
  "gemeente-utrecht",
  "--name",
  "Gemeente Utrecht",
  "--profile",
  "gemeente",
  "--admin-email",
  "Beheer@Utrecht.example",
  "--admin-name",
  "Jan de Beheerder",
];

async function counts() {
  const opened = await openDb({ kind: "pglite", dataDir, display: dataDir });
  try {
    const organisations = await opened.prisma.organisation.findMany({
      select: { id: true, slug: true, profile: true, referralTitle: true, keepsGiftRegister: true, tooiUri: true },
    });
    const people = await opened.prisma.person.findMany({ select: { email: true, roles: true, organisationId: true } });
    const events = await opened.prisma.auditEvent.findMany({
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true, organisationId: true },
    });
    const chains = await Promise.all(organisations.map((o) => verifyOrganisationChain(opened.prisma, o.id)));
    return { organisations, people, events, chains };
  } finally {
    await opened.close();
  }
}

describe("npm run bootstrap", () => {
  it("creates the organisation and its administrator, audited, and prints what it did as JSON", async () => {
    const run = await bootstrap([...ARGS, "--tooi", " https://identifier.overheid.nl/tooi/id/gemeente/gm0344 "]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      ok: true,
      organisation: {
        slug: "gemeente-utrecht",
        name: "Gemeente Utrecht",
        profile: "GEMEENTE",
        tooiUri: "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
      },
      administrator: { email: "beheer@utrecht.example", roles: ["EMPLOYEE", "ADMIN"] },
      auditEvents: 2,
    });
    const after = await counts();
    // Only what was asked for: no demo organisation, although PORTAL_DEMO was set.
    expect(after.organisations).toEqual([
      expect.objectContaining({
        slug: "gemeente-utrecht",
        profile: "GEMEENTE",
        referralTitle: "gemeentesecretaris",
        keepsGiftRegister: true,
        tooiUri: "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
      }),
    ]);
    expect(after.people).toEqual([
      { email: "beheer@utrecht.example", roles: ["EMPLOYEE", "ADMIN"], organisationId: after.organisations[0]!.id },
    ]);
    expect(after.events.map((e) => e.action)).toEqual(["organisation.bootstrapped", "person.created"]);
    expect(after.chains[0]).toMatchObject({ ok: true });
  }, 120_000);

  it("refuses an organisation that already exists and changes nothing", async () => {
    const before = await counts();
    const run = await bootstrap([...ARGS.slice(0, 7), "other@utrecht.example", "--admin-name", "Iemand Anders"]);
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ ok: false });
    expect(String(run.json.error)).toMatch(/already has the organisation "gemeente-utrecht"; nothing was changed/);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it("refuses bad arguments with exit 2 and says which", async () => {
    const run = await bootstrap([
      "--slug",
      "provincie-x",
      "--name",
      "Provincie X",
      "--profile",
      "waterschap",
      "--admin-email",
      "a@x.example",
      "--admin-name",
      "A B",
    ]);
    expect(run.code).toBe(2);
    expect(String(run.json.error)).toMatch(/--profile must be one of: rijk, eerste-kamer, gemeente, provincie/);
    // A TOOI identifier is a URI under identifier.overheid.nl/tooi/id/, not an organisation code or another address.
    // (The schema's cases in full: tests/unit/register/tooi.test.ts.)
    for (const tooi of ["gm0344", "https://identifier.overheid.nl/tooi/def/thes/kern/c_1234"]) {
      const badTooi = await bootstrap([
        "--slug",
        "provincie-y",
        "--name",
        "Provincie Y",
        "--profile",
        "provincie",
        "--admin-email",
        "b@y.example",
        "--admin-name",
        "B C",
        "--tooi",
        tooi,
      ]);
      expect(badTooi.code, tooi).toBe(2);
      expect(String(badTooi.json.error), tooi).toMatch(/--tooi must be the organisation's TOOI identifier/);
    }
    const unknown = await bootstrap(["--organisation", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.json.ok).toBe(false);
  }, 120_000);
});
