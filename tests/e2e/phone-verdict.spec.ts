// Phones (issue 19 item 4): the header folds into a menu button below the small breakpoint, and on the gift form the
// live verdict stays in sight while typing (a line fixed at the bottom; the full panel comes below the form).
import { expect, test, type Page } from "@playwright/test";
import { choose, expectNoAxeViolations, fillDate, isoDate, mainMenu, signInAs, uniqueTitle } from "./helpers";

async function shoot(page: Page, name: string) {
  // Only when asked (FLOW_SCREENSHOTS=/tmp/...): to look at the page, never into the repository.
  const dir = process.env.FLOW_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** The element's box lies wholly inside the viewport (not scrolled out, not cut off). */
async function expectInViewport(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${testId} has a box`).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

/** Every question of the gift form answered "no", the value left for last. */
async function fillAllButValue(page: Page, title: string) {
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await choose(page, "Wat voor voordeel is het?", "Een cadeau of ander voorwerp");
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByLabel("Van wie komt het?").fill("Drukkerij Peeters");
  await fillDate(page, "Datum", isoDate(-3));
  await choose(page, "Doet de gever mee aan een aanbesteding", "Nee");
  await choose(page, "Is het naar je huisadres gestuurd?", "Nee");
  await choose(page, "Komt het van een buitenlandse of diplomatieke relatie?", "Nee");
  await choose(page, "Zou weigeren of teruggeven de gever erg kwetsen", "Nee");
}

test("at 375 px the gift form shows the verdict change to 'Niet toegestaan' within the viewport after typing €80", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/melden/gift");
  await expect(page.getByTestId("verdict-dock-outcome")).toHaveText("Vul de vragen in om de uitkomst te zien.");
  await fillAllButValue(page, uniqueTitle("Kunstboek"));
  const value = page.getByLabel("Geschatte waarde in euro");
  await value.fill("40");
  await expect(page.getByTestId("verdict-dock")).toHaveAttribute("data-outcome", "register");
  // Typed as a person types, with the value field focused where it sits on the page.
  await value.fill("");
  await value.pressSequentially("80");
  await expect(page.getByTestId("verdict-dock-outcome")).toHaveText("Niet toegestaan");
  await expect(page.getByTestId("verdict-dock")).toHaveAttribute("data-outcome", "not-permitted");
  await expectInViewport(page, "verdict-dock");
  // The field being typed in is not hidden behind the line (WCAG 2.4.11).
  const field = (await value.boundingBox())!;
  const dock = (await page.getByTestId("verdict-dock").boundingBox())!;
  expect(field.y + field.height).toBeLessThanOrEqual(dock.y);
  // The buttons scrolled into view: the verdict line is still in sight, and the full panel follows below.
  await page.getByRole("button", { name: "Verder naar controleren" }).scrollIntoViewIfNeeded();
  await expectInViewport(page, "verdict-dock");
  await expect(page.getByTestId("verdict-outcome")).toHaveText("Niet toegestaan");
  await expectNoAxeViolations(page);
  await shoot(page, "gift-375");
  // "Uitleg" leads to the full panel.
  await page.getByTestId("verdict-dock").getByRole("link", { name: "Uitleg" }).click();
  await expect(page.getByTestId("verdict")).toBeInViewport();
  await page.setViewportSize({ width: 320, height: 640 });
  await expectInViewport(page, "verdict-dock");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await shoot(page, "gift-320");
  // From the large breakpoint the panel stands beside the form: no line at the bottom.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByTestId("verdict-dock")).toBeHidden();
  await expect(page.getByTestId("verdict")).toBeInViewport();
  await shoot(page, "gift-1280");
});

test("below the small breakpoint the header folds into a menu button (a native <details>, no script needed)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, "Jeroen Bakker");
  const menu = page.getByTestId("header-menu");
  await expect(menu.locator("summary")).toHaveText(/Menu/);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeHidden();
  // The header takes little of the screen while folded.
  const header = (await page.locator("header").boundingBox())!;
  expect(header.height).toBeLessThan(200);
  await expectNoAxeViolations(page);
  const nav = await mainMenu(page);
  await expect(nav.getByRole("link", { name: "Beslissen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Afmelden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "menu-375-open");
  await nav.getByRole("link", { name: "Mijn meldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn meldingen" })).toBeVisible();
  // At desktop width the menu bar shows and the button does not.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beslissen" }),
  ).toBeVisible();
});

test("the decision page reflows at 320 px (and screenshots at 320 and 1280 px when asked)", async ({ page }) => {
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/beslissen");
  await page
    .getByTestId("queue-row")
    .first()
    .getByRole("link", { name: /Beoordelen/ })
    .click();
  await expect(page).toHaveURL(/\/beslissen\/[^/?]+$/);
  await expect(page.getByRole("button", { name: "Besluit vastleggen" })).toBeVisible();
  await shoot(page, "decision-1280");
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shoot(page, "decision-320");
});
