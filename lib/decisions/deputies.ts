import "server-only";
// Deputies: a manager names a colleague to decide in their place for a period, or revokes that. Who may stand in
// is the authority model's (lib/people/authority.ts, decision 032), checked inside the writing transaction.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/session-roles";
import { createAudited, recordViewerAudit } from "@/lib/audit/record";
import { AppError, notFound } from "@/lib/errors";
import type { DelegationInput } from "./schemas";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import { assertDelegationAllowed, delegationToRevoke, eligibleDeputies } from "@/lib/people/authority";

export async function createDelegation(viewer: Viewer, input: DelegationInput): Promise<{ id: string }> {
  if (!hasRole(viewer, "MANAGER")) throw new AppError("FORBIDDEN", "managers only");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Who may stand in and for how long: the authority model (lib/people/authority.ts, decision 032).
    await assertDelegationAllowed(tx, viewer, input);
    return createAudited(
      tx,
      viewer,
      tx.delegation.create({
        data: {
          managerId: viewer.id,
          deputyId: input.deputyId,
          startsOn: dateOfDay(input.startsOn),
          endsOn: dateOfDay(input.endsOn),
        },
        select: { id: true },
      }),
      {
        action: "delegation.created",
        entityType: "Delegation",
        data: { deputyId: input.deputyId, startsOn: input.startsOn, endsOn: input.endsOn },
      },
    );
  });
}

export async function revokeDelegation(viewer: Viewer, input: { id: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const found = await delegationToRevoke(tx, viewer, input.id);
    if (!found) throw notFound("delegation");
    await tx.delegation.update({ where: { id: found.id }, data: { revokedAt: new Date() } });
    await recordViewerAudit(tx, viewer, {
      action: "delegation.revoked",
      entityType: "Delegation",
      entityId: found.id,
    });
  });
}

export async function listDelegations(viewer: Viewer) {
  const db = await getDb();
  const [given, received, colleagues] = await Promise.all([
    db.delegation.findMany({
      where: { managerId: viewer.id, revokedAt: null },
      orderBy: { startsOn: "desc" },
      select: { id: true, startsOn: true, endsOn: true, deputy: { select: { name: true } } },
    }),
    db.delegation.findMany({
      where: { deputyId: viewer.id, revokedAt: null },
      orderBy: { startsOn: "desc" },
      select: { id: true, startsOn: true, endsOn: true, manager: { select: { name: true } } },
    }),
    // Exactly the colleagues createDelegation accepts.
    eligibleDeputies(db, viewer),
  ]);
  return {
    given: given.map((g) => ({
      id: g.id,
      name: g.deputy.name,
      startsOn: dayOfDate(g.startsOn),
      endsOn: dayOfDate(g.endsOn),
    })),
    received: received.map((r) => ({
      id: r.id,
      name: r.manager.name,
      startsOn: dayOfDate(r.startsOn),
      endsOn: dayOfDate(r.endsOn),
    })),
    candidates: colleagues,
  };
}
