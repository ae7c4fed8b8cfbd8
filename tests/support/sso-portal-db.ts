// Fills the database of the single sign-on portal instance (playwright.config.ts, project "sso") before it
// starts, explicitly: that instance has single sign-on configured, so it must not count on being seeded as a
// demo. On PostgreSQL (DATABASE_URL) the database is dropped and created anew on the same server; on the
// embedded database (PGLITE_DATA_DIR) the folder is removed. Then migrations and the demo people, as
// `npm run db:seed` does.
import fs from "node:fs";
import pg from "pg";
import { prepareDatabase } from "@/lib/db";

const url = process.env.DATABASE_URL;
if (url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name for the SSO tests: ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.query(`create database "${name}"`);
  await client.end();
} else {
  const dir = process.env.PGLITE_DATA_DIR;
  if (!dir) throw new Error("Set PGLITE_DATA_DIR or DATABASE_URL for the SSO portal's database.");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
}
const opened = await prepareDatabase(undefined, { seedDemo: true });
console.log(`SSO portal database ready (${opened.target.display}): ${await opened.prisma.person.count()} people.`);
await opened.close();
