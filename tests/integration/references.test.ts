// Declaration references (docs/decisions/037-reference-numbers-and-lean-email.md): given when a declaration is first
// sent, consecutive per organisation, type prefix and Amsterdam year, also when many are sent at once; kept when a
// question is answered; findable by whoever may read the declaration and by nobody else.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { getMyDeclaration, listMyDeclarations } from "@/lib/declarations/reads";
import { decideDeclaration } from "@/lib/decisions/data";
import { getForDecision, locateByReference } from "@/lib/decisions/read";
import { listManagerQueue } from "@/lib/decisions/queue";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { normaliseReference, REFERENCE_PREFIX, takeReference } from "@/lib/declarations/reference";
import { deliverPending } from "@/lib/notifications/deliver";
import type { MailTransport, OutgoingMail } from "@/lib/notifications/transport";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const gift = (description: string) => giftAnswers({ description, giver: "Drukkerij Peeters", valueEuros: "85,00" });

const numberOf = (reference: string) => Number(reference.split("-")[2]);

describe.each(DB_KINDS)("declaration references on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer, thomas: Viewer, jeroen: Viewer, ahmed: Viewer, linda: Viewer, lotte: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, thomas, jeroen, ahmed, linda, lotte } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  async function draft(viewer: Viewer, description = "Boek") {
    return saveDraft(viewer, { type: "gift", raw: gift(description) });
  }

  it("a draft has no reference; sending gives one, and the same key again answers with the same", async () => {
    const d = await draft(fatima);
    expect((await getMyDeclaration(fatima, d.id))!.reference).toBeNull();
    const key = randomUUID();
    const sent = await submitDeclaration(fatima, { id: d.id, version: d.version, submissionKey: key });
    const year = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date());
    expect(sent.reference).toMatch(new RegExp(`^GES-${year}-\\d{5}$`));
    expect((await getMyDeclaration(fatima, d.id))!.reference).toBe(sent.reference);
    expect((await submitDeclaration(fatima, { id: d.id, version: d.version, submissionKey: key })).reference).toBe(
      sent.reference,
    );
    expect((await listMyDeclarations(fatima)).find((i) => i.id === d.id)!.reference).toBe(sent.reference);
    expect((await listManagerQueue(jeroen)).find((i) => i.id === d.id)!.reference).toBe(sent.reference);
    expect((await getForDecision(jeroen, d.id))!.reference).toBe(sent.reference);
  });

  it("20 submissions at once in one organisation get 20 consecutive numbers: no gap, no duplicate", async () => {
    const drafts = await Promise.all(Array.from({ length: 20 }, (_, i) => draft(i % 2 ? thomas : fatima, `Pen ${i}`)));
    const results = await Promise.all(
      drafts.map((d, i) =>
        submitDeclaration(i % 2 ? thomas : fatima, { id: d.id, version: d.version, submissionKey: randomUUID() }),
      ),
    );
    const numbers = results.map((r) => numberOf(r.reference)).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.at(-1)! - numbers[0]!).toBe(19);
    // And they follow on from what was sent before: the counter holds the next number.
    const year = Number(results[0]!.reference.split("-")[1]);
    const counter = await db.prisma.declarationCounter.findUniqueOrThrow({
      where: { organisationId_prefix_year: { organisationId: fatima.organisationId, prefix: "GES", year } },
    });
    expect(counter.next).toBe(numbers.at(-1)! + 1);
    const all = await db.prisma.declaration.findMany({
      where: { organisationId: fatima.organisationId, reference: { startsWith: `GES-${year}-` } },
      select: { reference: true },
    });
    const stored = all.map((r) => numberOf(r.reference!)).sort((a, b) => a - b);
    expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => stored[0]! + i));
  });

  it("a transaction that rolls back gives its number back", async () => {
    const year = 2031;
    const first = await db.prisma.$transaction((tx) =>
      takeReference(tx, fatima.organisationId, "GIFT", new Date(`${year}-06-01T10:00:00Z`)),
    );
    await expect(
      db.prisma.$transaction(async (tx) => {
        await takeReference(tx, fatima.organisationId, "GIFT", new Date(`${year}-06-01T10:00:00Z`));
        throw new Error("the submission failed after taking a number");
      }),
    ).rejects.toThrow("the submission failed");
    const next = await db.prisma.$transaction((tx) =>
      takeReference(tx, fatima.organisationId, "GIFT", new Date(`${year}-06-01T10:00:00Z`)),
    );
    expect([first, next]).toEqual([`GES-${year}-00001`, `GES-${year}-00002`]);
  });

  it("numbers per organisation, per type and per Amsterdam year (31 December 23:30 UTC is already the new year there)", async () => {
    const at = new Date("2032-12-31T23:30:00Z");
    expect(await takeReference(db.prisma, fatima.organisationId, "INVITATION", at)).toBe("UIT-2033-00001");
    expect(await takeReference(db.prisma, fatima.organisationId, "GIFT", at)).toBe("GES-2033-00001");
    expect(await takeReference(db.prisma, lotte.organisationId, "GIFT", at)).toBe("GES-2033-00001");
    expect(await takeReference(db.prisma, fatima.organisationId, "GIFT", new Date("2032-12-31T22:30:00Z"))).toBe(
      "GES-2032-00001",
    );
    expect(await takeReference(db.prisma, fatima.organisationId, "GIFT", at)).toBe("GES-2033-00002");
    expect(new Set(Object.values(REFERENCE_PREFIX)).size).toBe(Object.keys(REFERENCE_PREFIX).length);
  });

  it("answering a question keeps the reference; the e-mails about it name it", async () => {
    await db.prisma.outboundEmail.updateMany({ data: { status: "SENT" } });
    const d = await draft(fatima, "Vraagstuk");
    const sent = await submitDeclaration(fatima, { id: d.id, version: d.version, submissionKey: randomUUID() });
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({ id: d.id, version: d.version + 1, kind: "INFO_REQUESTED", reason: "Van wie precies?" }),
    );
    const again = await submitDeclaration(fatima, {
      id: d.id,
      version: d.version + 2,
      submissionKey: randomUUID(),
      answer: "Van de directeur.",
    });
    expect(again.reference).toBe(sent.reference);
    const sentMail: OutgoingMail[] = [];
    const transport: MailTransport = {
      name: "demo",
      async send(mail) {
        sentMail.push(mail);
      },
    };
    await deliverPending(db.prisma, transport);
    const toJeroen = sentMail.filter((m) => m.to === jeroen.email);
    const toFatima = sentMail.filter((m) => m.to === fatima.email);
    expect(toJeroen.map((m) => m.text).join("\n")).toContain(sent.reference);
    expect(toFatima.map((m) => m.subject).join("\n")).toContain(`Vraag over je melding ${sent.reference}`);
  });

  it("is findable where the viewer may read the declaration, and nowhere else", async () => {
    const d = await draft(fatima, "Zoekbaar");
    const { reference } = await submitDeclaration(fatima, {
      id: d.id,
      version: d.version,
      submissionKey: randomUUID(),
    });
    const sloppy = reference.toLowerCase().replace(/-/g, " ").replace(/ 0+/, " ");
    expect(normaliseReference(sloppy)).toBe(reference);
    expect(await locateByReference(fatima, sloppy)).toEqual({ id: d.id, reference, href: `/meldingen/${d.id}` });
    expect((await locateByReference(jeroen, reference))?.href).toBe(`/beslissen/${d.id}`);
    expect((await locateByReference(ahmed, reference))?.href).toBe(`/beslissen/${d.id}`);
    expect((await locateByReference(linda, reference))?.href).toBe(`/integriteit/audit/${d.id}`);
    // A colleague, and anyone in another organisation (which has its own GES numbers): not found.
    expect(await locateByReference(thomas, reference)).toBeNull();
    expect(await locateByReference(lotte, reference)).toBeNull();
    expect(await locateByReference(fatima, "GES-2026")).toBeNull();
    expect(await locateByReference(fatima, "XYZ-2026-00001")).toBeNull();
  });
});
