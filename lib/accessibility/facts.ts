// The facts of the accessibility statement (decision 063), in one place and nothing else: no imports, so the
// Playwright specs read them too. tests/unit/accessibility/statement.test.ts holds each fact against what the tests
// prove (the spec files exist and do the check they are listed for; the page and role counts are those of
// tests/e2e/every-page.spec.ts), so the statement cannot claim a test that is not there. lib/accessibility/statement.ts
// turns them into the page's texts.

/** The model's compliance statuses (E, "no statement", is what this page prevents). */
export type ComplianceStatus = "A" | "B" | "C" | "D";
/** The checks, in the order the statement lists them. */
const CHECK_IDS = ["axe", "reflow", "keyboard", "noJs"] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type ProblemId = "pdfUa" | "userAttachments" | "keyboardWalkthrough" | "screenReader";
/** Why a problem stands in the statement: not yet checked independently, or content outside the portal's control. */
export type ProblemReason = "unverified" | "outsideControl";
export type MeasureId = "everyChange" | "newPages" | "patterns" | "audit";

/** Each Playwright spec (tests/e2e) that performs a check, in file order, with the checks it performs. */
const SPEC_CHECKS: Readonly<Record<string, readonly CheckId[]>> = {
  "accessibility-statement.spec.ts": ["axe", "reflow", "keyboard"],
  "attachments.spec.ts": ["axe", "reflow", "keyboard"],
  "bulk-decisions.spec.ts": ["axe", "reflow"],
  "campaigns.spec.ts": ["axe", "reflow", "keyboard"],
  "decide.spec.ts": ["axe", "keyboard"],
  "declare-contacts-expenses.spec.ts": ["axe"],
  "declare-form.spec.ts": ["axe", "reflow", "keyboard"],
  "declare-gift-invitation.spec.ts": ["axe"],
  "declare-interests-moves.spec.ts": ["axe"],
  "declare-travel-resources.spec.ts": ["axe"],
  "declare-work.spec.ts": ["axe"],
  "every-page.spec.ts": ["axe", "reflow"],
  "foundation.spec.ts": ["axe", "keyboard"],
  "home-todo.spec.ts": ["axe", "reflow"],
  "import-report.spec.ts": ["axe", "reflow"],
  "jobs.spec.ts": ["axe", "reflow"],
  "my-data-report.spec.ts": ["axe", "reflow"],
  "no-js-accessibility-statement.spec.ts": ["noJs"],
  "no-js-answer.spec.ts": ["noJs"],
  "no-js-attachments.spec.ts": ["noJs"],
  "no-js-bulk-decisions.spec.ts": ["noJs"],
  "no-js-scim.spec.ts": ["noJs"],
  "no-js.spec.ts": ["noJs"],
  "overview.spec.ts": ["axe", "reflow", "keyboard"],
  "people.spec.ts": ["axe", "reflow", "keyboard"],
  "phone-verdict.spec.ts": ["axe", "reflow"],
  "policy.spec.ts": ["axe"],
  "privacy.spec.ts": ["axe", "reflow", "keyboard"],
  "record.spec.ts": ["axe", "reflow"],
  "recusals.spec.ts": ["axe", "reflow"],
  "register.spec.ts": ["axe", "reflow"],
  "reminders.spec.ts": ["axe", "reflow"],
  "scim-session.spec.ts": ["axe", "reflow"],
  "search.spec.ts": ["axe", "reflow"],
  "sso.spec.ts": ["axe"],
};

export const STATEMENT = {
  website: "Integriteitsportaal",
  standard: "WCAG 2.1 AA (EN 301 549)",
  /**
   * C, "first measures taken": no full, independent evaluation (WCAG-EM) exists yet, only the portal's own tests.
   * A or B needs such an evaluation; change this only with its report.
   */
  status: "C" as ComplianceStatus,
  /** The date the statement was drawn up and last reviewed (ISO dates, shown in the reader's language). */
  drawnUp: "2026-12-05",
  lastReviewed: "2026-12-05",
  /** Pages of app/ the every-page crawl visits (each page.tsx), and the roles it visits them as (its ROLES). */
  pagesCrawled: 57,
  rolesCrawled: 8,
  /** Working days within which a report through the contact route is answered. */
  responseWorkingDays: 5,
  /** Each check with the Playwright specs (tests/e2e) that perform it, in file order (from SPEC_CHECKS). */
  checks: CHECK_IDS.map((id) => ({
    id,
    specs: Object.keys(SPEC_CHECKS).filter((spec) => SPEC_CHECKS[spec]!.includes(id)),
  })),
  /** "Wat is nog niet toegankelijk": be honest, each with why. */
  problems: [
    { id: "pdfUa", reason: "unverified" },
    { id: "userAttachments", reason: "outsideControl" },
    { id: "keyboardWalkthrough", reason: "unverified" },
    { id: "screenReader", reason: "unverified" },
  ] as const satisfies readonly { id: ProblemId; reason: ProblemReason }[],
  measures: ["everyChange", "newPages", "patterns", "audit"] as const satisfies readonly MeasureId[],
  nationalOmbudsman: "https://www.nationaleombudsman.nl",
};
