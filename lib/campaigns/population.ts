// Who a campaign asks, and telling them. Shared by the data layer (lib/campaigns/data.ts) and the daily
// reminder task (lib/campaigns/reminders.ts); every function takes the transaction it runs in.
import type { NotificationKind, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { amsterdamNow } from "@/lib/format";
import { dateOfDay, dayOfDate } from "@/lib/dates";
import { notify } from "@/lib/notifications/events";

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * The people a campaign asks: active people of the organisation on a day (account not closed, employment
 * started and not ended). An open campaign counts today's people. A closed one counts the people of its
 * closing day, so that someone hired later never shows up as a non-responder of an old campaign.
 */
export function populationWhere(
  campaign: { organisationId: string; status: "OPEN" | "CLOSED"; closedAt: Date | null },
  now: Date = new Date(),
): Prisma.PersonWhereInput {
  const closedAt = campaign.status === "CLOSED" ? (campaign.closedAt ?? now) : null;
  const onDay = dateOfDay(amsterdamNow(closedAt ?? now).today);
  return {
    organisationId: campaign.organisationId,
    ...(closedAt ? { OR: [{ disabledAt: null }, { disabledAt: { gt: closedAt } }] } : { disabledAt: null }),
    AND: [
      { OR: [{ employmentStart: null }, { employmentStart: { lte: onDay } }] },
      { OR: [{ employmentEnd: null }, { employmentEnd: { gte: onDay } }] },
    ],
  };
}

/**
 * Active people of the organisation who have not answered this open campaign; with `managerId`, only the people
 * that person manages (a manager's own people, decision 068).
 */
export function notAnsweredWhere(
  campaign: { id: string; organisationId: string },
  now: Date = new Date(),
  managerId?: string,
): Prisma.PersonWhereInput {
  return {
    AND: [populationWhere({ ...campaign, status: "OPEN", closedAt: null }, now), ...(managerId ? [{ managerId }] : [])],
    campaignResponses: { none: { campaignId: campaign.id } },
  };
}

/** The people who have not answered this open campaign (for reminders); with `managerId`, that manager's own. */
export async function notAnswered(
  db: Db,
  campaign: { id: string; organisationId: string },
  now: Date = new Date(),
  managerId?: string,
) {
  return db.person.findMany({ where: notAnsweredWhere(campaign, now, managerId), select: { id: true, locale: true } });
}

/**
 * Notifies people about a campaign: its year and due date (as a date; each text writes it out in the recipient's
 * language), never the title HR typed (decision 037). The event key is per campaign (and per day for reminders);
 * notify() adds the recipient, so nobody gets the same event twice.
 */
export async function notifyAboutCampaign(
  tx: Prisma.TransactionClient,
  input: {
    organisationId: string;
    people: { id: string; locale: string }[];
    kind: NotificationKind;
    year: number;
    dueOn: Date;
    eventKey: string;
  },
): Promise<void> {
  await notify(tx, {
    organisationId: input.organisationId,
    recipientIds: input.people.map((p) => p.id),
    kind: input.kind,
    params: { year: String(input.year), due: dayOfDate(input.dueOn) },
    eventKey: input.eventKey,
  });
}
