import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { pageManagerQueue, teamOverview } from "@/lib/decisions/queue";
import { OVERDUE_DAYS, parseQueueParams } from "@/lib/decisions/queue-params";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { QueueFilters } from "@/components/decisions/queue-filters";
import { queueLabels } from "@/components/decisions/queue-labels";
import { QueueTable } from "@/components/decisions/queue-table";
import { ReferenceSearch } from "@/components/declarations/reference-search";
import { listTeamRecusals } from "@/lib/recusals/data";
import { RecusalList } from "@/components/recusals/recusal-list";
import { BULK_DECISION_LIMIT, SENT } from "@/lib/declarations/lifecycle";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Pagination, pageParam } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("decisions.queue.title") };
}

const BULK_FORM = "bulk-decision";

/** The team's sent declarations per status, in the order of the lifecycle (teamOverview counts exactly these). */
const STATUSES = SENT;

/** The manager's dashboard: what waits for their decision (also as deputy), team counts, recent registrations. */
export default async function ManagerDashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ soort?: string; uitkomst?: string; volgorde?: string; besloten?: string; pagina?: string }>;
}) {
  const viewer = await requireRole("MANAGER");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const { filters, current } = parseQueueParams(sp);
  const [queue, overview, recusals] = await Promise.all([
    pageManagerQueue(viewer, filters, pageParam(sp.pagina)),
    teamOverview(viewer),
    listTeamRecusals(viewer),
  ]);
  const labels = queueLabels(t);
  // The selection column only where a row of this page can be approved in bulk (issue 16 item 4).
  const bulk = queue.items.some((i) => i.bulk);
  return (
    <div className="space-y-8">
      {sp.besloten ? (
        <FormAlert tone="success" testId="notice">
          {t("decisions.form.saved")}
        </FormAlert>
      ) : null}
      <div>
        <h1 className="text-3xl font-bold">{t("decisions.queue.title")}</h1>
        <p className="mt-2 text-lg">{t("decisions.queue.lead")}</p>
      </div>
      <QueueFilters action="/beslissen" current={current} labels={labels.filters} types={labels.types} />
      <ReferenceSearch />
      {queue.total === 0 ? (
        <p data-testid="queue-empty">{t("decisions.queue.empty")}</p>
      ) : (
        <section className="space-y-3">
          <p data-testid="queue-total">{t("decisions.queuePages.total", { count: queue.total })}</p>
          <QueueTable
            items={queue.items}
            labels={labels.table}
            locale={locale}
            overdueDays={OVERDUE_DAYS}
            caption={t("decisions.queuePages.caption", {
              count: queue.total,
              page: queue.page,
              pages: queue.pageCount,
            })}
            select={
              bulk
                ? {
                    form: BULK_FORM,
                    header: t("bulkDecisions.queue.select"),
                    selectItem: (title) => t("bulkDecisions.queue.selectItem", { title }),
                    oneByOne: t("bulkDecisions.queue.oneByOne"),
                    oneByOneHint: t("bulkDecisions.queue.oneByOneHint"),
                  }
                : undefined
            }
          />
          {bulk ? (
            // A plain GET to the confirmation page ("Weet je het zeker?"): the checkboxes in the table belong to this form.
            <form
              id={BULK_FORM}
              method="get"
              action="/beslissen/meerdere"
              className="space-y-2"
              data-testid="bulk-form"
            >
              <h2 className="text-xl font-bold">{t("bulkDecisions.queue.heading")}</h2>
              <p className="max-w-prose">{t("bulkDecisions.queue.hint", { limit: BULK_DECISION_LIMIT })}</p>
              <Button variant="secondary">{t("bulkDecisions.queue.submit")}</Button>
            </form>
          ) : null}
          {/* Plain links that keep the filters: paging works without JavaScript. */}
          <Pagination
            page={queue.page}
            pageCount={queue.pageCount}
            href={(p) => `/beslissen?${new URLSearchParams({ ...queryOf(current), pagina: String(p) })}`}
            label={t("decisions.queuePages.nav")}
          />
        </section>
      )}
      <Section id="team-recusals" title={t("recusals.team.heading")}>
        {recusals.length === 0 ? (
          <p data-testid="team-recusals-empty">{t("recusals.team.empty")}</p>
        ) : (
          <>
            <p className="mt-1 max-w-prose">{t("recusals.team.lead")}</p>
            <RecusalList items={recusals} showPerson decisionLinks testId="team-recusals" />
          </>
        )}
      </Section>
      <Section id="team-counts" title={t("decisions.queue.counts")}>
        <dl className="mt-2 grid grid-cols-2 gap-2 md:grid-cols-4" data-testid="team-counts">
          {STATUSES.map((s) => (
            <div key={s} className="rounded border border-neutral-300 p-2">
              <dt className="text-sm">{t(`declarations.status.${s}`)}</dt>
              <dd className="text-2xl font-bold">{overview.counts[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="team-recent" title={t("decisions.queue.recent")}>
        {overview.recent.length === 0 ? (
          <p>{t("decisions.queue.recentEmpty")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {overview.recent.map((r) => (
              <li key={r.id}>
                <Link href={`/beslissen/${r.id}`}>{r.title}</Link> · {r.personName} · {labels.types[r.type]}
                {r.submittedAt ? ` · ${formatDate(r.submittedAt, locale)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/** The filters of the queue as its query string (soort, uitkomst, volgorde), for the page links. */
function queryOf(current: { type?: string; outcome?: string; sort?: string }): Record<string, string> {
  return Object.fromEntries(
    [
      ["soort", current.type],
      ["uitkomst", current.outcome],
      ["volgorde", current.sort],
    ].filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
}
