import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { amsterdamNow } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import { getPolicyOverview } from "@/lib/policy/data";
import { PARAMETER_KEYS } from "@/lib/policy/parameters";
import { DECLARATION_TYPES } from "@/lib/rules";
import { PolicySimulator } from "@/components/policy/policy-simulator";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("policy.simulator.title") };
}

const PROPOSAL = [
  "giftCapEuros",
  "giftAlwaysHandIn",
  "tripExtensionMaxHours",
  "rehireCoolingMonths",
  "sideJobPublicationMinScale",
];

/** Try a declaration against the policy in force and a proposed setting, side by side. */
export default async function PolicySimulatorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireArea("policy");
  const { t, locale } = await getT();
  const overview = await getPolicyOverview(viewer);
  const search = await searchParams;
  const initialProposal = Object.fromEntries(
    PROPOSAL.map((k) => [k, typeof search[k] === "string" ? (search[k] as string).slice(0, 20) : ""]),
  );
  const { now } = amsterdamNow();
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-2">
        <p>
          <Link href="/beheer/beleid">{t("policy.simulator.back")}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t("policy.simulator.title")}</h1>
        <p className="text-lg">{t("policy.simulator.lead")}</p>
      </div>
      <PolicySimulator
        profileId={overview.code.id}
        current={overview.current}
        types={DECLARATION_TYPES.map((id) => ({ id, label: t(`declarations.types.${id}`) }))}
        initialProposal={initialProposal}
        today={overview.today}
        now={now}
        locale={locale}
        messages={getMessages(locale).declarations}
        labels={{
          type: t("policy.simulator.type"),
          personTitle: t("policy.simulator.personTitle"),
          salaryScale: t("policy.simulator.salaryScale"),
          topManagementGroup: t("policy.simulator.topManagementGroup"),
          topOfficial: t("policy.simulator.topOfficial"),
          financialRiskFunction: t("policy.simulator.financialRiskFunction"),
          vulnerableFunction: t("policy.simulator.vulnerableFunction"),
          isManager: t("policy.simulator.isManager"),
          proposalTitle: t("policy.simulator.proposalTitle"),
          proposalLead: t("policy.simulator.proposalLead"),
          parameters: Object.fromEntries(
            PARAMETER_KEYS.map((k) => [k === "giftCapCents" ? "giftCapEuros" : k, t(`policy.parameters.${k}.label`)]),
          ),
          handInYes: t("policy.form.handInYes"),
          declarationTitle: t("policy.simulator.declarationTitle"),
          current: t("policy.simulator.current"),
          proposed: t("policy.simulator.proposed"),
          proposalInvalid: t("policy.simulator.proposalInvalid"),
          pending: t("policy.simulator.pending"),
          same: t("policy.simulator.same"),
          different: t("policy.simulator.different"),
          optional: t("policy.simulator.optional"),
        }}
      />
    </div>
  );
}
