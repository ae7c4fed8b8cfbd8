// npm run audit:verify [-- --organisation <id>]
//
// Verifies the hash chain of the audit trail (lib/audit/verify.ts) on the database the app uses
// (DATABASE_URL, else the embedded PGlite in PGLITE_DATA_DIR, or with PORTAL_DEMO=on the demo's .data/pglite). Read-only: it runs no
// migrations and writes nothing. Prints one line per organisation and exits 1 when any chain is broken,
// 2 when it could not check (no database, bad arguments). With the embedded database, stop the portal
// first (PGlite allows one process per data directory).
import { resolveDbTarget } from "../lib/db/config";
import { openDb } from "../lib/db/client";
import { formatChainReport, verifyAuditChain } from "../lib/audit/verify";

function parseArgs(argv: string[]): { organisationId?: string } {
  const out: { organisationId?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--organisation" || arg === "--organization") out.organisationId = argv[++i];
    else if (arg.startsWith("--organisation=")) out.organisationId = arg.slice("--organisation=".length);
    else {
      console.error(`Unknown argument: ${arg}\nUsage: npm run audit:verify [-- --organisation <id>]`);
      process.exit(2);
    }
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const target = resolveDbTarget();
  const opened = await openDb(target);
  try {
    const reports = await verifyAuditChain(opened.prisma, { organisationId: args.organisationId });
    const names = new Map(
      (await opened.prisma.organisation.findMany({ select: { id: true, name: true } })).map((o) => [o.id, o.name]),
    );
    console.log(`Audit trail of ${target.display}:`);
    for (const report of reports) console.log(formatChainReport(report, names.get(report.organisationId)));
    const broken = reports.filter((r) => !r.ok).length;
    const total = reports.reduce((n, r) => n + r.count, 0);
    console.log(
      broken === 0
        ? `All ${reports.length} chain${reports.length === 1 ? "" : "s"} intact (${total} events).`
        : `${broken} of ${reports.length} chain${reports.length === 1 ? "" : "s"} BROKEN.`,
    );
    return broken === 0 ? 0 : 1;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`audit:verify could not check the audit trail: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
