// Production is production (issue 12 item 4, issue 20 items 1-2; docs/decisions/034): the built server
// (`next start`) refuses each bad configuration with exit 1 and one JSON line naming the setting, and with
// single sign-on and NEXTAUTH_SECRET configured no demo trace remains: no banner, no demo sign-in, no demo
// organisations in an empty database, a demo-minted session cookie refused, no demo mail transport.
// The suite's own server (playwright.config.ts) is the demo and serves as the control: it shows the banner.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { lanePorts } from "../support/e2e-lanes";
import { encode } from "next-auth/jwt";

const PORT = lanePorts().ownServer;
const BASE = `http://localhost:${PORT}`;
const SECRET = "pr0duct10n-S3cret-for-the-e2e-test-0123456789";
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const SESSION_COOKIE = "next-auth.session-token";

/** Production with single sign-on (a provider on this machine: it is only contacted at sign-in, which this spec never does). */
function production(dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    PGLITE_DATA_DIR: dataDir,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: BASE,
    OIDC_ISSUER: "http://127.0.0.1:9/realms/portal",
    OIDC_CLIENT_ID: "portal",
    OIDC_CLIENT_SECRET: "client-secret-e2e",
    OIDC_NAME: "Testpas",
  };
}

interface Server {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  nonJson: string[];
  exited: Promise<number | null>;
}

function startServer(env: NodeJS.ProcessEnv): Server {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(PORT)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const server: Server = {
    child,
    lines: [],
    nonJson: [],
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
  };
  let buffer = "";
  const take = (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts.filter((l) => l.trim())) {
      try {
        server.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        server.nonJson.push(line);
      }
    }
  };
  child.stdout!.on("data", take);
  child.stderr!.on("data", take);
  return server;
}

async function untilReady(server: Server): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited: ${JSON.stringify(server.lines.slice(-3))}`);
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server not ready within 180 s");
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode === null) {
    try {
      process.kill(-server.child.pid!, "SIGTERM");
    } catch {
      // gone already
    }
  }
  await server.exited;
}

test("control: the suite's demo server (PORTAL_DEMO) shows the banner and the demo sign-in", async ({ page }) => {
  await page.goto("/aanmelden");
  await expect(page.getByText("Demo-omgeving: de gegevens zijn verzonnen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Demo: kies een persoon" })).toBeVisible();
});

test.describe("a production start with a bad configuration stops (built server)", () => {
  test.describe.configure({ mode: "serial" });
  // These servers run on their own embedded databases whatever the suite's database is: once per CI run
  // (the PGlite pass) is enough; the PostgreSQL pass skips them.
  test.skip(Boolean(process.env.E2E_DATABASE_URL), "own embedded-database servers: covered by the PGlite pass");
  let dataDir = "";
  test.beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-prodcfg-"));
  });
  test.afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const CASES: Array<[string, (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv, string]> = [
    ["without DATABASE_URL (and no PGLITE_DATA_DIR)", ({ PGLITE_DATA_DIR: _d, ...env }) => env, "DATABASE_URL"],
    ["without NEXTAUTH_SECRET", ({ NEXTAUTH_SECRET: _s, ...env }) => env, "NEXTAUTH_SECRET"],
    ["with a weak NEXTAUTH_SECRET", (env) => ({ ...env, NEXTAUTH_SECRET: "geheim" }), "NEXTAUTH_SECRET"],
    ["without NEXTAUTH_URL", ({ NEXTAUTH_URL: _u, ...env }) => env, "NEXTAUTH_URL"],
    ["with a malformed SMTP_URL", (env) => ({ ...env, SMTP_URL: "mail.example.nl:25" }), "SMTP_URL"],
    ["with single sign-on and PORTAL_DEMO", (env) => ({ ...env, PORTAL_DEMO: "on" }), "PORTAL_DEMO"],
  ];
  for (const [label, change, setting] of CASES) {
    test(`${label}: exit 1 and one JSON line naming ${setting}`, async () => {
      const server = startServer(change(production(dataDir)));
      const code = await Promise.race([
        server.exited,
        new Promise<"running">((r) => setTimeout(() => r("running"), 30_000)),
      ]);
      if (code === "running") await stop(server);
      expect(code).toBe(1);
      const failed = server.lines.filter((l) => l.event === "startup.failed");
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ level: "error", setting });
      expect(String(failed[0]!.configError)).toContain(setting);
      expect(JSON.stringify(server.lines)).not.toContain(SECRET);
      // Stopped before opening the database: the embedded one was not even created.
      expect(fs.readdirSync(dataDir)).toEqual([]);
    });
  }
});

test.describe("with single sign-on and NEXTAUTH_SECRET no demo trace remains", () => {
  // Each test starts its own server on a fresh embedded database (migrations first: up to a minute on a busy machine).
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  // These servers run on their own embedded databases whatever the suite's database is: once per CI run
  // (the PGlite pass) is enough; the PostgreSQL pass skips them.
  test.skip(Boolean(process.env.E2E_DATABASE_URL), "own embedded-database servers: covered by the PGlite pass");
  let dataDir = "";
  test.beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-prod-"));
  });
  let server: Server | undefined;
  test.afterEach(async () => {
    if (server) await stop(server);
    server = undefined;
  });
  test.afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test("an empty database stays empty; no banner, no demo sign-in; mail waits in the outbox, said at start and by readiness", async ({
    page,
  }) => {
    server = startServer(production(dataDir));
    await untilReady(server);
    await page.goto(`${BASE}/aanmelden`);
    await expect(page.getByRole("button", { name: "Aanmelden met Testpas" })).toBeVisible();
    await expect(page.getByText("Demo-omgeving")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Demo: kies een persoon" })).toHaveCount(0);
    await expect(page.getByText("Pieter Mulder")).toHaveCount(0);
    // No demo organisation: their public registers do not exist.
    for (const slug of ["ministerie-bzk", "gemeente-maastricht"]) {
      expect((await fetch(`${BASE}/register/${slug}`)).status).toBe(404);
    }
    const ready = (await (await fetch(`${BASE}/api/health/ready`)).json()) as {
      status: string;
      warnings: Array<{ setting: string; reason: string }>;
    };
    expect(ready.status).toBe("ready");
    expect(ready.warnings).toEqual([expect.objectContaining({ setting: "SMTP_URL", reason: "mail-outbox-only" })]);
    expect(server.lines).toContainEqual(
      expect.objectContaining({ level: "warn", event: "config.warning", setting: "SMTP_URL" }),
    );
    // The demo transport (mail "sent" into the portal) is not there: the job runner has no transport.
    await expect
      .poll(() => server!.lines.find((l) => l.event === "jobs.started")?.transport, { timeout: 30_000 })
      .toMatch(/^none/);
    await stop(server);
    server = undefined;
    // The database after the start: migrated, and no organisation, no person.
    const counted = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        'import("./lib/db/client.ts").then(async ({ openDb }) => { const o = await openDb({ kind: "pglite", dataDir: process.env.DIR, display: "" }); console.log(JSON.stringify({ organisations: await o.prisma.organisation.count(), people: await o.prisma.person.count() })); await o.close(); })',
      ],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DIR: dataDir },
        encoding: "utf8",
      },
    );
    expect(JSON.parse(counted.stdout.trim().split("\n").pop()!)).toEqual({ organisations: 0, people: 0 });
  });

  test("a session token minted in demo mode is refused; the same token without the demo claim works (bootstrapped administrator)", async ({
    page,
    context,
  }) => {
    const boot = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/bootstrap.ts",
        "--slug",
        "provincie-test",
        "--name",
        "Provincie Test",
        "--profile",
        "provincie",
        "--admin-email",
        "beheer@provincie-test.example",
        "--admin-name",
        "Bea Beheer",
      ],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", PGLITE_DATA_DIR: dataDir },
        encoding: "utf8",
      },
    );
    const result = JSON.parse(boot.stdout.trim().split("\n").pop()!) as { ok: boolean; administrator: { id: string } };
    expect(result.ok).toBe(true);
    server = startServer(production(dataDir));
    await untilReady(server);
    const claims = {
      personId: result.administrator.id,
      sub: result.administrator.id,
      sessionVersion: 1,
      authTime: Math.floor(Date.now() / 1000),
    };
    const signIn = async (token: string) => {
      await context.clearCookies();
      await context.addCookies([{ name: SESSION_COOKIE, value: token, url: BASE, httpOnly: true, sameSite: "Lax" }]);
      await page.goto(`${BASE}/`);
    };
    // Minted by the demo sign-in (demo claim), even under the production key: refused.
    await signIn(await encode({ token: { ...claims, demo: true }, secret: SECRET, maxAge: 1800 }));
    await expect(page).toHaveURL(/\/aanmelden$/);
    // Signed with the demo's generated key (.data/auth-secret, as the suite's demo server left it): refused.
    const demoKey = fs.existsSync(".data/auth-secret")
      ? fs.readFileSync(".data/auth-secret", "utf8").trim()
      : "a-demo-key-that-is-not-the-production-key";
    await signIn(await encode({ token: claims, secret: demoKey, maxAge: 1800 }));
    await expect(page).toHaveURL(/\/aanmelden$/);
    // Control: the same claims, production-minted, sign in (so the refusals above are about the demo trace).
    await signIn(await encode({ token: claims, secret: SECRET, maxAge: 1800 }));
    await expect(page).not.toHaveURL(/\/aanmelden/);
    await expect(page.getByText("Provincie Test").first()).toBeVisible();
    await expect(page.getByText("Demo-omgeving")).toHaveCount(0);
  });
});
