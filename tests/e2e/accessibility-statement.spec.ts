// The accessibility statement (issue 16 item 6, decision 063): public (no sign-in), reached from the footer of any
// page by keyboard, in Dutch and English, with the parts of the prescribed model, axe at zero and no sideways
// scrolling at 320 px. That the footer link is on every page is asserted by the every-page crawl (phone project).
import { expect, test, type Page } from "@playwright/test";
import { STATEMENT } from "@/lib/accessibility/facts";
import { DEMO_ACCESSIBILITY_CONTACT } from "@/lib/config";
import { expectNoAxeViolations, expectNoHorizontalOverflow, signInAs } from "./helpers";

const HEADINGS_NL = [
  "Over deze verklaring",
  "Voor welke pagina's geldt deze verklaring?",
  "Hoe hebben we dit onderzocht?",
  "Wat is nog niet toegankelijk?",
  "Wat doen we om het portaal toegankelijk te houden?",
  "Een probleem melden",
  "Niet tevreden?",
  "Wie stelt deze verklaring vast?",
];

async function expectStatement(page: Page) {
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  for (const name of HEADINGS_NL) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  const facts = page.getByTestId("statement-facts");
  await expect(facts).toContainText("Integriteitsportaal");
  await expect(facts).toContainText("C – Eerste maatregelen genomen");
  await expect(facts).toContainText("WCAG 2.1 AA");
  await expect(facts).toContainText("5 december 2026");
  await expect(page.getByTestId("check-axe")).toContainText(`${STATEMENT.pagesCrawled} pagina's`);
  await expect(page.getByTestId("problem-pdfUa")).toContainText("PDF/UA");
  await expect(page.getByTestId("problem-userAttachments")).toContainText("Valt buiten onze invloed");
  await expect(page.getByTestId("accessibility-contact")).toHaveAttribute(
    "href",
    `mailto:${DEMO_ACCESSIBILITY_CONTACT}`,
  );
  await expect(page.getByRole("link", { name: /Nationale ombudsman/ })).toHaveAttribute(
    "href",
    "https://www.nationaleombudsman.nl",
  );
}

test("signed out: the footer link reaches the statement by keyboard, and it shows the model's parts", async ({
  page,
}) => {
  await page.goto("/aanmelden");
  // The footer link is the last thing on the page: one Shift+Tab from the start reaches it.
  await page.keyboard.press("Shift+Tab");
  const link = page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" });
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expectStatement(page);
  await expectNoAxeViolations(page);
  // The list of tests behind a check opens (a native <details>, no script needed).
  const axe = page.getByTestId("check-axe");
  await axe.getByText(/Welke tests zijn dit\?/).click();
  await expect(axe.getByText("tests/e2e/every-page.spec.ts")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("signed in, at 320 px: the same statement, no sideways scrolling, axe at zero", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, "Fatima El Amrani");
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expectStatement(page);
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
  for (const check of ["axe", "reflow", "keyboard", "noJs"]) {
    await page.getByTestId(`check-${check}`).locator("summary").click();
  }
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
});

test("in English: the statement and its footer link", async ({ page }) => {
  await page.goto("/toegankelijkheid");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(page.getByTestId("statement-facts")).toContainText("C – First measures taken");
  await expect(page.getByRole("heading", { level: 2, name: "What is not accessible yet?" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Accessibility" })).toHaveAttribute(
    "href",
    "/toegankelijkheid",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
});
