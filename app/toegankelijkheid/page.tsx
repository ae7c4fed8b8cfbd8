import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import { buildStatement } from "@/lib/accessibility/statement";
import { accessibilityContact, portalAddress } from "@/lib/config";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("accessibility.title") };
}

/**
 * The accessibility statement (decision 063): public, as the Besluit digitale toegankelijkheid overheid asks, so no
 * sign-in; every page links here from its footer. Its facts and texts come from lib/accessibility/statement.ts.
 */
export default async function AccessibilityStatementPage() {
  const { locale } = await getT();
  const s = buildStatement(locale, accessibilityContact(), portalAddress());
  return (
    <article className="max-w-prose space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{s.heading}</h1>
        <p className="text-lg">{s.lead}</p>
      </div>
      <Section id="over" title={s.factsHeading} size="2xl" className="space-y-3">
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="statement-facts">
          {s.facts.map((f) => (
            <div key={f.label} className="contents">
              <dt className="font-bold">{f.label}</dt>
              <dd className="mb-2 sm:mb-0">{f.value}</dd>
            </div>
          ))}
        </dl>
        <p>{s.statusExplained}</p>
      </Section>
      <Section id="reikwijdte" title={s.scope.heading} size="2xl" className="space-y-3">
        <p>{s.scope.text}</p>
        <p>{s.scope.excludedIntro}</p>
        <ul className="list-disc space-y-1 pl-6">
          {s.scope.excluded.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </Section>
      <Section id="onderzoek" title={s.research.heading} size="2xl" className="space-y-4">
        <p>{s.research.intro}</p>
        {s.research.checks.map((c) => (
          <div key={c.id} className="space-y-2" data-testid={`check-${c.id}`}>
            <h3 className="text-xl font-bold">{c.title}</h3>
            <p>{c.text}</p>
            <details>
              <summary className="cursor-pointer text-brand underline">{c.specsLabel}</summary>
              <ul className="mt-2 list-disc pl-6 text-sm">
                {c.specs.map((spec) => (
                  <li key={spec}>
                    <code className="[overflow-wrap:anywhere]">{spec}</code>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        ))}
        <p>{s.research.limits}</p>
      </Section>
      <Section id="problemen" title={s.problems.heading} size="2xl" className="space-y-4">
        <p>{s.problems.intro}</p>
        {s.problems.items.map((p) => (
          <div key={p.id} className="space-y-1 border-l-4 border-neutral-300 pl-4" data-testid={`problem-${p.id}`}>
            <h3 className="text-xl font-bold">{p.title}</h3>
            <dl>
              <dt className="font-bold">{s.problems.labels.effect}</dt>
              <dd className="mb-2">{p.effect}</dd>
              <dt className="font-bold">{s.problems.labels.reason}</dt>
              <dd className="mb-2">{p.reason}</dd>
              <dt className="font-bold">{s.problems.labels.plan}</dt>
              <dd>{p.plan}</dd>
            </dl>
          </div>
        ))}
      </Section>
      <Section id="maatregelen" title={s.measures.heading} size="2xl" className="space-y-3">
        <ul className="list-disc space-y-1 pl-6">
          {s.measures.items.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </Section>
      <Section id="contact" title={s.contact.heading} size="2xl" className="space-y-3">
        <p>{s.contact.text}</p>
        <p>
          <a href={s.contact.link.href} data-testid="accessibility-contact">
            {s.contact.link.label}
          </a>
        </p>
        <p>{s.contact.response}</p>
      </Section>
      <Section id="klacht" title={s.complaint.heading} size="2xl" className="space-y-3">
        <p>{s.complaint.text}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={s.complaint.national.href}>{s.complaint.national.label}</a>
          </li>
          <li>{s.complaint.municipal}</li>
        </ul>
      </Section>
      <Section id="vaststelling" title={s.approval.heading} size="2xl" className="space-y-3">
        <p>{s.approval.text}</p>
      </Section>
    </article>
  );
}
