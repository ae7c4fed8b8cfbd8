import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { closeCampaignAction } from "@/lib/campaigns/actions";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
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
    <div className="max-w-prose space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">
        {t("campaigns.close.question", { title: c.title })}
      </h1>
      <p className="text-lg">{t("campaigns.close.lead")}</p>
      <p className="border-l-4 border-amber-600 bg-amber-50 p-4 font-semibold" data-testid="still-open">
        {t("campaigns.close.stillOpen", { count: completion.total - completion.answered })}
      </p>
      <div className="flex flex-wrap items-start gap-6">
        <ActionForm
          action={closeCampaignAction}
          hidden={{ id: c.id, version: c.version }}
          label={t("campaigns.close.confirm")}
          variant="primary"
        />
        <Link href={`/beheer/jaarverklaring/${c.id}`} className="inline-block py-2">
          {t("campaigns.close.cancel")}
        </Link>
      </div>
    </div>
  );
}
