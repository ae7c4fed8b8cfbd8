import { expect, test, type Page } from "@playwright/test";
import { fileRegisterOnlyGift } from "./bulk-helpers";
import {
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  sendGiftByLabels,
  signInAs,
  signOut,
  uniqueTitle,
} from "./helpers";

// Issue 16 item 4 (decision 067): a manager approves three register-only declarations in one bulk decision.

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `/tmp/bulk-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `/tmp/bulk-${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a manager approves three register-only declarations at once @db", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const titles = [uniqueTitle("Vaas"), uniqueTitle("Theeservies"), uniqueTitle("Boek")];
  const judged = uniqueTitle("Taart");
  await signInAs(page, "Fatima El Amrani");
  for (const title of titles) await fileRegisterOnlyGift(page, title);
  // One that needs judgement (€ 85 from a printer: not permitted at the Rijk) gets no checkbox.
  await sendGiftByLabels(page, judged, "Drukkerij Peeters", "85,00");
  await signOut(page);

  await signInAs(page, "Jeroen Bakker");
  await page.goto("/beslissen");
  const judgedRow = page.getByTestId("queue-row").filter({ hasText: judged });
  await expect(judgedRow.getByTestId("bulk-select")).toHaveCount(0);
  await expect(judgedRow.getByTestId("bulk-one-by-one")).toContainText("Alleen los");
  for (const title of titles) await page.getByRole("checkbox", { name: `Kies ${title} om goed te keuren` }).check();
  await look(page, "queue");
  await page.getByRole("button", { name: "Geselecteerde goedkeuren" }).click();

  // "Weet je het zeker?": the three, and nothing decided yet.
  await expect(page).toHaveURL(/\/beslissen\/meerdere\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weet je het zeker?");
  await expect(page.getByTestId("confirm-lead")).toContainText("3 meldingen");
  for (const title of titles) await expect(page.getByTestId("bulk-decidable")).toContainText(title);
  await look(page, "confirm");
  await page.getByRole("button", { name: "Ja, keur ze goed" }).click();

  await expect(page).toHaveURL(/\/beslissen\/meerdere\/klaar\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klaar: meldingen goedgekeurd");
  await expect(page.getByTestId("bulk-decided-item")).toHaveCount(3);
  for (const title of titles) await expect(page.getByTestId("bulk-decided")).toContainText(title);
  await look(page, "done");

  // The queue no longer holds them; the one that needs judgement waits.
  await page.goto("/beslissen");
  for (const title of titles) await expect(page.getByTestId("queue-row").filter({ hasText: title })).toHaveCount(0);
  await expect(judgedRow).toHaveCount(1);

  // Each was decided on its own: the employee sees an approval on every one.
  await signOut(page);
  await signInAs(page, "Fatima El Amrani");
  for (const title of titles) {
    await page.goto("/meldingen");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Goedgekeurd").first()).toBeVisible();
  }
});
