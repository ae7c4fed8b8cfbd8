// npm run bench:rijk: the pages at the size of a large ministry (issue 15 item 3; docs/benchmarks.md, decision 046).
// Loads the Rijk-sized data set (rijk-seed.ts: 40,000 people, 1,000,000 declarations over five years, 200 open for
// one manager, 20,000 register entries, a campaign of 40,000 people) into its own database on the local
// PostgreSQL in bulk SQL, starts the bench's server (the build in .next), and measures in one run:
// the health endpoint (baseline), the manager's queue, the integrity overview, the public register, the campaign's
// progress and the annual-report export: p50/p95 and the ratio of each p95 to the health endpoint's p95.
// Then a second pass with auto_explain on for this database only (log_analyze, 10 ms) collects EXPLAIN ANALYZE of
// every query over 10 ms from the server log, with the index that serves it.
//
// Environment: RIJK_PORT=3277, RIJK_SECONDS=10 (each page), RIJK_CONCURRENCY=5, RIJK_OUT=.data/bench/rijk.json,
// BENCH_PG_ADMIN_URL (a superuser on the local PostgreSQL), RIJK_PG_LOG (its log file), RIJK_KEEP=1 keeps the database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";
import { assertLocal, runLoad, type LoadResult } from "./load";
import { RIJK_CAMPAIGN, RIJK_HR, RIJK_INTEGRITY, RIJK_MANAGER, RIJK_SLUG, rijkSeedSql } from "./rijk-seed";
import { startServer, type BenchServer } from "./server";
import { sessionCookie } from "./session";

const PORT = Number(process.env.RIJK_PORT ?? 3277);
const SECONDS = Number(process.env.RIJK_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.RIJK_CONCURRENCY ?? 5);
const OUT = process.env.RIJK_OUT ?? path.join(".data", "bench", "rijk.json");
const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const PG_LOG = process.env.RIJK_PG_LOG ?? "/var/log/postgresql/postgresql-15-main.log";
const DB = "bench_scale_rijk";
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const dbUrl = (() => {
  const u = new URL(ADMIN);
  u.pathname = `/${DB}`;
  return u.toString();
})();

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

interface Page {
  name: string;
  path: string;
  cookie?: string;
  concurrency: number;
}

async function fetchOnce(server: BenchServer, page: Page): Promise<{ status: number; bytes: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${server.baseUrl}${page.path}`, {
    headers: page.cookie ? { cookie: page.cookie } : {},
    redirect: "manual",
  });
  const body = await res.arrayBuffer();
  return { status: res.status, bytes: body.byteLength, ms: performance.now() - t0 };
}

interface Explained {
  durationMs: number;
  query: string;
  indexes: string[];
  seqScans: string[];
  plan: string;
}

/** auto_explain's entries for this database written after `offset` in the server log. */
function readExplains(offset: number): Explained[] {
  const text = fs.readFileSync(PG_LOG, "utf8").slice(offset);
  const lines = text.split("\n");
  const out: Explained[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /@bench_scale_rijk LOG:\s+duration: ([\d.]+) ms\s+plan:/.exec(lines[i]!);
    if (!m) continue;
    const block: string[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]!.startsWith("\t") || lines[j]!.startsWith(" ")); j++)
      block.push(lines[j]!.replace(/^\t/, ""));
    const body = block.join("\n");
    const queryText = /Query Text: ([\s\S]*?)\n(?=\S|[A-Z])/.exec(body + "\n")?.[1] ?? block[0] ?? "";
    out.push({
      durationMs: Number(m[1]),
      query: queryText.replace(/\s+/g, " ").trim(),
      indexes: [
        ...new Set(
          [...body.matchAll(/(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) "?([\w]+)"?/g)].map(
            (x) => x[1]!,
          ),
        ),
      ],
      seqScans: [...new Set([...body.matchAll(/Seq Scan on "?(\w+)"?/g)].map((x) => x[1]!))],
      plan: body,
    });
  }
  return out;
}

async function main() {
  const loadAtStart = os.loadavg().map((n) => round(n));
  const startedAt = new Date().toISOString();
  console.log(`Rijk-sized bench on ${os.cpus().length} cores, load ${loadAtStart.join(" ")}`);
  await sql(ADMIN, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  await sql(ADMIN, `CREATE DATABASE ${DB}`);
  await applyMigrations({ kind: "postgres", connectionString: dbUrl });
  const t0 = Date.now();
  await sql(dbUrl, rijkSeedSql());
  const seedMs = Date.now() - t0;
  const t1 = Date.now();
  await sql(dbUrl, "ANALYZE");
  const analyzeMs = Date.now() - t1;
  const counts = (
    await sql<Record<string, number>>(
      dbUrl,
      `select (select count(*) from "Person" where "organisationId" = 'rorg')::int people,
              (select count(*) from "Declaration" where "organisationId" = 'rorg')::int declarations,
              (select count(*) from "Declaration" where "assigneeId" = '${RIJK_MANAGER}' and status = 'SUBMITTED')::int open_for_manager,
              (select count(*) from "RegisterEntry" where "organisationId" = 'rorg' and status = 'PUBLISHED')::int register,
              (select count(*) from "CampaignResponse" where "campaignId" = '${RIJK_CAMPAIGN}')::int campaign_answers,
              pg_size_pretty(pg_database_size('${DB}')) size`,
    )
  )[0]!;
  console.log(
    `seeded in ${(seedMs / 1000).toFixed(1)} s (+ ANALYZE ${(analyzeMs / 1000).toFixed(1)} s): ${JSON.stringify(counts)}`,
  );

  const year = new Date().getFullYear();
  const env = { DATABASE_URL: dbUrl, PORTAL_DEMO: "local-postgres" };
  let server = await startServer(PORT, env);
  assertLocal(server.baseUrl);
  const cookies = async (s: BenchServer) => ({
    manager: await sessionCookie(s.secret, RIJK_MANAGER),
    integrity: await sessionCookie(s.secret, RIJK_INTEGRITY),
    hr: await sessionCookie(s.secret, RIJK_HR),
  });
  const pagesFor = (c: Awaited<ReturnType<typeof cookies>>): Page[] => [
    { name: "health endpoint", path: "/api/health", concurrency: CONCURRENCY },
    { name: "manager queue (200 open)", path: "/beslissen", cookie: c.manager, concurrency: CONCURRENCY },
    { name: "integrity overview", path: "/integriteit/overzicht", cookie: c.integrity, concurrency: CONCURRENCY },
    { name: "public register (20,000)", path: `/register/${RIJK_SLUG}`, concurrency: CONCURRENCY },
    {
      name: "campaign progress (40,000)",
      path: `/beheer/jaarverklaring/${RIJK_CAMPAIGN}`,
      cookie: c.hr,
      concurrency: CONCURRENCY,
    },
    {
      name: `annual-report export ${year}`,
      path: `/integriteit/overzicht/export?jaar=${year}`,
      cookie: c.integrity,
      concurrency: 1,
    },
  ];
  const results: { page: string; path: string; load: LoadResult; bytes: number; p95Ratio: number; p50Ratio: number }[] =
    [];
  try {
    const pages = pagesFor(await cookies(server));
    const sizes: Record<string, number> = {};
    for (const page of pages) {
      for (let i = 0; i < 3; i++) {
        const r = await fetchOnce(server, page);
        if (r.status !== 200) throw new Error(`warm-up ${page.path}: HTTP ${r.status}`);
        sizes[page.name] = r.bytes;
      }
    }
    for (const page of pages) {
      console.log(`  ${page.name}: ${page.concurrency} connection(s), ${SECONDS} s ...`);
      const load = await runLoad({
        name: page.name,
        concurrency: page.concurrency,
        durationMs: SECONDS * 1000,
        request: async () => {
          const r = await fetchOnce(server, page);
          return r.status === 200 ? { ok: true } : { ok: false, reason: `HTTP ${r.status}` };
        },
      });
      results.push({ page: page.name, path: page.path, load, bytes: sizes[page.name]!, p95Ratio: NaN, p50Ratio: NaN });
    }
  } finally {
    await server.stop();
  }
  const health = results[0]!.load.latencyMs;
  for (const r of results) {
    r.p95Ratio = round(r.load.latencyMs.p95 / health.p95, 1);
    r.p50Ratio = round(r.load.latencyMs.p50 / health.p50, 1);
  }

  // ---- EXPLAIN ANALYZE pass: auto_explain for this database only, every statement over 10 ms.
  let explains: Explained[] = [];
  let explainNote = "";
  if (fs.existsSync(PG_LOG)) {
    await sql(ADMIN, `ALTER DATABASE ${DB} SET session_preload_libraries = 'auto_explain'`);
    await sql(ADMIN, `ALTER DATABASE ${DB} SET auto_explain.log_min_duration = '10ms'`);
    await sql(ADMIN, `ALTER DATABASE ${DB} SET auto_explain.log_analyze = on`);
    await sql(ADMIN, `ALTER DATABASE ${DB} SET auto_explain.log_buffers = on`);
    const offset = fs.statSync(PG_LOG).size;
    server = await startServer(PORT, env);
    try {
      const pages = pagesFor(await cookies(server)).slice(1);
      for (const page of pages) for (let i = 0; i < 2; i++) await fetchOnce(server, page);
    } finally {
      await server.stop();
      await sql(ADMIN, `ALTER DATABASE ${DB} RESET ALL`);
    }
    explains = readExplains(offset);
    // On a checkout where `npm run bench` has not run yet, .data/bench does not exist.
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(
      path.join(path.dirname(OUT), "rijk-explain.txt"),
      explains
        .map(
          (e) =>
            `-- ${e.durationMs} ms; indexes: ${e.indexes.join(", ") || "-"}; seq scans: ${e.seqScans.join(", ") || "-"}\n${e.plan}\n`,
        )
        .join("\n"),
    );
  } else explainNote = `no PostgreSQL log at ${PG_LOG}: set RIJK_PG_LOG`;

  if (!process.env.RIJK_KEEP) await sql(ADMIN, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  const out = {
    machine: {
      nproc: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      node: process.version,
      loadAtStart,
      loadAtEnd: os.loadavg().map((n) => round(n)),
      startedAt,
    },
    settings: { SECONDS, CONCURRENCY },
    data: { ...counts, seedSeconds: round(seedMs / 1000, 1), analyzeSeconds: round(analyzeMs / 1000, 1) },
    results,
    explains: explains.map(({ plan: _plan, ...e }) => e),
    explainNote,
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out, null, 2));
  console.log(
    "\n| page | conn. | requests | errors | req/s | p50 ms | p95 ms | p50 × health | p95 × health | bytes |\n|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const r of results) {
    const l = r.load;
    console.log(
      `| ${r.page} | ${l.concurrency} | ${l.requests} | ${l.errors} | ${l.throughputPerS} | ${l.latencyMs.p50} | ${l.latencyMs.p95} | ${r.p50Ratio} | ${r.p95Ratio} | ${r.bytes} |`,
    );
  }
  console.log(`\nStatements over 10 ms (auto_explain, log_analyze): ${explains.length} ${explainNote}`);
  for (const e of explains)
    console.log(
      `  ${e.durationMs} ms | index: ${e.indexes.join(", ") || "-"} | seq scan: ${e.seqScans.join(", ") || "-"} | ${e.query.slice(0, 160)}`,
    );
  console.log(`\nResults in ${OUT}; plans in ${path.join(path.dirname(OUT), "rijk-explain.txt")}`);
}

main().catch(async (error) => {
  console.error(error);
  process.exit(1);
});
