// How the declaration forms behave for every type: errors, accessibility in every state, small screens, drafts.
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  checkAndSend,
  continueToCheck,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  expectVerdict,
  isoDate,
  signInAs,
  startDeclaration,
  STATUS_TEXT,
  submitAndFindInList,
  uniqueTitle,
  fillDate,
} from "./helpers";

const GIFT = { link: "Geschenk of ander voordeel", heading: "Geschenk of ander voordeel melden" };

/** A gift of € 30 at the Rijk: outcome "register" (rules CLI: value-cap no-duty + gift.report register). */
async function fillRijkGift(page: Page, title: string, { skipFirstFields = false } = {}) {
  if (!skipFirstFields) {
    await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
    await page.getByLabel("Omschrijving", { exact: true }).fill(title);
    await page.getByLabel("Van wie komt het?").fill("Uitgeverij Noord");
    await page.getByLabel("Geschatte waarde in euro").fill("30");
  }
  await choose(page, "Wat voor voordeel is het?", "Een cadeaubon of boekenbon");
  await fillDate(page, "Datum", isoDate(-2));
  await choose(page, "Doet de gever mee aan een aanbesteding", "Nee");
  await choose(page, "Is het naar je huisadres gestuurd?", "Nee");
  await choose(page, "Komt het van een buitenlandse of diplomatieke relatie?", "Nee");
  await choose(page, "Zou weigeren of teruggeven de gever erg kwetsen", "Nee");
}

/** Clicks "Verder naar controleren" on an empty form: the error summary takes focus and the title says "Fout: ". */
async function continueEmpty(page: Page) {
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "Er is een probleem" })).toBeVisible();
  await expect(page).toHaveTitle(/^Fout: /);
  return summary;
}

test("an empty form shows specific errors in a focused summary, and every state passes axe", async ({ page }) => {
  const title = uniqueTitle("Boekenbon");
  await signInAs(page, "Fatima El Amrani");
  await startDeclaration(page, GIFT.link, GIFT.heading);
  await expect(page).not.toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);

  const summary = await continueEmpty(page);
  await expect(page).toHaveURL(/\/melden\/gift$/);
  for (const message of [
    "Kies wat er is gebeurd met het geschenk.",
    "Kies wat voor voordeel het is.",
    "Vul in wat je kreeg of aangeboden kreeg.",
    "Vul in van wie het geschenk komt.",
    "Vul de geschatte waarde in euro in, bijvoorbeeld 25,00.",
    "Vul de datum in waarop je het kreeg of aangeboden kreeg.",
  ]) {
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  }
  // Each message is also at its field, and the field is marked invalid.
  await expect(page.getByLabel("Omschrijving", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[data-field=description]")).toContainText("Vul in wat je kreeg of aangeboden kreeg.");
  await expectNoAxeViolations(page);

  // A link in the summary moves focus to its field.
  await summary.getByRole("link", { name: "Vul in wat je kreeg of aangeboden kreeg." }).click();
  await expect(page.getByLabel("Omschrijving", { exact: true })).toBeFocused();

  // A malformed amount gets its own message; errors follow the answers once corrected.
  await page.getByLabel("Geschatte waarde in euro").fill("veertig");
  await expect(
    summary.getByRole("link", { name: "Vul de waarde in als bedrag in euro, bijvoorbeeld 49,99." }),
  ).toBeVisible();
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByLabel("Van wie komt het?").fill("Uitgeverij Noord");
  // An amount that could mean two amounts is refused with the right form; the amount as understood shows beside the field.
  await page.getByLabel("Geschatte waarde in euro").fill("12,345");
  await expect(
    summary.getByRole("link", { name: /Het is niet duidelijk welk bedrag je bedoelt met “12,345”/ }),
  ).toBeVisible();
  await expect(page.getByTestId("valueEuros-understood")).toHaveCount(0);
  await page.getByLabel("Geschatte waarde in euro").fill("30");
  await expect(page.getByTestId("valueEuros-understood")).toHaveText("Dat is € 30,00.");
  await fillRijkGift(page, title, { skipFirstFields: true });
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expect(page).not.toHaveTitle(/^Fout: /);
  await expectVerdict(page, "register", [], { axe: true });

  await continueToCheck(page, [title, "Uitgeverij Noord", "€ 30,00", "Een cadeaubon of boekenbon"], "register", {
    axe: true,
  });
});

const TYPES: { type: string; heading: string }[] = [
  { type: "gift", heading: "Geschenk of ander voordeel melden" },
  { type: "invitation", heading: "Uitnodiging of evenement melden" },
  { type: "commercial-activity", heading: "Spreken op een commercieel evenement melden" },
  { type: "trip-extension", heading: "Dienstreis privé verlengen" },
  { type: "side-job", heading: "Nevenwerkzaamheid melden" },
  { type: "financial-interest", heading: "Financieel belang melden" },
  { type: "former-employee-hire", heading: "Inhuur van een (oud-)medewerker melden" },
  { type: "ex-minister-contact", heading: "Contact met een oud-bewindspersoon melden" },
  { type: "job-move", heading: "Overstap naar een nieuwe baan melden" },
];

/** Every form of this person, empty and after an empty attempt to continue, passes axe. */
async function sweepForms(page: Page, types: typeof TYPES) {
  for (const { type, heading } of types) {
    await test.step(type, async () => {
      await page.goto(`/melden/${type}`);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByTestId("verdict-pending")).toBeVisible();
      await expectNoAxeViolations(page);
      const summary = await continueEmpty(page);
      await expect(summary.getByRole("link").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test("all nine forms at the Rijk pass axe when empty and when showing errors", async ({ page }) => {
  // Eighteen axe runs in one test: on a busy two-core machine they need more than the default minute.
  test.setTimeout(180_000);
  await signInAs(page, "Fatima El Amrani");
  await sweepForms(page, TYPES);
});

const DIFFERING = TYPES.filter((t) => ["gift", "side-job", "former-employee-hire"].includes(t.type));

test("the forms whose questions differ at the Gemeente pass axe when empty and when showing errors", async ({
  page,
}) => {
  await signInAs(page, "Lotte Janssen");
  await sweepForms(page, DIFFERING);
});

test("the forms whose questions differ at the Provincie pass axe when empty and when showing errors", async ({
  page,
}) => {
  await signInAs(page, "Eva van Leeuwen");
  await sweepForms(
    page,
    DIFFERING.filter((t) => t.type !== "gift"),
  ); // the Provincie gift form asks what the Rijk one asks
});

test.describe("on a narrow screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("a gift can be filed at 320 px wide without scrolling sideways", async ({ page }) => {
    const title = uniqueTitle("Boekenbon smal");
    await signInAs(page, "Fatima El Amrani");
    await expectNoHorizontalOverflow(page, 320);
    await startDeclaration(page, GIFT.link, GIFT.heading);
    await expectNoHorizontalOverflow(page, 320);
    await continueEmpty(page);
    await expectNoHorizontalOverflow(page, 320);
    await fillRijkGift(page, title);
    await expectVerdict(page, "register");
    await expectNoHorizontalOverflow(page, 320);
    await expectNoAxeViolations(page);
    await continueToCheck(page, [title, "€ 30,00"], "register");
    await expectNoHorizontalOverflow(page, 320);
    await submitAndFindInList(page, title, "REGISTERED");
    await expectNoHorizontalOverflow(page, 320);
  });
});

test("a draft saved halfway appears as Concept and is resumed with everything typed @db", async ({ page }) => {
  const title = uniqueTitle("Kerstpakket");
  await signInAs(page, "Fatima El Amrani");
  await startDeclaration(page, GIFT.link, GIFT.heading);
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByLabel("Van wie komt het?").fill("Uitgeverij Noord");
  await page.getByLabel("Geschatte waarde in euro").fill("30");
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Je concept is opgeslagen.");

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn meldingen" }).click();
  const row = page.getByTestId("declaration-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", "DRAFT");
  await expect(row).toContainText(STATUS_TEXT.DRAFT);

  await row.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "Verder invullen" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/bewerken$/);
  await expect(page.getByRole("radio", { name: /^Ik heb het gekregen/ })).toBeChecked();
  await expect(page.getByLabel("Omschrijving", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Van wie komt het?")).toHaveValue("Uitgeverij Noord");
  await expect(page.getByLabel("Geschatte waarde in euro")).toHaveValue("30");

  // Finishing the draft files that same declaration: one row, now registered.
  await fillRijkGift(page, title, { skipFirstFields: true });
  await expectVerdict(page, "register");
  await checkAndSend(page, title, [title, "€ 30,00"], "register", "REGISTERED");
});
