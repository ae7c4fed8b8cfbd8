import "server-only";
// The to-do list's data access (decision 043): finds the open items a person must act on, each checked against the
// right the person holds NOW (read from the database here, not from the session): deciding as manager only while
// holding MANAGER, as deputy only under a delegation active today of a manager who still holds MANAGER
// (lib/people/authority.ts), escalated and overdue decisions only while holding INTEGRITY_OFFICER, register reviews
// only while reaching the register area. The grouping itself is the pure lib/tasks/derive.ts.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { canReach } from "@/lib/auth/areas";
import { amsterdamNow } from "@/lib/format";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { activeDelegatorsOf } from "@/lib/people/authority";
import { isActive } from "@/lib/people/authority-rules";
import { populationWhere } from "@/lib/campaigns/population";
import { OVERDUE_DAYS } from "@/lib/decisions/queue-params";
import { deriveTasks, type OpenItem, type TaskGroup } from "./derive";
import {
  AWAITING_ANSWER,
  AWAITING_DECISION,
  AWAITING_INTEGRITY,
  AWAITING_MANAGER,
  TO_ACKNOWLEDGE,
} from "@/lib/declarations/lifecycle";

type Db = Prisma.TransactionClient;
const LIMIT = 500;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The roles the person holds now, or none when they are no longer active (access withdrawn, employment ended). */
async function rolesNow(db: Db, viewer: Pick<Viewer, "id" | "organisationId">, today: string): Promise<Role[]> {
  const p = await db.person.findFirst({
    where: { id: viewer.id, organisationId: viewer.organisationId },
    select: { roles: true, disabledAt: true, employmentEnd: true },
  });
  if (
    !p ||
    !isActive(
      {
        disabled: p.disabledAt !== null,
        employmentEnd: p.employmentEnd ? p.employmentEnd.toISOString().slice(0, 10) : null,
      },
      today,
    )
  )
    return [];
  return p.roles;
}

/** Every open item the person must act on now. Exported for the reminder job and the tests. */
export async function openItemsFor(
  db: Db,
  viewer: Pick<Viewer, "id" | "organisationId">,
  at: Date = new Date(),
  overdueDays: number = OVERDUE_DAYS,
): Promise<OpenItem[]> {
  const today = amsterdamNow(at).today;
  const roles = await rolesNow(db, viewer, today);
  if (roles.length === 0) return [];
  const org = viewer.organisationId;
  const items: OpenItem[] = [];
  const push = (kind: OpenItem["kind"], rows: { id: string; since: Date | null | undefined }[]) => {
    for (const r of rows) items.push({ kind, id: r.id, since: iso(r.since) ?? today });
  };

  // Deciding: own queue while holding MANAGER, the queues of the managers one stands in for today.
  const manager = roles.includes("MANAGER");
  const delegators = manager ? await activeDelegatorsOf(db, viewer) : [];
  const waiting = (assignees: string[]) =>
    assignees.length === 0
      ? Promise.resolve([])
      : db.declaration.findMany({
          where: {
            organisationId: org,
            status: { in: [...AWAITING_MANAGER] },
            assigneeId: { in: assignees },
            personId: { not: viewer.id },
          },
          orderBy: { submittedAt: "asc" },
          take: LIMIT,
          select: { id: true, submittedAt: true },
        });
  const [own, deputy] = await Promise.all([waiting(manager ? [viewer.id] : []), waiting(delegators)]);
  push(
    "decide",
    own.map((r) => ({ id: r.id, since: r.submittedAt })),
  );
  push(
    "decideAsDeputy",
    deputy.map((r) => ({ id: r.id, since: r.submittedAt })),
  );

  // The integrity officer: escalated declarations to decide, and every decision that waits too long.
  if (roles.includes("INTEGRITY_OFFICER")) {
    const cutoff = new Date(at.getTime() - overdueDays * 86_400_000);
    const [escalated, overdue] = await Promise.all([
      db.declaration.findMany({
        where: { organisationId: org, status: { in: [...AWAITING_INTEGRITY] }, personId: { not: viewer.id } },
        orderBy: { submittedAt: "asc" },
        take: LIMIT,
        select: { id: true, submittedAt: true },
      }),
      db.declaration.findMany({
        where: {
          organisationId: org,
          status: { in: [...AWAITING_DECISION] },
          submittedAt: { lt: cutoff },
          personId: { not: viewer.id },
        },
        orderBy: { submittedAt: "asc" },
        take: LIMIT,
        select: { id: true, submittedAt: true },
      }),
    ]);
    push(
      "decideEscalated",
      escalated.map((r) => ({ id: r.id, since: r.submittedAt })),
    );
    push(
      "overdueDecisions",
      overdue.map((r) => ({ id: r.id, since: r.submittedAt })),
    );
  }

  // The declarant: questions to answer, conditions to confirm, drafts to finish.
  const [questions, conditions, drafts] = await Promise.all([
    db.declaration.findMany({
      where: { organisationId: org, personId: viewer.id, status: { in: [...AWAITING_ANSWER] } },
      take: LIMIT,
      select: {
        id: true,
        updatedAt: true,
        messages: { where: { kind: "QUESTION" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    db.declaration.findMany({
      where: { organisationId: org, personId: viewer.id, status: { in: [...TO_ACKNOWLEDGE] } },
      take: LIMIT,
      select: {
        id: true,
        decisions: {
          where: { outcome: "APPROVED_WITH_CONDITIONS" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { createdAt: true, acknowledgedAt: true },
        },
      },
    }),
    db.declaration.findMany({
      where: { organisationId: org, personId: viewer.id, status: "DRAFT" },
      take: LIMIT,
      select: { id: true, updatedAt: true },
    }),
  ]);
  push(
    "answerQuestion",
    questions.map((q) => ({ id: q.id, since: q.messages[0]?.createdAt ?? q.updatedAt })),
  );
  push(
    "confirmConditions",
    conditions
      .filter((c) => c.decisions[0] && !c.decisions[0].acknowledgedAt)
      .map((c) => ({ id: c.id, since: c.decisions[0]!.createdAt })),
  );
  push(
    "finishDraft",
    drafts.map((d) => ({ id: d.id, since: d.updatedAt })),
  );

  // The annual declaration, while an open campaign asks the person and has no answer yet ("since" is its due date).
  const campaign = await db.declarationCampaign.findFirst({
    where: { organisationId: org, status: "OPEN", responses: { none: { personId: viewer.id } } },
    select: { id: true, dueOn: true, organisationId: true, status: true, closedAt: true },
  });
  if (
    campaign &&
    (await db.person.count({ where: { AND: [{ id: viewer.id }, populationWhere(campaign, at)] } })) === 1
  ) {
    push("annualDeclaration", [{ id: campaign.id, since: campaign.dueOn }]);
  }

  // HR: side jobs waiting to be reviewed for the public register.
  if (canReach({ roles }, "register")) {
    const entries = await db.registerEntry.findMany({
      where: { organisationId: org, status: "PENDING_REVIEW" },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
      select: { id: true, createdAt: true },
    });
    push(
      "reviewRegister",
      entries.map((e) => ({ id: e.id, since: e.createdAt })),
    );
  }
  return items;
}

/** The viewer's to-do list for the home page: per kind a count, the oldest date and a link. */
export async function listMyTasks(viewer: Viewer): Promise<TaskGroup[]> {
  const db = await getDb();
  return deriveTasks(await openItemsFor(db as unknown as Db, viewer));
}
