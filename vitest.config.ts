import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          testTimeout: 30_000,
          // Vitest's default on a 2-core machine is one worker; the unit tests are pure and light, two fit.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          // Tests call the declaration actions far more often than a person would: the per-person limit
          // (lib/rate-limit) is lifted here and tested on its own in tests/integration/rate-limits.test.ts.
          // The data layer runs as in the demo (demo sign-in, mail kept in the portal): asked for explicitly,
          // as every demo server must (docs/decisions/034-configuration-and-demo-mode.md).
          env: { RATE_LIMIT_SUBMIT_PER_HOUR: "1000000", PORTAL_DEMO: "on" },
          include: ["tests/integration/**/*.test.ts"],
          // Test databases are copies of templates made once (docs/decisions/044-faster-tests.md).
          globalSetup: ["tests/support/db-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // PGlite instances are memory-hungry; keep parallelism modest on 2 cores.
          maxWorkers: 2,
        },
      },
    ],
  },
});
