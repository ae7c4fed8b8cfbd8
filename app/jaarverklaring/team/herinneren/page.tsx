import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { remindTeamNowAction } from "@/lib/campaigns/actions";
import { getTeamNonResponders } from "@/lib/campaigns/remind-team";
import { getT } from "@/lib/i18n/server";
import { ConfirmActions, ConfirmNotice } from "@/components/ui/confirm-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("reminders.teamConfirm.title") };
}

/** The confirm step of a manager's "remind them now": how many of their people get it, or why not today (decision 068). */
export default async function RemindTeamPage() {
  const viewer = await requireRole("MANAGER");
  const team = await getTeamNonResponders(viewer);
  if (!team || !team.published) redirect("/jaarverklaring/team");
  const { t } = await getT();
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-2xl font-bold break-words hyphens-auto sm:text-3xl">{t("reminders.teamConfirm.question")}</h1>
      <p className="text-lg">{t("reminders.teamConfirm.lead", { perDay: team.perDay })}</p>
      {team.refusal ? (
        <ConfirmNotice tone="error" testId="remind-refused">
          {t(`campaigns.errors.${team.refusal}`)}
        </ConfirmNotice>
      ) : (
        <ConfirmNotice tone="warning" testId="remind-count">
          {t("reminders.teamConfirm.recipients", { count: team.total })}
        </ConfirmNotice>
      )}
      <ConfirmActions
        confirm={
          team.refusal
            ? null
            : {
                action: remindTeamNowAction,
                hidden: { id: team.campaign.id },
                label: t("reminders.teamConfirm.confirm"),
              }
        }
        href="/jaarverklaring/team"
        back={t("reminders.teamConfirm.cancel")}
      />
    </div>
  );
}
