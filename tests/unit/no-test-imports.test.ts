// Nothing the production build contains imports from tests/ (issue 14 item 4, decision 045): the demo seed
// used to import tests/factories, so the portal's server carried test code. The factories are lib/demo's now.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = [
  "app",
  "components",
  "lib",
  "prisma",
  "proxy.ts",
  "instrumentation.ts",
  "scripts/serve.ts",
  "scripts/start.ts",
];

function sources(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return /\.(ts|tsx|mjs|js)$/.test(entry) ? [entry] : [];
  return fs
    .readdirSync(entry)
    .flatMap((name) => (name === "generated" || name === "node_modules" ? [] : sources(path.join(entry, name))));
}

describe("the production code", () => {
  it("imports nothing from tests/", () => {
    const files = ROOTS.flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) =>
      /from\s+["'](@\/tests\/|(\.\.\/)+tests\/)|import\(\s*["'](@\/tests\/|(\.\.\/)+tests\/)/.test(
        fs.readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
