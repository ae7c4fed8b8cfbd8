import "server-only";
// A manager's own people who have not answered the open campaign, and reminding them now (decision 068). "Own
// people" is the decision queue's rule: the people whose manager the viewer is (Person.managerId), while the viewer
// holds MANAGER now (lib/people/authority.ts). The catalogue's privacy rule holds: a manager sees and reminds them
// only when HR shared the list of those who did not answer (nonRespondersPublished). The reminder goes the one way
// HR's does (notifyAboutCampaign -> outbox -> SMTP), limited per campaign, manager and day (lib/reminders/on-demand.ts).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { AppError, isAppError, notFound } from "@/lib/errors";
import { holdsManagerRightNow } from "@/lib/people/authority";
import { reminderScope, remindersSentToday, REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { CAMPAIGN_SELECT, findCampaign, toSummary, type CampaignSummary, type Db } from "./campaign";
import { notAnswered, notAnsweredWhere } from "./population";
import { sendCampaignReminder } from "./remind-now";
import { onDemandReminderRefusal } from "./rules";
import type { RemindNowInput } from "./schemas";

/** People shown per page on the manager's list. */
export const TEAM_PAGE_SIZE = 50;

export interface TeamNonResponders {
  campaign: CampaignSummary;
  /** HR shared the list of those who did not answer; when false the list is empty and nobody can be reminded. */
  published: boolean;
  people: { id: string; name: string; unitName: string | null }[];
  total: number;
  page: number;
  pageCount: number;
  refusal: ReturnType<typeof onDemandReminderRefusal>;
  perDay: number;
}

/**
 * The viewer must manage people now: hold MANAGER now (the session's roles alone are not enough) and be the manager
 * of at least one person of the organisation. Standing in as deputy gives no reach into another manager's people here.
 */
async function assertManagerNow(db: Db, viewer: Viewer): Promise<void> {
  const manages =
    (await holdsManagerRightNow(db, viewer.organisationId, viewer.id)) &&
    (await db.person.count({ where: { organisationId: viewer.organisationId, managerId: viewer.id } })) > 0;
  if (!manages) throw new AppError("FORBIDDEN", "manages nobody now");
}

/** For the pages: someone who manages nobody now gets the "not allowed" page, as a missing role does. */
export function refusedToNonManager(error: unknown): never {
  if (isAppError(error) && error.code === "FORBIDDEN") redirect("/geen-toegang?reden=rol");
  throw error;
}

/** The open campaign of the viewer's organisation, or null. */
async function openCampaignOf(db: Db, viewer: Viewer) {
  return db.declarationCampaign.findFirst({
    where: { organisationId: viewer.organisationId, status: "OPEN" },
    select: CAMPAIGN_SELECT,
  });
}

/** The manager's own people who have not answered the open campaign (page `page`), or null when none is open. */
export async function getTeamNonResponders(
  viewer: Viewer,
  page = 1,
  at: Date = new Date(),
): Promise<TeamNonResponders | null> {
  const db = await getDb();
  await assertManagerNow(db, viewer);
  const c = await openCampaignOf(db, viewer);
  if (!c) return null;
  const published = c.nonRespondersPublished;
  const where = notAnsweredWhere(c, at, viewer.id);
  const total = published ? await db.person.count({ where }) : 0;
  const pageCount = Math.max(1, Math.ceil(total / TEAM_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const people = published
    ? await db.person.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip: (shown - 1) * TEAM_PAGE_SIZE,
        take: TEAM_PAGE_SIZE,
        select: { id: true, name: true, unit: { select: { name: true } } },
      })
    : [];
  const sentToday = await remindersSentToday(db, reminderScope.managersPeople(c.id, viewer.id), at);
  return {
    campaign: toSummary(c),
    published,
    people: people.map((p) => ({ id: p.id, name: p.name, unitName: p.unit?.name ?? null })),
    total,
    page: shown,
    pageCount,
    refusal: onDemandReminderRefusal({
      status: c.status,
      published,
      sentToday,
      recipients: total,
      perDay: REMINDERS_PER_DAY,
    }),
    perDay: REMINDERS_PER_DAY,
  };
}

/**
 * Reminds the manager's own people who have not answered the campaign, once per campaign, manager and day; the
 * recipients are found here, in the transaction, never taken from the form. Audited as `campaign.reminded` with
 * `by: "manager"`.
 */
export async function remindTeamNow(
  viewer: Viewer,
  input: RemindNowInput,
  at: Date = new Date(),
): Promise<{ id: string; recipients: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertManagerNow(tx, viewer);
    const c = await findCampaign(tx, viewer, input.id).catch(() => {
      throw notFound("campaign");
    });
    const people = c.status === "OPEN" && c.nonRespondersPublished ? await notAnswered(tx, c, at, viewer.id) : [];
    return sendCampaignReminder(
      tx,
      viewer,
      c,
      {
        people,
        scope: reminderScope.managersPeople(c.id, viewer.id),
        eventKey: `manager:${viewer.id}:`,
        published: c.nonRespondersPublished,
        by: "manager",
      },
      at,
    );
  });
}
