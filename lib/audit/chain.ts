// The audit trail is hash-chained per organisation: each event's hash covers its content and the
// previous event's hash, so an edit behind the portal's back breaks the chain (verified by lib/audit/verify).
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  organisationId: string;
  seq: number;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  at: Date;
  prevHash: string;
}

/** The columns an event's hash is checked from (with its organisation, known to the caller), for a Prisma select. */
export const CHAINED_SELECT = {
  seq: true,
  actorId: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  at: true,
  prevHash: true,
  hash: true,
} as const;

/** JSON with sorted keys, so the hash does not depend on the order PostgreSQL returns jsonb keys in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashEvent(fields: ChainedFields): string {
  const payload = canonicalJson({
    organisationId: fields.organisationId,
    seq: fields.seq,
    actorId: fields.actorId,
    action: fields.action,
    entityType: fields.entityType,
    entityId: fields.entityId,
    // Hash what jsonb stores: the JSON form of the data (dates as ISO strings, no undefined).
    data: fields.data === undefined ? null : JSON.parse(JSON.stringify(fields.data)),
    at: fields.at.toISOString(),
    prevHash: fields.prevHash,
  });
  return createHash("sha256").update(payload).digest("hex");
}
