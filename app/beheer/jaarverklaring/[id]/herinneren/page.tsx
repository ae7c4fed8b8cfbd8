import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { remindNowAction } from "@/lib/campaigns/actions";
import { previewRemindNow } from "@/lib/campaigns/remind-now";
import { REMINDERS_PER_DAY } from "@/lib/reminders/on-demand";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert } from "@/components/ui/form-alert";
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
    <div className="max-w-prose space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">{t("campaigns.remind.question")}</h1>
      <p className="text-lg">{t("campaigns.remind.lead", { perDay: REMINDERS_PER_DAY })}</p>
      {refusal ? (
        <FormAlert tone="error" testId="remind-refused">
          {t(`campaigns.errors.${refusal}`)}
        </FormAlert>
      ) : (
        <p className="border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold" data-testid="remind-count">
          {t("campaigns.remind.recipients", { count: recipients })}
        </p>
      )}
      <div className="flex flex-wrap items-start gap-6">
        {refusal ? null : (
          <ActionForm
            action={remindNowAction}
            hidden={{ id: c.id }}
            label={t("campaigns.remind.confirm")}
            variant="primary"
          />
        )}
        <Link href={`/beheer/jaarverklaring/${c.id}`} className="inline-block py-2">
          {t("campaigns.remind.cancel")}
        </Link>
      </div>
    </div>
  );
}
