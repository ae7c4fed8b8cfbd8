// Asking for an e-mail delivery soon, after a change that wrote notifications. The job runner (lib/jobs/runner.ts)
// hands its queue here when it starts and takes it back when it stops: the runner runs every feature's daily work,
// so the features must not import it, and this small module is what they import instead (decision 057).
export const DELIVER = "deliver-mail";

interface Queue {
  send(name: string, data: object, options: { singletonKey: string }): Promise<unknown>;
}

// On globalThis like the runner's own state: Next may load this module more than once in one process.
const holder: { queue?: Queue } = ((
  globalThis as { __portalDeliveryQueue?: { queue?: Queue } }
).__portalDeliveryQueue ??= {});

/** The runner's queue while it runs (undefined: stopped), set by lib/jobs/runner.ts only. */
export function setDeliveryQueue(queue: Queue | undefined): void {
  holder.queue = queue;
}

/** Asks for a delivery soon. Called after a transaction that wrote notifications has committed. */
export function kickDelivery(): void {
  // Never inside a transaction: on PGlite that would wait for the transaction that is waiting for it.
  holder.queue?.send(DELIVER, {}, { singletonKey: "deliver" }).catch(() => {});
}
