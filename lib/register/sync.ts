// Keeping the register in step with declarations and people, inside the caller's transaction: a permitted side
// job of a designated person is queued for HR's review (PENDING_REVIEW, HR is told); an entry ends when the side job
// ends or is replaced by a change, when the person leaves the designated group (designation, scale or tightened
// policy) or the organisation. Ended entries stay in the history. Which state allows what: ./lifecycle.ts.
import type { Prisma, PrismaClient, RegisterEndReason } from "@/lib/generated/prisma/client";
import { LIVE, disqualification } from "./lifecycle";
import { recordAudit } from "@/lib/audit/record";
import { amsterdamNow } from "@/lib/format";
import { notify } from "@/lib/notifications/events";
import { getProfile } from "@/lib/rules";
import { PROFILE_TO_RULES } from "@/lib/declarations/types";
import { effectivePolicy } from "@/lib/policy/effective";
import { getDeclarationForm } from "@/lib/declarations/forms";

type Tx = Prisma.TransactionClient;

/** The HR staff of an organisation (raw SQL: the PGlite adapter cannot bind an enum-array filter). */
export async function hrStaff(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select id from "Person" where "organisationId" = ${organisationId} and "disabledAt" is null and 'HR' = any(roles)`;
  return rows.map((r) => r.id);
}

/**
 * Does this organisation's code publish the conditions of a permission with the side job? A property of the
 * code (lib/rules profiles, `sideJob.publishConditions`: Rijk "(met de voorwaarden)", 000 L784-787), not of a tightening.
 */
export function codePublishesConditions(profile: keyof typeof PROFILE_TO_RULES): boolean {
  return getProfile(PROFILE_TO_RULES[profile]).sideJob.publishConditions;
}

/**
 * The public wording of a side job from its role (a choice on the form). "other" and an unknown or missing role
 * (an old declaration) give the neutral "Nevenwerkzaamheid", for HR to make specific.
 */
export function proposedSideJobWording(role: string): string {
  return role && role !== "other" ? roleLabel(role) : "Nevenwerkzaamheid";
}

function roleLabel(value: string): string {
  const form = getDeclarationForm("side-job");
  const field = form
    ?.fields({ profileId: "rijk", profile: getProfile("rijk"), today: "2026-01-01" })
    .find((f) => f.name === "role");
  const option = field && "options" in field ? field.options?.find((o) => o.value === value) : undefined;
  return option ? option.label.nl : "Nevenwerkzaamheid";
}

/**
 * A side job was approved and its verdict says publish: copy the public fields (only those) into a pending
 * entry and tell HR. Conditions are kept only where the code publishes them (codePublishesConditions).
 */
export async function queueForRegister(
  tx: Tx,
  declarationId: string,
  conditions: string | null,
  actorId: string,
): Promise<void> {
  const d = await tx.declaration.findUniqueOrThrow({
    where: { id: declarationId },
    select: {
      organisationId: true,
      personId: true,
      answers: true,
      title: true,
      reference: true,
      relatedId: true,
      organisation: { select: { profile: true } },
      person: { select: { name: true, functionTitle: true } },
    },
  });
  const a = (d.answers ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof a[k] === "string" ? (a[k] as string).trim() : "");
  // The proposed public wording is built from the structured answers only (role, organisation, paid), never from
  // the employee's free text: a description such as "vergoeding € 2.500 per jaar" must not reach the register by
  // one click (decision 042). HR adds detail on the review page, where the check warns about amounts and the like.
  const sideJob = proposedSideJobWording(text("role"));
  const startedOn = /^\d{4}-\d{2}-\d{2}$/.test(text("startDate")) ? new Date(`${text("startDate")}T00:00:00Z`) : null;
  const fresh = {
    personName: d.person.name,
    functionTitle: d.person.functionTitle,
    sideJob: sideJob.slice(0, 500),
    sideJobOrganisation: text("organisation").slice(0, 200),
    paid: text("paid") === "yes",
    startedOn,
  };
  // An entry removed from history for an AVG ground (decision 042) does not come back as it was: approved again, it
  // starts over from the structured answers, unpublished and without its old number or dates.
  const existing = await tx.registerEntry.findUnique({ where: { declarationId }, select: { status: true } });
  const restart =
    existing?.status === "ERASED"
      ? {
          ...fresh,
          publishedAt: null,
          publishedById: null,
          registerNumber: null,
          correctedAt: null,
          erasedAt: null,
          erasureGround: null,
          removalNote: null,
        }
      : {};
  const entry = await tx.registerEntry.upsert({
    where: { declarationId },
    create: {
      organisationId: d.organisationId,
      declarationId,
      personId: d.personId,
      status: "PENDING_REVIEW",
      ...fresh,
      conditions: codePublishesConditions(d.organisation.profile) ? conditions : null,
    },
    update: {
      ...restart,
      status: "PENDING_REVIEW",
      conditions: codePublishesConditions(d.organisation.profile) ? conditions : null,
      endedAt: null,
      endReason: null,
      removalNote: null,
      version: { increment: 1 },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    organisationId: d.organisationId,
    actorId,
    action: "register.queued",
    entityType: "RegisterEntry",
    entityId: entry.id,
    data: { declarationId },
  });
  await notify(tx, {
    organisationId: d.organisationId,
    recipientIds: await hrStaff(tx, d.organisationId),
    kind: "REGISTER_REVIEW_NEEDED",
    declarationId,
    params: { reference: d.reference ?? "", type: "side-job" },
    eventKey: `register:${entry.id}:queued:${declarationId}`,
  });
  // A change replaces the entry of the side job it changes.
  if (d.relatedId) await endEntryOfDeclaration(tx, d.relatedId, "SIDE_JOB_ENDED", actorId);
}

/** Takes the live entry of a declaration (if any) off the register, into the history. */
export async function endEntryOfDeclaration(
  tx: Tx,
  declarationId: string,
  reason: RegisterEndReason,
  actorId: string | null,
): Promise<boolean> {
  const entry = await tx.registerEntry.findFirst({
    where: { declarationId, status: { in: [...LIVE] } },
    select: { id: true, organisationId: true, status: true },
  });
  if (!entry) return false;
  await endEntry(tx, entry, reason, actorId);
  return true;
}

async function endEntry(
  tx: Tx,
  entry: { id: string; organisationId: string; status: string },
  reason: RegisterEndReason,
  actorId: string | null,
) {
  // A pending entry that never went public is simply withdrawn from review: it has no public history.
  await tx.registerEntry.update({
    where: { id: entry.id },
    data: { status: "ENDED", endedAt: new Date(), endReason: reason, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    organisationId: entry.organisationId,
    actorId,
    action: "register.ended",
    entityType: "RegisterEntry",
    entityId: entry.id,
    data: { reason, wasPublished: entry.status === "PUBLISHED" },
  });
}

/**
 * After people changed (HR edit, CSV import, policy change): end the live entries of the given people who
 * left the organisation or the designated group. Returns the number of entries ended. Call it in the
 * transaction that changed the people, so the register never shows someone who no longer qualifies.
 */
export async function reconcileRegister(
  tx: Tx,
  organisationId: string,
  personIds: string[] | "all",
  actorId: string | null,
  at: Date = new Date(),
): Promise<number> {
  const entries = await tx.registerEntry.findMany({
    where: {
      organisationId,
      status: { in: [...LIVE] },
      ...(personIds === "all" ? {} : { personId: { in: personIds } }),
    },
    select: {
      id: true,
      organisationId: true,
      status: true,
      person: {
        select: {
          salaryScale: true,
          topManagementGroup: true,
          topOfficial: true,
          employmentEnd: true,
          disabledAt: true,
        },
      },
    },
  });
  if (entries.length === 0) return 0;
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { profile: true },
  });
  const today = amsterdamNow(at).today;
  const { profile } = await effectivePolicy(tx, organisationId, organisation.profile, today);
  let ended = 0;
  for (const entry of entries) {
    const reason = disqualification(profile, entry.person, today);
    if (!reason) continue;
    await endEntry(tx, entry, reason, actorId);
    ended++;
  }
  return ended;
}

/**
 * The daily check: employment that ended, designations and policy settings that took effect today.
 * One transaction per organisation; returns the number of entries ended.
 */
export async function reconcileAllRegisters(db: PrismaClient, at: Date = new Date()): Promise<number> {
  const organisations = await db.registerEntry.findMany({
    where: { status: { in: [...LIVE] } },
    distinct: ["organisationId"],
    select: { organisationId: true },
  });
  let ended = 0;
  for (const { organisationId } of organisations) {
    ended += await db.$transaction((tx) => reconcileRegister(tx, organisationId, "all", null, at));
  }
  return ended;
}
