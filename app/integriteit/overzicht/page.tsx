import type { Metadata } from "next";
import { Suspense } from "react";
import type { Viewer } from "@/lib/auth/session";
import { getAuditChainStatus } from "@/lib/audit/data";
import { AuditChainStatusSection } from "@/components/audit/audit-chain-status";
import { hasRole, requireArea } from "@/lib/auth/session";
import { getOverview, listOverviewUnits, listOverviewYears, type Overview } from "@/lib/overview/data";
import { parseOverviewParams, param, type SearchParams } from "@/lib/overview/schemas";
import { isAppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { DECLARATION_TYPES } from "@/lib/rules";
import { OverviewFilters } from "@/components/overview/overview-filters";
import { keyIn } from "@/lib/i18n/keys";
import { OverviewFigures } from "@/components/overview/overview-figures";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { t } = await getT();
  const parsed = parseOverviewParams(await searchParams, amsterdamNow().today);
  return { title: `${parsed.ok ? "" : t("declarations.form.errorTitlePrefix")}${t("overview.title")}` };
}

const FIELDS = ["jaar", "van", "tot", "afdeling", "soort"] as const;

/** The integrity office's overview (integrity officers and HR): figures, gifts per giver, overdue decisions, audit trails. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireArea("overview");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const today = amsterdamNow().today;
  const currentYear = Number(today.slice(0, 4));
  const [units, years] = await Promise.all([listOverviewUnits(viewer), listOverviewYears(viewer, currentYear)]);
  const parsed = parseOverviewParams(sp, today);
  let errors: Record<string, string> = parsed.ok ? {} : parsed.fieldErrors;
  let overview: Overview | null = null;
  if (parsed.ok) {
    try {
      overview = await getOverview(viewer, parsed.value);
    } catch (error) {
      // A unit of another organisation (a tampered URL) is bad input: say so at the field, show nothing.
      if (!isAppError(error) || error.code !== "VALIDATION") throw error;
      errors = (error.details?.fieldErrors ?? {}) as Record<string, string>;
    }
  }
  const messages = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(keyIn("overview.errors", v))]));
  const values = Object.fromEntries(FIELDS.map((f) => [f, param(sp, f)]));
  if (!values.jaar) values.jaar = String(currentYear);
  // A valid year typed into the URL that has no declarations is still the one shown in the list.
  const shownYear = parsed.ok ? parsed.value.period.year : null;
  const yearOptions = shownYear && !years.includes(shownYear) ? [...years, shownYear].sort((a, b) => b - a) : years;
  const types = Object.fromEntries(DECLARATION_TYPES.map((k) => [k, t(`declarations.types.${k}`)]));
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold break-words sm:text-3xl">{t("overview.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("overview.lead")}</p>
      </div>
      <OverviewFilters values={values} errors={messages} years={yearOptions} units={units} types={types} t={t} />
      {overview && parsed.ok ? (
        <OverviewFigures
          overview={overview}
          t={t}
          locale={locale}
          types={types}
          typeFilter={parsed.value.type}
          canRemind={hasRole(viewer, "INTEGRITY_OFFICER")}
          exportYear={overview.period.year ?? Number(overview.period.from.slice(0, 4))}
        />
      ) : null}
      <Suspense fallback={null}>
        <AuditChainCheck viewer={viewer} />
      </Suspense>
    </div>
  );
}

/** Verifies the organisation's audit chain while the rest of the page is already shown. */
async function AuditChainCheck({ viewer }: { viewer: Viewer }) {
  const [{ t, locale }, status] = await Promise.all([getT(), getAuditChainStatus(viewer)]);
  return <AuditChainStatusSection status={status} t={t} locale={locale} />;
}
