// The readable "my data" report (issue 16 item 7, decision 064): an employee opens it from Mijn gegevens and
// finds the same things as in the JSON file, in plain words; it reflows at 320 px and axe finds nothing.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, saveGiftDraft, signInAs, uniqueTitle } from "./helpers";

test("an employee reads their data as a report beside the download @db", async ({ page }) => {
  // Five screenshots of a long page: more than the default minute on a busy two-core machine.
  test.setTimeout(120_000);
  const title = uniqueTitle("Boekenbon rapport");
  await signInAs(page, "Fatima El Amrani");
  await saveGiftDraft(page, title, "Uitgeverij Zuid");

  await page.goto("/mijn-gegevens");
  await page.getByRole("link", { name: "Bekijk alles als overzicht om te lezen of af te drukken" }).click();
  await expect(page).toHaveURL(/\/mijn-gegevens\/overzicht$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens: overzicht om te lezen" })).toBeVisible();
  await expect(page.getByTestId("report-person")).toContainText("fatima.el.amrani@bzk.example");
  await expect(page.getByTestId("report-person")).toContainText("Jeroen Bakker");
  const declarations = page.getByTestId("report-declarations");
  await expect(declarations).toContainText(title);
  await expect(declarations).toContainText("Uitgeverij Zuid");
  await expect(declarations).toContainText("Concept");
  // The answers as the declaration page shows them: the question, then the answer in words (not stored keys).
  const answers = declarations.getByTestId("report-answers").filter({ hasText: title }).first();
  await expect(answers.getByRole("term").filter({ hasText: "Wat is er gebeurd?" })).toBeVisible();
  await expect(answers).toContainText("Ik heb het gekregen");
  await expect(answers.getByRole("term").filter({ hasText: "Van wie komt het?" })).toBeVisible();
  await expect(declarations).not.toContainText("received");
  // Who decides, in words: no stored role codes.
  await expect(declarations).toContainText("Wie beslist");
  await expect(declarations).not.toContainText(/\b(NONE|MANAGER|INTEGRITY_OFFICER|TOP)\b/);
  await expect(page.getByTestId("report-auditEvents")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("thomas.jansen@bzk.example");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/tidy-report-1280.png", fullPage: false });
  await answers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/tidy-report-answers-1280.png", fullPage: false });

  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/tidy-report-320.png", fullPage: false });
  await answers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/tidy-report-answers-320.png", fullPage: false });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "/tmp/tidy-report-print.png", fullPage: false });
});

test("a decided declaration's verdict and decision read in words, without the stored codes or rule ids @db", async ({
  page,
}) => {
  // The demo's activity: Thomas's Christmas hamper, over the limit, handed in and shared out.
  await signInAs(page, "Thomas Jansen");
  await page.goto("/mijn-gegevens/overzicht");
  const hamper = page
    .getByTestId("report-declarations")
    .locator("li")
    .filter({ hasText: "Kerstpakket van Bouwbedrijf Peters" })
    .first();
  await expect(hamper).toContainText("Uitkomst van de regels");
  await expect(hamper).toContainText("Niet toegestaan");
  await expect(hamper).toContainText("Het geschenk is meer dan € 50,00 waard.");
  await expect(hamper).toContainText("Meld het bij je leidinggevende.");
  await expect(hamper).toContainText("Inleveren: verdelen");
  await expect(hamper).toContainText("Goedgekeurd met voorwaarden");
  await expect(hamper).not.toContainText(/\b(no-duty|approval-required|not-permitted|manager|report-to-manager)\b/);
  await expect(hamper).not.toContainText(/\b(NOT_PERMITTED|APPROVED_WITH_CONDITIONS|DISTRIBUTE|MANAGER)\b/);
  await expect(hamper).not.toContainText(/\brijk\b|\bL\d+/);
});
