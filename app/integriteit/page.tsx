import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listIntegrityQueue } from "@/lib/decisions/queue";
import { OVERDUE_DAYS, parseQueueParams } from "@/lib/decisions/queue-params";
import { getT } from "@/lib/i18n/server";
import { QueueFilters } from "@/components/decisions/queue-filters";
import { queueLabels } from "@/components/decisions/queue-labels";
import { QueueTable } from "@/components/decisions/queue-table";
import { listOrganisationRecusals } from "@/lib/recusals/data";
import { RecusalList } from "@/components/recusals/recusal-list";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("decisions.queue.integrityTitle") };
}

/** The integrity officer's queue: escalated and referral cases across the organisation. */
export default async function IntegrityQueuePage({
  searchParams,
}: {
  searchParams: Promise<{ soort?: string; uitkomst?: string; volgorde?: string; besloten?: string }>;
}) {
  const viewer = await requireRole("INTEGRITY_OFFICER");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const { filters, current } = parseQueueParams(sp);
  const [queue, recusals] = await Promise.all([listIntegrityQueue(viewer, filters), listOrganisationRecusals(viewer)]);
  const labels = queueLabels(t);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("decisions.queue.integrityTitle")}</h1>
        <p className="mt-2 text-lg">{t("decisions.queue.integrityLead")}</p>
      </div>
      {sp.besloten ? (
        <FormAlert tone="success" testId="notice">
          {t("decisions.form.saved")}
        </FormAlert>
      ) : null}
      <QueueFilters action="/integriteit" current={current} labels={labels.filters} types={labels.types} />
      {queue.length === 0 ? (
        <p data-testid="queue-empty">{t("decisions.queue.empty")}</p>
      ) : (
        <QueueTable items={queue} labels={labels.table} locale={locale} overdueDays={OVERDUE_DAYS} />
      )}
      <Section id="org-recusals" title={t("recusals.organisation.heading")}>
        {recusals.length === 0 ? (
          <p data-testid="org-recusals-empty">{t("recusals.organisation.empty")}</p>
        ) : (
          <>
            <p className="mt-1 max-w-prose">{t("recusals.organisation.lead")}</p>
            <RecusalList items={recusals} showPerson decisionLinks testId="org-recusals" />
          </>
        )}
      </Section>
    </div>
  );
}
