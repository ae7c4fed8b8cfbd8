import { expect, test } from "@playwright/test";
import { fileRegisterOnlyGift } from "./bulk-helpers";
import { signInAs, uniqueTitle } from "./helpers";

// Issue 16 item 4 without JavaScript: the queue's checkboxes are a plain GET form, the confirmation a plain POST.
test("a bulk decision works without JavaScript @db", async ({ page, browser, baseURL }) => {
  const titles = [uniqueTitle("Vaas"), uniqueTitle("Boek")];
  // The employee files with scripts on (filing without them is no-js-answer.spec.ts's journey); the manager has none.
  const filing = await browser.newContext({ javaScriptEnabled: true, baseURL });
  const employee = await filing.newPage();
  await signInAs(employee, "Fatima El Amrani");
  for (const title of titles) await fileRegisterOnlyGift(employee, title);
  await filing.close();
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/beslissen");
  for (const title of titles) await page.getByRole("checkbox", { name: `Kies ${title} om goed te keuren` }).check();
  await page.getByRole("button", { name: "Geselecteerde goedkeuren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weet je het zeker?");
  await page.getByRole("button", { name: "Ja, keur ze goed" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Klaar: meldingen goedgekeurd");
  await expect(page.getByTestId("bulk-decided-item")).toHaveCount(2);
});
