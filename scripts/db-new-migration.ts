// npm run db:migration:new -- <name>
//
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL that brings a
// database built from the existing migrations up to prisma/schema.prisma (what
// `prisma migrate dev --create-only` would write). Needs no database server: the migrations are
// replayed on an in-memory PGlite. Refuses when the schema and the migrations already agree.
// Review the file (and edit it for data migrations), then run `npm run db:migrate`.
import { mkdir, readdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import {
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  MIGRATION_SQL_FILE,
  defaultMigrationsDir,
  diffMigrationsToSchema,
  isEmptyMigration,
} from "../lib/db/migrate";

/** Prisma's naming: lower case, runs of anything but [a-z0-9] become "_". */
function migrationSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** UTC timestamp YYYYMMDDHHMMSS, as `prisma migrate dev` uses. */
function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<void> {
  const rawName = process.argv.slice(2).join(" ").trim();
  const slug = migrationSlug(rawName);
  if (!slug) {
    console.error("Usage: npm run db:migration:new -- <name>   (e.g. add_case_status)");
    process.exitCode = 2;
    return;
  }

  const migrationsDir = defaultMigrationsDir();
  const sql = await diffMigrationsToSchema({ migrationsDir });
  if (isEmptyMigration(sql)) {
    console.error(
      `No change: prisma/schema.prisma and the migrations in ${path.relative(process.cwd(), migrationsDir) || "."} agree. ` +
        "Nothing written. Edit the schema first.",
    );
    process.exitCode = 1;
    return;
  }

  // A migration must sort after every existing one, even if the clock disagrees.
  const existing = (await readdir(migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  let stamp = timestamp(new Date());
  const last = existing.at(-1)?.slice(0, 14);
  if (last && /^\d{14}$/.test(last) && stamp <= last) stamp = String(BigInt(last) + 1n);
  const dirName = `${stamp}_${slug}`;
  const dir = path.join(migrationsDir, dirName);
  if (await exists(dir)) throw new Error(`${dir} already exists; retry in a second.`);

  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, MIGRATION_SQL_FILE), sql);
  const lockPath = path.join(migrationsDir, MIGRATION_LOCK_FILE);
  if (!(await exists(lockPath))) await writeFile(lockPath, MIGRATION_LOCK_CONTENT);

  const rel = path.relative(process.cwd(), path.join(dir, MIGRATION_SQL_FILE));
  console.log(`Wrote ${rel}:\n`);
  console.log(sql.trimEnd());
  console.log(`\nReview it, then apply it with: npm run db:migrate`);
}

main().catch((error: unknown) => {
  console.error(`db:migration:new failed.\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
