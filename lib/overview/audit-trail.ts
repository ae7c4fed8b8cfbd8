import "server-only";
// The audit trail of one declaration for the integrity office: every event of the declaration, its decisions and
// its register entry, each checked against the hash chain (decision 027). For integrity officers and HR of the
// viewer's own organisation only (assertArea; the declaration id is checked against the organisation).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { CHAINED_SELECT, GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import { notFound } from "@/lib/errors";
import type { DeclarationStatus, Prisma } from "@/lib/generated/prisma/client";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import type { DeclarationType as RuleType } from "@/lib/rules";

export interface AuditTrailEvent {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  entityType: string;
  /** The facts the event recorded (statuses, versions, outcomes); person ids replaced by names. */
  facts: { key: string; value: string }[];
  prevHash: string;
  hash: string;
  /** The event's hash recomputes from its stored fields: nothing in it was changed. */
  hashOk: boolean;
  /** Its prevHash is the stored hash of the organisation's previous event (or the genesis hash for the first). */
  linkOk: boolean;
}

export interface AuditTrail {
  declaration: {
    id: string;
    reference: string | null;
    title: string;
    type: RuleType;
    status: DeclarationStatus;
    personName: string;
    unitName: string | null;
    submittedAt: string | null;
  } | null;
  events: AuditTrailEvent[];
  intact: boolean;
}

const PERSON_FACTS = ["onBehalfOf", "deputyId", "actorId", "personId"];
/** Facts in a reading order (jsonb keeps keys by length); others follow alphabetically. */
const FACT_ORDER = [
  "status",
  "from",
  "outcome",
  "type",
  "version",
  "policyVersion",
  "onBehalfOf",
  "reason",
  "wasPublished",
];
const factRank = (key: string) => (FACT_ORDER.includes(key) ? FACT_ORDER.indexOf(key) : FACT_ORDER.length);

function factValue(value: unknown, names: Map<string, string>): string {
  if (typeof value === "string") return names.get(value) ?? value;
  if (value === null || value === undefined) return "–";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Every audit event of a declaration of the viewer's organisation (and of its decisions and register entry),
 * in chain order, each checked: does its own hash recompute, and does it link to the previous event's hash?
 * A declaration that no longer exists (a discarded draft) still has its events. Unknown or foreign ids: not found.
 */
export async function getAuditTrail(viewer: Viewer, declarationId: string): Promise<AuditTrail> {
  assertArea(viewer, "overview");
  const db = await getDb();
  const orgId = viewer.organisationId;
  const d = await db.declaration.findFirst({
    where: { id: declarationId, organisationId: orgId },
    select: {
      id: true,
      reference: true,
      title: true,
      type: true,
      status: true,
      submittedAt: true,
      person: { select: { name: true } },
      unit: { select: { name: true } },
      registerEntry: { select: { id: true } },
      decisions: { select: { id: true } },
    },
  });
  const related: Prisma.AuditEventWhereInput[] = [{ entityType: "Declaration", entityId: declarationId }];
  if (d?.registerEntry) related.push({ entityType: "RegisterEntry", entityId: d.registerEntry.id });
  if (d && d.decisions.length > 0)
    related.push({ entityType: "Decision", entityId: { in: d.decisions.map((x) => x.id) } });
  const events = await db.auditEvent.findMany({
    where: { organisationId: orgId, OR: related },
    orderBy: { seq: "asc" },
    take: 1000,
    select: { ...CHAINED_SELECT, actor: { select: { name: true } } },
  });
  if (!d && events.length === 0) throw notFound("declaration");

  // The previous event of each (in the organisation's chain, whatever it was about), for the link check.
  const previous = await db.auditEvent.findMany({
    where: { organisationId: orgId, seq: { in: events.map((e) => e.seq - 1).filter((n) => n > 0) } },
    select: { seq: true, hash: true },
  });
  const hashBySeq = new Map(previous.map((p) => [p.seq, p.hash]));
  const personIds = new Set<string>();
  for (const e of events) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    for (const k of PERSON_FACTS) if (typeof data[k] === "string") personIds.add(data[k] as string);
  }
  const people = personIds.size
    ? await db.person.findMany({
        where: { id: { in: [...personIds] }, organisationId: orgId },
        select: { id: true, name: true },
      })
    : [];
  const names = new Map(people.map((p) => [p.id, p.name]));

  const trail = events.map((e): AuditTrailEvent => {
    const hashOk = hashEvent({ ...e, organisationId: orgId }) === e.hash;
    const expectedPrev = e.seq === 1 ? GENESIS_HASH : hashBySeq.get(e.seq - 1);
    const data = (e.data && typeof e.data === "object" && !Array.isArray(e.data) ? e.data : {}) as Record<
      string,
      unknown
    >;
    return {
      seq: e.seq,
      at: e.at.toISOString(),
      actorName: e.actor?.name ?? null,
      action: e.action,
      entityType: e.entityType,
      facts: Object.entries(data)
        .sort(([a], [b]) => factRank(a) - factRank(b) || a.localeCompare(b))
        .map(([key, value]) => ({ key, value: factValue(value, names) })),
      prevHash: e.prevHash,
      hash: e.hash,
      hashOk,
      linkOk: expectedPrev === e.prevHash,
    };
  });
  return {
    declaration: d
      ? {
          id: d.id,
          reference: d.reference,
          title: d.title,
          type: DB_TO_RULE_TYPE[d.type],
          status: d.status,
          personName: d.person.name,
          unitName: d.unit?.name ?? null,
          submittedAt: d.submittedAt?.toISOString() ?? null,
        }
      : null,
    events: trail,
    intact: trail.every((e) => e.hashOk && e.linkOk),
  };
}
