import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Signs in through the demo sign-in page, the way a person does. */
export async function signInAs(page: Page, name: string) {
  await page.goto("/aanmelden");
  await page.getByRole("button", { name: new RegExp(`Aanmelden als ${name}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
}

/** Fails with the list of violations when axe finds any WCAG 2.1 A/AA problem on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
  expect(summary).toEqual([]);
}
