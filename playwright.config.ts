import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium";
import { currentLane, laneDataDir, LANES, lanePorts } from "./tests/support/e2e-lanes";

// End-to-end tests run real Chromium (tests/support/chromium.ts says which) against `next build`, served by
// scripts/serve.ts (as in production).

const port = Number(process.env.E2E_PORT ?? 3100);
const onPostgres = Boolean(process.env.E2E_DATABASE_URL);
// Two lanes, each with a demo portal of its own (tests/support/e2e-lanes.ts, docs/decisions/076): this process's
// lane decides which portal the main projects use (a worker loads this file with its parallel index set).
const laneUrl = `http://localhost:${lanePorts(currentLane()).portal}`;
// A fresh embedded database per run and lane (lane 0 on PostgreSQL: the fresh database .ci/run creates; lane 1: a
// sibling "<name>_1" made by tests/support/fresh-portal-db.ts), seeded with demo data. Demo mode is asked for
// explicitly (PORTAL_DEMO): it is never inferred (docs/decisions/034).
function laneServerEnv(lane: number): Record<string, string> {
  return onPostgres
    ? {
        DATABASE_URL:
          lane === 0 ? process.env.E2E_DATABASE_URL! : siblingDatabase(process.env.E2E_DATABASE_URL!, `_${lane}`),
        PORTAL_DEMO: "local-postgres",
      }
    : { PGLITE_DATA_DIR: laneDataDir(".data/e2e", lane), PORTAL_DEMO: "on" };
}

// Single sign-on (tests/e2e/sso.spec.ts): a real OpenID provider (tests/support/oidc-provider.ts) and a second
// portal instance configured for it. That instance is not a demo: its own secret, and its database filled
// explicitly before it starts (tests/support/fresh-portal-db.ts), on PostgreSQL a sibling database "<name>_sso".
const idpPort = Number(process.env.E2E_IDP_PORT ?? port + 5);
const ssoPort = Number(process.env.E2E_SSO_PORT ?? port + 6);
const ssoUrl = `http://localhost:${ssoPort}`;
function siblingDatabase(url: string, suffix: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname}${suffix}`;
  return u.toString();
}
const ssoDbEnv: Record<string, string> = onPostgres
  ? { DATABASE_URL: siblingDatabase(process.env.E2E_DATABASE_URL!, "_sso") }
  : { PGLITE_DATA_DIR: ".data/e2e-sso" };
export const SSO_E2E = { idpUrl: `http://localhost:${idpPort}`, portalUrl: ssoUrl, dbEnv: ssoDbEnv };

// Extra servers start only when the run can include the project that needs them: a developer running
// `--project chromium` or one spec file does not wait for (or pay for) more servers.
function runIncludes(argv: string[], project: string, specHint: string): boolean {
  if (!argv.includes("test")) return true; // not the test command (e.g. list, show-report): keep everything
  const withValue = new Set([
    "-c",
    "--config",
    "-g",
    "--grep",
    "--grep-invert",
    "-j",
    "--workers",
    "--reporter",
    "--retries",
    "--timeout",
    "--output",
    "--trace",
    "--max-failures",
    "--shard",
    "--repeat-each",
    "--project",
  ]);
  const args = argv.slice(argv.indexOf("test") + 1);
  const projects: string[] = [];
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (a === "--project") projects.push(args[i + 1] ?? "");
    else if (a.startsWith("--project=")) projects.push(a.slice("--project=".length));
    if (withValue.has(a)) i++;
    else if (!a.startsWith("-")) filters.push(a);
  }
  return (
    (projects.length === 0 || projects.includes(project)) &&
    (filters.length === 0 || filters.some((f) => f.includes(specHint) || `${specHint}.spec.ts`.startsWith(f)))
  );
}
const ssoServers = runIncludes(process.argv, "sso", "sso");

// The phone project (tests/e2e/every-page.spec.ts) crawls every page of every demo role and first opens a campaign,
// an import and a draft so that those pages exist: on a portal of its own with its own embedded database, so that
// nothing it does changes what the other specs find in the demo data (and its pages do not depend on the database kind).
const phonePort = Number(process.env.E2E_PHONE_PORT ?? port + 8); // the other ports: tests/support/e2e-lanes.ts
const phoneServers = runIncludes(process.argv, "phone", "every-page");
// Lane 1's portal starts whenever the main projects may run (a single spec file too: its worker may be in either slot).
const laneServers = runIncludes(process.argv, "chromium", "") || runIncludes(process.argv, "no-js", "");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // Two lanes (docs/decisions/076-two-demo-portals.md): each worker slot has a demo portal and database of its own,
  // so a spec file runs one test at a time against a portal no other running test touches (its specs share the
  // demo people). The phone and SSO projects have portals of their own and run first, beside the main projects.
  // A new project on the demo portals takes `dependencies: ["chromium"]` unless its specs cannot disturb the
  // others' data. More workers than lanes would put two tests on one portal: tests/support/e2e-lanes.ts refuses.
  workers: LANES,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: laneUrl,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // A trace costs time on every test; with no retries it is recorded only when asked for (`--trace on`).
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // Every page of every demo role on the narrowest phone (WCAG 1.4.10 reflow at 320 CSS px; issue 19). Listed
    // first: its one long test starts at once in one slot while the chromium specs fill the other.
    {
      name: "phone",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 320, height: 640 },
        baseURL: `http://localhost:${phonePort}`,
      },
      testMatch: /every-page\.spec\.ts/,
    },
    { name: "sso", use: { ...devices["Desktop Chrome"], baseURL: ssoUrl }, testMatch: /sso\.spec\.ts/ },
    // The journeys, on the lane's demo portal, a spec file at a time per lane.
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /sso\.spec\.ts|every-page\.spec\.ts|no-js[^/]*\.spec\.ts/,
    },
    // Everything works without JavaScript (issue 19 item 5): the same portals, with scripts off in the browser;
    // after the chromium project, so it never changes data a running chromium test reads.
    {
      name: "no-js",
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false },
      testMatch: /no-js[^/]*\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  webServer: [
    laneWebServer(0),
    ...(laneServers ? [laneWebServer(1)] : []),
    ...(ssoServers ? ssoWebServers() : []),
    ...(phoneServers ? [phoneWebServer()] : []),
  ],
});

type WebServer = Exclude<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>;

/** A lane's demo portal: lane 0 on the database .ci/run made (or a fresh embedded one), lane 1 on one made here. */
function laneWebServer(lane: number): WebServer {
  const env = laneServerEnv(lane);
  const lanePort = lanePorts(lane).portal;
  const serve = "node --no-warnings --import tsx scripts/serve.ts";
  const fresh =
    lane > 0
      ? `node node_modules/tsx/dist/cli.mjs tests/support/fresh-portal-db.ts && `
      : onPostgres
        ? ""
        : `rm -rf ${env.PGLITE_DATA_DIR} ${env.PGLITE_DATA_DIR}.lock && `;
  return {
    command: `${fresh}${serve}`,
    url: `http://localhost:${lanePort}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The suite saves and submits many declarations as the same demo people within the hour: lift the
    // per-person limit (tested in tests/integration/rate-limits.test.ts). The sign-in limits keep their
    // defaults: only failed attempts count, and tests/e2e/security.spec.ts reaches them on purpose.
    env: {
      ...env,
      PORT: String(lanePort),
      NEXTAUTH_URL: `http://localhost:${lanePort}`,
      RATE_LIMIT_SUBMIT_PER_HOUR: "1000000",
    },
  };
}
function ssoWebServers(): WebServer[] {
  return [
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/support/oidc-provider.ts`,
      url: `http://localhost:${idpPort}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: { OIDC_PROVIDER_PORT: String(idpPort), PORTAL_URL: ssoUrl },
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs tests/support/fresh-portal-db.ts && node --no-warnings --import tsx scripts/serve.ts`,
      url: `${ssoUrl}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        ...ssoDbEnv,
        NEXTAUTH_URL: ssoUrl,
        NEXTAUTH_SECRET: "sso-e2e-secret-0123456789abcdef0123456789abcdef",
        OIDC_ISSUER: `http://localhost:${idpPort}`,
        OIDC_CLIENT_ID: "integriteitsportaal",
        OIDC_CLIENT_SECRET: "test-secret-not-for-production",
        OIDC_NAME: "Testprovider",
        PORTAL_JOBS: "off",
        PORT: String(ssoPort),
      },
    },
  ];
}

function phoneWebServer(): WebServer {
  const dir = ".data/e2e-phone";
  return {
    command: `rm -rf ${dir} ${dir}.lock && node --no-warnings --import tsx scripts/serve.ts`,
    url: `http://localhost:${phonePort}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: dir,
      PORTAL_DEMO: "on",
      PORT: String(phonePort),
      NEXTAUTH_URL: `http://localhost:${phonePort}`,
      RATE_LIMIT_SUBMIT_PER_HOUR: "1000000",
    },
  };
}
