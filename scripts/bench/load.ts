// A small load generator on Node's fetch (undici): N concurrent loops for a fixed duration (or until the
// work runs out), every request timed; latency histogram, p50/p95/p99, throughput and error count.
// Load goes to localhost only: the bench refuses any other host.

export interface Outcome {
  ok: boolean;
  /** Why it failed (status code, action error state, exception), counted per reason. */
  reason?: string;
}

export interface LoadOptions {
  name: string;
  concurrency: number;
  durationMs: number;
  /** One request; return null when there is no more work (the loop ends). */
  request: (loop: number, iteration: number) => Promise<Outcome | null>;
}

export interface LoadResult {
  name: string;
  concurrency: number;
  durationMs: number;
  requests: number;
  errors: number;
  errorReasons: Record<string, number>;
  throughputPerS: number;
  latencyMs: { min: number; p50: number; p95: number; p99: number; max: number; mean: number };
  /** Upper bound (ms) -> count, on a roughly logarithmic scale. */
  histogram: { leMs: number; count: number }[];
}

const BUCKETS = [
  1,
  2,
  3,
  5,
  7.5,
  10,
  15,
  20,
  30,
  50,
  75,
  100,
  150,
  200,
  300,
  500,
  750,
  1000,
  1500,
  2000,
  3000,
  5000,
  10000,
  Infinity,
];

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host))
    throw new Error(`the benchmark only loads localhost, not ${host}`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(
  name: string,
  concurrency: number,
  durationMs: number,
  latencies: number[],
  errorReasons: Record<string, number>,
): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const errors = Object.values(errorReasons).reduce((a, b) => a + b, 0);
  const histogram = BUCKETS.map((leMs) => ({ leMs, count: 0 }));
  for (const l of sorted) histogram.find((b) => l <= b.leMs)!.count++;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    concurrency,
    durationMs: Math.round(durationMs),
    requests: sorted.length,
    errors,
    errorReasons,
    throughputPerS: round((sorted.length / durationMs) * 1000),
    latencyMs: {
      min: round(sorted[0] ?? NaN),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? NaN),
      mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
    },
    histogram: histogram.filter((b) => b.count > 0),
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorReasons: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + options.durationMs;
  let lastEnd = started;
  async function loop(index: number) {
    for (let i = 0; performance.now() < deadline; i++) {
      const t0 = performance.now();
      let outcome: Outcome | null;
      try {
        outcome = await options.request(index, i);
      } catch (error) {
        outcome = { ok: false, reason: `exception: ${(error as Error).message.slice(0, 80)}` };
      }
      const t1 = performance.now();
      if (outcome === null) return;
      latencies.push(t1 - t0);
      lastEnd = Math.max(lastEnd, t1);
      if (!outcome.ok) errorReasons[outcome.reason ?? "error"] = (errorReasons[outcome.reason ?? "error"] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => loop(i)));
  // Throughput over the time the loops really ran (they finish their last request after the deadline,
  // or stop early when the work runs out).
  return summarise(options.name, options.concurrency, lastEnd - started, latencies, errorReasons);
}

/** Reads the whole body (so the connection is reused) and classifies the status. */
export async function drain(res: Response): Promise<string> {
  return res.text();
}
