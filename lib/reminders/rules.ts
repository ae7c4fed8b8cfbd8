// When an integrity officer may remind a manager about a decision (decision 068). Pure: tested at its boundaries.

const DAY_MS = 86_400_000;

/** Whole days a declaration has waited since it was sent: the figure the overview and the reminder show. */
export function daysWaiting(submittedAt: Date, now: Date): number {
  return Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS);
}

/**
 * Overdue: sent longer than `overdueDays` days ago, the same rule as the overview's list and the daily reminder
 * (submittedAt < now - days).
 */
export function isOverdue(submittedAt: Date, now: Date, overdueDays: number): boolean {
  return submittedAt.getTime() < now.getTime() - overdueDays * DAY_MS;
}

/** Why an integrity officer cannot remind the manager about this declaration now, or null when they can. */
export function overdueReminderRefusal(input: {
  /** The declaration waits for the decision of an assigned manager (not for the integrity officer). */
  waitsForManager: boolean;
  submittedAt: Date;
  now: Date;
  overdueDays: number;
  sentToday: number;
  perDay: number;
}): "notWaitingForManager" | "notOverdue" | "alreadyToday" | null {
  if (!input.waitsForManager) return "notWaitingForManager";
  if (!isOverdue(input.submittedAt, input.now, input.overdueDays)) return "notOverdue";
  if (input.sentToday >= input.perDay) return "alreadyToday";
  return null;
}
