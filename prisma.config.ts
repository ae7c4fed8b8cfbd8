// Prisma CLI configuration. The app itself never reads this file: lib/db picks the adapter
// (PGlite by default, PostgreSQL when DATABASE_URL is set) and lib/db/migrate.ts applies migrations.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
