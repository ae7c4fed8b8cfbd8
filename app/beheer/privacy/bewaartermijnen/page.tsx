import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { saveRetentionAction } from "@/lib/privacy/actions";
import { getRetentionSettings } from "@/lib/privacy/data";
import { monthsField, versionField } from "@/lib/privacy/schemas";
import { RetentionForm } from "@/components/privacy/retention-form";
import { periodText } from "@/components/privacy/present";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.retention.editTitle") };
}

/** Change the retention periods of the viewer's organisation (within the bounds, version-checked). */
export default async function RetentionPage() {
  const viewer = await requireArea("privacy");
  const { t } = await getT();
  const settings = await getRetentionSettings(viewer);
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.retention.editTitle")}</h1>
        <p className="max-w-prose text-lg">{t("privacy.retention.editLead")}</p>
        <p className="max-w-prose border-l-4 border-warn bg-amber-50 p-3">{t("privacy.admin.proposalNote")}</p>
      </div>
      <RetentionForm
        action={saveRetentionAction}
        fields={settings.map((s) => ({
          monthsName: monthsField(s.category),
          versionName: versionField(s.category),
          label: t(`privacy.categories.${s.category}.name`),
          hint: `${t(`privacy.categories.${s.category}.description`)} ${t("privacy.retention.hint", { min: s.minMonths, max: s.maxMonths, proposal: periodText(t, s.defaultMonths) })}`,
          months: s.months,
          version: s.version,
        }))}
        labels={{
          save: t("privacy.retention.save"),
          back: t("privacy.retention.back"),
          unit: t("privacy.retention.monthsUnit"),
          errorSummaryTitle: t("privacy.errors.summaryTitle"),
          errorTitlePrefix: t("privacy.errors.titlePrefix"),
        }}
      />
    </div>
  );
}
