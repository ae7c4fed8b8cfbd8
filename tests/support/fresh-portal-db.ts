// Makes a fresh database for a portal instance of the end-to-end run before it starts (playwright.config.ts: the
// single sign-on portal of project "sso", and lane 1's demo portal), explicitly: the SSO instance has single sign-on
// configured, so it must not count on being seeded as a demo. On PostgreSQL (DATABASE_URL) the database is dropped
// and created anew on the same server; on the embedded database (PGLITE_DATA_DIR) the folder is removed. Then
// migrations and the demo people, as `npm run db:seed` does.
import fs from "node:fs";
import pg from "pg";
import { prepareDatabase } from "@/lib/db";

const url = process.env.DATABASE_URL;
if (url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name for an end-to-end portal: ${name}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.query(`create database "${name}"`);
  await client.end();
} else {
  const dir = process.env.PGLITE_DATA_DIR;
  if (!dir) throw new Error("Set PGLITE_DATA_DIR or DATABASE_URL for the portal's database.");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
}
const opened = await prepareDatabase(undefined, { seedDemo: true });
console.log(`Portal database ready (${opened.target.display}): ${await opened.prisma.person.count()} people.`);
await opened.close();
