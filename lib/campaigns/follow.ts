import "server-only";
// The annual declaration campaign as HR follows it: the list with response rates, one campaign's overview per
// unit and person, and the CSV export (recorded in the audit trail). Each checks assertArea "campaigns" and finds
// the campaign within the viewer's own organisation.
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { recordViewerAudit } from "@/lib/audit/record";
import { completionFromCounts, type Completion } from "./rules";
import { populationWhere } from "./population";
import type { CsvRow } from "./export";
import { CAMPAIGN_SELECT, findCampaign, toSummary, type CampaignRow, type CampaignSummary, type Db } from "./campaign";

// ---- HR: follow -----------------------------------------------------------------------------------

export interface CampaignListItem extends CampaignSummary {
  answered: number;
  total: number;
  percent: number;
}

/** Population and responses of a campaign, with the people's names, units and managers: for the export only. */
async function everyone(db: Db, c: CampaignRow) {
  // One after the other: this may run on a transaction's connection, which takes one query at a time (pg 9 refuses more).
  const people = await db.person.findMany({
    where: populationWhere(c),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      externalId: true,
      unitId: true,
      unit: { select: { name: true } },
      manager: { select: { name: true } },
    },
  });
  const responses = await db.campaignResponse.findMany({
    where: { campaignId: c.id },
    select: {
      personId: true,
      answer: true,
      unitId: true,
      respondedAt: true,
      person: { select: { name: true, externalId: true, manager: { select: { name: true } } } },
    },
  });
  const units = await db.unit.findMany({
    where: { organisationId: c.organisationId },
    select: { id: true, name: true },
  });
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  return { people, responses, unitNames };
}

/**
 * Completion counted by the database (decision 062): two grouped counts, whatever the size of the population, instead
 * of loading everyone asked (40,000 people at the Rijk's size).
 */
async function completionOf(db: Db, c: CampaignRow): Promise<Completion> {
  const population = populationWhere(c);
  const [answered, missing] = await Promise.all([
    db.campaignResponse.groupBy({
      by: ["unitId", "answer"],
      where: { campaignId: c.id, person: population },
      _count: { _all: true },
    }),
    db.person.groupBy({
      by: ["unitId"],
      where: nonRespondersWhere(c),
      _count: { _all: true },
    }),
  ]);
  return completionFromCounts({
    answered: answered.map((r) => ({ unitId: r.unitId, answer: r.answer, count: r._count._all })),
    missing: missing.map((r) => ({ unitId: r.unitId, count: r._count._all })),
  });
}

/** The people a campaign asks who have not answered it. */
const nonRespondersWhere = (c: CampaignRow) => ({
  ...populationWhere(c),
  campaignResponses: { none: { campaignId: c.id } },
});

/** Non-responders shown per page on the campaign's page (the CSV export has everyone). */
export const NON_RESPONDERS_PAGE_SIZE = 50;

export async function listCampaigns(viewer: Viewer): Promise<CampaignListItem[]> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const rows = await db.declarationCampaign.findMany({
    where: { organisationId: viewer.organisationId },
    orderBy: [{ year: "desc" }, { opensOn: "desc" }],
    select: CAMPAIGN_SELECT,
  });
  const items: CampaignListItem[] = [];
  for (const c of rows) {
    const done = await completionOf(db, c);
    items.push({ ...toSummary(c), answered: done.answered, total: done.total, percent: done.percent });
  }
  return items;
}

export interface CampaignOverview {
  campaign: CampaignSummary;
  completion: Omit<Completion, "perUnit">;
  perUnit: { unitId: string | null; unitName: string | null; answered: number; total: number; percent: number }[];
  /** One page of the people who have not answered, by unit and name. */
  nonResponders: { id: string; name: string; unitName: string | null; managerName: string | null }[];
  nonResponderCount: number;
  page: number;
  pageCount: number;
}

const byUnitThenName = <T extends { unitName: string | null; name?: string }>(a: T, b: T) =>
  a.unitName === b.unitName
    ? (a.name ?? "").localeCompare(b.name ?? "", "nl")
    : a.unitName === null
      ? 1
      : b.unitName === null
        ? -1
        : a.unitName.localeCompare(b.unitName, "nl");

/**
 * Completion per unit, counts per answer and who has not answered (page `page`, 50 a page, by unit and name): HR of
 * the campaign's organisation only.
 */
export async function getCampaignOverview(viewer: Viewer, id: string, page = 1): Promise<CampaignOverview> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  const c = await findCampaign(db, viewer, id);
  const [done, units] = await Promise.all([
    completionOf(db, c),
    db.unit.findMany({ where: { organisationId: c.organisationId }, select: { id: true, name: true } }),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const nonResponderCount = done.total - done.answered;
  const pageCount = Math.max(1, Math.ceil(nonResponderCount / NON_RESPONDERS_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const people = await db.person.findMany({
    where: nonRespondersWhere(c),
    // Units by name with the people without a unit last (PostgreSQL sorts NULL last ascending), then names.
    orderBy: [{ unit: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    skip: (shown - 1) * NON_RESPONDERS_PAGE_SIZE,
    take: NON_RESPONDERS_PAGE_SIZE,
    select: { id: true, name: true, unit: { select: { name: true } }, manager: { select: { name: true } } },
  });
  const { perUnit, ...totals } = done;
  return {
    campaign: toSummary(c),
    completion: totals,
    perUnit: perUnit
      .map((u) => ({ ...u, unitName: u.unitId ? (unitNames.get(u.unitId) ?? null) : null }))
      .sort(byUnitThenName),
    nonResponders: people.map((p) => ({
      id: p.id,
      name: p.name,
      unitName: p.unit?.name ?? null,
      managerName: p.manager?.name ?? null,
    })),
    nonResponderCount,
    page: shown,
    pageCount,
  };
}

/** One row of the export: the CSV mapper (lib/campaigns/export.ts) writes these. */
export type ExportRow = CsvRow;

/**
 * The responses for the CSV export: everyone asked (with their answer or none), and answers of people who
 * have left since. Recorded in the audit trail: it is a list of personal data leaving the portal.
 */
export async function exportCampaignResponses(
  viewer: Viewer,
  id: string,
): Promise<{ campaign: CampaignSummary; rows: ExportRow[] }> {
  assertArea(viewer, "campaigns");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await findCampaign(tx, viewer, id);
    const { people, responses, unitNames } = await everyone(tx, c);
    const byPerson = new Map(responses.map((r) => [r.personId, r]));
    const asked = new Set(people.map((p) => p.id));
    const rows: ExportRow[] = [
      ...people.map((p) => {
        const r = byPerson.get(p.id);
        return {
          name: p.name,
          personnelNumber: p.externalId,
          unitName: r ? (r.unitId ? (unitNames.get(r.unitId) ?? null) : null) : (p.unit?.name ?? null),
          managerName: p.manager?.name ?? null,
          answer: r?.answer ?? null,
          respondedAt: r?.respondedAt ?? null,
        };
      }),
      ...responses
        .filter((r) => !asked.has(r.personId))
        .map((r) => ({
          name: r.person.name,
          personnelNumber: r.person.externalId,
          unitName: r.unitId ? (unitNames.get(r.unitId) ?? null) : null,
          managerName: r.person.manager?.name ?? null,
          answer: r.answer,
          respondedAt: r.respondedAt,
        })),
    ].sort((a, b) => byUnitThenName(a, b));
    await recordViewerAudit(tx, viewer, {
      action: "campaign.exported",
      entityType: "DeclarationCampaign",
      entityId: c.id,
      data: { rows: rows.length },
    });
    return { campaign: toSummary(c), rows };
  });
}
