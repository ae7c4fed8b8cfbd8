// Vitest global setup of the integration project: names this run (the templates seeded in it are named after it,
// tests/support/db-templates.ts) and removes them when the run ends, with any left by a crashed run.
import type { TestProject } from "vitest/node";
import { cleanPgliteTemplates, cleanPgTemplates, migrationsFingerprint, newRunId } from "./db-templates";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = newRunId();
  project.provide("testDbRun", run);
  const clean = async () => {
    await cleanPgliteTemplates(run, migrationsFingerprint());
    if (process.env.TEST_DATABASE_URL) await cleanPgTemplates(process.env.TEST_DATABASE_URL, run);
  };
  await clean();
  return clean;
}
