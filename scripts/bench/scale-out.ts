// npm run bench:scale-out: two portal instances (production mode, the build in .next, scripts/serve.ts) on one
// PostgreSQL behind HAProxy, under a submission load through the balancer, while (a) one instance is killed
// with SIGKILL, (b) both are restarted in turn with SIGTERM (a rolling restart), (c) PostgreSQL is restarted.
// Issue 15 item 4 and issue 20's rolling restart; docs/benchmarks.md reports a run, decision 046 explains it.
//
// Real parts only: its own PostgreSQL 15 cluster (initdb in a temporary directory, so restarting it disturbs
// nobody else's database), the least-privilege roles of docs/operations.md section 3 (npm run db:roles: an
// owner that migrates, an application role that runs the portal), Debian's HAProxy (installed with apt when
// missing) with health checks against readiness, an SMTP receiver (smtp-server) that counts every e-mail.
// Everything listens on 127.0.0.1; every phase has a fixed duration; the load goes to localhost only.
//
// Environment: SCALE_BASE_PORT=3270 (balancer; +1, +2 the instances, +3 PostgreSQL, +5 SMTP, +6 an unused
// sign-in issuer), SCALE_CONCURRENCY=20, SCALE_SECONDS=20 (each phase), SCALE_OUT=.data/bench/scale-out.json.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { actionFields } from "./forms";
import { assertLocal, runLoad, type LoadResult } from "./load";
import { GIFT_ANSWERS } from "./seed";
import { sessionCookie } from "./session";

const BASE = Number(process.env.SCALE_BASE_PORT ?? 3270);
const LB_PORT = BASE;
const INSTANCE_PORTS = [BASE + 1, BASE + 2] as const;
const PG_PORT = BASE + 3;
const SMTP_PORT = BASE + 5;
const ISSUER_PORT = BASE + 6;
const CONCURRENCY = Number(process.env.SCALE_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 20);
const OUT = process.env.SCALE_OUT ?? path.join(".data", "bench", "scale-out.json");
const LOG_DIR = path.join(path.dirname(OUT), "scale-out");
const PEOPLE = 300;
const DRAFTS = 20;
const PG_BIN = "/usr/lib/postgresql/15/bin";
const DB = "bench_scale_out";
const OWNER = "bench_scale_owner";
const APP = "bench_scale_app";
const ORG = "sorg";
const personId = (p: number) => `sp${String(p).padStart(4, "0")}`;
const draftId = (p: number, k: number) => `sd${String(p).padStart(4, "0")}${String(k).padStart(3, "0")}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

function log(message: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

// ---------------------------------------------------------------- PostgreSQL: a cluster of our own
const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-pg-"));
const asPostgres = (bin: string, args: string[]) =>
  execFileSync("runuser", ["-u", "postgres", "--", path.join(PG_BIN, bin), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
const superUrl = (db = "postgres") => `postgresql://postgres@127.0.0.1:${PG_PORT}/${db}`;
let ownerUrl = "";
let appUrl = "";

function pgStart() {
  asPostgres("pg_ctl", [
    "-D",
    pgDir,
    "-l",
    path.join(pgDir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    `-p ${PG_PORT} -k ${pgDir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    "start",
  ]);
}
function pgStop() {
  asPostgres("pg_ctl", ["-D", pgDir, "-m", "fast", "-w", "-t", "60", "stop"]);
}

async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function createDatabase() {
  fs.chmodSync(pgDir, 0o700);
  execFileSync("chown", ["postgres:postgres", pgDir]);
  // trust on 127.0.0.1 inside this private cluster: the roles differ in their privileges, which is what is tested.
  asPostgres("initdb", ["-D", pgDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  pgStart();
  const ownerPw = randomBytes(12).toString("hex");
  const appPw = randomBytes(12).toString("hex");
  const rolesSql = execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/db-roles.ts", "--owner", OWNER, "--app", APP, "--database", DB],
    { encoding: "utf8" },
  )
    .replace(new RegExp(`^\\\\password ${OWNER}$`, "m"), `ALTER ROLE "${OWNER}" PASSWORD '${ownerPw}';`)
    .replace(new RegExp(`^\\\\password ${APP}$`, "m"), `ALTER ROLE "${APP}" PASSWORD '${appPw}';`);
  const rolesFile = path.join(pgDir, "roles.sql");
  fs.writeFileSync(rolesFile, rolesSql);
  execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", superUrl(), "-f", rolesFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  ownerUrl = `postgresql://${OWNER}:${ownerPw}@127.0.0.1:${PG_PORT}/${DB}`;
  appUrl = `postgresql://${APP}:${appPw}@127.0.0.1:${PG_PORT}/${DB}`;
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], {
    env: {
      ...process.env,
      MIGRATION_DATABASE_URL: ownerUrl,
      DATABASE_URL: appUrl,
      PORTAL_DEMO: "",
      PGLITE_DATA_DIR: "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The data set, as the owner (its tables): one organisation, a manager, PEOPLE employees with DRAFTS
  // complete gift drafts each (version 1), in bulk.
  await sql(
    ownerUrl,
    `
INSERT INTO "Organisation" ("id", "slug", "name", "profile", "referralTitle", "updatedAt")
  VALUES ('${ORG}', 'schaal', 'Schaalministerie', 'RIJK', 'Secretaris-Generaal', now());
INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "updatedAt") VALUES
  ('smgr', '${ORG}', 'manager@schaal.example', 'Schaal Manager', 'Afdelingshoofd', ARRAY['EMPLOYEE','MANAGER']::"Role"[], now()),
  ('sint', '${ORG}', 'integriteit@schaal.example', 'Schaal Integriteit', 'Integriteitsadviseur', ARRAY['EMPLOYEE','INTEGRITY_OFFICER']::"Role"[], now());
INSERT INTO "Person" ("id", "organisationId", "email", "name", "functionTitle", "roles", "managerId", "updatedAt")
SELECT 'sp' || lpad(g::text, 4, '0'), '${ORG}', 'sp' || g || '@schaal.example', 'Medewerker ' || g, 'Beleidsmedewerker',
       ARRAY['EMPLOYEE']::"Role"[], 'smgr', now()
FROM generate_series(1, ${PEOPLE}) g;
INSERT INTO "Declaration" ("id", "organisationId", "personId", "type", "status", "answers", "updatedAt")
SELECT 'sd' || lpad(p::text, 4, '0') || lpad(k::text, 3, '0'), '${ORG}', 'sp' || lpad(p::text, 4, '0'), 'GIFT', 'DRAFT',
       ${GIFT_ANSWERS}, now()
FROM generate_series(1, ${PEOPLE}) p, generate_series(1, ${DRAFTS}) k;
ANALYZE;`,
  );
}

// ---------------------------------------------------------------- SMTP receiver: counts every e-mail
const mails: { to: string; text: string; at: number }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks)
        .toString("utf8")
        .replace(/=\r?\n/g, "");
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text: raw, at: Date.now() });
      callback();
    });
  },
});

// An instance killed with SIGKILL in the middle of a delivery resets its SMTP connection: count it, carry on.
let smtpConnectionErrors = 0;
smtp.on("error", () => {
  smtpConnectionErrors += 1;
});

// ---------------------------------------------------------------- the two portal instances
const secret = randomBytes(32).toString("base64url");
const checkpointKey = randomBytes(32).toString("base64url");
interface Instance {
  name: string;
  port: number;
  child?: ChildProcess;
  starts: number;
  exits: { signal: string; code: number | null; by: NodeJS.Signals | null; ms: number }[];
}
const instances: Instance[] = INSTANCE_PORTS.map((port, i) => ({
  name: `instance-${"ab"[i]}`,
  port,
  starts: 0,
  exits: [],
}));

function instanceEnv(inst: Instance): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: String(inst.port),
    DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://localhost:${LB_PORT}`,
    // Production sign-in is single sign-on; the load signs its people in with minted session cookies, so
    // no identity provider needs to answer (nothing listens on this port).
    OIDC_ISSUER: `http://localhost:${ISSUER_PORT}`,
    OIDC_CLIENT_ID: "integriteitsportaal",
    OIDC_CLIENT_SECRET: "bench-not-a-secret",
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_DIGEST_MINUTES: "0",
    AUDIT_CHECKPOINT_KEY: checkpointKey,
    AUDIT_CHECKPOINT_FILE: path.join(LOG_DIR, "audit-checkpoints.jsonl"),
    RATE_LIMIT_SUBMIT_PER_HOUR: "1000000",
    PORTAL_SHUTDOWN_GRACE_SECONDS: "25",
  };
  return env;
}

async function startInstance(inst: Instance): Promise<void> {
  inst.starts += 1;
  const out = fs.openSync(path.join(LOG_DIR, `${inst.name}.log`), "a");
  // The server's own command, not `npm run serve` (npm would swallow SIGTERM: docs/operations.md section 1).
  const child = spawn(process.execPath, ["--no-warnings", "--import", "tsx", "scripts/serve.ts"], {
    env: instanceEnv(inst),
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  inst.child = child;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${inst.name} exited during start with ${child.exitCode}: see ${LOG_DIR}/${inst.name}.log`);
    try {
      const res = await fetch(`http://127.0.0.1:${inst.port}/api/health/ready`);
      if (res.status === 200) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`${inst.name} not ready within 180 s`);
}

async function stopInstance(inst: Instance, signal: NodeJS.Signals): Promise<void> {
  const child = inst.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const t0 = performance.now();
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, by) => {
      inst.exits.push({ signal, code, by, ms: Math.round(performance.now() - t0) });
      resolve();
    }),
  );
  child.kill(signal);
  await exited;
}

// ---------------------------------------------------------------- HAProxy
let haproxy: ChildProcess | undefined;
function ensureHaproxy(): string {
  try {
    return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim();
  } catch {
    log("haproxy is missing: apt-get install -y haproxy (Debian's package)");
    execFileSync("apt-get", ["install", "-y", "-q", "haproxy"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim();
  }
}

/**
 * The balancer (decision 046): health checks against readiness every 500 ms (250 ms while changing state),
 * out of rotation after two failed checks (readiness answers 503 from the moment of SIGTERM), back after two
 * good ones; a check may take 3 s. When every instance fails its checks (on an overloaded machine readiness
 * can take seconds: in the first runs HAProxy took both out of rotation under load and answered 503 itself),
 * HAProxy "fails open" to the same instances as unchecked backup servers rather than refusing everyone, as
 * cloud load balancers do when all targets are unhealthy (all backups, not only the first: the first may be the
 * instance that is restarting; run 4 lost 35 requests that way); one request
 * per server connection (no idle pooled connection that a draining instance might close under a request);
 * a request whose connection could not be made (the listener already closed) is sent to the other server.
 * Nothing else is retried: a request that reached an instance is never sent twice by the balancer.
 */
function haproxyConfig(): string {
  return `global
  maxconn 2000
  stats socket ${path.join(pgDir, "haproxy.sock")} mode 600 level admin
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout queue 30s
  option http-server-close
  option redispatch 1
  retries 3
  retry-on conn-failure
frontend portal
  bind 127.0.0.1:${LB_PORT}
  default_backend portal
backend portal
  balance roundrobin
  option httpchk GET /api/health/ready
  http-check expect status 200
  option allbackups
  timeout check 3s
  default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2
${instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check`).join("\n")}
${instances.map((i) => `  server ${i.name}-failopen 127.0.0.1:${i.port} backup`).join("\n")}
`;
}

async function startHaproxy() {
  const bin = ensureHaproxy();
  const cfg = path.join(LOG_DIR, "haproxy.cfg");
  fs.writeFileSync(cfg, haproxyConfig());
  const out = fs.openSync(path.join(LOG_DIR, "haproxy.log"), "w");
  haproxy = spawn(bin, ["-f", cfg, "-db"], { stdio: ["ignore", out, out] });
  fs.closeSync(out);
  for (let i = 0; i < 40; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${LB_PORT}/api/health/live`)).status < 500) return;
    } catch {}
    await sleep(250);
  }
  throw new Error("haproxy does not answer");
}

/** The servers HAProxy has in rotation ("UP"), from its stats socket ("show stat", CSV; field 18 is the status). */
function haproxyUp(): Promise<string[]> {
  return new Promise((resolve) => {
    let data = "";
    const socket = net.connect(path.join(pgDir, "haproxy.sock"), () => socket.end("show stat\n"));
    socket.on("data", (c) => (data += c.toString()));
    socket.on("error", () => resolve([]));
    socket.on("close", () =>
      resolve(
        data
          .split("\n")
          .filter((l) => l.startsWith("portal,instance-") && l.split(",")[17] === "UP")
          .map((l) => l.split(",")[1]!),
      ),
    );
  });
}

async function waitInRotation(name: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await haproxyUp()).includes(name)) return;
    await sleep(100);
  }
  log(`  (could not confirm ${name} in HAProxy's rotation; waited ${timeoutMs} ms)`);
}

// ---------------------------------------------------------------- the load
interface Sent {
  phase: string;
  id: string;
  key: string;
  ok: boolean;
  status: number;
  reason?: string;
  at: number;
}
const sent: Sent[] = [];
let nextDraft = 0;
let cookies: string[] = [];
let fields: [string, string][] = [];
const lb = `http://localhost:${LB_PORT}`;

async function submit(phase: string, p: number, id: string, key: string): Promise<Sent> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  body.append("id", id);
  body.append("version", "1");
  body.append("submissionKey", key);
  const at = Date.now();
  let record: Sent;
  try {
    const res = await fetch(`${lb}/meldingen/${id}/controleren`, {
      method: "POST",
      body,
      headers: { cookie: cookies[p - 1]!, origin: lb },
      redirect: "manual",
    });
    const text = await res.text();
    if (res.status === 303 && (res.headers.get("location") ?? "").includes(`/meldingen/${id}?verstuurd=1`))
      record = { phase, id, key, ok: true, status: 303, at };
    else {
      const message =
        res.status === 200
          ? `action: ${(/data-testid="form-message"[^>]*>([^<]*)</.exec(text)?.[1] ?? "error state").slice(0, 60)}`
          : `HTTP ${res.status}`;
      record = { phase, id, key, ok: false, status: res.status, reason: message, at };
    }
  } catch (error) {
    record = {
      phase,
      id,
      key,
      ok: false,
      status: 0,
      reason: `exception: ${((error as Error).cause as Error)?.message ?? (error as Error).message}`.slice(0, 80),
      at,
    };
  }
  sent.push(record);
  return record;
}

async function submissionLoad(phase: string, durationMs: number): Promise<LoadResult> {
  return runLoad({
    name: phase,
    concurrency: CONCURRENCY,
    durationMs,
    request: async () => {
      const i = nextDraft++;
      if (i >= PEOPLE * DRAFTS) return null;
      const p = (i % PEOPLE) + 1;
      const k = Math.floor(i / PEOPLE) + 1;
      const r = await submit(phase, p, draftId(p, k), randomUUID());
      // A client that saw an error waits a moment before its next request (a person does; a loop that does not
      // would send thousands of requests into a balancer that answers at once).
      if (!r.ok) await sleep(250);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
  });
}

/**
 * Readiness of each instance, sampled every 100 ms while `until` is pending and then until both answer 200 again
 * (at most 120 s more). A sample waits up to 10 s: on an overloaded machine readiness itself can take seconds.
 */
async function sampleReadiness(until: Promise<unknown>) {
  const samples: { at: number; name: string; status: number | "refused" }[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const bothReady = () => instances.every((i) => samples.filter((x) => x.name === i.name).at(-1)?.status === 200);
  let doneAt = 0;
  for (;;) {
    if (done && !doneAt) doneAt = Date.now();
    if (done && (bothReady() || Date.now() - doneAt > 120_000)) break;
    await Promise.all(
      instances.map(async (inst) => {
        let status: number | "refused";
        const at = Date.now(); // when the question was asked (the answer may come seconds later)
        try {
          const res = await fetch(`http://127.0.0.1:${inst.port}/api/health/ready`, {
            signal: AbortSignal.timeout(10_000),
          });
          await res.arrayBuffer();
          status = res.status;
        } catch {
          status = "refused";
        }
        samples.push({ at, name: inst.name, status });
      }),
    );
    await sleep(100);
  }
  return samples;
}

/** A page only a signed-in person sees, straight at each instance (not through the balancer): 200, not a sign-in redirect. */
async function sessionsValid(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const inst of instances) {
    let ok = 0;
    const people = [1, 150, 300];
    for (const p of people) {
      const res = await fetch(`http://127.0.0.1:${inst.port}/meldingen`, {
        headers: { cookie: cookies[p - 1]! },
        redirect: "manual",
      });
      await res.arrayBuffer();
      if (res.status === 200) ok++;
    }
    result[inst.name] = `${ok} of ${people.length}`;
  }
  return result;
}

function phaseSummary(load: LoadResult, phase: string) {
  const mine = sent.filter((s) => s.phase === phase);
  return {
    requests: mine.length,
    acknowledged: mine.filter((s) => s.ok).length,
    clientErrors: mine.filter((s) => !s.ok).length,
    errorReasons: load.errorReasons,
    throughputPerS: load.throughputPerS,
    latencyMs: load.latencyMs,
  };
}

// ---------------------------------------------------------------- the scenario
async function main() {
  if (!fs.existsSync(path.join(".next", "BUILD_ID")))
    throw new Error("No production build in .next: run `npx next build` first.");
  assertLocal(lb);
  fs.rmSync(LOG_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const loadAtStart = os.loadavg().map((n) => round(n, 2));
  const startedAt = new Date().toISOString();
  log(
    `scale-out scenario, ${os.cpus().length} cores, load ${loadAtStart.join(" ")}; ${CONCURRENCY} connections, ${SECONDS} s per phase`,
  );
  log(
    `PostgreSQL 15 cluster of its own in ${pgDir} on port ${PG_PORT}; roles ${OWNER} (migrates) and ${APP} (runs the portal)`,
  );
  await createDatabase();
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", () => resolve()));
  log(
    `SMTP receiver on ${SMTP_PORT}; starting ${instances.map((i) => `${i.name} on ${i.port}`).join(" and ")} (production, scripts/serve.ts) ...`,
  );
  // Both at once, as an orchestrator starts them (the migrations ran before: db:migrate as the owner).
  await Promise.all(instances.map(startInstance));
  await startHaproxy();
  await Promise.all(instances.map((i) => waitInRotation(i.name)));
  log(`HAProxy on ${LB_PORT}, in rotation: ${(await haproxyUp()).join(", ")}`);

  cookies = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => sessionCookie(secret, personId(i + 1))));
  const page = await fetch(`${lb}/meldingen/${draftId(1, DRAFTS)}/controleren`, { headers: { cookie: cookies[0]! } });
  if (page.status !== 200) throw new Error(`check-answers page through the balancer: HTTP ${page.status}`);
  fields = actionFields(await page.text());
  const sessionsAtStart = await sessionsValid();
  log(`sessions valid at start: ${JSON.stringify(sessionsAtStart)}`);

  const phases: Record<string, unknown> = {};
  const ms = SECONDS * 1000;

  // (0) steady: the baseline of this run.
  log(`phase 0: steady load, ${SECONDS} s`);
  phases.steady = phaseSummary(await submissionLoad("steady", ms), "steady");

  // (a) SIGKILL one instance a third into the phase; it is started again afterwards.
  log(`phase a: SIGKILL ${instances[1]!.name} after ${Math.round(ms / 3000)} s of load`);
  const loadA = submissionLoad("sigkill", ms);
  await sleep(ms / 3);
  const killedAt = Date.now();
  await stopInstance(instances[1]!, "SIGKILL");
  log(`  killed at +${Math.round(ms / 3000)} s; restarting it`);
  await startInstance(instances[1]!);
  await waitInRotation(instances[1]!.name);
  const backAfterMs = Date.now() - killedAt;
  const resultA = await loadA;
  // What a person whose request failed does: submit again (the same form, the same submission key).
  const failedA = sent.filter((s) => s.phase === "sigkill" && !s.ok);
  let retriedOk = 0;
  let nextRetry = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let f = failedA[nextRetry++]; f; f = failedA[nextRetry++]) {
        const r = await submit("sigkill-retry", Number(f.id.slice(2, 6)), f.id, f.key);
        if (r.ok) retriedOk++;
      }
    }),
  );
  phases.sigkill = {
    ...phaseSummary(resultA, "sigkill"),
    killed: instances[1]!.name,
    backInRotationAfterMs: backAfterMs,
    failedRetriedWithSameKey: failedA.length,
    retriesAcknowledged: retriedOk,
  };
  log(`  ${JSON.stringify(phases.sigkill)}`);

  // (b) rolling restart: SIGTERM each instance in turn under load, start it again, wait until HAProxy has it back.
  log(`phase b: rolling restart (SIGTERM, start again, back in rotation; one instance after the other)`);
  const rollingDone = (async () => {
    const steps: {
      name: string;
      exitCode: number | null;
      stopMs: number;
      readyAgainMs: number;
      inRotationAgainMs: number;
    }[] = [];
    await sleep(3000);
    for (const inst of instances) {
      const t0 = Date.now();
      await stopInstance(inst, "SIGTERM");
      const exit = inst.exits[inst.exits.length - 1]!;
      await startInstance(inst);
      const ready = Date.now() - t0;
      await waitInRotation(inst.name);
      steps.push({
        name: inst.name,
        exitCode: exit.code,
        stopMs: exit.ms,
        readyAgainMs: ready,
        inRotationAgainMs: Date.now() - t0,
      });
      await sleep(2000);
    }
    return steps;
  })();
  let rollingFinished = false;
  void rollingDone.finally(() => (rollingFinished = true));
  // The load runs until both instances are back (at least SECONDS).
  const rollingStart = Date.now();
  const loadB = runLoad({
    name: "rolling-restart",
    concurrency: CONCURRENCY,
    durationMs: 600_000,
    request: async () => {
      if (rollingFinished && Date.now() - rollingStart > ms) return null;
      const i = nextDraft++;
      if (i >= PEOPLE * DRAFTS) return null;
      const p = (i % PEOPLE) + 1;
      const k = Math.floor(i / PEOPLE) + 1;
      const r = await submit("rolling-restart", p, draftId(p, k), randomUUID());
      if (!r.ok) await sleep(250);
      return r.ok ? { ok: true } : { ok: false, reason: r.reason };
    },
  });
  const steps = await rollingDone;
  const resultB = await loadB;
  phases.rollingRestart = { ...phaseSummary(resultB, "rolling-restart"), steps, sessionsAfter: await sessionsValid() };
  log(`  ${JSON.stringify(phases.rollingRestart)}`);

  // (c) PostgreSQL restarted mid-load (stopped, 3 s down, started): readiness must say 503 and recover by itself.
  log(`phase c: PostgreSQL stopped a third into the load, started again 3 s later`);
  const loadC = submissionLoad("postgres-restart", ms);
  const readiness = sampleReadiness(loadC);
  await sleep(ms / 3);
  const pgDownAt = Date.now();
  pgStop();
  const pgStoppedAt = Date.now();
  await sleep(3000);
  pgStart();
  const pgUpAt = Date.now();
  const resultC = await loadC;
  const samples = await readiness;
  const perInstance = instances.map((inst) => {
    const mine = samples.filter((s) => s.name === inst.name);
    const down = mine.filter((s) => s.at >= pgStoppedAt && s.at <= pgUpAt);
    const after = mine.filter((s) => s.at > pgUpAt);
    const firstReady = after.find((s) => s.status === 200);
    const lastNotReady = [...after].reverse().find((s) => s.status !== 200);
    return {
      name: inst.name,
      samplesWhileDown: down.length,
      answered503WhileDown: down.filter((s) => s.status === 503).length,
      answered200WhileDown: down.filter((s) => s.status === 200).length,
      readyAgainAfterPgStartMs: firstReady ? firstReady.at - pgUpAt : null,
      notReadyAfterRecovery: lastNotReady && firstReady && lastNotReady.at > firstReady.at ? 1 : 0,
    };
  });
  phases.postgresRestart = {
    ...phaseSummary(resultC, "postgres-restart"),
    pgStopMs: pgStoppedAt - pgDownAt,
    pgDownMs: pgUpAt - pgStoppedAt,
    readiness: perInstance,
  };
  log(`  ${JSON.stringify(phases.postgresRestart)}`);
  // Recovered by itself: a few submissions after the phase, through the balancer.
  await sleep(1000);
  phases.afterRecovery = phaseSummary(await submissionLoad("after-recovery", 5000), "after-recovery");
  log(`  after recovery: ${JSON.stringify(phases.afterRecovery)}`);
  const sessionsAtEnd = await sessionsValid();

  // ---- the e-mail outbox drains (the delivery job runs every minute and is kicked by each submission).
  // E-mails claimed by the killed instance stay locked for lib/notifications/deliver.ts's LOCK_MINUTES (5) and
  // then go out with the next run of the job: wait up to 7 minutes (it stops as soon as the outbox is empty).
  log(
    "waiting for the e-mail outbox to drain (at most 420 s: the killed instance's claims expire after 5 minutes) ...",
  );
  let pending = -1;
  const drainStarted = Date.now();
  for (let i = 0; i < 420; i++) {
    pending = Number(
      (await sql<{ n: number }>(ownerUrl, `select count(*)::int n from "OutboundEmail" where status = 'PENDING'`))[0]!
        .n,
    );
    if (pending === 0) break;
    await sleep(1000);
  }
  const outboxDrainedAfterS = Math.round((Date.now() - drainStarted) / 1000);
  for (const inst of instances) await stopInstance(inst, "SIGTERM");
  haproxy?.kill("SIGTERM");

  // ---- checks against the database, as the owner
  const acknowledged = [...new Set(sent.filter((s) => s.ok).map((s) => s.id))];
  const rows = await sql<{ id: string; status: string; reference: string | null; submitted: number }>(
    ownerUrl,
    `select d.id, d.status::text, d.reference, (select count(*)::int from "AuditEvent" a where a."entityId" = d.id and a.action = 'declaration.submitted') submitted
       from "Declaration" d where d."organisationId" = $1 and (d.status <> 'DRAFT' or d.id = any($2))`,
    [ORG, acknowledged],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ackStoredOnce = acknowledged.filter(
    (id) => byId.get(id)?.status !== "DRAFT" && byId.get(id)?.submitted === 1,
  ).length;
  const ackMissing = acknowledged.filter((id) => !byId.get(id) || byId.get(id)!.status === "DRAFT");
  const duplicates = rows.filter((r) => r.submitted > 1).map((r) => r.id);
  const unacknowledgedButStored = rows
    .filter((r) => r.status !== "DRAFT" && !acknowledged.includes(r.id))
    .map((r) => r.id);
  const references = rows.filter((r) => r.status !== "DRAFT").map((r) => r.reference);
  const duplicateReferences = references.length - new Set(references).size;
  const missingReferences = references.filter((r) => !r).length;

  // Jobs: every job pg-boss handed out ran once (one job.finished line per completed job, across both instances),
  // and every e-mail event reached the SMTP receiver in exactly one message.
  const finishedLines = instances.map((inst) =>
    fs
      .readFileSync(path.join(LOG_DIR, `${inst.name}.log`), "utf8")
      .split("\n")
      .filter((l) => l.includes('"event":"job.finished"')),
  );
  const jobRows = await sql<{ name: string; state: string; n: number }>(
    ownerUrl,
    `select name, state::text, count(*)::int n from (select name, state from pgboss.job union all select name, state from pgboss.archive) j
      where name in ('deliver-mail','decision-reminders','audit-checkpoint') group by 1, 2 order by 1, 2`,
  );
  const completedJobs = jobRows
    .filter((r) => r.state === "completed" || r.state === "failed")
    .reduce((a, r) => a + r.n, 0);
  const jobLines = finishedLines.flat().length;
  const events = await sql<{ id: string; declarationId: string; status: string }>(
    ownerUrl,
    `select id, "declarationId", status::text from "OutboundEmail"`,
  );
  const mailText = mails.map((m) => m.text);
  let eventsOnce = 0;
  const eventsTwice: string[] = [];
  const eventsMissing: string[] = [];
  const perDeclaration = new Map<string, number>();
  for (const e of events) perDeclaration.set(e.declarationId, (perDeclaration.get(e.declarationId) ?? 0) + 1);
  for (const [declarationId, expected] of perDeclaration) {
    const seen = mailText.reduce(
      (n, t) => n + (t.match(new RegExp(`/${declarationId}(?![0-9])`, "g"))?.length ?? 0),
      0,
    );
    if (seen === expected) eventsOnce += expected;
    else if (seen > expected) eventsTwice.push(declarationId);
    else eventsMissing.push(declarationId);
  }

  // Audit chain: npm run audit:verify, as an operator runs it (owner role), with the checkpoints the instances wrote.
  const checkpointFile = path.join(LOG_DIR, "audit-checkpoints.jsonl");
  let verify = "";
  let verifyExit = 0;
  try {
    verify = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/audit-verify.ts",
        ...(fs.existsSync(checkpointFile) ? ["--checkpoint", checkpointFile] : []),
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: ownerUrl,
          AUDIT_CHECKPOINT_KEY: checkpointKey,
          NEXTAUTH_SECRET: "",
          PORTAL_DEMO: "",
        },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (error) {
    verifyExit = (error as { status?: number }).status ?? 1;
    verify = String((error as { stdout?: string }).stdout ?? "") + String((error as { stderr?: string }).stderr ?? "");
  }
  const nonJson = instances.map(
    (inst) =>
      fs
        .readFileSync(path.join(LOG_DIR, `${inst.name}.log`), "utf8")
        .split("\n")
        .filter((l) => l && !l.startsWith("{")).length,
  );

  const result = {
    machine: {
      nproc: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      node: process.version,
      loadAtStart,
      loadAtEnd: os.loadavg().map((n) => round(n, 2)),
      startedAt,
    },
    settings: { CONCURRENCY, SECONDS, PEOPLE, DRAFTS, haproxy: haproxyConfig() },
    phases,
    submissions: {
      sent: sent.length,
      acknowledgedIds: acknowledged.length,
      acknowledgedStoredExactlyOnce: ackStoredOnce,
      acknowledgedMissing: ackMissing,
      submittedTwice: duplicates,
      storedThoughTheClientSawAnError: unacknowledgedButStored.length,
      duplicateReferences,
      missingReferences,
    },
    jobs: {
      runsLogged: jobLines,
      runsPerInstance: finishedLines.map((l) => l.length),
      pgBossCompletedOrFailed: completedJobs,
      pgBossByState: jobRows,
      outboxPendingAtEnd: pending,
      outboxDrainedAfterS,
    },
    mail: {
      received: mails.length,
      smtpConnectionErrors,
      events: events.length,
      eventsDeliveredOnce: eventsOnce,
      eventsDeliveredMoreThanOnce: eventsTwice,
      eventsNotSeen: eventsMissing,
    },
    audit: { verifyExit, verify: verify.trim().split("\n").slice(-5) },
    sessions: { atStart: sessionsAtStart, atEnd: sessionsAtEnd },
    instances: instances.map((i) => ({ name: i.name, starts: i.starts, exits: i.exits })),
    logs: { nonJsonLines: nonJson },
  };
  fs.writeFileSync(OUT, JSON.stringify(result, null, 2));

  const line = (
    name: string,
    p: { requests: number; acknowledged: number; clientErrors: number; errorReasons: Record<string, number> },
  ) =>
    `| ${name} | ${p.requests} | ${p.acknowledged} | ${p.clientErrors} | ${
      Object.entries(p.errorReasons)
        .map(([r, n]) => `${r}: ${n}`)
        .join("; ") || "-"
    } |`;
  console.log("\n| phase | requests | acknowledged | client-visible errors | reasons |\n|---|---|---|---|---|");
  for (const [name, p] of Object.entries(phases)) console.log(line(name, p as never));
  const checks: [string, boolean][] = [
    ["rolling restart: zero failed requests", (phases.rollingRestart as { clientErrors: number }).clientErrors === 0],
    ["rolling restart: each instance exited 0 after SIGTERM", steps.every((s) => s.exitCode === 0)],
    [
      "every acknowledged submission stored exactly once",
      ackStoredOnce === acknowledged.length && duplicates.length === 0,
    ],
    ["reference numbers present and unique", duplicateReferences === 0 && missingReferences === 0],
    ["SIGKILL: every failed submission acknowledged when sent again with its key", retriedOk === failedA.length],
    [
      "PostgreSQL down: readiness 503 on both instances, never 200",
      perInstance.every((r) => r.answered503WhileDown > 0 && r.answered200WhileDown === 0),
    ],
    [
      "PostgreSQL back: both instances ready again by themselves",
      perInstance.every((r) => r.readyAgainAfterPgStartMs !== null),
    ],
    ["after recovery: zero errors", (phases.afterRecovery as { clientErrors: number }).clientErrors === 0],
    ["audit chain intact (npm run audit:verify)", verifyExit === 0],
    ["each job run once (runs logged = jobs pg-boss completed)", jobLines === completedJobs],
    ["each e-mail event delivered once", eventsTwice.length === 0 && eventsMissing.length === 0 && pending === 0],
    ["sessions valid on both instances at the end", Object.values(sessionsAtEnd).every((v) => v.startsWith("3 of"))],
  ];
  console.log("");
  for (const [name, ok] of checks) console.log(`${ok ? "MET    " : "MISSED "} ${name}`);
  console.log(`\naudit:verify (exit ${verifyExit}): ${verify.trim().split("\n").slice(-3).join(" / ")}`);
  console.log(
    `jobs: ${jobLines} runs logged (${finishedLines.map((l) => l.length).join(" + ")}), ${completedJobs} completed/failed in pg-boss; e-mail: ${mails.length} messages, ${eventsOnce} of ${events.length} events once`,
  );
  console.log(`Results in ${OUT}; logs in ${LOG_DIR}`);
  (result as Record<string, unknown>).checks = Object.fromEntries(checks);
  fs.writeFileSync(OUT, JSON.stringify(result, null, 2));
}

async function cleanup() {
  for (const inst of instances) {
    try {
      if (inst.child && inst.child.exitCode === null && inst.child.signalCode === null) inst.child.kill("SIGKILL");
    } catch {}
  }
  try {
    haproxy?.kill("SIGTERM");
  } catch {}
  smtp.close();
  try {
    pgStop();
  } catch {}
  fs.rmSync(pgDir, { recursive: true, force: true });
}

process.on("uncaughtException", (error) => {
  console.error(error);
  void cleanup().finally(() => process.exit(1));
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(cleanup)
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
