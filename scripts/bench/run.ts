// npm run bench: the portal's benchmarks (docs/benchmarks.md). Needs a production build (`npx next build`)
// and the local PostgreSQL; starts and stops its own `next start`, against PostgreSQL (database
// portal_bench, created and dropped here) and against the embedded database (a temporary PGLITE_DATA_DIR).
// Every phase runs for a fixed time or count and stops by itself; load goes to localhost only.
//
// Environment: BENCH_DB=postgres,pglite (which databases), BENCH_PORT=3205, BENCH_SECONDS=15 (each load
// phase of benchmark 1; benchmark 2 uses two thirds of it), BENCH_CONCURRENCY=50, BENCH_PAGE_CONCURRENCY=5,
// BENCH_OUT=.data/bench/results.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createBenchDb, type DbKind } from "./db";
import { actionFields } from "./forms";
import { assertLocal, runLoad, type LoadResult, type Outcome } from "./load";
import {
  CSV_ROWS,
  CSV_SLUG,
  QUEUE_MANAGER_ID,
  QUEUE_OPEN_ITEMS,
  REGISTER_SLUG,
  SUBMITTERS,
  SUBMIT_DRAFTS_PER_PERSON,
  draftId,
  submitterId,
} from "./seed";
import { procMemory, startServer, type BenchServer } from "./server";
import { sessionCookie } from "./session";

const KINDS = (process.env.BENCH_DB ?? "postgres,pglite").split(",").map((s) => s.trim()) as DbKind[];
const PORT = Number(process.env.BENCH_PORT ?? 3205);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PAGE_CONCURRENCY = Number(process.env.BENCH_PAGE_CONCURRENCY ?? 5);
const CSV_RUNS = 3;
const WARMUP_SUBMITS = 20;
const OUT = process.env.BENCH_OUT ?? path.join(".data", "bench", "results.json");

// Issue 15's targets as ratios in the same run (the absolute ones of issue 7 depend on the machine's load).
const TARGETS = {
  submitThroughputRatio: 0.3,
  submitP95Ratio: 3,
  pageP95Ratio: 5,
  queuePageRows: 50,
  csvTotalMs: 3000,
  csvMemoryGrowthMb: 100,
};

interface CsvRun {
  status: number;
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  lines: number;
}

interface KindResult {
  kind: DbKind;
  submit: {
    bare: LoadResult;
    action: LoadResult;
    stored: number;
    expectedStored: number;
    throughputRatio: number;
    p95Ratio: number;
  };
  pages: {
    health: LoadResult;
    queue: LoadResult;
    register: LoadResult;
    queueRatio: number;
    registerRatio: number;
    queueRows: number;
    queueTotal: number;
  };
  csv: {
    runs: CsvRun[];
    memory: {
      rssBeforeMb: number;
      rssAfterMb: number;
      hwmBeforeMb: number;
      hwmAfterMb: number;
      peakSampledMb: number;
      growthMb: number;
    };
    ttfbRatio: number;
  };
  checks: Record<string, boolean>;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function warm(url: string, init: RequestInit, times: number): Promise<string> {
  let last = "";
  for (let i = 0; i < times; i++) {
    const res = await fetch(url, { ...init, redirect: "manual" });
    last = await res.text();
    if (res.status >= 400) throw new Error(`warm-up ${url}: HTTP ${res.status}`);
  }
  return last;
}

async function submitOnce(
  server: BenchServer,
  cookie: string,
  fields: [string, string][],
  id: string,
): Promise<Outcome> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  body.append("id", id);
  body.append("version", "1");
  body.append("submissionKey", randomUUID());
  const res = await fetch(`${server.baseUrl}/meldingen/${id}/controleren`, {
    method: "POST",
    body,
    headers: { cookie, origin: server.baseUrl },
    redirect: "manual",
  });
  const text = await res.text();
  if (res.status === 303 && (res.headers.get("location") ?? "").includes(`/meldingen/${id}?verstuurd=1`))
    return { ok: true };
  if (res.status === 200) {
    // The action answered with its error state (the page re-rendered with the message).
    const message = /data-testid="form-message"[^>]*>([^<]*)</.exec(text)?.[1] ?? "error state";
    return { ok: false, reason: `action: ${message.slice(0, 60)}` };
  }
  return { ok: false, reason: `HTTP ${res.status} ${res.headers.get("location") ?? ""}`.trim() };
}

async function csvExport(server: BenchServer): Promise<CsvRun> {
  const t0 = performance.now();
  const res = await fetch(`${server.baseUrl}/register/${CSV_SLUG}/download?formaat=csv`);
  const reader = res.body!.getReader();
  let ttfb = NaN;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(ttfb)) ttfb = performance.now() - t0;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
  }
  return { status: res.status, ttfbMs: round(ttfb, 1), totalMs: round(performance.now() - t0, 1), bytes, lines };
}

/** Stops the server and drops the database of the benchmark under way (on failure or Ctrl-C). */
let cleanup: (() => Promise<void>) | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench server and dropping its database ...`);
    void (cleanup?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function benchKind(kind: DbKind): Promise<KindResult> {
  console.log(`\n== ${kind}: creating and loading the bench database ...`);
  const t0 = Date.now();
  const db = await createBenchDb(kind);
  console.log(`   loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s; starting next start on port ${PORT} ...`);
  let server: BenchServer | undefined;
  cleanup = async () => {
    await server?.stop();
    await db.drop();
  };
  let result: Omit<KindResult, "submit" | "checks"> & { submit?: Omit<KindResult["submit"], "stored"> };
  let actionOk = 0;
  try {
    server = await startServer(PORT, db.serverEnv);
    assertLocal(server.baseUrl);
    const s = server;
    const submitCookies = await Promise.all(
      Array.from({ length: SUBMITTERS }, (_, i) => sessionCookie(s.secret, submitterId(i + 1))),
    );
    const managerCookie = await sessionCookie(s.secret, QUEUE_MANAGER_ID);

    // ---- warm-up: every route once or more, so compilation caches and connection pools are warm.
    console.log("   warming up ...");
    await warm(`${s.baseUrl}/api/health`, {}, 20);
    await warm(
      `${s.baseUrl}/api/bench/insert?person=${submitterId(1)}`,
      { method: "POST", headers: { origin: s.baseUrl } },
      20,
    );
    const queueHtml = await warm(`${s.baseUrl}/beslissen`, { headers: { cookie: managerCookie } }, 5);
    const queueRows = (queueHtml.match(/href="\/beslissen\/bq\d+"/g) ?? []).length;
    // The queue is paginated (50 a page); the page says how many wait in all.
    const queueTotal = Number(/data-testid="queue-total"[^>]*>(?:<!-- -->)?(\d+)/.exec(queueHtml)?.[1] ?? NaN);
    await warm(`${s.baseUrl}/register/${REGISTER_SLUG}`, {}, 5);
    const checkHtml = await warm(
      `${s.baseUrl}/meldingen/${draftId(1, 1)}/controleren`,
      { headers: { cookie: submitCookies[0]! } },
      1,
    );
    const fields = actionFields(checkHtml);
    for (let p = 1; p <= WARMUP_SUBMITS; p++) {
      const outcome = await submitOnce(s, submitCookies[p - 1]!, fields, draftId(p, 1));
      if (!outcome.ok) throw new Error(`warm-up submission failed: ${outcome.reason}`);
    }

    // ---- 1. submitting a declaration vs a bare INSERT, CONCURRENCY connections, SECONDS each.
    console.log(`   1. bare insert vs submit, ${CONCURRENCY} connections, ${SECONDS} s each ...`);
    let bareCounter = 0;
    const bare = await runLoad({
      name: "bare INSERT route",
      concurrency: CONCURRENCY,
      durationMs: SECONDS * 1000,
      request: async () => {
        const p = (bareCounter++ % SUBMITTERS) + 1;
        const res = await fetch(`${s.baseUrl}/api/bench/insert?person=${submitterId(p)}`, {
          method: "POST",
          headers: { origin: s.baseUrl },
        });
        await res.arrayBuffer();
        return res.status >= 200 && res.status < 400 ? { ok: true } : { ok: false, reason: `HTTP ${res.status}` };
      },
    });
    // A CPU profile of this phase only (scripts/bench/profile-hook.cjs with PROF_ON_SIGNAL=1).
    if (process.env.PROF_ON_SIGNAL === "1") process.kill(s.serverPid(), "SIGUSR2");
    let draftCounter = 0;
    const drafts = SUBMITTERS * (SUBMIT_DRAFTS_PER_PERSON - 1);
    const action = await runLoad({
      name: "submit declaration (server action)",
      concurrency: CONCURRENCY,
      durationMs: SECONDS * 1000,
      request: async () => {
        const i = draftCounter++;
        if (i >= drafts) return null;
        const p = (i % SUBMITTERS) + 1;
        const k = Math.floor(i / SUBMITTERS) + 2; // draft 1 of each person is for the warm-up
        const outcome = await submitOnce(s, submitCookies[p - 1]!, fields, draftId(p, k));
        if (outcome.ok) actionOk++;
        return outcome;
      },
    });
    if (draftCounter >= drafts)
      console.log("   (the drafts ran out before the time was up: raise SUBMIT_DRAFTS_PER_PERSON)");

    // ---- 2. pages: the manager's queue and the public register, against the health endpoint.
    const pageMs = Math.round((SECONDS * 1000 * 2) / 3);
    console.log(`   2. pages, ${PAGE_CONCURRENCY} connections, ${pageMs / 1000} s each ...`);
    const page = (name: string, url: string, headers: Record<string, string> = {}) =>
      runLoad({
        name,
        concurrency: PAGE_CONCURRENCY,
        durationMs: pageMs,
        request: async () => {
          const res = await fetch(url, { headers, redirect: "manual" });
          await res.arrayBuffer();
          return res.status === 200 ? { ok: true } : { ok: false, reason: `HTTP ${res.status}` };
        },
      });
    const health = await page("health endpoint", `${s.baseUrl}/api/health`);
    const queue = await page(`manager queue (${QUEUE_OPEN_ITEMS} open)`, `${s.baseUrl}/beslissen`, {
      cookie: managerCookie,
    });
    const register = await page("public register (5,000)", `${s.baseUrl}/register/${REGISTER_SLUG}`);

    // ---- 3. CSV export of 100,000 rows: time to first byte, total, memory of the next-server process.
    console.log(`   3. CSV export of ${CSV_ROWS} rows, ${CSV_RUNS} times ...`);
    const pid = s.serverPid();
    global.gc?.();
    await new Promise((r) => setTimeout(r, 1000));
    const before = procMemory(pid);
    let peak = before.rssMb;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, procMemory(pid).rssMb);
      } catch {}
    }, 25);
    const runs: CsvRun[] = [];
    try {
      for (let i = 0; i < CSV_RUNS; i++) runs.push(await csvExport(s));
    } finally {
      clearInterval(sampler);
    }
    const after = procMemory(pid);
    const peakAll = Math.max(peak, after.rssMb, after.hwmMb > before.hwmMb ? after.hwmMb : 0);
    const best = [...runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(runs.length / 2)]!; // the median run

    result = {
      kind,
      submit: {
        bare,
        action,
        expectedStored: actionOk + WARMUP_SUBMITS,
        throughputRatio: round(action.throughputPerS / bare.throughputPerS, 3),
        p95Ratio: round(action.latencyMs.p95 / bare.latencyMs.p95, 2),
      },
      pages: {
        health,
        queue,
        register,
        queueRatio: round(queue.latencyMs.p95 / health.latencyMs.p95, 2),
        registerRatio: round(register.latencyMs.p95 / health.latencyMs.p95, 2),
        queueRows,
        queueTotal,
      },
      csv: {
        runs,
        memory: {
          rssBeforeMb: round(before.rssMb, 1),
          rssAfterMb: round(after.rssMb, 1),
          hwmBeforeMb: round(before.hwmMb, 1),
          hwmAfterMb: round(after.hwmMb, 1),
          peakSampledMb: round(peak, 1),
          growthMb: round(peakAll - before.rssMb, 1),
        },
        ttfbRatio: round(best.ttfbMs / best.totalMs, 4),
      },
    };
  } catch (error) {
    await server?.stop();
    await db.drop();
    cleanup = undefined;
    throw error;
  } finally {
    await server?.stop();
    // The server's own output (errors of failed requests are logged there), next to the results.
    if (server) {
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      fs.writeFileSync(path.join(path.dirname(OUT), `server-${kind}.log`), server.log());
    }
  }
  // Every acknowledged submission must really be stored: count after the server stopped.
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Declaration" WHERE "organisationId" = 'borgsubmit' AND status <> 'DRAFT'`,
  );
  const stored = Number(row?.n ?? 0);
  await db.drop();
  cleanup = undefined;
  const r = result;
  const median = [...r.csv.runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(r.csv.runs.length / 2)]!;
  const checks = {
    "1 submit >= 0.3 of bare throughput": r.submit!.throughputRatio >= TARGETS.submitThroughputRatio,
    "1 submit p95 <= 3x the bare route's p95": r.submit!.p95Ratio <= TARGETS.submitP95Ratio,
    "1 zero errors (bare and submit)": r.submit!.action.errors === 0 && r.submit!.bare.errors === 0,
    "1 every acknowledged submission stored": stored === r.submit!.expectedStored,
    "2 queue p95 <= 5x health": r.pages.queueRatio <= TARGETS.pageP95Ratio && r.pages.queue.errors === 0,
    "2 queue shows a page of 50 and counts all 200 open items":
      r.pages.queueRows === TARGETS.queuePageRows && r.pages.queueTotal === QUEUE_OPEN_ITEMS,
    "2 register p95 <= 5x health": r.pages.registerRatio <= TARGETS.pageP95Ratio && r.pages.register.errors === 0,
    "3 csv complete (100,000 rows + header)": r.csv.runs.every((x) => x.status === 200 && x.lines === CSV_ROWS + 1),
    "3 csv streams (first byte < 10% of total)": r.csv.ttfbRatio < 0.1,
    "3 csv total < 3 s (median run)": median.totalMs < TARGETS.csvTotalMs,
    "3 csv memory growth < 100 MB": r.csv.memory.growthMb < TARGETS.csvMemoryGrowthMb,
  };
  return { ...r, submit: { ...r.submit!, stored }, checks } as KindResult;
}

function table(results: KindResult[]): string {
  const rows: string[][] = [["db", "benchmark", "conc", "req", "err", "req/s", "p50 ms", "p95 ms", "p99 ms", "ratio"]];
  const line = (kind: string, r: LoadResult, ratio: string) =>
    rows.push([
      kind,
      r.name,
      String(r.concurrency),
      String(r.requests),
      String(r.errors),
      String(r.throughputPerS),
      String(r.latencyMs.p50),
      String(r.latencyMs.p95),
      String(r.latencyMs.p99),
      ratio,
    ]);
  for (const k of results) {
    line(k.kind, k.submit.bare, "1 (baseline)");
    line(k.kind, k.submit.action, `${k.submit.throughputRatio} of bare req/s; p95 x${k.submit.p95Ratio}`);
    line(k.kind, k.pages.health, "1 (baseline)");
    line(k.kind, k.pages.queue, `p95 x${k.pages.queueRatio} of health`);
    line(k.kind, k.pages.register, `p95 x${k.pages.registerRatio} of health`);
    for (const [i, run] of k.csv.runs.entries()) {
      rows.push([
        k.kind,
        `CSV ${CSV_ROWS} rows, run ${i + 1}`,
        "1",
        "1",
        run.status === 200 ? "0" : "1",
        "-",
        `ttfb ${run.ttfbMs}`,
        `total ${run.totalMs}`,
        `${(run.bytes / 1e6).toFixed(1)} MB`,
        `${run.lines} lines`,
      ]);
    }
    const m = k.csv.memory;
    rows.push([
      k.kind,
      "CSV memory (next-server)",
      "",
      "",
      "",
      "",
      `RSS ${m.rssBeforeMb}->${m.rssAfterMb}`,
      `HWM ${m.hwmBeforeMb}->${m.hwmAfterMb}`,
      `peak ${m.peakSampledMb}`,
      `growth ${m.growthMb} MB; ttfb/total ${k.csv.ttfbRatio}`,
    ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const fmt = (r: string[]) => "| " + r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ") + " |";
  return [fmt(rows[0]!), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.slice(1).map(fmt)].join(
    "\n",
  );
}

async function main() {
  const machine = {
    nproc: Number(execFileSync("nproc", { encoding: "utf8" }).trim()),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGb: round(os.totalmem() / 1e9, 1),
    node: process.version,
    loadavgAtStart: os.loadavg().map((n) => round(n, 2)),
    startedAt: new Date().toISOString(),
  };
  console.log(
    `Portal benchmarks on ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, load ${machine.loadavgAtStart.join(" ")}`,
  );
  const results: KindResult[] = [];
  for (const kind of KINDS) results.push(await benchKind(kind));
  console.log("\n" + table(results) + "\n");
  for (const r of results) {
    console.log(`${r.kind}: ${r.submit.stored} submissions stored of ${r.submit.expectedStored} acknowledged`);
    for (const [name, ok] of Object.entries(r.checks)) console.log(`  ${ok ? "MET    " : "MISSED "} ${name}`);
  }
  const out = {
    machine: { ...machine, loadavgAtEnd: os.loadavg().map((n) => round(n, 2)) },
    settings: { SECONDS, CONCURRENCY, PAGE_CONCURRENCY, CSV_RUNS },
    targets: TARGETS,
    results,
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out, null, 2));
  console.log(`\nResults written to ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
