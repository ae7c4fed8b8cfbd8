// Verifies the hash chain of the audit trail (lib/audit/chain.ts), organisation by organisation.
//
// Read-only. Walks each organisation's events in seq order in batches (a chain may hold 100k+ events)
// and stops at the FIRST broken link, which is what an auditor needs: everything before it is intact,
// everything from it on cannot be trusted. What it detects:
//   - content-hash-mismatch: the event's stored fields no longer hash to its stored hash (a row was edited);
//   - prev-hash-mismatch:    its prevHash is not the previous event's hash (a hash was rewritten, or rows swapped);
//   - seq-gap:               a seq number is missing (a row was deleted);
//   - not-chained-to-genesis: the first event does not start the chain (seq 1 with the genesis hash).
// What it cannot detect alone: removal of the LAST events of a chain (nothing points back at them). Compare the
// reported count and last hash with an earlier run (docs/operations.md) for that.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CHAINED_SELECT, GENESIS_HASH, hashEvent } from "./chain";

export type ChainProblem = "content-hash-mismatch" | "prev-hash-mismatch" | "seq-gap" | "not-chained-to-genesis";

export interface ChainBreak {
  /** The seq of the first event that does not verify. */
  seq: number;
  /** Its row id (AuditEvent.id, a bigint, as text). */
  eventId: string;
  problem: ChainProblem;
  /** Human-readable detail for operators: expected versus found (hashes and seq numbers only, no content). */
  detail: string;
}

export interface ChainReport {
  organisationId: string;
  /** Events checked: all of them when ok, those before the break otherwise. */
  count: number;
  ok: boolean;
  /** Hash of the last event checked (intact chains: the chain's head; keep it to detect truncation later). */
  lastHash: string | null;
  lastSeq: number;
  broken?: ChainBreak;
}

export interface VerifyOptions {
  /** Only this organisation's chain. */
  organisationId?: string;
  /** Events read per query (default 2,000). */
  batchSize?: number;
}

type VerifyDb = Pick<PrismaClient, "auditEvent" | "organisation">;

export async function verifyAuditChain(db: VerifyDb, options: VerifyOptions = {}): Promise<ChainReport[]> {
  const organisationIds = options.organisationId ? [options.organisationId] : await chainOrganisations(db);
  const reports: ChainReport[] = [];
  for (const organisationId of organisationIds) {
    reports.push(await verifyOrganisationChain(db, organisationId, options.batchSize ?? 2000));
  }
  return reports;
}

/** Every organisation, plus any organisation id that only occurs in the audit table. */
async function chainOrganisations(db: VerifyDb): Promise<string[]> {
  const orgs = await db.organisation.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const withEvents = await db.auditEvent.findMany({ distinct: ["organisationId"], select: { organisationId: true } });
  return [...new Set([...orgs.map((o) => o.id), ...withEvents.map((e) => e.organisationId)])].sort();
}

export async function verifyOrganisationChain(
  db: VerifyDb,
  organisationId: string,
  batchSize = 2000,
): Promise<ChainReport> {
  let count = 0;
  let prev: { seq: number; hash: string } | null = null;
  for (;;) {
    const after: number = prev === null ? -2147483648 /* Int4 minimum: every seq */ : prev.seq;
    const batch = await db.auditEvent.findMany({
      where: { organisationId, seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: { id: true, ...CHAINED_SELECT },
    });
    for (const e of batch) {
      const broken = (problem: ChainProblem, detail: string): ChainReport => ({
        organisationId,
        count,
        ok: false,
        lastHash: prev?.hash ?? null,
        lastSeq: prev?.seq ?? 0,
        broken: { seq: e.seq, eventId: e.id.toString(), problem, detail },
      });
      if (prev === null) {
        if (e.seq !== 1)
          return broken("seq-gap", `the chain starts at seq ${e.seq}: events 1..${e.seq - 1} are missing`);
        if (e.prevHash !== GENESIS_HASH)
          return broken("not-chained-to-genesis", `the first event's prevHash is ${e.prevHash}, not the genesis hash`);
      } else {
        if (e.seq !== prev.seq + 1) {
          const missing = e.seq - prev.seq - 1;
          return broken(
            "seq-gap",
            `${missing} event${missing === 1 ? "" : "s"} missing after seq ${prev.seq} (deleted)`,
          );
        }
      }
      const recomputed = hashEvent({ ...e, organisationId });
      if (recomputed !== e.hash)
        return broken("content-hash-mismatch", `stored hash ${e.hash}, content hashes to ${recomputed} (edited)`);
      if (prev !== null && e.prevHash !== prev.hash) {
        return broken("prev-hash-mismatch", `prevHash ${e.prevHash} is not the hash of seq ${prev.seq} (${prev.hash})`);
      }
      prev = { seq: e.seq, hash: e.hash };
      count++;
    }
    if (batch.length < batchSize) break;
  }
  return { organisationId, count, ok: true, lastHash: prev?.hash ?? null, lastSeq: prev?.seq ?? 0 };
}

/** One line per organisation, for the CLI and logs (ids and hashes only). */
export function formatChainReport(report: ChainReport, name?: string): string {
  const who = name ? `${name} (${report.organisationId})` : report.organisationId;
  if (report.ok) {
    return `OK      ${who}: ${report.count} event${report.count === 1 ? "" : "s"}, chain intact${report.lastHash ? `, head seq ${report.lastSeq} ${report.lastHash}` : ""}`;
  }
  const b = report.broken!;
  return `BROKEN  ${who}: first broken link at seq ${b.seq} (event id ${b.eventId}): ${b.problem}: ${b.detail}; ${report.count} event${report.count === 1 ? "" : "s"} before it verify`;
}
