// Checkpoints anchor each organisation's audit chain OUTSIDE the database (issue 20 item 5, decision 036).
//
// The hash chain (lib/audit/chain.ts) reveals an edited or removed event in the middle, but not the removal of
// the LAST events, a truncated table, or a chain rewritten consistently (every hash recomputed) by someone who
// can write the table: all of these still verify as "intact". A checkpoint records (organisation, seq, head
// hash, time), signed with an HMAC key, in the structured log and in a file an operator keeps elsewhere;
// `npm run audit:verify -- --checkpoint FILE` then checks that the chain still holds every checkpointed head:
//   - events-missing: the chain is shorter than a checkpoint (events removed from the end);
//   - chain-empty:    an organisation with checkpointed events has none left (deleted, or the table truncated);
//   - hash-mismatch:  the event at a checkpointed seq has another hash (the chain was rewritten);
//   - bad-signature / malformed: a checkpoint line was altered, forged, or signed with another key.
// A checkpoint line (file) is the structured log line's fields, so lines taken from the log work as well:
//   {"event":"audit.checkpoint","organisationId":"…","seq":39,"hash":"…","checkpointAt":"…","reason":"interval","keyId":"…","signature":"…"}
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./chain";
import type { CheckpointKey } from "./settings";

export const CHECKPOINT_EVENT = "audit.checkpoint";

export type CheckpointReason = "interval" | "shutdown" | "manual";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
export const CheckpointSchema = z.object({
  event: z.literal(CHECKPOINT_EVENT),
  organisationId: z.string().min(1).max(100),
  seq: z.number().int().positive(),
  hash: Hex64,
  checkpointAt: z.iso.datetime(),
  reason: z.enum(["interval", "shutdown", "manual"]),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: Hex64,
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

type CheckpointDb = Pick<PrismaClient, "auditEvent" | "organisation">;

/** A checkpoint's fields in their fixed order, without event and signature: what is signed. */
function signedFields(c: Omit<Checkpoint, "signature" | "event">) {
  return {
    organisationId: c.organisationId,
    seq: c.seq,
    hash: c.hash,
    checkpointAt: c.checkpointAt,
    reason: c.reason,
    keyId: c.keyId,
  };
}

/** The fields a checkpoint line carries, in the file's and the log's fixed order (without the event name). */
export function checkpointFields(c: Checkpoint) {
  return { ...signedFields(c), signature: c.signature };
}

function signedPayload(c: Omit<Checkpoint, "signature" | "event">): string {
  return canonicalJson({ event: CHECKPOINT_EVENT, ...signedFields(c) });
}

export function signCheckpoint(
  head: { organisationId: string; seq: number; hash: string },
  key: CheckpointKey,
  reason: CheckpointReason,
  at: Date = new Date(),
): Checkpoint {
  const unsigned = {
    organisationId: head.organisationId,
    seq: head.seq,
    hash: head.hash,
    checkpointAt: at.toISOString(),
    reason,
    keyId: key.keyId,
  };
  const signature = createHmac("sha256", key.key).update(signedPayload(unsigned)).digest("hex");
  return { event: CHECKPOINT_EVENT, ...unsigned, signature };
}

/** True when the checkpoint's signature is this key's over exactly these fields. */
export function checkpointSignatureValid(c: Checkpoint, key: CheckpointKey): boolean {
  if (c.keyId !== key.keyId) return false;
  const expected = createHmac("sha256", key.key).update(signedPayload(c)).digest();
  const given = Buffer.from(c.signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The file form: one JSON object per line, fields in a fixed order. */
export function checkpointLine(c: Checkpoint): string {
  return JSON.stringify({ event: c.event, ...checkpointFields(c) });
}

/** Each organisation's head (last seq and its hash); organisations without events have none. */
export async function readChainHeads(
  db: CheckpointDb,
): Promise<{ organisationId: string; seq: number; hash: string }[]> {
  const maxima = await db.auditEvent.groupBy({
    by: ["organisationId"],
    _max: { seq: true },
    orderBy: { organisationId: "asc" },
  });
  const heads: { organisationId: string; seq: number; hash: string }[] = [];
  for (const m of maxima) {
    if (m._max.seq === null) continue;
    const head = await db.auditEvent.findUnique({
      where: { organisationId_seq: { organisationId: m.organisationId, seq: m._max.seq } },
      select: { organisationId: true, seq: true, hash: true },
    });
    if (head) heads.push(head);
  }
  return heads;
}

// ---------------------------------------------------------------------------------------------
// Reading a checkpoint file and checking the database against it

export type CheckpointProblem = "events-missing" | "chain-empty" | "hash-mismatch" | "bad-signature" | "malformed";

export interface CheckpointFinding {
  problem: CheckpointProblem;
  /** null for a line that could not be read (malformed) */
  organisationId: string | null;
  /** 1-based line number in the file(s) read. */
  line: number;
  source: string;
  detail: string;
}

export interface ParsedCheckpoints {
  /** Lines that are checkpoints with a valid signature (and not after `until`). */
  valid: (Checkpoint & { line: number; source: string })[];
  /** Altered, forged, unreadable checkpoint lines. */
  rejected: CheckpointFinding[];
  /** Other lines (log lines of other events, blank lines): ignored. */
  ignored: number;
  /** Valid checkpoints later than `until`: ignored. */
  afterUntil: number;
}

/**
 * Reads checkpoint lines (a checkpoint file, or a structured log with other lines in it). A line whose event is
 * audit.checkpoint but whose fields or signature do not hold is REJECTED (reported as a problem), never silently skipped.
 */
export function parseCheckpoints(
  files: { source: string; text: string }[],
  key: CheckpointKey,
  options: { until?: Date } = {},
): ParsedCheckpoints {
  const out: ParsedCheckpoints = { valid: [], rejected: [], ignored: 0, afterUntil: 0 };
  for (const { source, text } of files) {
    const lines = text.split("\n");
    lines.forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === "") return;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch {
        if (trimmed.includes(CHECKPOINT_EVENT)) {
          out.rejected.push({ problem: "malformed", organisationId: null, line, source, detail: "not valid JSON" });
        } else out.ignored++;
        return;
      }
      if (typeof value !== "object" || value === null || (value as { event?: unknown }).event !== CHECKPOINT_EVENT) {
        out.ignored++;
        return;
      }
      const parsed = CheckpointSchema.safeParse(value);
      const orgId =
        typeof (value as { organisationId?: unknown }).organisationId === "string"
          ? (value as { organisationId: string }).organisationId
          : null;
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "(line)"))].join(", ");
        out.rejected.push({
          problem: "malformed",
          organisationId: orgId,
          line,
          source,
          detail: `missing or invalid: ${fields}`,
        });
        return;
      }
      const c = parsed.data;
      if (c.keyId !== key.keyId) {
        out.rejected.push({
          problem: "bad-signature",
          organisationId: c.organisationId,
          line,
          source,
          detail: `signed with key id ${c.keyId}, but the key from ${key.source} has id ${key.keyId}: verify with the key that was in use, or the line was forged`,
        });
        return;
      }
      if (!checkpointSignatureValid(c, key)) {
        out.rejected.push({
          problem: "bad-signature",
          organisationId: c.organisationId,
          line,
          source,
          detail: "the signature does not match the line's fields: the line was altered or forged",
        });
        return;
      }
      if (options.until && new Date(c.checkpointAt) > options.until) {
        out.afterUntil++;
        return;
      }
      out.valid.push({ ...c, line, source });
    });
  }
  return out;
}

export interface OrganisationCheckpointReport {
  organisationId: string;
  /** Valid checkpoints of this organisation that were checked. */
  checkpoints: number;
  ok: boolean;
  /** The latest checkpoint (highest seq, then latest time). */
  latest: { seq: number; hash: string; checkpointAt: string };
  /** The chain's current last seq in the database (0: no events). */
  chainSeq: number;
  /** The first problem found (the most telling one: missing events before hash mismatches). */
  finding?: CheckpointFinding;
}

export interface CheckpointCheck {
  organisations: OrganisationCheckpointReport[];
  rejected: CheckpointFinding[];
  /** The audit table holds no events at all while checkpoints recorded some: it was truncated (or emptied). */
  tableEmpty: boolean;
  ok: boolean;
}

/** Checks the database's chains against valid checkpoints: every checkpointed (seq, hash) must still be in the chain. */
export async function checkAgainstCheckpoints(
  db: CheckpointDb,
  parsed: ParsedCheckpoints,
  options: { organisationId?: string } = {},
): Promise<CheckpointCheck> {
  const byOrg = new Map<string, (Checkpoint & { line: number; source: string })[]>();
  for (const c of parsed.valid) {
    if (options.organisationId && c.organisationId !== options.organisationId) continue;
    const list = byOrg.get(c.organisationId) ?? [];
    list.push(c);
    byOrg.set(c.organisationId, list);
  }
  const organisations: OrganisationCheckpointReport[] = [];
  for (const [organisationId, list] of [...byOrg.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => a.seq - b.seq || a.checkpointAt.localeCompare(b.checkpointAt));
    const latest = list[list.length - 1]!;
    const max = await db.auditEvent.aggregate({ where: { organisationId }, _max: { seq: true } });
    const chainSeq = max._max.seq ?? 0;
    const report: OrganisationCheckpointReport = {
      organisationId,
      checkpoints: list.length,
      ok: true,
      chainSeq,
      latest: { seq: latest.seq, hash: latest.hash, checkpointAt: latest.checkpointAt },
    };
    const where = (c: { line: number; source: string }) => ({ line: c.line, source: c.source });
    if (latest.seq > chainSeq) {
      const missing = latest.seq - chainSeq;
      report.ok = false;
      report.finding =
        chainSeq === 0
          ? {
              problem: "chain-empty",
              organisationId,
              ...where(latest),
              detail: `no events left, but the checkpoint of ${latest.checkpointAt} recorded ${latest.seq} (head ${latest.hash}): the events were deleted or the table truncated`,
            }
          : {
              problem: "events-missing",
              organisationId,
              ...where(latest),
              detail: `the chain ends at seq ${chainSeq}, but the checkpoint of ${latest.checkpointAt} recorded seq ${latest.seq} (head ${latest.hash}): ${missing} event${missing === 1 ? "" : "s"} removed from the end`,
            };
    } else {
      // Every checkpointed seq must still carry the checkpointed hash (in seq order: the first mismatch is reported).
      const seqs = [...new Set(list.map((c) => c.seq))];
      const stored = new Map<number, string>();
      for (let i = 0; i < seqs.length; i += 1000) {
        const rows = await db.auditEvent.findMany({
          where: { organisationId, seq: { in: seqs.slice(i, i + 1000) } },
          select: { seq: true, hash: true },
        });
        for (const r of rows) stored.set(r.seq, r.hash);
      }
      for (const c of list) {
        const hash = stored.get(c.seq);
        if (hash === c.hash) continue;
        report.ok = false;
        report.finding = {
          problem: hash === undefined ? "events-missing" : "hash-mismatch",
          organisationId,
          ...where(c),
          detail:
            hash === undefined
              ? `event seq ${c.seq} recorded by the checkpoint of ${c.checkpointAt} is missing (deleted)`
              : `event seq ${c.seq} has hash ${hash}, but the checkpoint of ${c.checkpointAt} recorded ${c.hash}: the chain was rewritten`,
        };
        break;
      }
    }
    organisations.push(report);
  }
  const rejected = options.organisationId
    ? parsed.rejected.filter((r) => r.organisationId === null || r.organisationId === options.organisationId)
    : parsed.rejected;
  const anyCheckpointedEvents = organisations.some((o) => o.latest.seq > 0);
  const tableEmpty = !options.organisationId && anyCheckpointedEvents && (await db.auditEvent.count()) === 0;
  return { organisations, rejected, tableEmpty, ok: rejected.length === 0 && organisations.every((o) => o.ok) };
}

const LABEL: Record<CheckpointProblem, string> = {
  "events-missing": "MISSING",
  "chain-empty": "EMPTIED",
  "hash-mismatch": "REWRITTEN",
  "bad-signature": "BAD-SIGNATURE",
  malformed: "MALFORMED",
};

/** The CLI's lines for a checkpoint check (ids, seq numbers, hashes and times only). */
export function formatCheckpointCheck(check: CheckpointCheck, names: Map<string, string> = new Map()): string[] {
  const who = (id: string) => (names.has(id) ? `${names.get(id)} (${id})` : id);
  const lines: string[] = [];
  for (const o of check.organisations) {
    if (o.ok) {
      lines.push(
        `OK      ${who(o.organisationId)}: ${o.checkpoints} checkpoint${o.checkpoints === 1 ? " agrees" : "s agree"}, latest seq ${o.latest.seq} of ${o.latest.checkpointAt}; chain now at seq ${o.chainSeq}`,
      );
    } else {
      const f = o.finding!;
      lines.push(
        `${LABEL[f.problem].padEnd(7)} ${who(o.organisationId)}: ${f.detail} (checkpoint ${f.source}:${f.line})`,
      );
    }
  }
  for (const r of check.rejected) {
    lines.push(
      `${LABEL[r.problem]} ${r.source}:${r.line}${r.organisationId ? ` (${who(r.organisationId)})` : ""}: ${r.detail}`,
    );
  }
  if (check.tableEmpty)
    lines.push(
      "TRUNCATED the audit table holds no events at all, while checkpoints recorded events: it was truncated or emptied.",
    );
  return lines;
}
