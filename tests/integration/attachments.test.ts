// Attachments (issue 16 item 1, decision 066) against a real database: the upload action stores the file with its
// audit event in one transaction; a hostile file is refused with its own message and stores nothing (every table
// compared before and after); the download gives the bytes only to those who may read the declaration and audits
// each access; removal is the uploader's while the declaration is open; the subject-access export lists them and
// the retention purge takes them with their declaration.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { NextRequest } from "next/server";
import { removeAttachmentAction, uploadAttachmentAction } from "@/lib/attachments/actions";
import { downloadAttachment, listAttachments, uploadAttachment } from "@/lib/attachments/data";
import { verifyOrganisationChain } from "@/lib/audit/verify";
import { decideDeclaration } from "@/lib/decisions/data";
import { collectMyData } from "@/lib/privacy/my-data";
import { purgeOrganisation } from "@/lib/privacy/purge";
import { GET as download } from "@/app/meldingen/[id]/bijlagen/[attachmentId]/route";
import type { ActionState } from "@/lib/actions/state";
import type { Viewer } from "@/lib/auth/session";
import { changedTables, databaseFingerprint } from "@/tests/support/db-fingerprint";
import { decisionInput, fileDeclaration, giftAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";
import { HTML_AS_PDF, PDF_BYTES, pdfFile } from "@/tests/support/attachments";
import { saveDraft } from "@/lib/declarations/data";

const IDLE: ActionState = { status: "idle" };

describe.each(DB_KINDS)("attachments on %s", (kind) => {
  let db: TestDb;
  let people: Awaited<ReturnType<typeof demoViewers>>;

  beforeAll(async () => {
    db = await openSeededDb(kind);
    people = await demoViewers(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  async function upload(as: Viewer, fields: Record<string, string | File>) {
    resetRequest();
    await signInAs(db.prisma, as.id);
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return (await runAction(() => uploadAttachmentAction(IDLE, f))).result!;
  }

  async function get(as: Viewer, id: string, attachmentId: string) {
    resetRequest();
    await signInAs(db.prisma, as.id);
    const request = new NextRequest(`http://localhost:3000/meldingen/${id}/bijlagen/${attachmentId}`);
    return (await runAction(() => download(request, { params: Promise.resolve({ id, attachmentId }) }))).result!;
  }

  it("stores an uploaded file with its hash, type and cleaned name, and the audit event, in one transaction", async () => {
    const { id } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    const state = await upload(people.fatima, {
      id,
      to: "declaration",
      file: pdfFile("uitnodiging\u202Ediner.pdf"),
    });
    expect(state).toMatchObject({ status: "success", message: "Bijlage uitnodigingdiner.pdf is toegevoegd." });
    const a = await db.prisma.attachment.findFirstOrThrow({
      where: { declarationId: id },
      select: { id: true, name: true, mime: true, size: true, sha256: true, bytes: true, uploaderId: true },
    });
    expect(a).toMatchObject({
      name: "uitnodigingdiner.pdf",
      mime: "application/pdf",
      size: PDF_BYTES.length,
      uploaderId: people.fatima.id,
    });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(a.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "attachment.uploaded" },
      select: { actorId: true, data: true },
    });
    expect(event).toEqual({
      actorId: people.fatima.id,
      data: {
        attachmentId: a.id,
        to: "declaration",
        mime: "application/pdf",
        size: PDF_BYTES.length,
        sha256: a.sha256,
      },
    });
    expect((await verifyOrganisationChain(db.prisma, people.fatima.organisationId)).ok).toBe(true);
  });

  it.each([
    ["HTML disguised as PDF", pdfFile("offerte.pdf", HTML_AS_PDF), "Het bestand bevat code of een tweede bestand"],
    ["an empty file", pdfFile("leeg.pdf", new Uint8Array(0)), "Het bestand is leeg"],
    ["a PDF named .png", pdfFile("foto.png"), "De inhoud van het bestand past niet bij de naam"],
    ["an executable", pdfFile("setup.exe"), "Dit soort bestand kan niet"],
    ["no file chosen", new File([], ""), "Kies een bestand om toe te voegen."],
  ])("refuses %s with its own message and stores nothing", async (_label, file, message) => {
    const { id } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    const before = await databaseFingerprint(db.prisma);
    const state = await upload(people.fatima, { id, to: "declaration", file });
    expect(changedTables(before, await databaseFingerprint(db.prisma))).toEqual([]);
    expect(state.status).toBe("error");
    expect((state as { fieldErrors?: Record<string, string> }).fieldErrors?.file).toContain(message);
  });

  it("refuses more than ATTACHMENTS_PER_DECLARATION, with the limit in the message", async () => {
    const { id } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    vi.stubEnv("ATTACHMENTS_PER_DECLARATION", "2");
    try {
      for (const n of [1, 2])
        expect((await upload(people.fatima, { id, to: "declaration", file: pdfFile(`${n}.pdf`) })).status).toBe(
          "success",
        );
      const state = await upload(people.fatima, { id, to: "declaration", file: pdfFile("3.pdf") });
      expect((state as { fieldErrors?: Record<string, string> }).fieldErrors?.file).toBe(
        "Een melding kan hoogstens 2 bijlagen hebben. Verwijder eerst een bijlage.",
      );
      expect(await db.prisma.attachment.count({ where: { declarationId: id } })).toBe(2);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("lets the manager who asked a question attach to that decision, and nobody attach after the decision is final", async () => {
    const filed = await fileDeclaration(people.fatima, "gift", giftAnswers());
    await decideDeclaration(
      people.jeroen,
      decisionInput(filed.id, filed.version, { kind: "INFO_REQUESTED", reason: "Stuur de uitnodiging mee" }),
    );
    expect((await upload(people.jeroen, { id: filed.id, to: "decision", file: pdfFile("brief.pdf") })).status).toBe(
      "success",
    );
    const a = await db.prisma.attachment.findFirstOrThrow({
      where: { declarationId: filed.id },
      select: { decisionId: true },
    });
    expect(a.decisionId).not.toBeNull();
    // The manager may not add to the declarant's own part, the declarant not to the manager's decision.
    expect(await upload(people.jeroen, { id: filed.id, to: "declaration", file: pdfFile() })).toMatchObject({
      status: "error",
      message: "Je mag hier geen bijlage toevoegen of verwijderen.",
    });
    expect(await upload(people.fatima, { id: filed.id, to: "decision", file: pdfFile() })).toMatchObject({
      status: "error",
    });
    // A refused declaration is settled: the declarant can no longer add evidence.
    const refused = await fileDeclaration(people.fatima, "gift", giftAnswers());
    await decideDeclaration(
      people.jeroen,
      decisionInput(refused.id, refused.version, { kind: "REFUSED", reason: "Te duur voor een bedankje" }),
    );
    expect(await upload(people.fatima, { id: refused.id, to: "declaration", file: pdfFile() })).toMatchObject({
      status: "error",
      message: "Je kunt nu geen bijlage toevoegen of verwijderen: de melding is al verder in behandeling.",
    });
  });

  it("serves the file to the declarant, the manager and the integrity officer only, and audits each download", async () => {
    const { id } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    const { id: attachmentId } = await uploadAttachment(people.fatima, {
      declarationId: id,
      to: "declaration",
      fileName: 'Überweisung "x";.pdf',
      bytes: PDF_BYTES,
    });
    for (const reader of [people.fatima, people.jeroen, people.ahmed]) {
      const response = await get(reader, id, attachmentId);
      expect(response.status, reader.name).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="_berweisung _x__.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%22x%22%3B.pdf`,
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    }
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "attachment.downloaded" } })).toBe(3);
    // A colleague, HR and another organisation's manager: 404, and nothing written.
    for (const other of [people.thomas, people.linda, people.annemiek]) {
      const before = await databaseFingerprint(db.prisma);
      const response = await get(other, id, attachmentId);
      expect(response.status, other.name).toBe(404);
      expect(changedTables(before, await databaseFingerprint(db.prisma))).toEqual([]);
    }
    // The attachment's id under another declaration is not found either.
    const { id: otherId } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    expect(await downloadAttachment(people.fatima, otherId, attachmentId)).toBeNull();
  });

  it("lists metadata for readers, lets the uploader remove while open, and no one else", async () => {
    const { id } = await fileDeclaration(people.fatima, "gift", giftAnswers());
    const { id: attachmentId } = await uploadAttachment(people.fatima, {
      declarationId: id,
      to: "declaration",
      fileName: "contract.pdf",
      bytes: PDF_BYTES,
    });
    const mine = await listAttachments(people.fatima, id);
    expect(mine).toMatchObject({
      items: [{ id: attachmentId, name: "contract.pdf", size: PDF_BYTES.length, removable: true, to: "declaration" }],
      canAddTo: ["declaration"],
      remaining: 9,
    });
    expect(await listAttachments(people.jeroen, id)).toMatchObject({
      items: [{ id: attachmentId, removable: false, uploaderName: "Fatima El Amrani" }],
      canAddTo: [],
    });
    expect(await listAttachments(people.thomas, id)).toBeNull();

    const remove = async (as: Viewer) => {
      resetRequest();
      await signInAs(db.prisma, as.id);
      const f = new FormData();
      f.set("id", id);
      f.set("attachmentId", attachmentId);
      return (await runAction(() => removeAttachmentAction(IDLE, f))).result!;
    };
    expect((await remove(people.jeroen)).status).toBe("error");
    expect(await db.prisma.attachment.count({ where: { id: attachmentId } })).toBe(1);
    expect(await remove(people.fatima)).toMatchObject({ status: "success" });
    expect(await db.prisma.attachment.count({ where: { id: attachmentId } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "attachment.removed" } })).toBe(1);
  });

  it("is in the subject-access export as metadata (the colleague's name withheld), without the bytes", async () => {
    const filed = await fileDeclaration(people.fatima, "gift", giftAnswers());
    await decideDeclaration(
      people.jeroen,
      decisionInput(filed.id, filed.version, { kind: "INFO_REQUESTED", reason: "Stuur de uitnodiging mee" }),
    );
    const own = await uploadAttachment(people.fatima, {
      declarationId: filed.id,
      to: "declaration",
      fileName: "uitnodiging.pdf",
      bytes: PDF_BYTES,
    });
    const byManager = await uploadAttachment(people.jeroen, {
      declarationId: filed.id,
      to: "decision",
      fileName: "brief aan Fatima.pdf",
      bytes: PDF_BYTES,
    });
    const fatimaData = await collectMyData(people.fatima);
    expect(fatimaData.attachments.find((a) => a.id === own.id)).toMatchObject({
      declarationId: filed.id,
      attachedTo: "declaration",
      name: "uitnodiging.pdf",
      type: "application/pdf",
      sizeBytes: PDF_BYTES.length,
      addedByYou: true,
      download: `/meldingen/${filed.id}/bijlagen/${own.id}`,
    });
    // On her own declaration, the manager's attachment is hers to see too.
    expect(fatimaData.attachments.find((a) => a.id === byManager.id)).toMatchObject({
      name: "brief aan Fatima.pdf",
      addedBy: "Jeroen Bakker",
      addedByYou: false,
    });
    expect(JSON.stringify(fatimaData)).not.toContain(Buffer.from(PDF_BYTES).toString("base64"));
    // The manager's export lists what he added to a colleague's declaration without its name.
    expect((await collectMyData(people.jeroen)).attachments.find((a) => a.id === byManager.id)).toMatchObject({
      name: null,
      aboutSomeoneElse: true,
      addedByYou: true,
      download: null,
    });
  });

  it("goes with its declaration when retention purges it (the cascade)", async () => {
    const draft = await saveDraft(people.thomas, { type: "gift", raw: giftAnswers() });
    await uploadAttachment(people.thomas, {
      declarationId: draft.id,
      to: "declaration",
      fileName: "oud.pdf",
      bytes: PDF_BYTES,
    });
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
    await db.prisma.$executeRaw`update "Declaration" set "updatedAt" = ${ago(400)} where id = ${draft.id}`;
    await db.prisma.notification.create({
      data: {
        organisationId: people.thomas.organisationId,
        recipientId: people.thomas.id,
        kind: "DRAFT_EXPIRING",
        declarationId: draft.id,
        params: { type: "gift" },
        eventKey: randomUUID(),
        createdAt: ago(20),
      },
    });
    expect(await db.prisma.attachment.count({ where: { declarationId: draft.id } })).toBe(1);
    await purgeOrganisation(db.prisma, people.thomas.organisationId, { kind: "schedule" });
    expect(await db.prisma.declaration.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.prisma.attachment.count({ where: { declarationId: draft.id } })).toBe(0);
  });
});
