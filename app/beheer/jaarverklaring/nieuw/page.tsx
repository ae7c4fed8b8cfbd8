import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { checkOpenCampaignAction, openCampaignAction } from "@/lib/campaigns/actions";
import { hasOpenCampaign } from "@/lib/campaigns/data";
import { allowedYears } from "@/lib/campaigns/rules";
import { amsterdamNow } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { OpenCampaignForm } from "@/components/campaigns/open-campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.open.title") };
}

/** HR opens a campaign: name, year, due date; then check the details; then open (which notifies everyone). */
export default async function OpenCampaignPage() {
  const viewer = await requireArea("campaigns");
  const { t, locale } = await getT();
  const running = await hasOpenCampaign(viewer);
  const years = allowedYears(amsterdamNow().today);
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link href="/beheer/jaarverklaring">{t("campaigns.open.back")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t("campaigns.open.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("campaigns.open.lead")}</p>
      </div>
      {running ? (
        <p className="border-l-4 border-sky-700 bg-sky-50 p-4" data-testid="already-open">
          {t("campaigns.admin.alreadyOpen")}
        </p>
      ) : (
        <OpenCampaignForm
          checkAction={checkOpenCampaignAction}
          openAction={openCampaignAction}
          years={years}
          locale={locale}
          labels={{
            title: t("campaigns.open.titleLabel"),
            titleHint: t("campaigns.open.titleHint", { year: years[0]! }),
            year: t("campaigns.open.yearLabel"),
            yearHint: t("campaigns.open.yearHint"),
            dueOn: t("campaigns.open.dueLabel"),
            dueHint: t("campaigns.open.dueHint"),
            continue: t("campaigns.open.continue"),
            checkTitle: t("campaigns.open.check.title"),
            checkLead: t("campaigns.open.check.lead"),
            change: t("campaigns.open.check.change"),
            submit: t("campaigns.open.check.submit"),
            errorSummaryTitle: t("declarations.form.errorSummaryTitle"),
            errorTitlePrefix: t("declarations.form.errorTitlePrefix"),
            optional: t("declarations.form.optional"),
          }}
        />
      )}
    </div>
  );
}
