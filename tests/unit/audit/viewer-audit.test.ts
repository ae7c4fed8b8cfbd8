// The audit helpers of decision 074: the viewer's organisation and id filled in, a create before its event.
import { describe, expect, it } from "vitest";
import { createAudited, recordViewerAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A transaction that records what recordAudit asks of it, in order. */
function fakeTx(steps: string[]) {
  const events: Record<string, unknown>[] = [];
  const tx = {
    $executeRaw: async () => {
      steps.push("lock");
      return 0;
    },
    auditEvent: {
      findFirst: async () => null,
      create: async ({ data }: { data: Record<string, unknown> }) => {
        steps.push(`audit ${String(data.action)}`);
        events.push(data);
        return data;
      },
    },
  };
  return { tx: tx as unknown as Prisma.TransactionClient, events };
}

const viewer = { id: "p1", organisationId: "o1" };

describe("viewer audit helpers", () => {
  it("recordViewerAudit writes the event as the viewer, in the viewer's organisation", async () => {
    const steps: string[] = [];
    const { tx, events } = fakeTx(steps);
    await recordViewerAudit(tx, viewer, { action: "x.done", entityType: "X", entityId: "e1", data: { a: 1 } });
    expect(events).toMatchObject([
      {
        organisationId: "o1",
        actorId: "p1",
        action: "x.done",
        entityType: "X",
        entityId: "e1",
        data: { a: 1 },
        seq: 1,
      },
    ]);
  });

  it("createAudited creates first, then audits the new row, and returns what the create selected", async () => {
    const steps: string[] = [];
    const { tx, events } = fakeTx(steps);
    // Lazy, like a Prisma query: it runs when awaited.
    const create: PromiseLike<{ id: string; version: number }> = {
      then(onFulfilled, onRejected) {
        steps.push("create");
        return Promise.resolve({ id: "new1", version: 1 }).then(onFulfilled, onRejected);
      },
    };
    steps.push("before");
    await expect(createAudited(tx, viewer, create, { action: "x.created", entityType: "X" })).resolves.toEqual({
      id: "new1",
      version: 1,
    });
    expect(steps).toEqual(["before", "create", "lock", "audit x.created"]);
    expect(events[0]).toMatchObject({ entityId: "new1", actorId: "p1", organisationId: "o1", data: {} });
  });
});
