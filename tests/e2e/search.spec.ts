// Search across declarations and its Woo export (issue 16 item 3, decision 069): an integrity officer finds the
// supplier mentioned in one declaration of their organisation and not another organisation's declaration with the
// same supplier; the empty state, a bad filter, and the export with names replaced by functions. axe on each state.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  continueToCheck,
  declareAs,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  fillDate,
  isoDate,
  signInAs,
  signOut,
  submitAndFindInList,
} from "./helpers";

test.describe.configure({ timeout: 180_000 });

/** A tobacco-industry meeting with `company` (asked in every organisation this spec uses), sent. */
async function declareMeeting(page: Page, person: string, company: string) {
  await declareAs(page, person, "Contact met de tabaksindustrie", "Contact met de tabaksindustrie melden");
  await page.getByLabel("Met welk bedrijf of welke organisatie?").fill(company);
  await choose(page, "Wat voor contact is het?", "Een overleg of afspraak");
  await fillDate(page, "Datum van het contact", isoDate(20));
  await choose(page, "Waar gaat het overleg over?", "Accijns en belastingen");
  await continueToCheck(page, [company], "approval-required");
  return submitAndFindInList(page, `Overleg met ${company} over accijns en belastingen`, "SUBMITTED");
}

async function openSearch(page: Page) {
  await page.getByTestId("home-integrity").getByRole("link", { name: "Zoeken in meldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoeken in meldingen" })).toBeVisible();
}

test("an integrity officer finds a supplier in the own organisation only, and downloads the Woo export @db", async ({
  page,
}) => {
  const word = `Leveranco${Math.random().toString(36).slice(2, 8)}`;
  const supplier = `${word} BV`;
  const mine = await declareMeeting(page, "Fatima El Amrani", supplier);
  await signOut(page);
  await declareMeeting(page, "Daan Meijer", supplier);
  await signOut(page);

  await signInAs(page, "Ahmed Yilmaz");
  await openSearch(page);
  await expect(page.getByTestId("search-start")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Zoekwoorden").fill(word);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByTestId("search-count")).toHaveText("1 melding gevonden");
  const result = page.getByTestId("search-result");
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(mine);
  await expect(result).toContainText("Fatima El Amrani");
  await expect(page.getByTestId("search-results")).not.toContainText("Daan Meijer");
  // The match is highlighted, as text.
  await expect(result.locator("mark").first()).toHaveText(new RegExp(word, "i"));
  await expectNoAxeViolations(page);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalOverflow(page, width);
    await page.screenshot({ path: `/tmp/search-results-${width}.png`, fullPage: true });
  }

  // The Woo export: the supplier (an organisation) goes out; Fatima is her function, not her name.
  const downloading = page.waitForEvent("download");
  await page.getByTestId("search-export").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^woo-zoekresultaten-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("kenmerk;soort;status;besluit;gemeld_op;datum;afdeling;melder;functie;tegenpartij;waarde_euro");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(mine);
  expect(lines[1]).toContain(supplier);
  expect(lines[1]).toContain("Beleidsmedewerker");
  expect(csv).not.toContain("Fatima");
  expect(csv).not.toContain("Daan");

  // The result links to the declaration, which the integrity officer may read.
  await result.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(supplier);

  // The other organisation's integrity officer finds only theirs.
  await signOut(page);
  await signInAs(page, "Esther Kok");
  await page.goto(`/integriteit/zoeken?zoek=${word}`);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect(page.getByTestId("search-result")).toContainText("Daan Meijer");
});

test("the empty state and a bad period are explained, and HR is not let in @db", async ({ page }) => {
  await signInAs(page, "Ahmed Yilmaz");
  await page.goto("/integriteit/zoeken?zoek=bestaatnietxyzzy");
  await expect(page.getByTestId("search-count")).toHaveText("Geen meldingen gevonden");
  await expect(page.getByTestId("search-empty")).toContainText("Controleer de spelling");
  await expectNoAxeViolations(page);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalOverflow(page, width);
    await page.screenshot({ path: `/tmp/search-empty-${width}.png`, fullPage: true });
  }

  await page.getByLabel("Van").fill("2026-05-02");
  await page.getByLabel("Tot en met").fill("2026-05-01");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveTitle(/^Fout: /);
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("De einddatum ligt voor de begindatum.");
  await expect(page.getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("search-count")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `/tmp/search-error-1280.png`, fullPage: true });

  await signOut(page);
  await signInAs(page, "Linda Smit");
  await page.goto("/integriteit/zoeken?zoek=test");
  await expect(page).toHaveURL(/\/geen-toegang/);
  const response = await page.request.get("/integriteit/zoeken/export?zoek=test", { maxRedirects: 0 });
  expect(response.status()).not.toBe(200);
});
