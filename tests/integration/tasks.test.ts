import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/declarations/data";
import { acknowledgeConditions, decideDeclaration } from "@/lib/decisions/data";
import { createDelegation, revokeDelegation } from "@/lib/decisions/deputies";
import { DelegationSchema } from "@/lib/decisions/schemas";
import { amsterdamNow } from "@/lib/format";
import { listMyTasks, openItemsFor } from "@/lib/tasks/data";
import { queueTaskReminders } from "@/lib/tasks/reminders";
import { runDailyTasks } from "@/lib/jobs/daily";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const gift = () => giftAnswers({ foreignRelation: "yes", refusalWouldOffend: "yes" });

const fileGift = (viewer: Viewer) => fileDeclaration(viewer, "gift", gift());
const decision = decisionInput;

/** The ids of the viewer's open items of one kind. */
async function idsOf(db: TestDb, viewer: Viewer, kind: string, at?: Date): Promise<string[]> {
  return (await openItemsFor(db.prisma as unknown as Prisma.TransactionClient, viewer, at))
    .filter((i) => i.kind === kind)
    .map((i) => i.id);
}

describe.each(DB_KINDS)("tasks on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer, marieke: Viewer, sanne: Viewer, ahmed: Viewer, linda: Viewer, rob: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen, marieke, sanne, ahmed, linda, rob } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("a filed declaration is a task for its manager only, with the oldest date and a link; never for the declarant or others", async () => {
    const { id } = await fileGift(fatima);
    expect(await idsOf(db, jeroen, "decide")).toContain(id);
    for (const other of [fatima, sanne, rob, ahmed, linda])
      expect(await idsOf(db, other, "decide"), other.name).not.toContain(id);
    const group = (await listMyTasks(jeroen)).find((g) => g.kind === "decide")!;
    const waiting = await db.prisma.declaration.findMany({
      where: { assigneeId: jeroen.id, status: "SUBMITTED", personId: { not: jeroen.id } },
      orderBy: { submittedAt: "asc" },
    });
    expect(group.count).toBe(waiting.length);
    expect(group.oldest).toBe(waiting[0]!.submittedAt!.toISOString());
    expect(group.href).toBe(waiting.length === 1 ? `/beslissen/${id}` : "/beslissen");
  });

  it("a deputy sees the manager's declarations as their own kind of task while the delegation runs, and no longer after revoking", async () => {
    const { id } = await fileGift(fatima);
    const today = amsterdamNow().today;
    const delegation = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: sanne.id, startsOn: today, endsOn: today }),
    );
    expect(await idsOf(db, sanne, "decideAsDeputy")).toContain(id);
    expect(await idsOf(db, sanne, "decide")).not.toContain(id);
    await revokeDelegation(jeroen, { id: delegation.id });
    expect(await idsOf(db, sanne, "decideAsDeputy")).not.toContain(id);
  });

  it("authority: a manager who no longer holds MANAGER sees no decision task, even with a session that still says so", async () => {
    const { id } = await fileGift(fatima);
    const today = amsterdamNow().today;
    const delegation = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: marieke.id, startsOn: today, endsOn: today }),
    );
    expect(await idsOf(db, marieke, "decideAsDeputy")).toContain(id);
    const roles = (await db.prisma.person.findUniqueOrThrow({ where: { id: jeroen.id } })).roles;
    await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles: [] } });
    try {
      expect(jeroen.roles).toContain("MANAGER"); // the stale viewer still claims it
      expect(await idsOf(db, jeroen, "decide")).toEqual([]);
      expect((await listMyTasks(jeroen)).map((g) => g.kind)).not.toContain("decide");
      // The delegating manager lost the right: the deputy's stand-in right ends with it.
      expect(await idsOf(db, marieke, "decideAsDeputy")).not.toContain(id);
    } finally {
      await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles } });
      await revokeDelegation(jeroen, { id: delegation.id });
    }
    // A person whose access was withdrawn has no tasks at all.
    await db.prisma.person.update({ where: { id: jeroen.id }, data: { disabledAt: new Date() } });
    try {
      expect(await openItemsFor(db.prisma as unknown as Prisma.TransactionClient, jeroen)).toEqual([]);
    } finally {
      await db.prisma.person.update({ where: { id: jeroen.id }, data: { disabledAt: null } });
    }
  });

  it("after a decision: a question to answer and conditions to confirm are the declarant's tasks, until done", async () => {
    const asked = await fileGift(fatima);
    await decideDeclaration(
      jeroen,
      decision(asked.id, asked.version, { kind: "INFO_REQUESTED", reason: "Wat was de aanleiding?" }),
    );
    expect(await idsOf(db, fatima, "answerQuestion")).toContain(asked.id);
    expect(await idsOf(db, jeroen, "decide")).not.toContain(asked.id);
    const conditional = await fileGift(fatima);
    await decideDeclaration(
      jeroen,
      decision(conditional.id, conditional.version, {
        kind: "APPROVED_WITH_CONDITIONS",
        conditions: "Deel de taart met het team.",
        giftDestination: "DISTRIBUTE",
      }),
    );
    expect(await idsOf(db, fatima, "confirmConditions")).toContain(conditional.id);
    expect(await idsOf(db, jeroen, "confirmConditions")).toEqual([]);
    await acknowledgeConditions(fatima, { id: conditional.id });
    expect(await idsOf(db, fatima, "confirmConditions")).not.toContain(conditional.id);
  });

  it("drafts are the author's; escalated and overdue decisions the integrity officer's only while holding the role; register reviews HR's", async () => {
    const draft = await saveDraft(fatima, { type: "gift", raw: gift() });
    expect(await idsOf(db, fatima, "finishDraft")).toContain(draft.id);
    expect(await idsOf(db, jeroen, "finishDraft")).not.toContain(draft.id);

    const escalated = await fileGift(fatima);
    await decideDeclaration(
      jeroen,
      decision(escalated.id, escalated.version, { kind: "ESCALATED", reason: "Twijfel." }),
    );
    expect(await idsOf(db, ahmed, "decideEscalated")).toContain(escalated.id);
    expect(await idsOf(db, jeroen, "decideEscalated")).toEqual([]);
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await idsOf(db, ahmed, "overdueDecisions")).not.toContain(escalated.id);
    expect(await idsOf(db, ahmed, "overdueDecisions", later)).toContain(escalated.id);
    expect(await idsOf(db, jeroen, "overdueDecisions", later)).toEqual([]);
    await db.prisma.person.update({ where: { id: ahmed.id }, data: { roles: [] } });
    try {
      expect(await idsOf(db, ahmed, "decideEscalated")).toEqual([]);
      expect(await idsOf(db, ahmed, "overdueDecisions", later)).toEqual([]);
    } finally {
      await db.prisma.person.update({ where: { id: ahmed.id }, data: { roles: ["INTEGRITY_OFFICER"] } });
    }
    const pending = await db.prisma.registerEntry.count({
      where: { organisationId: linda.organisationId, status: "PENDING_REVIEW" },
    });
    const review = (await listMyTasks(linda)).find((g) => g.kind === "reviewRegister");
    expect(review?.count ?? 0).toBe(pending);
    expect((await listMyTasks(fatima)).map((g) => g.kind)).not.toContain("reviewRegister");
  });

  it("reminders: an unanswered question is reminded once per period through the daily job, and not before", async () => {
    const asked = await fileGift(fatima);
    await decideDeclaration(
      jeroen,
      decision(asked.id, asked.version, { kind: "INFO_REQUESTED", reason: "Wie was de gever?" }),
    );
    const reminders = () =>
      db.prisma.notification.findMany({
        where: { recipientId: fatima.id, kind: "TASK_REMINDER", declarationId: asked.id },
      });
    await queueTaskReminders(db.prisma, new Date(), 5);
    expect(await reminders()).toHaveLength(0);
    const sixDays = new Date(Date.now() + 6 * 86_400_000);
    await queueTaskReminders(db.prisma, sixDays, 5);
    await queueTaskReminders(db.prisma, new Date(sixDays.getTime() + 86_400_000), 5);
    const first = await reminders();
    expect(first).toHaveLength(1);
    expect(first[0]!.params).toMatchObject({ task: "answerQuestion", days: "6" });
    expect(
      await db.prisma.outboundEmail.count({
        where: { recipientId: fatima.id, kind: "TASK_REMINDER", declarationId: asked.id },
      }),
    ).toBe(1);
    const result = await runDailyTasks(db.prisma, new Date(Date.now() + 11 * 86_400_000));
    expect(result["task-reminders"]).toBe("ok");
    expect(await reminders()).toHaveLength(2);
    // The manager is not reminded of the employee's task.
    expect(
      await db.prisma.notification.count({
        where: { recipientId: jeroen.id, kind: "TASK_REMINDER", declarationId: asked.id },
      }),
    ).toBe(0);
  });

  it("reminders: a deputy is reminded of the manager's waiting decision, but not after the delegation is revoked", async () => {
    const { id } = await fileGift(fatima);
    const today = amsterdamNow().today;
    const later = new Date(Date.now() + 6 * 86_400_000);
    const delegation = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: sanne.id, startsOn: today, endsOn: amsterdamNow(later).today }),
    );
    await queueTaskReminders(db.prisma, later, 5);
    const toSanne = () =>
      db.prisma.notification.findMany({ where: { recipientId: sanne.id, kind: "TASK_REMINDER", declarationId: id } });
    expect((await toSanne()).map((n) => (n.params as { task?: string }).task)).toEqual(["decideAsDeputy"]);
    const second = await fileGift(fatima);
    await revokeDelegation(jeroen, { id: delegation.id });
    await queueTaskReminders(db.prisma, new Date(later.getTime() + 6 * 86_400_000), 5);
    expect(
      await db.prisma.notification.count({
        where: { recipientId: sanne.id, kind: "TASK_REMINDER", declarationId: second.id },
      }),
    ).toBe(0);
    expect(await toSanne()).toHaveLength(1);
  });
});
