// Shared by the bulk decision journeys (issue 16 item 4), with and without JavaScript.
import type { Page } from "@playwright/test";
import { sendGiftByLabels } from "./helpers";

/**
 * Files a gift from a foreign relation that refusing would offend: at the Rijk "register only" (the manager may name
 * its destination), so it waits in the manager's queue with a verdict that needs no judgement.
 */
export async function fileRegisterOnlyGift(page: Page, title: string) {
  await sendGiftByLabels(page, title, "Ambassade van Japan", "85,00", async () => {
    await page.locator("input[name=foreignRelation][value=yes]").check();
    await page.locator("input[name=refusalWouldOffend][value=yes]").check();
  });
}
