// The annual campaign's rules as pure functions (no I/O, no clock: `today` is passed in as YYYY-MM-DD in
// Europe/Amsterdam). The data layer and the daily reminder task decide with these; unit tests cover them.
import type { CampaignAnswer } from "@/lib/generated/prisma/enums";

/** Reminders go out this many days before the due date (0: on the due date itself). */
export const REMINDER_DAYS_BEFORE = [7, 1, 0] as const;

/** YYYY-MM-DD plus `days` (calendar arithmetic in UTC, so no daylight-saving surprises). */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Is `today` a reminder day for a campaign due on `dueOn` and opened on `opensOn`? Not on the opening day
 * itself: everyone got the opening message that day.
 */
export function isReminderDay(campaign: { opensOn: string; dueOn: string }, today: string): boolean {
  if (today <= campaign.opensOn) return false;
  return REMINDER_DAYS_BEFORE.some((days) => addDays(campaign.dueOn, -days) === today);
}

export type AnswerVerdict = "ok" | "closed" | "past-due";

/**
 * May a person answer now? A first answer is accepted as long as the campaign is open (late is better
 * than never: HR wants completion). Changing an answer is possible up to and including the due date.
 */
export function answerVerdict(
  campaign: { status: "OPEN" | "CLOSED"; dueOn: string },
  hasAnswered: boolean,
  today: string,
): AnswerVerdict {
  if (campaign.status !== "OPEN") return "closed";
  if (hasAnswered && today > campaign.dueOn) return "past-due";
  return "ok";
}

/** HR closes an open campaign; a closed one stays closed (there is no reopening). */
export function canClose(campaign: { status: "OPEN" | "CLOSED" }): boolean {
  return campaign.status === "OPEN";
}

/** The years a new campaign may cover: this year (run in December) or last year (run in January). */
export function allowedYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return [year, year - 1];
}

/** The latest due date HR may set: one year after today. */
export function latestDueOn(today: string): string {
  return addDays(today, 366);
}

export interface PopulationMember {
  id: string;
  /** The person's unit now. */
  unitId: string | null;
}

export interface ResponseFact {
  personId: string;
  answer: CampaignAnswer;
  /** The unit the person was in when answering. */
  unitId: string | null;
}

export interface UnitCompletion {
  unitId: string | null;
  answered: number;
  total: number;
  percent: number;
}

export interface Completion {
  total: number;
  answered: number;
  percent: number;
  counts: Record<CampaignAnswer, number>;
  perUnit: UnitCompletion[];
}

/** Whole percent, rounded down: 199 of 200 shows 99 %, never a misleading 100 %. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}

/**
 * What completion is computed from, as the database counts it: the answers of people in the population by the unit
 * they answered from and their answer, and the people in the population who have not answered by their unit now.
 */
export interface CompletionCounts {
  answered: { unitId: string | null; answer: CampaignAnswer; count: number }[];
  missing: { unitId: string | null; count: number }[];
}

/**
 * Completion of a campaign. Everyone in the population counts once: a person who answered counts in the
 * unit they answered from (kept on the response), a person who did not in their unit now. Answers of
 * people outside the population (left the organisation since) are not counted.
 */
export function completion(population: PopulationMember[], responses: ResponseFact[]): Completion {
  const byPerson = new Map(responses.map((r) => [r.personId, r]));
  const answered = new Map<string, CompletionCounts["answered"][number]>();
  const missing = new Map<string | null, CompletionCounts["missing"][number]>();
  for (const person of population) {
    const response = byPerson.get(person.id);
    if (response) {
      const key = `${response.unitId ?? ""}|${response.answer}`;
      const row = answered.get(key) ?? { unitId: response.unitId, answer: response.answer, count: 0 };
      row.count += 1;
      answered.set(key, row);
    } else {
      const row = missing.get(person.unitId) ?? { unitId: person.unitId, count: 0 };
      row.count += 1;
      missing.set(person.unitId, row);
    }
  }
  return completionFromCounts({ answered: [...answered.values()], missing: [...missing.values()] });
}

/** Completion from the database's counts (lib/campaigns/follow.ts): no person is loaded to work it out. */
export function completionFromCounts({ answered, missing }: CompletionCounts): Completion {
  const units = new Map<string | null, { answered: number; total: number }>();
  const counts: Record<CampaignAnswer, number> = { COMPLETE: 0, NOTHING_TO_DECLARE: 0 };
  const unit = (unitId: string | null) => {
    const u = units.get(unitId) ?? { answered: 0, total: 0 };
    units.set(unitId, u);
    return u;
  };
  let answeredTotal = 0;
  let total = 0;
  for (const row of answered) {
    const u = unit(row.unitId);
    u.answered += row.count;
    u.total += row.count;
    counts[row.answer] += row.count;
    answeredTotal += row.count;
    total += row.count;
  }
  for (const row of missing) {
    unit(row.unitId).total += row.count;
    total += row.count;
  }
  return {
    total,
    answered: answeredTotal,
    percent: percentOf(answeredTotal, total),
    counts,
    perUnit: [...units.entries()].map(([unitId, u]) => ({
      unitId,
      answered: u.answered,
      total: u.total,
      percent: percentOf(u.answered, u.total),
    })),
  };
}

/**
 * Why an on-demand reminder of a campaign cannot go out now, or null when it can (decision 068). `perDay` is the
 * REMINDERS_PER_DAY setting; `published` is asked for a manager's reminder only: a manager sees and reminds their
 * own people only when HR shared the list of those who did not answer.
 */
export function onDemandReminderRefusal(input: {
  status: "OPEN" | "CLOSED";
  sentToday: number;
  recipients: number;
  perDay: number;
  published?: boolean;
}): "closed" | "unpublished" | "alreadyToday" | "nobody" | null {
  if (input.status !== "OPEN") return "closed";
  if (input.published === false) return "unpublished";
  if (input.sentToday >= input.perDay) return "alreadyToday";
  if (input.recipients === 0) return "nobody";
  return null;
}
