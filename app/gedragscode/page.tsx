import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { readableCitation, ruleReference } from "@/lib/rules";
import { formatDate } from "@/lib/format";
import { getCodeForViewer } from "@/lib/policy/data";
import { PARAMETER_KEYS, parameterValue } from "@/lib/policy/parameters";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.code.title") };
}

/**
 * The rule reference of the viewer's own code of conduct: every rule with the section it stands in and its quote in
 * whole sentences (decision 059); in English the quote is marked as the Dutch original, with a summary beside it.
 * Source lines, rule ids and the policy version are for administrators (/beheer/beleid, docs/rules-reference.md).
 */
export default async function CodeOfConductPage() {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const { profile, tightening } = await getCodeForViewer(viewer);
  const ref = ruleReference(profile);
  const sections = [
    ...ref.rulesByType
      .filter((s) => s.rules.length > 0)
      .map((s) => ({ key: s.type, title: t(`declarations.types.${s.type}`), rules: s.rules })),
  ];
  if (ref.generalRules.length)
    sections.push({
      key: "general" as never,
      title: locale === "nl" ? "Algemeen" : "General",
      rules: ref.generalRules,
    });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("declarations.code.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">
          {t("declarations.code.lead", { code: t(`profiles.${viewer.profile}`) })}
        </p>
        {locale === "en" ? (
          <p className="mt-1 max-w-prose" data-testid="code-english-note">
            {t("declarations.citation.englishNote")}
          </p>
        ) : null}
      </div>
      {tightening ? (
        <section
          className="max-w-prose border-l-4 border-brand bg-brand-light p-4"
          data-testid="code-tightening"
          aria-label={t("policy.codeNotice", { date: formatDate(tightening.effectiveFrom, locale) })}
        >
          <p className="font-bold">{t("policy.codeNotice", { date: formatDate(tightening.effectiveFrom, locale) })}</p>
          <ul className="mt-1 list-disc pl-6">
            {PARAMETER_KEYS.filter((k) => k in tightening.settings).map((k) => (
              <li key={k}>
                {t(`policy.parameters.${k}.label`)}: {parameterValue(profile, k, locale)}
              </li>
            ))}
          </ul>
          {tightening.reason ? (
            <p className="mt-1">{t("policy.codeNoticeReason", { reason: tightening.reason })}</p>
          ) : null}
        </section>
      ) : null}
      <nav aria-label={locale === "nl" ? "Onderwerpen" : "Topics"}>
        <ul className="flex flex-wrap gap-3">
          {sections.map((s) => (
            <li key={s.key}>
              <a href={`#type-${s.key}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <Section key={s.key} id={`type-${s.key}`} title={s.title} size="2xl">
          <ul className="mt-3 space-y-4">
            {s.rules.map((rule) => {
              const readable = readableCitation(rule.id);
              return (
                <li
                  key={rule.id}
                  id={readable?.anchor}
                  className="scroll-mt-4 rounded border border-neutral-300 p-4 target:border-brand target:bg-brand-light"
                  data-testid="code-rule"
                >
                  <h3 className="text-lg font-bold">{rule.title[locale]}</h3>
                  {readable ? (
                    <>
                      <p className="mt-1 text-sm text-neutral-700">
                        {t("declarations.citation.section", { code: readable.code, section: readable.section })}
                      </p>
                      {locale === "en" ? (
                        <div className="mt-2 grid gap-3 md:grid-cols-2">
                          <figure>
                            <figcaption className="text-sm font-semibold">
                              {t("declarations.citation.dutchOriginal")}
                            </figcaption>
                            <blockquote lang="nl" className="mt-1 border-l-4 border-neutral-400 pl-3 italic">
                              {readable.quote}
                            </blockquote>
                          </figure>
                          <div data-testid="code-rule-summary">
                            <p className="text-sm font-semibold">{t("declarations.citation.englishSummary")}</p>
                            <p className="mt-1">{readable.summary}</p>
                          </div>
                        </div>
                      ) : (
                        <blockquote lang="nl" className="mt-2 border-l-4 border-neutral-400 pl-3 italic">
                          {readable.quote}
                        </blockquote>
                      )}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ))}
    </div>
  );
}
