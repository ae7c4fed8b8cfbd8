// Graceful shutdown (docs/decisions/035-custom-server-and-graceful-shutdown.md). The server process
// (scripts/serve.ts) owns SIGTERM/SIGINT: it marks the instance as draining (readiness answers 503 at
// once), stops listening, lets the requests in flight finish within the grace period, then asks the hooks
// registered here by lib/startup.ts to stop the job runner and close the database, and exits 0.
//
// The state lives on globalThis because scripts/serve.ts and the code Next compiled into .next are two
// copies of this module in one process. No imports: the server script loads this file as it is.

export interface ShutdownHooks {
  /** Stop taking jobs and hand back the ones held (pg-boss stop, graceful), within `timeoutMs`. */
  stopJobs(timeoutMs: number): Promise<void>;
  /** Close the database pool / the embedded PGlite (after the last request has finished). */
  closeDatabase(): Promise<void>;
}

interface ShutdownState {
  draining: boolean;
  /** Set by scripts/serve.ts from listening until its warm-up has finished: readiness answers 503 ("starting"). */
  warmingUp?: boolean;
  signal?: string;
  /** Set by scripts/serve.ts: the server process handles the signals, lib/startup.ts does not. */
  serverOwnsSignals?: boolean;
  hooks?: ShutdownHooks;
}

const state: ShutdownState = ((globalThis as { __portalShutdown?: ShutdownState }).__portalShutdown ??= {
  draining: false,
});

export const DEFAULT_GRACE_SECONDS = 25;

/**
 * PORTAL_SHUTDOWN_GRACE_SECONDS: how long requests in flight may take to finish after SIGTERM (default 25,
 * 0 to 600). Read in one place so it can move into the validated configuration (lib/config).
 */
export function shutdownGraceSeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PORTAL_SHUTDOWN_GRACE_SECONDS?.trim();
  if (!raw) return DEFAULT_GRACE_SECONDS;
  const value = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || value > 600) {
    throw new Error(
      `PORTAL_SHUTDOWN_GRACE_SECONDS must be a number of seconds from 0 to 600 (got "${raw.slice(0, 20)}").`,
    );
  }
  return value;
}

/** True from the moment a shutdown signal arrived: readiness answers 503. */
export function isDraining(): boolean {
  return state.draining;
}

/** True while the server warms itself up after listening (scripts/serve.ts): not ready for traffic yet. */
export function isWarmingUp(): boolean {
  return state.warmingUp === true;
}

export function markWarmingUp(warming: boolean): void {
  state.warmingUp = warming;
}

export function markDraining(signal: string): void {
  state.draining = true;
  state.signal = signal;
}

export function claimSignals(): void {
  state.serverOwnsSignals = true;
}

export function serverOwnsSignals(): boolean {
  return state.serverOwnsSignals === true;
}

export function registerShutdownHooks(hooks: ShutdownHooks): void {
  state.hooks = hooks;
}

export function shutdownHooks(): ShutdownHooks | undefined {
  return state.hooks;
}
