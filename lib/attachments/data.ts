import "server-only";
// Attachments of a declaration (issue 16 item 1, decision 066): the data layer. Every function authorises against
// the specific declaration in its own transaction and writes its audit event in the same one. Who may attach is
// lib/declarations/lifecycle.ts canAttach; who may read (download, list) is exactly who may read the declaration
// (lib/decisions/access.ts canReadDeclaration, the check of the printable record too). Anyone else gets "not found".
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { attachmentMaxBytes, attachmentsPerDeclaration } from "@/lib/config";
import { AppError, invalidState, notFound } from "@/lib/errors";
import { canReadDeclaration, type Tx } from "@/lib/decisions/access";
import { canAttach, type AttachTarget } from "@/lib/declarations/lifecycle";
import type { DeclarationStatus } from "@/lib/generated/prisma/client";
import { checkAttachment } from "./content-check";
import { ATTACH_TO_VALUES, type AttachTo } from "./schemas";

export interface AttachmentRow {
  id: string;
  name: string;
  mime: string;
  size: number;
  createdAt: string;
  uploaderName: string;
  to: AttachTo;
  /** The viewer uploaded it and may still remove it (the same right as adding it). */
  removable: boolean;
}

const DECLARATION_FOR_ACCESS = {
  id: true,
  organisationId: true,
  personId: true,
  status: true,
  assigneeId: true,
  // The latest decision and the latest answer: the only ones that still take evidence (canAttach).
  decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, deciderId: true, outcome: true } },
  messages: {
    where: { kind: "ANSWER" },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, authorId: true },
  },
} as const;

interface ForAccess {
  id: string;
  organisationId: string;
  personId: string;
  status: DeclarationStatus;
  assigneeId: string | null;
  decisions: { id: string; deciderId: string; outcome: string }[];
  messages: { id: string; authorId: string }[];
}

/** The viewer's relation to what an attachment goes to, for canAttach, with the id of the answer or decision. */
function targetOf(viewer: Viewer, d: ForAccess, to: AttachTo): { target: AttachTarget; linkId: string | null } {
  if (to === "answer") {
    const answer = d.messages[0];
    return {
      target: { to: "answer", isAuthor: !!answer && answer.authorId === viewer.id },
      linkId: answer?.id ?? null,
    };
  }
  if (to === "decision") {
    const decision = d.decisions[0];
    return {
      target: {
        to: "decision",
        isDecider: !!decision && decision.deciderId === viewer.id,
        isLatest: true,
        outcome: decision?.outcome ?? "",
      },
      linkId: decision?.id ?? null,
    };
  }
  return { target: { to: "declaration", isDeclarant: d.personId === viewer.id }, linkId: null };
}

/** What an existing attachment is attached to. */
function toOf(a: { messageId: string | null; decisionId: string | null }): AttachTo {
  return a.decisionId ? "decision" : a.messageId ? "answer" : "declaration";
}

/**
 * May the viewer add to (or remove their own from) `to` of this declaration now? "forbidden" when it is not theirs
 * (not the declarant, the answer's author or the decision's decider), "closed" when it is but no longer open.
 */
function attachRight(
  viewer: Viewer,
  d: ForAccess,
  to: AttachTo,
  linkId?: string | null,
): "ok" | "forbidden" | "closed" {
  const { target, linkId: current } = targetOf(viewer, d, to);
  const theirs =
    target.to === "declaration" ? target.isDeclarant : target.to === "answer" ? target.isAuthor : target.isDecider;
  if (!theirs) return "forbidden";
  // An attachment of an older answer or decision is no longer open to change.
  if (linkId !== undefined && linkId !== current) return "closed";
  return canAttach(d.status, target) ? "ok" : "closed";
}

const mayAttach = (viewer: Viewer, d: ForAccess, to: AttachTo, linkId?: string | null) =>
  attachRight(viewer, d, to, linkId) === "ok";

/** Throws the refusal of attachRight: "you may not" for someone else's, "not in this status" for a closed one. */
function requireAttachRight(viewer: Viewer, d: ForAccess, to: AttachTo, linkId?: string | null): void {
  const right = attachRight(viewer, d, to, linkId);
  if (right === "forbidden") throw new AppError("FORBIDDEN", "not theirs to attach to");
  if (right === "closed") throw invalidState(d.status);
}

/** The declaration for the viewer, or "not found" when it is not theirs to read (also in another organisation). */
async function readable(tx: Tx, viewer: Viewer, declarationId: string): Promise<ForAccess> {
  const d = await tx.declaration.findFirst({
    where: { id: declarationId, organisationId: viewer.organisationId },
    select: DECLARATION_FOR_ACCESS,
  });
  if (!d || !(await canReadDeclaration(tx, viewer, d))) throw notFound("declaration");
  return d;
}

export interface UploadInput {
  declarationId: string;
  to: AttachTo;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Stores an attachment after the content check. A refused file stores nothing and writes no event: the refusal is a
 * field error on `file` with the check's code (lib/attachments/content-check.ts), e.g. "polyglot".
 */
export async function uploadAttachment(viewer: Viewer, input: UploadInput): Promise<{ id: string; name: string }> {
  const maxBytes = attachmentMaxBytes();
  const check = await checkAttachment(input.fileName, input.bytes, maxBytes);
  if (!check.ok)
    throw new AppError("VALIDATION", "attachment refused", {
      fieldErrors: { file: check.refusal },
      fieldParams: { file: { max: Math.round(maxBytes / 1024 / 1024) } },
    });
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await readable(tx, viewer, input.declarationId);
    const { linkId } = targetOf(viewer, d, input.to);
    requireAttachRight(viewer, d, input.to);
    const max = attachmentsPerDeclaration();
    // Counted in the transaction that adds one; two uploads at once may both pass, one over at most (harmless).
    if ((await tx.attachment.count({ where: { declarationId: d.id } })) >= max)
      throw new AppError("VALIDATION", "too many attachments", {
        fieldErrors: { file: "too-many" },
        fieldParams: { file: { max } },
      });
    const created = await tx.attachment.create({
      data: {
        organisationId: d.organisationId,
        declarationId: d.id,
        messageId: input.to === "answer" ? linkId : null,
        decisionId: input.to === "decision" ? linkId : null,
        uploaderId: viewer.id,
        name: check.name,
        mime: check.mime,
        size: check.size,
        sha256,
        bytes: input.bytes as Uint8Array<ArrayBuffer>,
      },
      select: { id: true, name: true },
    });
    // Facts only: the name may say something about a person, the hash identifies the file.
    await recordAudit(tx, {
      organisationId: d.organisationId,
      actorId: viewer.id,
      action: "attachment.uploaded",
      entityType: "Declaration",
      entityId: d.id,
      data: { attachmentId: created.id, to: input.to, mime: check.mime, size: check.size, sha256 },
    });
    return created;
  });
}

/** Removes the viewer's own attachment while they may still attach there. Anyone else's: "not found". */
export async function removeAttachment(
  viewer: Viewer,
  input: { declarationId: string; id: string },
): Promise<{ declarationId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const d = await readable(tx, viewer, input.declarationId);
    const a = await tx.attachment.findFirst({
      where: { id: input.id, declarationId: d.id, uploaderId: viewer.id },
      select: { id: true, messageId: true, decisionId: true, sha256: true },
    });
    if (!a) throw notFound("attachment");
    const to = toOf(a);
    requireAttachRight(viewer, d, to, a.decisionId ?? a.messageId);
    await tx.attachment.delete({ where: { id: a.id } });
    await recordAudit(tx, {
      organisationId: d.organisationId,
      actorId: viewer.id,
      action: "attachment.removed",
      entityType: "Declaration",
      entityId: d.id,
      data: { attachmentId: a.id, to, sha256: a.sha256 },
    });
    return { declarationId: d.id };
  });
}

export interface AttachmentDownload {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/**
 * The attachment for a download, or null when the viewer may not read the declaration (or there is no such
 * attachment on it). Each download is an audit event (`attachment.downloaded`) in the read's transaction.
 */
export async function downloadAttachment(
  viewer: Viewer,
  declarationId: string,
  attachmentId: string,
): Promise<AttachmentDownload | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const a = await tx.attachment.findFirst({
      where: { id: attachmentId, declarationId, organisationId: viewer.organisationId },
      select: {
        id: true,
        name: true,
        mime: true,
        bytes: true,
        sha256: true,
        declaration: { select: { id: true, organisationId: true, personId: true, status: true, assigneeId: true } },
      },
    });
    if (!a || !(await canReadDeclaration(tx, viewer, a.declaration))) return null;
    await recordAudit(tx, {
      organisationId: a.declaration.organisationId,
      actorId: viewer.id,
      action: "attachment.downloaded",
      entityType: "Declaration",
      entityId: a.declaration.id,
      data: { attachmentId: a.id, sha256: a.sha256 },
    });
    return { name: a.name, mime: a.mime, bytes: a.bytes };
  });
}

export interface AttachmentsView {
  items: AttachmentRow[];
  /** Where the viewer may add one now (in this order of preference), empty when nowhere. */
  canAddTo: AttachTo[];
  /** How many more fit under ATTACHMENTS_PER_DECLARATION. */
  remaining: number;
}

/** The attachments of a declaration the viewer may read (metadata only, never the bytes), and where they may add. */
export async function listAttachments(viewer: Viewer, declarationId: string): Promise<AttachmentsView | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let d: ForAccess;
    try {
      d = await readable(tx, viewer, declarationId);
    } catch {
      return null;
    }
    const rows = await tx.attachment.findMany({
      where: { declarationId: d.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        mime: true,
        size: true,
        createdAt: true,
        uploaderId: true,
        messageId: true,
        decisionId: true,
        uploader: { select: { name: true } },
      },
    });
    return {
      items: rows.map((a) => ({
        id: a.id,
        name: a.name,
        mime: a.mime,
        size: a.size,
        createdAt: a.createdAt.toISOString(),
        uploaderName: a.uploader.name,
        to: toOf(a),
        removable: a.uploaderId === viewer.id && mayAttach(viewer, d, toOf(a), a.decisionId ?? a.messageId),
      })),
      canAddTo: ATTACH_TO_VALUES.filter((to) => mayAttach(viewer, d, to)),
      remaining: Math.max(0, attachmentsPerDeclaration() - rows.length),
    };
  });
}
