import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { runPurgeAction } from "@/lib/privacy/actions";
import { previewPurgeForViewer } from "@/lib/privacy/data";
import { totalRemoved } from "@/lib/privacy/purge";
import { ConfirmActions } from "@/components/ui/confirm-actions";
import { periodText, removedParts } from "@/components/privacy/present";
import { Table } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.purge.confirmTitle") };
}

/** The confirmation step before "purge now": a dry run shows what would be removed. */
export default async function ConfirmPurgePage() {
  const viewer = await requireArea("privacy");
  const { t } = await getT();
  const { counts, months } = await previewPurgeForViewer(viewer);
  const parts = removedParts(t, counts);
  const total = totalRemoved(counts);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.purge.confirmTitle")}</h1>
        <p className="max-w-prose text-lg">
          {total > 0 ? t("privacy.purge.confirmLead") : t("privacy.purge.confirmNothing")}
        </p>
      </div>
      {parts.length > 0 ? (
        <Table
          caption={t("privacy.purge.confirmCaption")}
          captionVisible
          captionClassName="pb-2 text-xl font-bold"
          headers={[t("privacy.retention.category"), t("privacy.purge.count")]}
          testId="purge-preview"
          attributes={{ "data-total": total }}
        >
          {parts.map(([category, texts]) => (
            <tr
              key={category}
              className="border-b border-neutral-300 align-top"
              data-testid="purge-preview-row"
              data-category={category}
            >
              <th scope="row" className="py-3 pr-4 font-normal">
                <span className="block font-bold">{t(`privacy.categories.${category}.name`)}</span>
                <span className="block text-sm text-neutral-700">
                  {t("privacy.purge.periodUsed", { period: periodText(t, months[category]) })}
                </span>
              </th>
              <td className="py-3">
                <ul>
                  {texts.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      <p className="max-w-prose">{t("privacy.purge.kept")}</p>
      <ConfirmActions
        confirm={{ action: runPurgeAction, hidden: {}, label: t("privacy.purge.confirm") }}
        href="/beheer/privacy"
        back={t("privacy.purge.cancel")}
      />
    </div>
  );
}
