// The plausible dates per date field of the declaration forms (issue 19 item 6; decision 051 gives the reasons).
// Relative to today in Europe/Amsterdam; tests/unit/input/date-ranges.test.ts holds every field to its range.
import type { DateRange } from "@/lib/input";

export const DATE_RANGES = {
  /** Something that happened and is declared at once (a gift, a trip's perk): today or up to two years back. */
  recentPast: { earliest: { years: -2 }, latest: {} },
  /** Something that happened in a working life (employment ended, a side job stopped): up to 40 years back. */
  careerPast: { earliest: { years: -40 }, latest: {} },
  /** Leaving office as a minister: the code's ban runs two years; ten years back is the furthest that is plausible. */
  formerMinister: { earliest: { years: -10 }, latest: {} },
  /** An event, contact, trip, cost, hire, move or first delivery, declared before or (late) after: two years either way. */
  nearby: { earliest: { years: -2 }, latest: { years: 2 } },
  /** The start of a side job or an interest that may have begun long ago, or is about to: 40 years back, two ahead. */
  longRunning: { earliest: { years: -40 }, latest: { years: 2 } },
} as const satisfies Record<string, DateRange>;
