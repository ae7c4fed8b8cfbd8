import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatMoney, type Locale } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { loose } from "@/lib/i18n/keys";
import { collectMyData } from "@/lib/privacy/my-data";
import { reportSections, type ReportField, type ReportValue } from "@/lib/privacy/my-data-report";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.report.title") };
}

type Say = (key: string, values?: Record<string, string | number>, fallback?: string) => string;

/**
 * Codes the portal has words for, by the field that holds them: the message key of a code (any other code, and a
 * code without a message, is shown as it is stored).
 */
const CODE_WORDS: Record<string, (code: string) => string> = {
  status: (code) => `declarations.status.${code}`,
  // Declaration types are stored as GIFT, SIDE_JOB; their words are keyed gift, side-job.
  type: (code) => `declarations.types.${code.toLowerCase().replace(/_/g, "-")}`,
  roles: (code) => `roles.${code}`,
  // Audit events as a declaration's history names them ("declaration.draft-created" -> "Concept gemaakt").
  action: (code) => `declarations.historyActions.${code.replace(/\./g, "_")}`,
};

function Value({ field, value, say, locale }: { field: string; value: ReportValue; say: Say; locale: Locale }) {
  switch (value.kind) {
    case "none":
      return <>{say("privacy.report.none")}</>;
    case "yesNo":
      return <>{say(value.value ? "privacy.report.yes" : "privacy.report.no")}</>;
    case "number":
      return <>{value.value.toLocaleString(locale === "en" ? "en-GB" : "nl-NL")}</>;
    case "money":
      return <>{formatMoney(value.cents, locale)}</>;
    case "date":
      return <>{formatDate(value.value, locale)}</>;
    case "dateTime":
      return <>{formatDateTime(value.value, locale)}</>;
    case "text": {
      const words = CODE_WORDS[field];
      return <>{words ? say(words(value.text), undefined, value.text) : value.text}</>;
    }
    case "list":
      return (
        <>
          {value.items.map((item, i) => (
            <span key={i}>
              {i > 0 ? ", " : null}
              <Value field={field} value={item} say={say} locale={locale} />
            </span>
          ))}
        </>
      );
    case "fields":
      return <Fields fields={value.fields} say={say} locale={locale} nested />;
    case "entries":
      return (
        <ol className="list-decimal space-y-2 pl-5">
          {value.entries.map((fields, i) => (
            <li key={i}>
              <Fields fields={fields} say={say} locale={locale} nested />
            </li>
          ))}
        </ol>
      );
  }
}

function Fields({
  fields,
  say,
  locale,
  nested,
}: {
  fields: ReportField[];
  say: Say;
  locale: Locale;
  nested?: boolean;
}) {
  return (
    <dl
      className={`grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere] ${nested ? "sm:grid-cols-[10rem_minmax(0,1fr)]" : "md:grid-cols-[14rem_minmax(0,1fr)]"}`}
    >
      {fields.map((f) => (
        <div key={f.key} className="contents">
          <dt className="font-semibold">{say(`privacy.report.fields.${f.key}`)}</dt>
          <dd className="mb-1">
            <Value field={f.key} value={f.value} say={say} locale={locale} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * "My data" as a page to read and print (AVG art. 15): the same object as the JSON download (collectMyData), so
 * the two cannot differ. Only the signed-in person's own data: it takes no parameter at all.
 */
export default async function MyDataReportPage() {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const data = await collectMyData(viewer);
  // Field names and codes come from the export at run time: a missing word shows the name as stored.
  const words = loose(t, null, (key) => key.split(".").pop() ?? key);
  const say: Say = (key, values, fallback) =>
    fallback !== undefined && !t.has(key as never) ? fallback : words(key, values);
  const sections = reportSections(data);
  return (
    <div className="space-y-8" data-testid="my-data-report">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("privacy.report.title")}</h1>
        <p className="max-w-prose text-lg">{t("privacy.report.lead")}</p>
        <p className="text-neutral-700">
          {t("privacy.report.madeAt", { date: formatDateTime(data.exportedAt, locale) })}
        </p>
        <p className="print:hidden">
          <Link href="/mijn-gegevens">{t("privacy.report.back")}</Link>
        </p>
      </div>
      {sections.map((s) => (
        <Section
          key={s.key}
          id={`deel-${s.key}`}
          title={
            s.list
              ? `${say(`privacy.report.sections.${s.key}`)} (${s.entries.length})`
              : say(`privacy.report.sections.${s.key}`)
          }
          size="2xl"
          testId={`report-${s.key}`}
          className="break-inside-auto"
        >
          {s.entries.length === 0 ? (
            <p className="mt-2">{t("privacy.report.empty")}</p>
          ) : (
            <ol className="mt-3 space-y-4">
              {s.entries.map((fields, i) => (
                <li key={i} className="break-inside-avoid rounded border border-neutral-300 p-3">
                  <Fields fields={fields} say={say} locale={locale} />
                </li>
              ))}
            </ol>
          )}
        </Section>
      ))}
    </div>
  );
}
