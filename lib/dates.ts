// Calendar days and the Date values PostgreSQL `date` columns hold: one pair of conversions for the whole
// portal (before, helpers named `day` and `iso` meant opposite things in different files; decision 045).
// A calendar day is the text "YYYY-MM-DD"; Prisma gives and takes a `date` column as the Date at that
// day's midnight UTC. For "today in Amsterdam" see amsterdamNow() in lib/format.

/** The Date at midnight UTC of the calendar day "YYYY-MM-DD": what a `date` column stores for it. */
export function dateOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The calendar day "YYYY-MM-DD" of a `date` column's value (its UTC date). */
export function dayOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** dateOfDay for an optional day: null stays null. */
export function dateOfDayOrNull(day: string | null | undefined): Date | null {
  return day ? dateOfDay(day) : null;
}

/** dayOfDate for an optional value: null stays null. */
export function dayOfDateOrNull(date: Date | null | undefined): string | null {
  return date ? dayOfDate(date) : null;
}
