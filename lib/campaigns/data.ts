import "server-only";
// The annual declaration campaign: the data access layer for HR (open, publish, close; following and the
// export are follow.ts) and for everyone who is asked (answer). Every function takes the viewer and checks,
// inside itself, the role (assertArea "campaigns" for HR work) and that the campaign belongs to the viewer's
// own organisation; a campaign of another organisation does not exist for them (NOT_FOUND).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { hasRole } from "@/lib/auth/session-roles";
import { recordViewerAudit } from "@/lib/audit/record";
import { AppError, fromPrismaError, invalidState, notFound } from "@/lib/errors";
import { expectVersion, updateVersioned } from "@/lib/db/guarded-update";
import { amsterdamNow } from "@/lib/format";
import type { CampaignAnswer, CampaignStatus, DeclarationStatus } from "@/lib/generated/prisma/client";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import type { DeclarationType as RuleType } from "@/lib/rules";
import { allowedYears, answerVerdict, canClose, latestDueOn } from "./rules";
import { notifyAboutCampaign, populationWhere } from "./population";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import type { AnswerInput, CloseCampaignInput, OpenCampaignInput, PublicationInput } from "./schemas";
import { SENT } from "@/lib/declarations/lifecycle";
import { CAMPAIGN_SELECT, findCampaign, toSummary, type CampaignSummary, type Db } from "./campaign";

const fieldError = (field: string, key: string) =>
  new AppError("VALIDATION", `${field}: ${key}`, { fieldErrors: { [field]: key } });

// ---- HR: open -------------------------------------------------------------------------------------

/** The checks before opening; throws VALIDATION (per field) or INVALID_STATE (another campaign is open). */
async function checkOpen(tx: Db, viewer: Viewer, input: OpenCampaignInput, today: string): Promise<void> {
  const open = await tx.declarationCampaign.findFirst({
    where: { organisationId: viewer.organisationId, status: "OPEN" },
    select: { id: true },
  });
  if (open) throw new AppError("INVALID_STATE", "a campaign is open", { reason: "alreadyOpen" });
  if (!allowedYears(today).includes(input.year)) throw fieldError("year", "yearNotAllowed");
  if (
    await tx.declarationCampaign.findFirst({
      where: { organisationId: viewer.organisationId, year: input.year },
      select: { id: true },
    })
  )
    throw fieldError("year", "yearTaken");
  if (input.dueOn <= today) throw fieldError("dueOn", "dueNotAfterToday");
  if (input.dueOn > latestDueOn(today)) throw fieldError("dueOn", "dueTooLate");
}

/** Is a campaign open in the viewer's organisation (then no new one can be opened)? */
export async function hasOpenCampaign(viewer: Viewer): Promise<boolean> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  return (await db.declarationCampaign.count({ where: { organisationId: viewer.organisationId, status: "OPEN" } })) > 0;
}

/** The check-your-answers step: would opening succeed, and how many people would be asked? Changes nothing. */
export async function previewOpenCampaign(viewer: Viewer, input: OpenCampaignInput): Promise<{ recipients: number }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  await checkOpen(db, viewer, input, amsterdamNow().today);
  const recipients = await db.person.count({
    where: populationWhere({ organisationId: viewer.organisationId, status: "OPEN", closedAt: null }),
  });
  return { recipients };
}

/**
 * Opens a campaign and tells every active person of the organisation, in one transaction with its audit
 * event. One open campaign per organisation: a lock per organisation makes two simultaneous opens wait
 * for each other, so the second sees the first.
 */
export async function openCampaign(
  viewer: Viewer,
  input: OpenCampaignInput,
): Promise<{ id: string; recipients: number }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const today = amsterdamNow().today;
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`campaign:${viewer.organisationId}`}))`;
      await checkOpen(tx, viewer, input, today);
      const created = await tx.declarationCampaign.create({
        data: {
          organisationId: viewer.organisationId,
          title: input.title,
          year: input.year,
          opensOn: dateOfDay(today),
          dueOn: dateOfDay(input.dueOn),
          createdById: viewer.id,
        },
        select: { id: true, year: true, dueOn: true },
      });
      const people = await tx.person.findMany({
        where: populationWhere({ organisationId: viewer.organisationId, status: "OPEN", closedAt: null }),
        select: { id: true, locale: true },
      });
      await notifyAboutCampaign(tx, {
        organisationId: viewer.organisationId,
        people,
        kind: "CAMPAIGN_OPENED",
        year: created.year,
        dueOn: created.dueOn,
        eventKey: `campaign:${created.id}:opened`,
      });
      await recordViewerAudit(tx, viewer, {
        action: "campaign.opened",
        entityType: "DeclarationCampaign",
        entityId: created.id,
        data: { year: input.year, dueOn: input.dueOn, asked: people.length, version: 1 },
      });
      return { id: created.id, recipients: people.length };
    });
  } catch (error) {
    // Two HR officers picking the same year at once: the unique (organisation, year) answers.
    if (fromPrismaError(error)?.code === "CONFLICT") throw fieldError("year", "yearTaken");
    throw error;
  }
}

// ---- HR: publish or keep internal, close ----------------------------------------------------------

/**
 * Publishes the list of non-responders to managers (each sees their own team's, on /jaarverklaring) or
 * keeps it to HR. Version-checked: a change made meanwhile by someone else is never overwritten.
 */
export async function setNonRespondersPublished(viewer: Viewer, input: PublicationInput): Promise<void> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findCampaign(tx, viewer, input.id);
    expectVersion(c.version, input.version);
    await updateVersioned(tx.declarationCampaign, c, { nonRespondersPublished: input.published });
    await recordViewerAudit(tx, viewer, {
      action: input.published ? "campaign.non-responders-published" : "campaign.non-responders-internal",
      entityType: "DeclarationCampaign",
      entityId: c.id,
      data: { version: c.version + 1 },
    });
  });
}

/** Closes the campaign: from then on answers are refused and no reminders go out. */
export async function closeCampaign(viewer: Viewer, input: CloseCampaignInput): Promise<void> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const c = await findCampaign(tx, viewer, input.id);
    if (!canClose(c)) throw invalidState(c.status);
    expectVersion(c.version, input.version);
    await updateVersioned(tx.declarationCampaign, c, { status: "CLOSED", closedAt: new Date() }, { status: "OPEN" });
    await recordViewerAudit(tx, viewer, {
      action: "campaign.closed",
      entityType: "DeclarationCampaign",
      entityId: c.id,
      data: { version: c.version + 1 },
    });
  });
}

// ---- Everyone: answer -----------------------------------------------------------------------------

/** Is the viewer among the people this campaign asks? */
async function isAsked(
  db: Db,
  viewer: Viewer,
  c: { organisationId: string; status: CampaignStatus; closedAt: Date | null },
): Promise<boolean> {
  return (await db.person.count({ where: { AND: [{ id: viewer.id }, populationWhere(c)] } })) === 1;
}

/**
 * Records (or changes) the viewer's answer. The campaign row is read with a share lock, so an answer and
 * a close never cross: the answer either lands before the close or is refused after it.
 */
export async function answerCampaign(viewer: Viewer, input: AnswerInput): Promise<{ changed: boolean }> {
  const db = await getDb();
  const today = amsterdamNow().today;
  try {
    return await db.$transaction(async (tx) => {
      const [c] = await tx.$queryRaw<{ id: string; status: CampaignStatus; dueOn: string }[]>`
        select id, status::text as status, to_char("dueOn", 'YYYY-MM-DD') as "dueOn"
        from "DeclarationCampaign" where id = ${input.campaignId} and "organisationId" = ${viewer.organisationId}
        for share`;
      if (!c) throw notFound("campaign");
      const existing = await tx.campaignResponse.findUnique({
        where: { campaignId_personId: { campaignId: c.id, personId: viewer.id } },
        select: { id: true, answer: true },
      });
      // The rules say whether an answer is taken now (lib/campaigns/rules.ts); a closed campaign is refused before anything else.
      const verdict = answerVerdict(c, !!existing, today);
      if (verdict === "closed") throw invalidState("CLOSED");
      if (!(await isAsked(tx, viewer, { organisationId: viewer.organisationId, status: "OPEN", closedAt: null })))
        throw new AppError("FORBIDDEN", "not asked");
      if (verdict === "past-due")
        throw new AppError("INVALID_STATE", "not allowed in status PAST_DUE", {
          status: "PAST_DUE",
          reason: "pastDue",
        });
      if (existing?.answer === input.answer) return { changed: false };
      const unit = await tx.person.findUnique({ where: { id: viewer.id }, select: { unitId: true } });
      const response = await tx.campaignResponse.upsert({
        where: { campaignId_personId: { campaignId: c.id, personId: viewer.id } },
        create: { campaignId: c.id, personId: viewer.id, answer: input.answer, unitId: unit?.unitId ?? null },
        update: { answer: input.answer, unitId: unit?.unitId ?? null, respondedAt: new Date() },
        select: { id: true },
      });
      await recordViewerAudit(tx, viewer, {
        action: existing ? "campaign.answer-changed" : "campaign.answered",
        entityType: "DeclarationCampaign",
        entityId: c.id,
        data: { responseId: response.id, answer: input.answer },
      });
      return { changed: true };
    });
  } catch (error) {
    throw fromPrismaError(error) ?? error;
  }
}

export interface MyCampaign {
  campaign: CampaignSummary;
  response: { answer: CampaignAnswer; respondedAt: string } | null;
  /** Why the viewer cannot answer (or change the answer) now; null when they can. */
  blocked: "closed" | "past-due" | "not-asked" | null;
  /** What the viewer sent in the campaign's year, newest first; `afterAnswer` for what came after their answer. */
  filed: {
    id: string;
    type: RuleType;
    title: string;
    status: DeclarationStatus;
    submittedAt: string;
    afterAnswer: boolean;
  }[];
  drafts: number;
  /** For managers, when HR published the list: their team members who have not answered. */
  team: { id: string; name: string }[] | null;
}

/** The campaign the viewer is asked to answer (the open one, else the latest closed one), or null. */
export async function getMyCampaign(viewer: Viewer): Promise<MyCampaign | null> {
  const db = await getDb();
  const c =
    (await db.declarationCampaign.findFirst({
      where: { organisationId: viewer.organisationId, status: "OPEN" },
      select: CAMPAIGN_SELECT,
    })) ??
    (await db.declarationCampaign.findFirst({
      where: { organisationId: viewer.organisationId, status: "CLOSED" },
      orderBy: { closedAt: "desc" },
      select: CAMPAIGN_SELECT,
    }));
  if (!c) return null;
  const today = amsterdamNow().today;
  const [response, asked, filed, drafts] = await Promise.all([
    db.campaignResponse.findUnique({
      where: { campaignId_personId: { campaignId: c.id, personId: viewer.id } },
      select: { answer: true, respondedAt: true },
    }),
    isAsked(db, viewer, c),
    db.declaration.findMany({
      where: {
        personId: viewer.id,
        organisationId: viewer.organisationId,
        status: { in: [...SENT] },
        submittedAt: { gte: new Date(Date.UTC(c.year, 0, 1)), lt: new Date(Date.UTC(c.year + 1, 0, 1)) },
      },
      orderBy: { submittedAt: "desc" },
      take: 100,
      select: { id: true, type: true, title: true, status: true, submittedAt: true },
    }),
    db.declaration.count({ where: { personId: viewer.id, organisationId: viewer.organisationId, status: "DRAFT" } }),
  ]);
  const verdict = answerVerdict({ status: c.status, dueOn: dayOfDate(c.dueOn) }, !!response, today);
  let team: MyCampaign["team"] = null;
  if (c.nonRespondersPublished && hasRole(viewer, "MANAGER")) {
    team = await db.person.findMany({
      where: { AND: [{ managerId: viewer.id }, populationWhere(c)], campaignResponses: { none: { campaignId: c.id } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
  }
  return {
    campaign: toSummary(c),
    response: response ? { answer: response.answer, respondedAt: response.respondedAt.toISOString() } : null,
    blocked: verdict === "closed" ? "closed" : !asked ? "not-asked" : verdict === "past-due" ? "past-due" : null,
    filed: filed.map((d) => ({
      id: d.id,
      type: DB_TO_RULE_TYPE[d.type],
      title: d.title,
      status: d.status,
      submittedAt: d.submittedAt!.toISOString(),
      afterAnswer: !!response && d.submittedAt! > response.respondedAt,
    })),
    drafts,
    team,
  };
}

/** For the home page: the open campaign that still waits for the viewer's answer, or null. */
export async function campaignAwaitingAnswer(viewer: Viewer): Promise<{ title: string; dueOn: string } | null> {
  const db = await getDb();
  const c = await db.declarationCampaign.findFirst({
    where: { organisationId: viewer.organisationId, status: "OPEN", responses: { none: { personId: viewer.id } } },
    select: { title: true, dueOn: true, organisationId: true, status: true, closedAt: true },
  });
  if (!c || !(await isAsked(db, viewer, c))) return null;
  return { title: c.title, dueOn: dayOfDate(c.dueOn) };
}
