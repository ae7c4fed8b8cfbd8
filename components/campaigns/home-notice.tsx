import Link from "next/link";
import type { Viewer } from "@/lib/auth/session";
import { campaignAwaitingAnswer } from "@/lib/campaigns/data";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";

/** On the home page: the open annual campaign still waits for the viewer's answer. Nothing otherwise. */
export async function CampaignHomeNotice({ viewer }: { viewer: Viewer }) {
  const waiting = await campaignAwaitingAnswer(viewer);
  if (!waiting) return null;
  const { t, locale } = await getT();
  return (
    <Section
      id="jaarlijkse-controle"
      title={t("campaigns.home.title", { title: waiting.title })}
      className="border-l-4 border-brand bg-brand-light p-4"
      testId="home-campaign"
    >
      <p className="mt-1">{t("campaigns.home.body", { date: formatDate(waiting.dueOn, locale) })}</p>
      <p className="mt-2">
        <Link href="/jaarverklaring" className="font-bold">
          {t("campaigns.home.link")}
        </Link>
      </p>
    </Section>
  );
}
