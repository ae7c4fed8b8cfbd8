// Shared by the bulk decision journeys (issue 16 item 4), with and without JavaScript.
import { expect, type Page } from "@playwright/test";
import { fillGiftByLabels } from "./helpers";

/**
 * Files a gift from a foreign relation that refusing would offend: at the Rijk "register only" (the manager may name
 * its destination), so it waits in the manager's queue with a verdict that needs no judgement.
 */
export async function fileRegisterOnlyGift(page: Page, title: string) {
  await page.goto("/melden/gift");
  await fillGiftByLabels(page, title, "Ambassade van Japan", "85,00");
  await page.locator("input[name=foreignRelation][value=yes]").check();
  await page.locator("input[name=refusalWouldOffend][value=yes]").check();
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page).toHaveURL(/controleren$/);
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
}
