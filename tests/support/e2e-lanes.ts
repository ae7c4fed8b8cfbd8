// The end-to-end run's lanes (docs/decisions/076-two-demo-portals.md): each of Playwright's worker slots has a demo
// portal and database of its own, so the chromium and no-js specs run two at a time without seeing each other's
// declarations, and the specs that start a server of their own (reminders, shutdown, production-config) get a port
// and data folder per lane. The slot is Playwright's parallel index (TEST_PARALLEL_INDEX, set in each worker process
// before it loads playwright.config.ts); the runner process itself counts as lane 0.
//
// Ports from E2E_PORT (3100): lane 0's portal +0, its own-server port +7; the OpenID provider +5, the SSO portal +6,
// the phone portal +8; lane 1's portal +9, its own-server port +10.

export const LANES = 2;

const base = Number(process.env.E2E_PORT ?? 3100);

/** This process's lane: Playwright's parallel index in a worker, 0 in the runner. */
export function currentLane(): number {
  const lane = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  if (!Number.isInteger(lane) || lane < 0 || lane >= LANES)
    throw new Error(`End-to-end lane ${lane} has no portal: run with at most ${LANES} workers.`);
  return lane;
}

/** The ports of a lane: its demo portal, and the one a spec may start a server of its own on. */
export function lanePorts(lane: number = currentLane()): { portal: number; ownServer: number } {
  return lane === 0 ? { portal: base, ownServer: base + 7 } : { portal: base + 9, ownServer: base + 10 };
}

/** A data folder name of this lane: ".data/e2e-reminders" in lane 0, ".data/e2e-reminders-1" in lane 1. */
export function laneDataDir(dir: string, lane: number = currentLane()): string {
  return lane === 0 ? dir : `${dir}-${lane}`;
}
