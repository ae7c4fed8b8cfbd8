// The accessibility statement (toegankelijkheidsverklaring) of the Besluit digitale toegankelijkheid overheid, in the
// order of the Dutch model (toegankelijkheidsverklaring.nl): website and organisation, status A–D, scope, date, how it
// was checked, what is not accessible yet (with its effect, reason and plan), measures, the contact route and the
// complaints route (decision 063). Its facts stand in ./facts.ts, in one place, held against the tests.
// Pure: no I/O; the page (app/toegankelijkheid) passes in the language, the contact setting and the portal's address.
import { createTranslator } from "use-intl/core";
import { STATEMENT, type CheckId, type ProblemId } from "./facts";
import type { AccessibilityContact } from "@/lib/config";
import { formatDate, type Locale } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";

export interface StatementLink {
  href: string;
  label: string;
}

/** The statement as the page shows it, in one language: every text ready, nothing for the page to decide. */
export interface StatementView {
  title: string;
  /** The title for the h1, with a soft hyphen where a long Dutch compound may break on a phone (320 px). */
  heading: string;
  lead: string;
  factsHeading: string;
  facts: { label: string; value: string }[];
  statusExplained: string;
  scope: { heading: string; text: string; excludedIntro: string; excluded: string[] };
  research: {
    heading: string;
    intro: string;
    checks: { id: CheckId; title: string; text: string; specsLabel: string; specs: string[] }[];
    limits: string;
  };
  problems: {
    heading: string;
    intro: string;
    labels: { effect: string; reason: string; plan: string };
    items: { id: ProblemId; title: string; effect: string; reason: string; plan: string }[];
  };
  measures: { heading: string; items: string[] };
  contact: { heading: string; text: string; link: StatementLink; response: string };
  complaint: { heading: string; text: string; national: StatementLink; municipal: string };
  approval: { heading: string; text: string };
}

/** The href of the contact route: mailto: for an address, the page itself for a URL. */
export function contactLink(
  contact: AccessibilityContact,
  t: (key: string, values?: Record<string, string>) => string,
) {
  return contact.kind === "email"
    ? { href: `mailto:${contact.address}`, label: t("accessibility.contact.email", { address: contact.address }) }
    : { href: contact.href, label: t("accessibility.contact.url") };
}

/**
 * Builds the statement in `locale`. `address` is the portal's public address (NEXTAUTH_URL) when known; `contact` the
 * route of ACCESSIBILITY_CONTACT.
 */
export function buildStatement(
  locale: Locale,
  contact: AccessibilityContact,
  address: string | undefined,
  statement: typeof STATEMENT = STATEMENT,
): StatementView {
  const translate = createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" });
  // The keys below are built from the ids of STATEMENT, each of which has its text in both JSON files (the unit test).
  const t = (key: string, values?: Record<string, string | number>) =>
    (translate as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
  const { website, standard } = statement;
  return {
    title: t("accessibility.title"),
    heading: t("accessibility.heading"),
    lead: t("accessibility.lead", { website, standard }),
    factsHeading: t("accessibility.facts.heading"),
    facts: [
      { label: t("accessibility.facts.website"), value: website },
      ...(address ? [{ label: t("accessibility.facts.address"), value: address }] : []),
      { label: t("accessibility.facts.status"), value: t(`accessibility.status.${statement.status}`) },
      { label: t("accessibility.facts.standard"), value: standard },
      { label: t("accessibility.facts.basis"), value: t("accessibility.basis") },
      { label: t("accessibility.facts.drawnUp"), value: formatDate(statement.drawnUp, locale) },
      { label: t("accessibility.facts.lastReviewed"), value: formatDate(statement.lastReviewed, locale) },
    ],
    statusExplained: t(`accessibility.statusExplained.${statement.status}`),
    scope: {
      heading: t("accessibility.scope.heading"),
      text: t("accessibility.scope.text", { website }),
      excludedIntro: t("accessibility.scope.excludedIntro"),
      excluded: [t("accessibility.scope.excluded.attachments"), t("accessibility.scope.excluded.signIn")],
    },
    research: {
      heading: t("accessibility.research.heading"),
      intro: t("accessibility.research.intro"),
      checks: statement.checks.map((c) => ({
        id: c.id,
        title: t(`accessibility.research.checks.${c.id}.title`),
        text: t(`accessibility.research.checks.${c.id}.text`, {
          pages: statement.pagesCrawled,
          roles: statement.rolesCrawled,
        }),
        specsLabel: t("accessibility.research.specs", { count: c.specs.length }),
        specs: c.specs.map((s) => `tests/e2e/${s}`),
      })),
      limits: t("accessibility.research.limits"),
    },
    problems: {
      heading: t("accessibility.problems.heading"),
      intro: t("accessibility.problems.intro"),
      labels: {
        effect: t("accessibility.problems.effect"),
        reason: t("accessibility.problems.reason"),
        plan: t("accessibility.problems.plan"),
      },
      items: statement.problems.map((p) => ({
        id: p.id,
        title: t(`accessibility.problems.${p.id}.title`),
        effect: t(`accessibility.problems.${p.id}.effect`),
        reason: t(`accessibility.problems.reasons.${p.reason}`),
        plan: t(`accessibility.problems.${p.id}.plan`),
      })),
    },
    measures: {
      heading: t("accessibility.measures.heading"),
      items: statement.measures.map((m) => t(`accessibility.measures.${m}`)),
    },
    contact: {
      heading: t("accessibility.contact.heading"),
      text: t("accessibility.contact.text"),
      link: contactLink(contact, t),
      response: t("accessibility.contact.response", { days: statement.responseWorkingDays }),
    },
    complaint: {
      heading: t("accessibility.complaint.heading"),
      text: t("accessibility.complaint.text"),
      national: { href: statement.nationalOmbudsman, label: t("accessibility.complaint.national") },
      municipal: t("accessibility.complaint.municipal"),
    },
    approval: {
      heading: t("accessibility.approval.heading"),
      text: t("accessibility.approval.text", { date: formatDate(statement.drawnUp, locale) }),
    },
  };
}

export {
  STATEMENT,
  type CheckId,
  type ComplianceStatus,
  type MeasureId,
  type ProblemId,
  type ProblemReason,
} from "./facts";
