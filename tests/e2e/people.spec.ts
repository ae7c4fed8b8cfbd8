import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, signInAs } from "./helpers";

// Issue 6: people and organisation administration for HR, with a CSV import from the HR system.

const fixture = (name: string) => path.join(import.meta.dirname, "..", "fixtures", "people", name);

async function upload(page: Page, file: string) {
  await page.getByLabel("CSV-bestand").setInputFiles(fixture(file));
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

test("HR imports people from a CSV @db", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Mensen en organisatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mensen en organisatie" })).toBeVisible();
  await expect(page.getByTestId("people-count")).toHaveText("8 medewerkers gevonden");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Importeren", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit het HR-systeem" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A file with an unknown manager: the preview names the row and why, and offers no "run import".
  await upload(page, "mensen-met-fout.csv");
  await expect(page).toHaveURL(/\/beheer\/mensen\/import\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Controleer de import" })).toBeVisible();
  await expect(page.getByTestId("encoding")).toHaveText("UTF-8");
  await expect(page.getByTestId("count-rejected")).toContainText("1");
  await expect(page.getByTestId("rejected-intro")).toHaveText(
    "Er is 1 regel afgewezen. Er is nog niets veranderd. Verbeter het bestand en upload het opnieuw.",
  );
  const rejected = page.locator('[data-testid=import-row][data-line="3"]');
  await expect(rejected).toContainText("Regel 3");
  await expect(rejected).toContainText("Jan Müller");
  await expect(rejected).toContainText(
    "De leidinggevende ‘BZK9999’ is niet gevonden in je organisatie of in het bestand.",
  );
  await expect(page.getByRole("button", { name: "Import uitvoeren" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The corrected file, saved by Excel as Windows-1252; the manager of Jan is defined in the same file.
  await page.getByRole("link", { name: "Ander bestand uploaden" }).click();
  await upload(page, "mensen-windows-1252.csv");
  await expect(page.getByRole("heading", { level: 1, name: "Controleer de import" })).toBeVisible();
  await expect(page.getByTestId("encoding")).toHaveText("Windows-1252");
  await expect(page.getByTestId("count-new")).toContainText("2");
  await expect(page.getByTestId("count-unchanged")).toContainText("1");
  await expect(page.getByTestId("count-rejected")).toContainText("0");
  const jan = page.locator('[data-testid=import-row][data-line="3"]');
  await expect(jan).toContainText("Jan Müller");
  await expect(jan).toContainText("Functie: Inkoper € 50k-budget");
  await expect(jan).toContainText("Leidinggevende: Sevda Çelik");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Import uitvoeren" }).click();

  await expect(page).toHaveURL(/\/beheer\/mensen\?nieuw=2&gewijzigd=0$/);
  await expect(page.getByTestId("notice")).toHaveText("De import is uitgevoerd: 2 nieuw, 0 gewijzigd.");
  await page.getByLabel("Zoeken", { exact: true }).fill("çelik");
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  const row = page.getByTestId("person-row").filter({ hasText: "Sevda Çelik" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Directie Inkoop en Aanbesteding");
  await expect(row).toContainText("Marieke de Vries");
  await row.getByRole("link", { name: "Sevda Çelik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sevda Çelik wijzigen" })).toBeVisible();
  await expect(page.getByText("Geeft leiding aan 1 medewerker.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The import page lists the import as done.
  await page.goto("/beheer/mensen/import");
  await expect(page.getByRole("row").filter({ hasText: "mensen-windows-1252.csv" })).toContainText("Uitgevoerd");
});

test("a file with the wrong columns gets one clear message and nothing is staged", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await page.goto("/beheer/mensen/import");
  await upload(page, "verkeerde-kolommen.csv");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("De kolommen kloppen niet. Er is niets geïmporteerd.");
  const error = page.getByTestId("file-error");
  await expect(error).toContainText("Deze kolommen ontbreken: ‘personeelsnummer’.");
  await expect(error).toContainText("Deze kolommen kennen we niet: ‘salaris’.");
  await expect(page).toHaveURL(/\/beheer\/mensen\/import$/);
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);
});

test("the person form explains each mistake, keeps what was typed, and then adds the person", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await page.goto("/beheer/mensen");
  await page.getByRole("link", { name: "Medewerker toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Medewerker toevoegen" })).toBeVisible();
  await page.getByLabel(/^Salarisschaal/).fill("19");
  await page.getByLabel(/^E-mailadres/).fill("fatima.el.amrani@bzk.example");
  await page.getByRole("button", { name: "Medewerker toevoegen" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vul de naam in.");
  await expect(summary).toContainText("Vul een schaal in van 1 tot en met 18.");
  await expect(page.getByLabel(/^Salarisschaal/)).toHaveValue("19");
  await expectNoAxeViolations(page);

  await page.getByLabel(/^Naam/).fill("Ruben de Haan");
  await page.getByLabel(/^Salarisschaal/).fill("11");
  await page.getByLabel("Kwetsbare functie").check();
  await page.getByRole("button", { name: "Medewerker toevoegen" }).click();
  // The e-mail address is checked against the whole portal by the server.
  await expect(summary).toContainText("Dit e-mailadres is al in gebruik in het portaal.");
  await expect(page.getByLabel("Kwetsbare functie")).toBeChecked();
  await page.getByLabel(/^E-mailadres/).fill("Ruben.de.Haan@BZK.example");
  await page.getByLabel("Afdeling").selectOption({ label: "Directie Financiën" });
  await page.getByRole("textbox", { name: /^Leidinggevende/ }).fill("sanne.visser@bzk.example");
  await page.getByRole("button", { name: "Medewerker toevoegen" }).click();
  await expect(page.getByTestId("notice")).toHaveText("De medewerker is toegevoegd.");
  await expect(page.getByRole("heading", { level: 1, name: "Ruben de Haan wijzigen" })).toBeVisible();
  await expect(page.getByLabel(/^E-mailadres/)).toHaveValue("ruben.de.haan@bzk.example");
  await expect(page.getByText("Nu: Sanne Visser")).toBeVisible();
});

test("the pages work from 320 px wide up without sideways scrolling", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  // 320: the reflow floor (WCAG 1.4.10); 800 and 1024: where a seven-column table would stick out.
  for (const width of [320, 800, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of [
      "/beheer/mensen",
      "/beheer/mensen?status=alle&sorteer=schaal&richting=af",
      "/beheer/mensen/afdelingen",
      "/beheer/mensen/import",
      "/beheer/mensen/nieuw",
    ]) {
      await page.goto(url);
      await expectNoHorizontalOverflow(page, width);
    }
  }
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/beheer/mensen/afdelingen");
  await expectNoAxeViolations(page);
});

test("only HR and administrators of the organisation reach the administration of people", async ({ page }) => {
  await signInAs(page, "Linda Smit");
  await page.goto("/beheer/mensen?zoek=Fatima");
  const href = await page
    .getByTestId("person-row")
    .getByRole("link", { name: "Fatima El Amrani" })
    .getAttribute("href");
  expect(href).toMatch(/^\/beheer\/mensen\/[^/]+$/);
  for (const name of ["Fatima El Amrani", "Jeroen Bakker", "Ahmed Yilmaz"]) {
    await page.context().clearCookies();
    await signInAs(page, name);
    for (const url of ["/beheer/mensen", href!, "/beheer/mensen/import"]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" }), `${name} ${url}`).toBeVisible();
    }
  }
  // HR of another organisation: the person does not exist for them.
  await page.context().clearCookies();
  await signInAs(page, "Sophie Hermans");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await page.goto("/beheer/mensen?zoek=Fatima");
  await expect(page.getByTestId("people-count")).toHaveText("Geen medewerkers gevonden");
});
