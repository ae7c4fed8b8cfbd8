import { RULE_TO_DB_TYPE, isRuleType } from "@/lib/declarations/types";
import type { QueueFilters } from "./queue";
import { decisionOverdueDays } from "@/lib/config";

/** Reads the queue filters from the URL; anything unknown is ignored (never trusted). */
export function parseQueueParams(sp: { soort?: string; uitkomst?: string; volgorde?: string }): {
  filters: QueueFilters;
  current: { type?: string; outcome?: string; sort?: string };
} {
  const type = sp.soort && isRuleType(sp.soort) ? sp.soort : undefined;
  const outcome = sp.uitkomst === "NOT_PERMITTED" || sp.uitkomst === "APPROVAL_REQUIRED" ? sp.uitkomst : undefined;
  const sort = sp.volgorde === "newest" ? "newest" : "oldest";
  return {
    filters: { type: type ? RULE_TO_DB_TYPE[type] : undefined, outcome, sort },
    current: { type, outcome, sort },
  };
}

/** After how many days a waiting decision counts as overdue (configurable). */
export const OVERDUE_DAYS = decisionOverdueDays();
