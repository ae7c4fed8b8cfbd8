import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { remindNowAction } from "@/lib/campaigns/actions";
import { previewRemindNow } from "@/lib/campaigns/remind-now";
import { REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { getT } from "@/lib/i18n/server";
import { CampaignConfirmStep } from "@/components/campaigns/confirm-step";
import { campaignOrNotFound } from "../campaign-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("campaigns.remind.title") };
}

/** The confirm step of "remind now": how many people get it, or why it cannot go out today (decision 068). */
export default async function RemindNowPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("campaigns");
  const { id } = await params;
  const { campaign: c } = await campaignOrNotFound(viewer, id);
  if (c.status !== "OPEN") redirect(`/beheer/jaarverklaring/${c.id}`);
  const { recipients, refusal } = await previewRemindNow(viewer, c.id);
  const { t } = await getT();
  return (
    <CampaignConfirmStep
      campaignId={c.id}
      question={t("campaigns.remind.question")}
      lead={t("campaigns.remind.lead", { perDay: REMINDERS_PER_DAY })}
      notice={
        refusal
          ? { tone: "error", text: t(`campaigns.errors.${refusal}`), testId: "remind-refused" }
          : { tone: "warning", text: t("campaigns.remind.recipients", { count: recipients }), testId: "remind-count" }
      }
      confirm={refusal ? null : { action: remindNowAction, hidden: { id: c.id }, label: t("campaigns.remind.confirm") }}
      cancel={t("campaigns.remind.cancel")}
    />
  );
}
