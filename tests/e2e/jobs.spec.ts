// The administrator's page of the background jobs (/beheer/taken, issue 20): the job runner of this server
// and the recurring jobs with their last run. Only administrators reach it.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, signInAs } from "./helpers";

test("an administrator sees that the job runner runs and when each recurring job last ran @db", async ({ page }) => {
  await signInAs(page, "Pieter Mulder");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Achtergrondtaken" }).click();
  await expect(page).toHaveURL(/\/beheer\/taken$/);
  await expect(page.getByRole("heading", { level: 1, name: "Achtergrondtaken" })).toBeVisible();
  await expect(page.getByTestId("runner-status")).toHaveText("Draait");
  const rows = page.getByTestId("job-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "E-mail versturen" })).toContainText("elke minuut");
  await expect(rows.filter({ hasText: "Dagelijkse taken" })).toContainText("elke dag om 08:00");
  // The mail job runs every minute (and after every change): within a minute it has a last run.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('[data-queue="deliver-mail"]')).toHaveAttribute("data-health", "ok", { timeout: 1000 });
  }).toPass({ timeout: 75_000 });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalOverflow(page, 320);
});

// HR reaches every administration area (so HR may assign every role, decision 032); employees and managers do not.
test("employees and managers cannot reach the background jobs", async ({ page }) => {
  for (const name of ["Jeroen Bakker", "Fatima El Amrani"]) {
    await signInAs(page, name);
    await page.goto("/beheer/taken");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await page.context().clearCookies();
  }
});
