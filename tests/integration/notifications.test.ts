import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { decideDeclaration } from "@/lib/decisions/data";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { deliverPending } from "@/lib/notifications/deliver";
import { kickDelivery } from "@/lib/notifications/kick";
import { startJobs, stopJobs } from "@/lib/jobs/runner";
import { queueReminders } from "@/lib/notifications/reminders";
import type { MailTransport, OutgoingMail } from "@/lib/notifications/transport";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import type { Viewer } from "@/lib/auth/session";

function recordingTransport(fail = false): MailTransport & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    name: "demo",
    sent,
    async send(mail) {
      if (fail) throw new Error("SMTP 451 try again later");
      sent.push(mail);
    },
  };
}

const gift = (title: string, euros = "85,00") =>
  giftAnswers({ description: title, giver: "Drukkerij Peeters", valueEuros: euros });

describe.each(DB_KINDS)("notifications on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, jeroen: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, jeroen } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await stopJobs();
    await db?.close();
  });

  async function file(viewer: Viewer, title: string, euros?: string) {
    const draft = await saveDraft(viewer, { type: "gift", raw: gift(title, euros) });
    const key = randomUUID();
    await submitDeclaration(viewer, { id: draft.id, version: draft.version, submissionKey: key });
    return { id: draft.id, version: draft.version + 1, key, draftVersion: draft.version };
  }

  it("a submission that needs a decision notifies the manager once, in the app and by e-mail", async () => {
    await db.prisma.outboundEmail.updateMany({ data: { status: "SENT" } });
    const { id, key, draftVersion } = await file(fatima, "Taart");
    // The same submission again (double click) does not notify again.
    await submitDeclaration(fatima, { id, version: draftVersion, submissionKey: key });
    const notes = await db.prisma.notification.findMany({ where: { declarationId: id } });
    expect(notes.map((n) => [n.recipientId, n.kind])).toEqual([[jeroen.id, "DECISION_NEEDED"]]);
    expect(await db.prisma.outboundEmail.count({ where: { declarationId: id, status: "PENDING" } })).toBe(1);
  });

  it("a register-only declaration informs the manager; a decision informs the employee", async () => {
    const registered = await file(fatima, "Bloemen", "20,00");
    expect(
      await db.prisma.notification.findFirst({
        where: { declarationId: registered.id },
        select: { kind: true, recipientId: true },
      }),
    ).toEqual({ kind: "REGISTERED_INFO", recipientId: jeroen.id });
    const decided = await file(fatima, "Wijn");
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({ id: decided.id, version: decided.version, kind: "REFUSED", reason: "Te duur" }),
    );
    const toEmployee = await db.prisma.notification.findFirst({
      where: { declarationId: decided.id, recipientId: fatima.id },
      select: { kind: true },
    });
    expect(toEmployee?.kind).toBe("DECIDED");
  });

  it("a question notifies the employee, the answer the manager, an escalation the integrity officers", async () => {
    const ahmed = await viewerByName(db.prisma, "Ahmed Yilmaz");
    const d = await file(fatima, "Vraagstuk");
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({ id: d.id, version: d.version, kind: "INFO_REQUESTED", reason: "Van wie precies?" }),
    );
    await submitDeclaration(fatima, {
      id: d.id,
      version: d.version + 1,
      submissionKey: randomUUID(),
      answer: "Van de directeur.",
    });
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({ id: d.id, version: d.version + 2, kind: "ESCALATED", reason: "Twijfel" }),
    );
    const notes = await db.prisma.notification.findMany({
      where: { declarationId: d.id },
      orderBy: { createdAt: "asc" },
      select: { kind: true, recipientId: true },
    });
    expect(notes).toEqual([
      { kind: "DECISION_NEEDED", recipientId: jeroen.id },
      { kind: "INFO_REQUESTED", recipientId: fatima.id },
      { kind: "ANSWERED", recipientId: jeroen.id },
      { kind: "DECISION_NEEDED", recipientId: ahmed.id },
    ]);
  });

  it("delivers one digest per recipient, marks the events sent, and sends nothing twice", async () => {
    const transport = recordingTransport();
    const first = await deliverPending(db.prisma, transport);
    expect(first.messages).toBeGreaterThan(0);
    const toJeroen = transport.sent.filter((m) => m.to === jeroen.email);
    expect(toJeroen).toHaveLength(1);
    expect(toJeroen[0]!.text).toContain("Hallo Jeroen Bakker");
    expect(toJeroen[0]!.text).toContain("/beslissen/");
    expect(await db.prisma.outboundEmail.count({ where: { status: "PENDING" } })).toBe(0);
    expect(await db.prisma.mailMessage.count({ where: { recipientId: jeroen.id } })).toBeGreaterThan(0);
    const second = await deliverPending(db.prisma, transport);
    expect(second).toEqual({ messages: 0, events: 0, failed: 0 });
  });

  it("waits for the digest window, so events close together become one e-mail", async () => {
    await file(fatima, "Eerste");
    await file(fatima, "Tweede");
    const transport = recordingTransport();
    expect((await deliverPending(db.prisma, transport, { digestMinutes: 15 })).events).toBe(0);
    await db.prisma.outboundEmail.updateMany({
      where: { status: "PENDING" },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    const report = await deliverPending(db.prisma, transport, { digestMinutes: 15 });
    expect(report).toMatchObject({ messages: 1, events: 2 });
    expect(transport.sent[0]!.subject).toBe("Integriteitsportaal: 2 berichten");
  });

  it("keeps e-mails that could not be sent, and sends them on a later try", async () => {
    await file(fatima, "Pen");
    const failing = recordingTransport(true);
    const report = await deliverPending(db.prisma, failing);
    expect(report.failed).toBe(1);
    const pending = await db.prisma.outboundEmail.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(pending.lastError).toContain("SMTP 451");
    // The claim's lock has not expired yet: nobody else takes it meanwhile.
    expect((await deliverPending(db.prisma, recordingTransport())).events).toBe(0);
    await db.prisma.outboundEmail.update({
      where: { id: pending.id },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await deliverPending(db.prisma, recordingTransport())).events).toBe(1);
  });

  it("two deliveries at once send each event exactly once", async () => {
    for (let i = 0; i < 5; i++) await file(fatima, `Boek ${i}`);
    const a = recordingTransport();
    const b = recordingTransport();
    const [ra, rb] = await Promise.all([deliverPending(db.prisma, a), deliverPending(db.prisma, b)]);
    expect(ra.events + rb.events).toBe(5);
    expect(await db.prisma.outboundEmail.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("reminds the decider of an overdue decision once a day", async () => {
    const { id } = await file(fatima, "Oude melding");
    await db.prisma.declaration.update({
      where: { id },
      data: { submittedAt: new Date(Date.now() - 12 * 86_400_000) },
    });
    await queueReminders(db.prisma, 10);
    await queueReminders(db.prisma, 10);
    const reminders = await db.prisma.notification.findMany({ where: { declarationId: id, kind: "REMINDER" } });
    expect(reminders.map((r) => r.recipientId)).toEqual([jeroen.id]);
  });

  it("the job queue (pg-boss) delivers the outbox in the background", async () => {
    await file(fatima, "Achtergrond");
    await startJobs();
    kickDelivery();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await db.prisma.outboundEmail.count({ where: { status: "PENDING" } })) > 0) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await db.prisma.outboundEmail.count({ where: { status: "PENDING" } })).toBe(0);
    await stopJobs();
  }, 60_000);
});
