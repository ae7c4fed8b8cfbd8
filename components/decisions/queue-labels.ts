import type { getT } from "@/lib/i18n/server";
import { DECLARATION_TYPES } from "@/lib/rules";

type T = Awaited<ReturnType<typeof getT>>["t"];

export function queueLabels(t: T) {
  const types = Object.fromEntries(DECLARATION_TYPES.map((k) => [k, t(`declarations.types.${k}`)]));
  return {
    table: {
      person: t("decisions.queue.person"),
      subject: t("decisions.queue.subject"),
      type: t("decisions.queue.type"),
      waiting: t("decisions.queue.waiting"),
      open: t("decisions.queue.open"),
      notPermitted: t("decisions.queue.notPermittedBadge"),
      overdue: t("decisions.queue.overdueBadge"),
      types,
      days: (count: number) => t("decisions.queue.days", { count }),
      onBehalfOf: (name: string) => t("decisions.queue.onBehalfOf", { name }),
    },
    filters: {
      filters: t("decisions.queue.filters"),
      type: t("decisions.queue.type"),
      allTypes: t("decisions.queue.allTypes"),
      outcome: t("decisions.queue.outcome"),
      allOutcomes: t("decisions.queue.allOutcomes"),
      notPermitted: t("declarations.outcome.not-permitted"),
      approvalRequired: t("declarations.outcome.approval-required"),
      sort: t("decisions.queue.sort"),
      oldest: t("decisions.queue.oldest"),
      newest: t("decisions.queue.newest"),
      apply: t("decisions.queue.apply"),
    },
    types,
  };
}
