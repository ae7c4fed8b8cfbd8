import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatMoney, type Locale } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { loose } from "@/lib/i18n/keys";
import { collectMyData } from "@/lib/privacy/my-data";
import {
  reportSections,
  reportValue,
  type CodeWords,
  type ReportField,
  type ReportValue,
} from "@/lib/privacy/my-data-report";
import { Section } from "@/components/ui/section";
import { AnswerList } from "@/components/ui/answer-list";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { getDeclarationForm } from "@/lib/declarations/forms";
import { storedAnswerRows } from "@/lib/declarations/present";
import type { FormContext } from "@/lib/declarations/form-model";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { PROFILES } from "@/lib/rules/profiles";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("privacy.report.title") };
}

type Say = (key: string, values?: Record<string, string | number>, fallback?: string) => string;

/** What every value needs to be put into words: the texts, the language and the form context (for answers). */
interface Words {
  say: Say;
  locale: Locale;
  ctx: FormContext;
}

/** A stored code (SIDE_JOB, INTEGRITY_OFFICER, NO_DUTY) as the key of its words (side-job, integrity-officer, no-duty). */
const dashed = (code: string) => code.toLowerCase().replace(/_/g, "-");

/** The message key of a code's words (any code without a message is shown as it is stored). */
const CODE_WORDS: Record<CodeWords, (code: string) => string> = {
  status: (code) => `declarations.status.${code}`,
  // Declaration types are stored as GIFT, SIDE_JOB; their words are keyed gift, side-job.
  type: (code) => `declarations.types.${dashed(code)}`,
  role: (code) => `roles.${code}`,
  // Who decides, in the words the declaration pages use ("de integriteitsadviseur").
  decider: (code) => `declarations.decider.${dashed(code)}`,
  // Stored as NOT_PERMITTED on the declaration and not-permitted in its verdict; keyed not-permitted.
  outcome: (code) => `declarations.outcome.${dashed(code)}`,
  // Audit events as a declaration's history names them ("declaration.draft-created" -> "Concept gemaakt").
  historyAction: (code) => `declarations.historyActions.${code.replace(/\./g, "_")}`,
  // As the decision form offers them ("Inleveren: verdelen").
  giftDestination: (code) => `decisions.form.destinations.${code}`,
};

/** The first letter as a capital: the decider's words are made to stand inside a sentence ("beslist de …"). */
const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A declaration's answers as its pages show them: each question's label and the answer in words (AnswerList). */
function Answers({ type, answers, words }: { type: string; answers: Record<string, unknown>; words: Words }) {
  const def = getDeclarationForm(DB_TO_RULE_TYPE[type as keyof typeof DB_TO_RULE_TYPE] ?? type);
  if (!def)
    return (
      <Fields
        fields={Object.entries(answers).map(([key, v]) => ({ key, value: reportValue(v, key) }))}
        words={words}
        nested
      />
    );
  return (
    <AnswerList
      rows={storedAnswerRows(def, answers, words.ctx, words.locale)}
      empty={words.say("privacy.report.none")}
      testId="report-answers"
    />
  );
}

/**
 * The code a stored policy version ("rijk-2020.1", or a tightened one derived from it) belongs to, by its name: a
 * person is shown the code, never the machine's version id (decision 059); the JSON download keeps the id.
 */
function policyName(version: string, locale: Locale): string | null {
  const profile = Object.values(PROFILES).find((p) => version.startsWith(p.baseVersion.replace(/-\d{4}\.\d+$/, "")));
  return profile ? profile.label[locale] : null;
}

function Value({ field, value, words }: { field: string; value: ReportValue; words: Words }) {
  const { say, locale } = words;
  if (field === "policyVersion" && value.kind === "text")
    return <>{policyName(value.text, locale) ?? say("privacy.report.none")}</>;
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
    case "text":
      return <>{value.text}</>;
    case "code":
      return <>{capital(say(CODE_WORDS[value.words](value.code), undefined, value.code))}</>;
    case "localized":
      return <>{value[locale]}</>;
    case "list":
      return (
        <>
          {value.items.map((item, i) => (
            <span key={i}>
              {i > 0 ? ", " : null}
              <Value field={field} value={item} words={words} />
            </span>
          ))}
        </>
      );
    case "fields":
      return <Fields fields={value.fields} words={words} nested />;
    case "answers":
      return <Answers type={value.type} answers={value.answers} words={words} />;
    case "entries":
      return (
        <ol className="list-decimal space-y-2 pl-5">
          {value.entries.map((fields, i) => (
            <li key={i}>
              <Fields fields={fields} words={words} nested />
            </li>
          ))}
        </ol>
      );
  }
}

function Fields({ fields, words, nested }: { fields: ReportField[]; words: Words; nested?: boolean }) {
  const { say } = words;
  return (
    <dl
      className={`grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere] ${nested ? "sm:grid-cols-[10rem_minmax(0,1fr)]" : "md:grid-cols-[14rem_minmax(0,1fr)]"}`}
    >
      {fields.map((f) => (
        <div key={f.key} className="contents">
          <dt className="font-semibold">{say(`privacy.report.fields.${f.key}`)}</dt>
          <dd className="mb-1">
            <Value field={f.key} value={f.value} words={words} />
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
  const [data, context] = await Promise.all([collectMyData(viewer), getFilingContext(viewer)]);
  // Field names and codes come from the export at run time: a missing word shows the name as stored.
  const named = loose(t, null, (key) => key.split(".").pop() ?? key);
  const say: Say = (key, values, fallback) =>
    fallback !== undefined && !t.has(key as never) ? fallback : named(key, values);
  const words: Words = {
    say,
    locale,
    ctx: { profileId: context.profileId, profile: context.profile, today: context.today },
  };
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
                  <Fields fields={fields} words={words} />
                </li>
              ))}
            </ol>
          )}
        </Section>
      ))}
    </div>
  );
}
