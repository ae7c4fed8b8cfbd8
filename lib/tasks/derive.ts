// What a person must do now, derived from the data (decision 043): one pure function turns the open items the data
// layer found (each already checked against the right the viewer holds now) into the to-do list of the home page and
// the reminders of the daily job. No Task table: every task is a state of a record that already exists.
import { amsterdamNow } from "@/lib/format";
import { TASK_REMINDER_KINDS } from "@/lib/notifications/texts";

/** Every kind of task, in the order the home page lists them (most urgent kinds first). */
export const TASK_KINDS = [
  "decide",
  "decideAsDeputy",
  "decideEscalated",
  "overdueDecisions",
  "answerQuestion",
  "confirmConditions",
  "annualDeclaration",
  "reviewRegister",
  "finishDraft",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** One open item the data layer found: a declaration, register entry or campaign, with the date it has waited since. */
export interface OpenItem {
  kind: TaskKind;
  /** The record's id (declaration, register entry, campaign). */
  id: string;
  /** Since when it waits (ISO day or instant); for the annual declaration: the day it is due. */
  since: string;
}

export interface TaskGroup {
  kind: TaskKind;
  count: number;
  /** The oldest `since` of the group (ISO day or instant, as found; the page shows it as an Amsterdam date). */
  oldest: string;
  /** Where the person does it: the one record when there is one, the list when there are more. */
  href: string;
}

const LIST_HREF: Record<TaskKind, string> = {
  decide: "/beslissen",
  decideAsDeputy: "/beslissen",
  decideEscalated: "/integriteit",
  overdueDecisions: "/integriteit/overzicht",
  answerQuestion: "/meldingen",
  confirmConditions: "/meldingen",
  annualDeclaration: "/jaarverklaring",
  reviewRegister: "/beheer/register",
  finishDraft: "/meldingen",
};

/** The page of one record, where a task of this kind is done; null where the list is the place. */
function itemHref(kind: TaskKind, id: string): string | null {
  switch (kind) {
    case "decide":
    case "decideAsDeputy":
      return `/beslissen/${id}`;
    case "answerQuestion":
    case "confirmConditions":
    case "finishDraft":
      return `/meldingen/${id}`;
    default:
      return null;
  }
}

/** Groups the open items per kind: count, oldest date and a link; kinds without items are left out. */
export function deriveTasks(
  items: readonly OpenItem[],
  hrefOf: (kind: TaskKind, id: string) => string | null = itemHref,
): TaskGroup[] {
  const groups: TaskGroup[] = [];
  for (const kind of TASK_KINDS) {
    const mine = items.filter((i) => i.kind === kind);
    if (mine.length === 0) continue;
    const ids = new Set(mine.map((i) => i.id));
    const oldest = mine.map((i) => i.since).sort()[0]!;
    const one = ids.size === 1 ? hrefOf(kind, mine[0]!.id) : null;
    groups.push({ kind, count: ids.size, oldest, href: one ?? LIST_HREF[kind] });
  }
  return groups;
}

/**
 * Kinds whose waiting is reminded by the task-reminder job (decisions have their own daily reminder): those the
 * notification texts can word (lib/notifications/texts.ts); the type says each is a task kind.
 */
export const REMINDED_KINDS: readonly TaskKind[] = TASK_REMINDER_KINDS;

/** The Amsterdam day of an ISO day ("2026-11-02") or instant ("2026-11-01T23:30:00.000Z" is 2 November there). */
function amsterdamDay(value: string): string {
  return value.length <= 10 ? value : amsterdamNow(new Date(value)).today;
}

/** Whole days between two ISO days or instants (b - a), each counted as the day it is in Amsterdam. */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${amsterdamDay(b)}T00:00:00Z`) - Date.parse(`${amsterdamDay(a)}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * Which items get a reminder today: those of a reminded kind that have waited at least `afterDays` days. The key
 * holds the item and the waiting period it reached (every `afterDays` days one more), so the job may run any
 * number of times a day and each reminder goes out once.
 */
export function remindersDue(
  items: readonly OpenItem[],
  today: string,
  afterDays: number,
): { item: OpenItem; key: string; days: number }[] {
  if (!Number.isInteger(afterDays) || afterDays < 1)
    throw new RangeError("afterDays must be a whole number of at least 1");
  const out: { item: OpenItem; key: string; days: number }[] = [];
  for (const item of items) {
    if (!REMINDED_KINDS.includes(item.kind)) continue;
    const days = daysBetween(item.since, today);
    if (days < afterDays) continue;
    const round = Math.floor(days / afterDays);
    out.push({ item, key: `task:${item.kind}:${item.id}:${round}`, days });
  }
  return out;
}
