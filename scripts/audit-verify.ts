// npm run audit:verify [-- --organisation <id>] [--checkpoint FILE ...] [--until TIME]
//
// Verifies the hash chain of the audit trail (lib/audit/verify.ts) on the database the app uses
// (DATABASE_URL, else the embedded PGlite in PGLITE_DATA_DIR, or with PORTAL_DEMO=on the demo's .data/pglite). Read-only: it runs no
// migrations and writes nothing. Prints one line per organisation and exits 1 when any chain is broken,
// 2 when it could not check (no database, bad arguments). With the embedded database, stop the portal
// first (PGlite allows one process per data directory).
//
// --checkpoint FILE (repeatable) also checks the chains against signed checkpoints (lib/audit/checkpoint.ts:
// the AUDIT_CHECKPOINT_FILE the portal appends to, or log lines of event audit.checkpoint), which reveals what
// the chain alone cannot: events removed from the end, a truncated table, a consistently rewritten chain. It
// needs the key the portal signed with (AUDIT_CHECKPOINT_KEY, or NEXTAUTH_SECRET). --until TIME ignores
// checkpoints taken after TIME (for a database restored from a backup of that time). Exit 1 on any finding.
import { readFile } from "node:fs/promises";
import { resolveDbTarget } from "../lib/db/config";
import { openDb } from "../lib/db/client";
import { formatChainReport, verifyAuditChain } from "../lib/audit/verify";
import { checkAgainstCheckpoints, formatCheckpointCheck, parseCheckpoints } from "../lib/audit/checkpoint";
import { readAuditCheckpointSettings } from "../lib/audit/settings";

const USAGE =
  "Usage: npm run audit:verify [-- --organisation <id>] [--checkpoint FILE ...] [--until 2026-12-01T00:00:00Z]";

interface Args {
  organisationId?: string;
  checkpoints: string[];
  until?: Date;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const out: Args = { checkpoints: [] };
  const value = (i: number, name: string) => argv[i] ?? fail(`${name} needs a value.`);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag === "--organisation" || flag === "--organization") out.organisationId = inline ?? value(++i, flag);
    else if (flag === "--checkpoint") out.checkpoints.push(inline ?? value(++i, flag));
    else if (flag === "--until") {
      const raw = inline ?? value(++i, flag);
      const at = new Date(raw);
      if (Number.isNaN(at.getTime())) fail(`--until ${raw} is not a time (use e.g. 2026-12-01T00:00:00Z).`);
      out.until = at;
    } else fail(`Unknown argument: ${arg}`);
  }
  if (out.until && out.checkpoints.length === 0) fail("--until only applies with --checkpoint FILE.");
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  // Read the checkpoint files and the key before opening the database: a wrong path is "could not check" (2).
  let parsed: ReturnType<typeof parseCheckpoints> | undefined;
  let keyNote = "";
  if (args.checkpoints.length > 0) {
    const { key } = readAuditCheckpointSettings();
    if (!key)
      throw new Error(
        "checking checkpoints needs the key the portal signed them with: set AUDIT_CHECKPOINT_KEY (or NEXTAUTH_SECRET when the portal had no AUDIT_CHECKPOINT_KEY)",
      );
    const files = await Promise.all(
      args.checkpoints.map(async (source) => ({ source, text: await readFile(source, "utf8") })),
    );
    parsed = parseCheckpoints(files, key, { until: args.until });
    keyNote = `key from ${key.source}, id ${key.keyId}`;
  }

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
    let checkpointsOk = true;
    if (parsed) {
      const check = await checkAgainstCheckpoints(opened.prisma, parsed, { organisationId: args.organisationId });
      console.log(
        `Checkpoints from ${args.checkpoints.join(", ")} (${keyNote}): ${parsed.valid.length} signed, ${parsed.rejected.length} rejected` +
          (parsed.afterUntil ? `, ${parsed.afterUntil} after ${args.until!.toISOString()} ignored` : "") +
          (parsed.ignored ? `, ${parsed.ignored} other lines ignored` : "") +
          ":",
      );
      for (const line of formatCheckpointCheck(check, names)) console.log(line);
      checkpointsOk = check.ok;
      if (parsed.valid.length === 0 && parsed.rejected.length === 0) {
        console.log("No checkpoint found in the file(s): nothing to compare with.");
        checkpointsOk = false;
      }
      const failed =
        check.organisations.filter((o) => !o.ok).length +
        check.rejected.length +
        (check.tableEmpty ? 1 : 0) +
        (checkpointsOk ? 0 : 1) * Number(parsed.valid.length + parsed.rejected.length === 0);
      console.log(
        checkpointsOk
          ? `All ${check.organisations.length} checkpointed chain${check.organisations.length === 1 ? "" : "s"} agree with their checkpoints.`
          : `Checkpoints: ${failed} problem${failed === 1 ? "" : "s"} FOUND.`,
      );
    }
    return broken === 0 && checkpointsOk ? 0 : 1;
  } finally {
    await opened.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `audit:verify could not check the audit trail: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
