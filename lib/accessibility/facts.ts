// The facts of the accessibility statement (decision 063), in one place and nothing else: no imports, so the
// Playwright specs read them too. tests/unit/accessibility/statement.test.ts holds each fact against what the tests
// prove (the spec files exist and do the check they are listed for; the page and role counts are those of
// tests/e2e/every-page.spec.ts), so the statement cannot claim a test that is not there. lib/accessibility/statement.ts
// turns them into the page's texts.

/** The model's compliance statuses (E, "no statement", is what this page prevents). */
export type ComplianceStatus = "A" | "B" | "C" | "D";
export type CheckId = "axe" | "reflow" | "keyboard" | "noJs";
export type ProblemId = "pdfUa" | "userAttachments" | "keyboardWalkthrough" | "screenReader";
/** Why a problem stands in the statement: not yet checked independently, or content outside the portal's control. */
export type ProblemReason = "unverified" | "outsideControl";
export type MeasureId = "everyChange" | "newPages" | "patterns" | "audit";

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
  /** Each check with the Playwright specs (tests/e2e) that perform it, in file order. */
  checks: [
    {
      id: "axe",
      specs: [
        "accessibility-statement.spec.ts",
        "attachments.spec.ts",
        "bulk-decisions.spec.ts",
        "campaigns.spec.ts",
        "decide.spec.ts",
        "declare-contacts-expenses.spec.ts",
        "declare-form.spec.ts",
        "declare-gift-invitation.spec.ts",
        "declare-interests-moves.spec.ts",
        "declare-travel-resources.spec.ts",
        "declare-work.spec.ts",
        "every-page.spec.ts",
        "foundation.spec.ts",
        "home-todo.spec.ts",
        "import-report.spec.ts",
        "jobs.spec.ts",
        "my-data-report.spec.ts",
        "overview.spec.ts",
        "people.spec.ts",
        "phone-verdict.spec.ts",
        "policy.spec.ts",
        "privacy.spec.ts",
        "record.spec.ts",
        "recusals.spec.ts",
        "register.spec.ts",
        "reminders.spec.ts",
        "scim-session.spec.ts",
        "search.spec.ts",
        "sso.spec.ts",
      ],
    },
    {
      id: "reflow",
      specs: [
        "accessibility-statement.spec.ts",
        "attachments.spec.ts",
        "bulk-decisions.spec.ts",
        "campaigns.spec.ts",
        "declare-form.spec.ts",
        "every-page.spec.ts",
        "home-todo.spec.ts",
        "import-report.spec.ts",
        "jobs.spec.ts",
        "my-data-report.spec.ts",
        "overview.spec.ts",
        "people.spec.ts",
        "phone-verdict.spec.ts",
        "privacy.spec.ts",
        "record.spec.ts",
        "recusals.spec.ts",
        "register.spec.ts",
        "reminders.spec.ts",
        "scim-session.spec.ts",
        "search.spec.ts",
      ],
    },
    {
      id: "keyboard",
      specs: [
        "accessibility-statement.spec.ts",
        "attachments.spec.ts",
        "campaigns.spec.ts",
        "decide.spec.ts",
        "declare-form.spec.ts",
        "foundation.spec.ts",
        "overview.spec.ts",
        "people.spec.ts",
        "privacy.spec.ts",
      ],
    },
    {
      id: "noJs",
      specs: [
        "no-js-accessibility-statement.spec.ts",
        "no-js-answer.spec.ts",
        "no-js-attachments.spec.ts",
        "no-js-bulk-decisions.spec.ts",
        "no-js-scim.spec.ts",
        "no-js.spec.ts",
      ],
    },
  ] as const satisfies readonly { id: CheckId; specs: readonly string[] }[],
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
