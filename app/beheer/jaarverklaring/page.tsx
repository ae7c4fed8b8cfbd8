import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/follow";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { CampaignStatus } from "@/components/campaigns/campaign-status";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.title") };
}

/** HR: every campaign of the organisation with its completion, and the way to open the next one. */
export default async function CampaignsAdminPage() {
  const viewer = await requireArea("campaigns");
  const { t, locale } = await getT();
  const campaigns = await listCampaigns(viewer);
  const running = campaigns.some((c) => c.status === "OPEN");
  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href="/beheer">{t("admin.title")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t("campaigns.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("campaigns.admin.lead")}</p>
      </div>
      {running ? (
        <p className="border-l-4 border-sky-700 bg-sky-50 p-4">{t("campaigns.admin.alreadyOpen")}</p>
      ) : (
        <p>
          <Link href="/beheer/jaarverklaring/nieuw" className={buttonClass()}>
            {t("campaigns.admin.new")}
          </Link>
        </p>
      )}
      <Section id="alle" title={t("campaigns.admin.listTitle")}>
        {campaigns.length === 0 ? (
          <p className="mt-2">{t("campaigns.admin.empty")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-neutral-300 border-y border-neutral-300" data-testid="campaigns">
            {campaigns.map((c) => (
              <li key={c.id} className="grid gap-1 py-4 md:grid-cols-[1fr_auto]" data-testid="campaign-row">
                <div>
                  <Link href={`/beheer/jaarverklaring/${c.id}`} className="text-lg font-bold break-words">
                    {c.title}
                  </Link>
                  <p className="text-sm">
                    {t("campaigns.admin.columns.year")}: {c.year} · {t("campaigns.admin.columns.dueOn")}:{" "}
                    {formatDate(c.dueOn, locale)}
                  </p>
                  <p className="text-sm">
                    {t("campaigns.admin.columns.answered")}:{" "}
                    {t("campaigns.admin.answeredOf", { answered: c.answered, total: c.total, percent: c.percent })}
                  </p>
                </div>
                <div>
                  <CampaignStatus status={c.status} label={t(`campaigns.status.${c.status}`)} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
