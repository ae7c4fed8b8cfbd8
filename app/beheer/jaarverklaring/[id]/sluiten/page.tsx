import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { closeCampaignAction } from "@/lib/campaigns/actions";
import { getT } from "@/lib/i18n/server";
import { CampaignConfirmStep } from "@/components/campaigns/confirm-step";
import { campaignOrNotFound } from "../campaign-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.close.title") };
}

/** Closing cannot be undone: a separate confirmation page says what it means before HR confirms. */
export default async function CloseCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("campaigns");
  const { id } = await params;
  const { campaign: c, completion } = await campaignOrNotFound(viewer, id);
  if (c.status !== "OPEN") redirect(`/beheer/jaarverklaring/${c.id}`);
  const { t } = await getT();
  return (
    <CampaignConfirmStep
      campaignId={c.id}
      question={t("campaigns.close.question", { title: c.title })}
      lead={t("campaigns.close.lead")}
      notice={{
        tone: "warning",
        text: t("campaigns.close.stillOpen", { count: completion.total - completion.answered }),
        testId: "still-open",
      }}
      confirm={{
        action: closeCampaignAction,
        hidden: { id: c.id, version: c.version },
        label: t("campaigns.close.confirm"),
      }}
      cancel={t("campaigns.close.cancel")}
    />
  );
}
