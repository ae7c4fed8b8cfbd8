// A declaration's thread: its messages and decisions in the order they were written. The declarant's page
// (./reads.ts), the decider's page (lib/decisions/read.ts) and the printable record (lib/decisions/record.ts) read
// it with this one select, so the three show the same thread; each adds the fields its reader may see.
import type { Prisma } from "@/lib/generated/prisma/client";

export const THREAD_SELECT = {
  messages: {
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
  },
  decisions: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      outcome: true,
      reason: true,
      conditions: true,
      againstCode: true,
      codeOutcome: true,
      acknowledgedAt: true,
      decider: { select: { name: true } },
      onBehalfOf: { select: { name: true } },
    },
  },
} as const satisfies Prisma.DeclarationSelect;

type Thread = Prisma.DeclarationGetPayload<{ select: typeof THREAD_SELECT }>;

export interface ThreadMessage {
  kind: string;
  body: string;
  authorName: string;
  createdAt: string;
}

export function threadMessage(m: Thread["messages"][number]): ThreadMessage {
  return { kind: m.kind, body: m.body, authorName: m.author.name, createdAt: m.createdAt.toISOString() };
}

/** What every reader of the thread sees of a decision. */
export interface ThreadDecision {
  outcome: string;
  reason: string;
  conditions: string | null;
  againstCode: boolean;
  deciderName: string;
  onBehalfOfName: string | null;
  createdAt: string;
}

export function threadDecision(x: Thread["decisions"][number]): ThreadDecision {
  return {
    outcome: x.outcome,
    reason: x.reason,
    conditions: x.conditions,
    againstCode: x.againstCode,
    deciderName: x.decider.name,
    onBehalfOfName: x.onBehalfOf?.name ?? null,
    createdAt: x.createdAt.toISOString(),
  };
}
