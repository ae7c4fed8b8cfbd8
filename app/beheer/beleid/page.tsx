import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { getPolicyOverview } from "@/lib/policy/data";
import { PARAMETER_KEYS, parameterValue, settingsToForm } from "@/lib/policy/parameters";
import { policySettingAction } from "@/lib/policy/actions";
import { PolicyForm } from "@/components/policy/policy-form";
import { getProfile, tightenProfile } from "@/lib/rules";
import { FormAlert } from "@/components/ui/form-alert";
import { Table, tableClasses } from "@/components/ui/table";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("policy.title") };
}

/** The organisation's policy: the code, its tightenings (current, scheduled, past), and a new setting. */
export default async function PolicyPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const viewer = await requireArea("policy");
  const { t, locale } = await getT();
  const overview = await getPolicyOverview(viewer);
  const saved = (await searchParams).opgeslagen;
  const current = overview.settings.find((s) => s.state === "current");
  const labels = {
    errorSummaryTitle: t("policy.errors.summaryTitle"),
    errorTitlePrefix: t("policy.errors.titlePrefix"),
    optionalNote: t("policy.form.optionalNote"),
    parameters: Object.fromEntries(
      PARAMETER_KEYS.map((k) => [
        k === "giftCapCents" ? "giftCapEuros" : k,
        {
          label: t(`policy.parameters.${k}.label`),
          hint: t("policy.form.hint", {
            code: parameterValue(overview.code, k, locale),
            now: parameterValue(overview.current, k, locale),
          }),
        },
      ]),
    ),
    handInYes: t("policy.form.handInYes"),
    effectiveFrom: t("policy.form.effectiveFrom"),
    effectiveFromHint: t("policy.form.effectiveFromHint"),
    reason: t("policy.form.reason"),
    reasonHint: t("policy.form.reasonHint"),
    check: t("policy.form.check"),
    checkTitle: t("policy.form.checkTitle"),
    checkLead: t("policy.form.checkLead"),
    colParameter: t("policy.table.parameter"),
    colNow: t("policy.table.now"),
    colProposed: t("policy.table.proposed"),
    changed: t("policy.form.changed"),
    confirm: t("policy.form.confirm"),
    change: t("policy.form.change"),
    effectiveFromSummary: t("policy.form.effectiveFrom"),
    reasonSummary: t("policy.form.reason"),
    simulate: t("policy.form.simulate"),
  };
  const initial = {
    ...(current ? settingsToForm(current.settings) : {}),
    effectiveFrom: overview.today,
    reason: "",
    basedOn: overview.latestId,
  };
  const c = tableClasses();
  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-2">
        <h1 className="text-3xl font-bold">{t("policy.title")}</h1>
        <p className="text-lg">{t("policy.lead", { code: t(`profiles.${viewer.profile}`) })}</p>
        <p>
          <Link href="/beheer/beleid/simulator">{t("policy.simulatorLink")}</Link>
        </p>
      </div>
      {saved ? <FormAlert tone="success">{t("policy.saved")}</FormAlert> : null}

      <Section id="now" title={t("policy.nowTitle")} size="2xl" className="space-y-3">
        <p data-testid="policy-version">{t("policy.version", { version: overview.current.version })}</p>
        <Table
          caption={t("policy.nowTitle")}
          region={t("policy.nowTitle")}
          testId="policy-now"
          headers={[t("policy.table.parameter"), t("policy.table.code"), t("policy.table.now")]}
        >
          {PARAMETER_KEYS.map((k) => (
            <tr key={k} className={c.row}>
              <th scope="row" className={c.rowHeader}>
                {t(`policy.parameters.${k}.label`)}
              </th>
              <td className={c.cell}>{parameterValue(overview.code, k, locale)}</td>
              <td className={c.cell}>{parameterValue(overview.current, k, locale)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section id="history" title={t("policy.historyTitle")} size="2xl" className="space-y-3">
        {overview.settings.length === 0 ? (
          <p>{t("policy.historyEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {overview.settings.map((s) => {
              const tightened = tightenProfile(getProfile(overview.code.id), s.settings);
              return (
                <li key={s.id} className="rounded border border-neutral-300 p-3">
                  <p className="font-bold">
                    {t("policy.from", { date: formatDate(s.effectiveFrom, locale) })} · {t(`policy.state.${s.state}`)}
                  </p>
                  <ul className="list-disc pl-6">
                    {Object.keys(s.settings).length === 0 ? <li>{t("policy.backToCode")}</li> : null}
                    {tightened.ok
                      ? PARAMETER_KEYS.filter((k) => k in s.settings).map((k) => (
                          <li key={k}>
                            {t(`policy.parameters.${k}.label`)}: {parameterValue(tightened.profile, k, locale)}
                          </li>
                        ))
                      : null}
                  </ul>
                  <p className="mt-1">
                    {t("policy.reasonLabel")}: {s.reason || "–"}
                  </p>
                  <p className="text-sm text-neutral-700">
                    {t("policy.by", { name: s.createdBy ?? "–", date: formatDateTime(s.createdAt, locale) })}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section id="new" title={t("policy.newTitle")} size="2xl" className="max-w-prose space-y-3">
        <p>{t("policy.newLead")}</p>
        <PolicyForm
          action={policySettingAction}
          initial={initial}
          labels={labels}
          simulatorHref="/beheer/beleid/simulator"
        />
      </Section>
    </div>
  );
}
