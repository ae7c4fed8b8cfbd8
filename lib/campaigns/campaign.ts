import "server-only";
// One campaign as the data layer reads it: the columns, its summary, and finding it within the viewer's own
// organisation (another organisation's id is NOT_FOUND). Shared by data.ts (HR's writes, answering) and
// follow.ts (HR's figures and export).
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import type { CampaignStatus, Prisma } from "@/lib/generated/prisma/client";
import { dayOfDate } from "@/lib/dates";

export type Tx = Prisma.TransactionClient;
export type Db = Tx | Awaited<ReturnType<typeof getDb>>;

export const CAMPAIGN_SELECT = {
  id: true,
  organisationId: true,
  title: true,
  year: true,
  opensOn: true,
  dueOn: true,
  status: true,
  nonRespondersPublished: true,
  closedAt: true,
  version: true,
} as const;
export type CampaignRow = Prisma.DeclarationCampaignGetPayload<{ select: typeof CAMPAIGN_SELECT }>;

export interface CampaignSummary {
  id: string;
  title: string;
  year: number;
  opensOn: string;
  dueOn: string;
  status: CampaignStatus;
  nonRespondersPublished: boolean;
  closedAt: string | null;
  version: number;
}

export function toSummary(c: CampaignRow): CampaignSummary {
  return {
    id: c.id,
    title: c.title,
    year: c.year,
    opensOn: dayOfDate(c.opensOn),
    dueOn: dayOfDate(c.dueOn),
    status: c.status,
    nonRespondersPublished: c.nonRespondersPublished,
    closedAt: c.closedAt?.toISOString() ?? null,
    version: c.version,
  };
}

/** A campaign of the viewer's organisation, or NOT_FOUND (also for another organisation's id). */
export async function findCampaign(db: Db, viewer: Viewer, id: string): Promise<CampaignRow> {
  const c = await db.declarationCampaign.findFirst({
    where: { id, organisationId: viewer.organisationId },
    select: CAMPAIGN_SELECT,
  });
  if (!c) throw notFound("campaign");
  return c;
}
