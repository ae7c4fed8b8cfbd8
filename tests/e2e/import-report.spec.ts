import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations, expectNoHorizontalOverflow, signInAs, signOut } from "./helpers";

// Issue 16 item 7 (decision 064): a people import's rows to fix can be downloaded, and a name that lost a
// character in the file's encoding gets a warning.

const HEADER = "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende;schaal;topmanagementgroep;in dienst";
const FILE = [
  HEADER,
  "BZK0801;Goed Persoon;goed.persoon.801@bzk.example;Adviseur;DIA;BZK0002;10;nee;1-5-2026",
  "BZK0802;Slecht Persoon;slecht.persoon.802@bzk.example;=2+3;DIA;BZK0002;21;nee;1-5-2026",
  "BZK0803;Ay?e Yilmaz;ayse.yilmaz.803@bzk.example;Adviseur;DIA;BZK0002;10;nee;1-5-2026",
].join("\r\n");

async function uploadPreview(page: Page) {
  await page.goto("/beheer/mensen/import");
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: "mensen.csv", mimeType: "text/csv", buffer: Buffer.from(FILE, "utf8") });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page).toHaveURL(/\/beheer\/mensen\/import\/[^/?]+$/);
}

test("HR sees the lost-character warning and downloads the rejected rows as CSV", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await uploadPreview(page);
  await expect(page.getByTestId("count-rejected")).toContainText("1");
  await expect(page.getByTestId("warnings-intro")).toHaveText(
    "1 regel heeft een naam waarin een teken verloren is gegaan. Deze regel wordt wel geïmporteerd, maar met de verkeerde naam.",
  );

  // The rejected row is shown first (the filter "afgewezen"); the warned row is under "alle".
  await page.getByRole("link", { name: /^Alle/ }).click();
  const ayse = page.locator('[data-testid=import-row][data-line="4"]');
  await expect(ayse.getByTestId("lost-characters")).toHaveText(
    "Let op: De naam ‘Ay?e Yilmaz’ bevat een teken dat bij het opslaan van het bestand verloren is gegaan. Sla het bestand op als UTF-8 en importeer opnieuw.",
  );
  await expect(page.locator('[data-testid=import-row][data-line="2"]').getByTestId("lost-characters")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Afgewezen rijen (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("afgewezen-rijen.csv");
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const records = parse(text.slice(1), { delimiter: ";" }) as string[][];
  expect(records.map((r) => r[0])).toEqual(["personeelsnummer", "BZK0802", "BZK0803"]);
  expect(records[0]!.at(-1)).toBe("Reden");
  expect(records[1]![3]).toBe("'=2+3");
  expect(records[1]!.at(-1)).toBe("Schaal ‘21’ bestaat niet. Gebruik een getal van 1 tot en met 18.");
  expect(records[2]![1]).toBe("Ay?e Yilmaz");
  expect(records[2]!.at(-1)).toContain("verloren is gegaan");

  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalOverflow(page, width);
    await page.screenshot({ path: `/tmp/imports-preview-${width}.png`, fullPage: true });
  }
  await expectNoAxeViolations(page);
});

test("someone without the people area cannot download an import's rejected rows", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await uploadPreview(page);
  const url = `${new URL(page.url()).pathname}/afgewezen`;
  await signOut(page);
  await signInAs(page, "Thomas Jansen");
  const response = await page.request.get(url, { maxRedirects: 0 });
  expect(response.status()).not.toBe(200);
  expect(await response.text()).not.toContain("BZK0802");
});
