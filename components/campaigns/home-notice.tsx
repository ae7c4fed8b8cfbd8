import Link from "next/link";
import type { Viewer } from "@/lib/auth/session";
import { campaignAwaitingAnswer } from "@/lib/campaigns/data";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";

/** On the home page: the open annual campaign still waits for the viewer's answer. Nothing otherwise. */
export async function CampaignHomeNotice({ viewer }: { viewer: Viewer }) {
  const waiting = await campaignAwaitingAnswer(viewer);
  if (!waiting) return null;
  const { t, locale } = await getT();
  return (
    <section
      aria-labelledby="jaarlijkse-controle"
      className="border-l-4 border-brand bg-brand-light p-4"
      data-testid="home-campaign"
    >
      <h2 id="jaarlijkse-controle" className="text-xl font-bold break-words">
        {t("campaigns.home.title", { title: waiting.title })}
      </h2>
      <p className="mt-1">{t("campaigns.home.body", { date: formatDate(waiting.dueOn, locale) })}</p>
      <p className="mt-2">
        <Link href="/jaarverklaring" className="font-bold">
          {t("campaigns.home.link")}
        </Link>
      </p>
    </section>
  );
}
