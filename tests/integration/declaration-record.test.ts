// The printable record of a decided declaration (decision 065), made through the data layer from a real filing and
// decision: pdftotext reads the reference, the decision, its reason and conditions, the code's verdict with its
// readable source, the amount with "€" and the audit event of the decision back from the PDF, in Dutch and English.
// Only those who may read the declaration get it, and each download is an audit event (a refusal writes nothing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideDeclaration } from "@/lib/decisions/data";
import { getDeclarationRecord } from "@/lib/decisions/record";
import { renderRecordPdf } from "@/lib/decisions/record-pdf";
import { verifyOrganisationChain } from "@/lib/audit/verify";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { flat, pdfText } from "@/tests/support/pdf-text";
import type { Viewer } from "@/lib/auth/session";

describe.each(DB_KINDS)("the printable record on %s", (kind) => {
  let db: TestDb;
  let people: Record<"fatima" | "thomas" | "jeroen" | "ahmed" | "linda" | "pieter" | "annemiek", Viewer>;
  let id: string;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    people = await demoViewers(db.prisma);
    // A €75 cake is "not permitted" at the Rijk; the manager approves it with conditions, against the code.
    const filed = await fileDeclaration(
      people.fatima,
      "gift",
      giftAnswers({ description: "Taart van Ayşe's bakkerij" }),
    );
    id = filed.id;
    await decideDeclaration(
      people.jeroen,
      decisionInput(id, filed.version, {
        kind: "APPROVED_WITH_CONDITIONS",
        reason: "Gedeeld met het hele team na de verhuizing",
        conditions: "Deel de taart met de afdeling.",
        giftDestination: "DISTRIBUTE",
        confirmAgainstCode: "yes",
      }),
    );
  });
  afterAll(async () => {
    await db?.close();
  });

  const downloads = () =>
    db.prisma.auditEvent.count({ where: { entityId: id, action: "declaration.record-downloaded" } });

  it("holds the declaration, the decision and the code's verdict with its source, in Dutch", async () => {
    const record = await getDeclarationRecord(people.fatima, id, "nl");
    expect(record).not.toBeNull();
    const decided = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "declaration.decided" },
      select: { seq: true, hash: true },
    });
    expect(record!.decisions[0]!.audit).toEqual(decided);
    const text = flat(pdfText(await renderRecordPdf(record!, "nl")));
    for (const phrase of [
      `Melding ${record!.reference}`,
      "Fatima El Amrani",
      "Taart van Ayşe's bakkerij",
      "Goedgekeurd met voorwaarden",
      "Door Jeroen Bakker op",
      "Besloten tegen de gedragscode in. De gedragscode zei: niet toegestaan.",
      "Gedeeld met het hele team na de verhuizing",
      "Deel de taart met de afdeling.",
      "Gedragscode Integriteit Rijk, § 4.1",
      "€ 75,00",
      `gebeurtenis ${decided.seq}, controlegetal ${decided.hash}`,
    ])
      expect(text).toContain(phrase);
    expect(text).not.toMatch(/\b000 L\d|@rijk\b/);
  });

  it("speaks English to an English reader", async () => {
    const record = await getDeclarationRecord(people.jeroen, id, "en");
    const text = flat(pdfText(await renderRecordPdf(record!, "en")));
    for (const phrase of [
      `Declaration ${record!.reference}`,
      "Approved with conditions",
      "By Jeroen Bakker on",
      "Decided against the code of conduct. The code said: not permitted.",
      "Deel de taart met de afdeling.",
      "Gedragscode Integriteit Rijk, § 4.1",
      "€75.00",
    ])
      expect(text).toContain(phrase);
  });

  it("is given to those who may read the declaration, each download logged; to no one else, and nothing written", async () => {
    // (The deputy is in the authorisation matrix, which gives Sanne a delegation from Jeroen.)
    for (const reader of [people.fatima, people.jeroen, people.ahmed]) {
      const before = await downloads();
      const record = await getDeclarationRecord(reader, id, "nl");
      expect(record, reader.name).not.toBeNull();
      expect(await downloads()).toBe(before + 1);
      // The record names the event that logged this very download.
      const event = await db.prisma.auditEvent.findFirstOrThrow({
        where: { entityId: id, action: "declaration.record-downloaded", actorId: reader.id },
        orderBy: { seq: "desc" },
        select: { seq: true, hash: true },
      });
      expect(record!.download).toEqual(event);
    }
    for (const stranger of [people.thomas, people.linda, people.pieter, people.annemiek]) {
      const before = await downloads();
      expect(await getDeclarationRecord(stranger, id, "nl"), stranger.name).toBeNull();
      expect(await downloads()).toBe(before);
    }
    expect(await getDeclarationRecord(people.fatima, "no-such-declaration", "nl")).toBeNull();
    // The downloads extend the audit chain like any other event.
    expect((await verifyOrganisationChain(db.prisma, people.fatima.organisationId)).ok).toBe(true);
  });
});
