import "server-only";
// The integrity office's view of the audit trail's integrity: the viewer's own organisation's chain,
// verified now (lib/audit/verify.ts). Only the overview area (integrity officers and HR) may ask.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { verifyOrganisationChain } from "./verify";

export interface AuditChainStatus {
  ok: boolean;
  /** Events verified: all of them when intact, those before the break otherwise. */
  count: number;
  /** The first event that does not verify. */
  brokenAtSeq: number | null;
  problem: "content-hash-mismatch" | "prev-hash-mismatch" | "seq-gap" | "not-chained-to-genesis" | null;
  checkedAt: string;
}

export async function getAuditChainStatus(viewer: Viewer): Promise<AuditChainStatus> {
  assertArea(viewer, "overview");
  const db = await getDb();
  const report = await verifyOrganisationChain(db, viewer.organisationId);
  return {
    ok: report.ok,
    count: report.count,
    brokenAtSeq: report.broken?.seq ?? null,
    problem: report.broken?.problem ?? null,
    checkedAt: new Date().toISOString(),
  };
}
