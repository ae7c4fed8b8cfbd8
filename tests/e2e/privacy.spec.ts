// Privacy (AVG): HR changes a retention period, purges (dry run, then confirm) and sees the run; an employee
// downloads their data. The demo data has an import and an e-mail past their retention in the Provincie
// Utrecht (prisma/seed-privacy.ts).
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, saveGiftDraft, signInAs, uniqueTitle } from "./helpers";

test("HR changes a retention period, purges after seeing what will go, and sees the run @db", async ({ page }) => {
  await signInAs(page, "Frank Willems");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Privacy (AVG)" }).click();
  await expect(page).toHaveURL(/\/beheer\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy (AVG)" })).toBeVisible();
  await expect(page.getByTestId("proposal-note")).toContainText("voorstel");
  const drafts = page.getByTestId("retention-row").filter({ hasText: "Concepten" });
  await expect(drafts.getByTestId("retention-period")).toContainText("6 maanden");
  await expect(page.getByTestId("catalogue-group").filter({ hasText: "Logboek (audit trail)" })).toContainText(
    "Wordt niet verwijderd",
  );
  await expectNoAxeViolations(page);

  // Change a period: a value outside the bounds is refused with a clear message, then a valid one is saved.
  await page.getByRole("link", { name: "Bewaartermijnen wijzigen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bewaartermijnen wijzigen" })).toBeVisible();
  await expectNoAxeViolations(page);
  const field = page.getByLabel("Concepten", { exact: true });
  await expect(field).toHaveValue("6");
  await field.fill("0");
  await page.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("De bewaartermijn voor Concepten moet minstens 1 maand zijn.");
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("0");
  await expectNoAxeViolations(page);
  await field.fill("12");
  await page.getByRole("button", { name: "Bewaartermijnen opslaan" }).click();
  await expect(page).toHaveURL(/\/beheer\/privacy\?opgeslagen=1$/);
  await expect(page.getByTestId("notice")).toHaveText("De bewaartermijn is opgeslagen.");
  await expect(drafts.getByTestId("retention-period")).toContainText("1 jaar");
  await expect(drafts.getByTestId("retention-period")).toContainText("gewijzigd");

  // Purge now: the confirmation shows what would go (the dry run); nothing is removed before confirming.
  await page.getByRole("link", { name: "Nu opruimen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nu opruimen?" })).toBeVisible();
  const preview = page.getByTestId("purge-preview");
  await expect(
    preview.getByTestId("purge-preview-row").filter({ hasText: "Imports uit het HR-systeem" }),
  ).toContainText("1 import");
  await expect(preview.getByTestId("purge-preview-row").filter({ hasText: "Berichten en e-mails" })).toContainText(
    "1 verstuurde e-mail",
  );
  const previewText = (await preview.locator("tbody").textContent()) ?? "";
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nee, terug naar privacy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy (AVG)" })).toBeVisible();
  await page.getByRole("link", { name: "Nu opruimen" }).click();
  await expect(page.getByTestId("purge-preview").locator("tbody")).toHaveText(previewText);
  await page.getByRole("button", { name: "Ja, nu opruimen" }).click();

  await expect(page).toHaveURL(/\/beheer\/privacy\?opgeruimd=[^#]+#opruimrondes$/);
  await expect(page.getByTestId("notice")).toHaveText(
    "Het opruimen is klaar. Bij de opruimrondes zie je wat er is verwijderd.",
  );
  const run = page.getByTestId("purge-run").first();
  await expect(run).toContainText("Frank Willems");
  await expect(run).toContainText("Imports uit het HR-systeem: 1 import");
  await expect(run).toContainText("1 verstuurde e-mail");
  await expectNoAxeViolations(page);

  // A second purge finds nothing more.
  await page.getByRole("link", { name: "Nu opruimen" }).click();
  await expect(page.getByText("Er is nu niets om te verwijderen.")).toBeVisible();
  await expect(page.getByTestId("purge-preview")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The pages fit a 320 px wide screen.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/beheer/privacy", "/beheer/privacy/bewaartermijnen", "/beheer/privacy/opruimen"]) {
    await page.goto(path);
    await expectNoHorizontalOverflow(page, 320);
  }
});

test("an employee cannot reach the privacy administration", async ({ page }) => {
  await signInAs(page, "Eva van Leeuwen");
  for (const path of ["/beheer/privacy", "/beheer/privacy/bewaartermijnen", "/beheer/privacy/opruimen"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  }
});

test("an employee downloads all their data, and nothing of a colleague's @db", async ({ page }) => {
  const title = uniqueTitle("Boekenbon");
  await signInAs(page, "Fatima El Amrani");
  await saveGiftDraft(page, title, "Uitgeverij Noord");

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Start", exact: true }).click();
  await page.getByRole("link", { name: "Mijn gegevens bekijken en downloaden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(page.getByTestId("person")).toContainText("Fatima El Amrani");
  await expect(page.getByTestId("my-declarations")).toContainText(title);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  const data = JSON.parse(text);
  expect(data.person).toMatchObject({
    name: "Fatima El Amrani",
    email: "fatima.el.amrani@bzk.example",
    manager: "Jeroen Bakker",
  });
  expect(data.person.sessionVersion).toBeUndefined();
  const draft = data.declarations.find((d: { answers: { description?: string } }) => d.answers.description === title);
  expect(draft).toMatchObject({ status: "DRAFT", type: "GIFT" });
  expect(draft.answers).toMatchObject({ giver: "Uitgeverij Noord" });
  expect(data.auditEvents.some((e: { entityId: string; byYou: boolean }) => e.entityId === draft.id && e.byYou)).toBe(
    true,
  );
  // Nothing of colleagues or of another organisation.
  expect(text).not.toContain("thomas.jansen@bzk.example");
  expect(text).not.toContain("lotte.janssen@maastricht.example");

  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  await expectNoHorizontalOverflow(page, 320);
});

test("the download is only for a signed-in person", async ({ request }) => {
  const response = await request.get("/mijn-gegevens/download", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toMatch(/\/aanmelden$/);
  expect(response.headers()["content-disposition"]).toBeUndefined();
});
