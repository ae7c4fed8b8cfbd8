// npm run db:migrate [-- --rolled-back <migration_name>]
//
// Applies the pending migrations of prisma/migrations (what `prisma migrate deploy` does, via
// the WebAssembly schema engine, so it works without internet):
//   - DATABASE_URL set (postgresql://...): to that PostgreSQL database;
//   - otherwise: to the embedded PGlite database in PGLITE_DATA_DIR (or, with PORTAL_DEMO=on, the
//     demo's .data/pglite), created if missing; neither set: it stops and says so (lib/config).
//     Stop the app first: PGlite allows one process per data directory.
// With MIGRATION_DATABASE_URL (the owner role, decision 036) beside DATABASE_URL (the portal's role), the
// migrations run as the owner and the portal's role is then granted its rights: SELECT and INSERT only on
// "AuditEvent" (lib/db/roles.ts). Without it, DATABASE_URL migrates, as before.
// --rolled-back NAME marks a failed migration as rolled back (`prisma migrate resolve
// --rolled-back NAME`), so that the next run applies it again.
import { mkdir } from "node:fs/promises";
import { applyMigrations, markMigrationRolledBack, type MigrationTarget } from "../lib/db/migrate";
import { redactUrl, resolveDbTarget, resolveMigrationUrl } from "../lib/db/config";
import { applyApplicationGrants } from "../lib/db/roles";
import { acquirePgliteLock } from "../lib/db/pglite-lock";

function usage(): never {
  console.error("Usage: npm run db:migrate [-- --rolled-back <migration_name>]");
  process.exit(2);
}

function parseArgs(argv: string[]): { rolledBack?: string } {
  const out: { rolledBack?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--rolled-back") {
      const name = argv[++i];
      if (!name) usage();
      out.rolledBack = name;
    } else if (arg?.startsWith("--rolled-back=")) {
      out.rolledBack = arg.slice("--rolled-back=".length) || usage();
    } else if (arg === "--help" || arg === "-h") {
      usage();
    } else {
      console.error(`Unknown argument: ${arg}`);
      usage();
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Same choice as the app (lib/config): DATABASE_URL, else PGlite in PGLITE_DATA_DIR (or the demo's .data/pglite).
  const db = resolveDbTarget();
  let target: MigrationTarget;
  let close = async (): Promise<void> => {};
  const ownerUrl = resolveMigrationUrl();
  if (db.kind === "postgres") {
    target = { kind: "postgres", connectionString: ownerUrl ?? db.connectionString };
  } else {
    await mkdir(db.dataDir, { recursive: true });
    // PGlite is one process per data directory: refuse if the running app holds it.
    const release = acquirePgliteLock(db.dataDir);
    const { PGlite } = await import("@electric-sql/pglite");
    let client: InstanceType<typeof PGlite>;
    try {
      client = await PGlite.create({ dataDir: db.dataDir });
    } catch (error) {
      release();
      throw new Error(`Cannot open the PGlite database in ${db.dataDir}: ${(error as Error).message}`);
    }
    target = { kind: "pglite", client };
    close = async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    };
  }
  const where = ownerUrl ? `PostgreSQL at ${redactUrl(ownerUrl)} (the owner role, MIGRATION_DATABASE_URL)` : db.display;

  try {
    if (args.rolledBack) {
      await markMigrationRolledBack(target, args.rolledBack);
      console.log(
        `Marked migration ${args.rolledBack} as rolled back in ${where}. Run npm run db:migrate to apply it again.`,
      );
      return;
    }
    const { applied } = await applyMigrations(target);
    if (applied.length === 0) {
      console.log(`${where}: up to date, no migration to apply.`);
    } else {
      console.log(`${where}: applied ${applied.length} migration${applied.length === 1 ? "" : "s"}:`);
      for (const name of applied) console.log(`  - ${name}`);
    }
    if (ownerUrl && db.kind === "postgres") {
      const { appRole } = await applyApplicationGrants(ownerUrl, db.connectionString);
      console.log(`Granted "${appRole}" (DATABASE_URL) its rights; on "AuditEvent" only SELECT and INSERT.`);
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
