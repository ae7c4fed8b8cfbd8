import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { getTeamNonResponders } from "@/lib/campaigns/remind-team";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { DataTable } from "@/components/overview/data-table";
import { FormAlert } from "@/components/ui/form-alert";
import { Pagination, pageParam } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("reminders.team.title") };
}

/**
 * Managers: their own people who have not answered the open campaign, if HR shared that list, and "remind them now"
 * (decision 068). Without HR's sharing the page says so and shows nobody.
 */
export default async function TeamNonRespondersPage({
  searchParams,
}: {
  searchParams: Promise<{ pagina?: string; herinnerd?: string }>;
}) {
  const viewer = await requireRole("MANAGER");
  const sp = await searchParams;
  const { t, locale } = await getT();
  const team = await getTeamNonResponders(viewer, pageParam(sp.pagina));
  const reminded = sp.herinnerd && /^\d{1,6}$/.test(sp.herinnerd) ? Number(sp.herinnerd) : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">{t("reminders.team.title")}</h1>
      {reminded !== null ? (
        <FormAlert tone="success" testId="notice-reminded">
          {t("reminders.team.reminded", { count: reminded })}
        </FormAlert>
      ) : null}
      {!team ? (
        <p data-testid="no-campaign">{t("reminders.team.none")}</p>
      ) : (
        <>
          <p className="max-w-prose text-lg">
            {t("reminders.team.lead", { date: formatDate(team.campaign.dueOn, locale) })}
          </p>
          {!team.published ? (
            <p className="max-w-prose border-l-4 border-neutral-500 bg-neutral-100 p-4" data-testid="not-published">
              {t("reminders.team.notPublished")}
            </p>
          ) : (
            <>
              <p className="font-semibold" data-testid="team-count">
                {t("reminders.team.count", { count: team.total })}
              </p>
              {team.total > 0 ? (
                <>
                  <DataTable
                    caption={t("reminders.team.caption")}
                    testId="team-non-responders"
                    columns={[
                      { label: t("reminders.team.name"), rowHeader: true },
                      { label: t("reminders.team.unit") },
                    ]}
                    rows={team.people.map((p) => ({
                      key: p.id,
                      testId: "team-row",
                      cells: [p.name, p.unitName ?? t("reminders.team.noUnit")],
                    }))}
                  />
                  <Pagination
                    page={team.page}
                    pageCount={team.pageCount}
                    href={(p) => `/jaarverklaring/team?pagina=${p}`}
                    label={t("reminders.team.pages")}
                  />
                </>
              ) : null}
              {team.refusal ? (
                team.total > 0 ? (
                  <p
                    className="max-w-prose border-l-4 border-neutral-500 bg-neutral-100 p-4"
                    data-testid="remind-refused"
                  >
                    {t(`campaigns.errors.${team.refusal}`)}
                  </p>
                ) : null
              ) : (
                <div className="space-y-2">
                  <p className="max-w-prose">{t("reminders.team.remindHint")}</p>
                  <Link
                    href="/jaarverklaring/team/herinneren"
                    className={buttonClass("secondary")}
                    data-testid="remind-team-link"
                  >
                    {t("reminders.team.remind")}
                  </Link>
                </div>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
