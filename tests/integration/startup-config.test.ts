// The start refuses a bad configuration (issue 20 item 2, docs/decisions/034): the real start function
// (lib/startup.ts, what instrumentation.ts runs under `next start`) in its own process, with each bad
// configuration: exit code 1 and ONE JSON log line that names the setting, before any database is opened.
// tests/e2e/production-config.spec.ts does the same against the built server (`next start`).
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const SECRET = "k3Jq9vXe2LmPz8RtY5wNb7HcD4sFg6Ua";

/** A production configuration that passes every check; its database (port 1) does not answer. */
const PRODUCTION: Record<string, string | undefined> = {
  DATABASE_URL: "postgresql://portal:pw@127.0.0.1:1/portal",
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: "https://integriteit.example.nl",
  OIDC_ISSUER: "https://login.example/realms/rijk",
  OIDC_CLIENT_ID: "portal",
  OIDC_CLIENT_SECRET: "client-secret",
  SMTP_URL: "smtp://mail.example.nl:25",
};

interface Run {
  code: number | null;
  lines: Array<Record<string, unknown>>;
  nonJson: string[];
}

function start(settings: Record<string, string | undefined>): Promise<Run> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production" };
  for (const [k, v] of Object.entries(settings)) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "-e", 'import("./lib/startup.ts").then((m) => m.startServer())'],
      // Only the settings of the case (not the test runner's PORTAL_DEMO or anything else of its environment).
      { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    // Today's main does not stop on these configurations: it starts (an embedded database, demo data, jobs)
    // and keeps running. Kill it after 20 s so the test fails instead of hanging.
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const lines: Run["lines"] = [];
      const nonJson: string[] = [];
      for (const line of out.split("\n").filter((l) => l.trim())) {
        try {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          nonJson.push(line);
        }
      }
      resolve({ code, lines, nonJson });
    });
  });
}

const CASES: Array<[string, Record<string, string | undefined>, string, RegExp]> = [
  [
    "without DATABASE_URL (issue 20: a forgotten DATABASE_URL became the demo)",
    { ...PRODUCTION, DATABASE_URL: undefined },
    "DATABASE_URL",
    /DATABASE_URL is not set/,
  ],
  [
    "without NEXTAUTH_SECRET",
    { ...PRODUCTION, NEXTAUTH_SECRET: undefined },
    "NEXTAUTH_SECRET",
    /NEXTAUTH_SECRET is not set/,
  ],
  ["with a weak NEXTAUTH_SECRET", { ...PRODUCTION, NEXTAUTH_SECRET: "short-secret" }, "NEXTAUTH_SECRET", /too short/],
  ["without NEXTAUTH_URL", { ...PRODUCTION, NEXTAUTH_URL: undefined }, "NEXTAUTH_URL", /NEXTAUTH_URL is not set/],
  [
    "with a malformed SMTP_URL",
    { ...PRODUCTION, SMTP_URL: "mail.example.nl:25" },
    "SMTP_URL",
    /SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
  ],
  [
    "without a sign-in method",
    { ...PRODUCTION, OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined },
    "OIDC_ISSUER",
    /No sign-in method/,
  ],
  [
    "with single sign-on and PORTAL_DEMO (issue 12)",
    { ...PRODUCTION, DATABASE_URL: undefined, PORTAL_DEMO: "on" },
    "PORTAL_DEMO",
    /together with single sign-on/,
  ],
  [
    "with a misspelt setting",
    { ...PRODUCTION, NEXTAUTH_SECRT: SECRET },
    "NEXTAUTH_SECRT",
    /did you mean NEXTAUTH_SECRET/,
  ],
];

describe("the start refuses a bad configuration", () => {
  it.each(CASES)(
    "production start %s: exit 1 and one JSON line naming the setting",
    async (_label, settings, setting, message) => {
      const run = await start(settings);
      expect(run.code).toBe(1);
      expect(run.nonJson).toEqual([]);
      const failed = run.lines.filter((l) => l.event === "startup.failed");
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ level: "error", setting });
      expect(String(failed[0]!.configError)).toMatch(message);
      // Stopped before the database: nothing else was attempted, and no secret is quoted.
      expect(run.lines.some((l) => l.event === "startup.database-ready")).toBe(false);
      expect(JSON.stringify(run.lines)).not.toContain(SECRET);
      expect(JSON.stringify(run.lines)).not.toContain("client-secret");
    },
    30_000,
  );

  it("a valid configuration passes the checks (it then stops on the unreachable database, not on a setting)", async () => {
    const run = await start(PRODUCTION);
    expect(run.code).toBe(1);
    const failed = run.lines.filter((l) => l.event === "startup.failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.setting).toBeUndefined();
    expect(String(failed[0]!.configError)).toMatch(
      /Cannot use PostgreSQL at postgresql:\/\/portal:\*\*\*@127\.0\.0\.1:1\/portal/,
    );
    expect(run.lines.some((l) => l.event === "config.loaded")).toBe(true);
  }, 30_000);
});
