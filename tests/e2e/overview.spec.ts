// The integrity office: the overview, an audit trail, the annual export, and the Gemeente's gift register.
// Runs on the demo data with its demo activity (prisma/seed-activity.ts); other specs may add declarations, so
// rows are found by title and counts are checked where only this spec's data can be.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, isoDate, signInAs } from "./helpers";

const YEAR = isoDate().slice(0, 4);
const HEADER =
  "sectie;jaar;maand;soort;status;afdeling;uitkomst;gever;aantal;aantal_medewerkers;waarde_euro;drempel_dagen;peildatum";

async function openOverview(page: Page) {
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Overzicht integriteit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht integriteit" })).toBeVisible();
}

test("the integrity officer opens the overview, follows an overdue decision to its audit trail, and downloads the annual export @db", async ({
  page,
}) => {
  await signInAs(page, "Ahmed Yilmaz");
  await openOverview(page);
  await expect(page.getByTestId("overview-summary")).toContainText(`Je ziet meldingen die zijn verstuurd in ${YEAR}.`);
  await expect(page.getByTestId("type-status")).toContainText("Geschenk of ander voordeel");
  await expect(page.getByTestId("month-chart").getByRole("listitem")).toHaveCount(12);
  await expect(page.getByTestId("givers")).toContainText("Bouwbedrijf Peters");
  await expect(page.getByTestId("not-permitted")).toContainText("volgens de regels niet toegestaan");
  // The audit log of the whole organisation is verified on each view (docs/decisions/027).
  await expect(page.getByTestId("audit-chain-status").locator("[data-chain]")).toHaveAttribute("data-chain", "intact");
  await expect(page.getByTestId("audit-chain-status")).toContainText(
    /Logboek gecontroleerd: [\d.]+ gebeurtenissen, keten intact\./,
  );
  await expectNoAxeViolations(page);
  // The month figures as a table, opened.
  await page.getByText("Bekijk de cijfers als tabel").click();
  await expect(page.getByTestId("month-table")).toBeVisible();
  await expectNoAxeViolations(page);

  const overdue = page.getByTestId("overdue-row").filter({ hasText: "Cadeaubon van Bouwbedrijf Peters" });
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText("Jeroen Bakker");
  await expect(
    page
      .getByTestId("overdue")
      .getByTestId("overdue-row")
      .filter({ hasText: "Horloge van een buitenlandse delegatie" }),
  ).toContainText("De integriteitsadviseur");
  await overdue.getByRole("link", { name: "Cadeaubon van Bouwbedrijf Peters" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Audit trail: Cadeaubon van Bouwbedrijf Peters" }),
  ).toBeVisible();
  await expect(page.getByTestId("chain-status")).toHaveAttribute("data-intact", "true");
  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(2);
  await expect(events.nth(0)).toContainText("Concept gemaakt");
  await expect(events.nth(0)).toContainText("Thomas Jansen");
  await expect(events.nth(1)).toContainText("Melding verstuurd");
  await expect(events.nth(1)).toContainText("Niet toegestaan");
  await expect(page.getByTestId("event-check").first()).toHaveAttribute("data-hash-ok", "true");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByTestId("annual-export").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`integriteit-jaarverslag-${YEAR}.csv`);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe(HEADER);
  expect(lines.filter((l) => l.startsWith(`meldingen_per_maand;${YEAR};`))).toHaveLength(12);
  expect(lines.some((l) => l.startsWith(`geschenken_per_gever;${YEAR};;;;;;Gever 1;`))).toBe(true);
  // Aggregates only: no giver names, no people, no titles.
  for (const secret of ["Bouwbedrijf Peters", "Thomas Jansen", "Sanne Visser", "Cadeaubon"])
    expect(csv).not.toContain(secret);
});

test("a filter with a half period shows a focused error summary and no figures, and the overview fits 320 px", async ({
  page,
}) => {
  await signInAs(page, "Linda Smit");
  await page.goto("/integriteit/overzicht");
  await page.getByLabel("Van", { exact: true }).fill(`${YEAR}-02-01`);
  await page.getByRole("button", { name: "Toon overzicht" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vul ook de einddatum van de periode in.");
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByLabel("Tot en met")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("overview-total")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByLabel("Tot en met").fill(`${YEAR}-03-31`);
  await page.getByRole("button", { name: "Toon overzicht" }).click();
  await expect(page.getByTestId("overview-summary")).toContainText(
    "Je ziet meldingen die zijn verstuurd van 1 februari",
  );

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/integriteit/overzicht");
  await expect(page.getByTestId("overview-total")).toBeVisible();
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
});

test("the Gemeente's integrity officer opens the gift register, filters it by giver and downloads it @db", async ({
  page,
}) => {
  await signInAs(page, "Bas Vliegen");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Geschenkenregister" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geschenkenregister" })).toBeVisible();
  const lamp = page.getByTestId("gift-row").filter({ hasText: "Designlamp" });
  await expect(lamp).toContainText("Maud Claessens");
  await expect(lamp).toContainText("€ 180,00");
  await expect(lamp).toContainText("Terugsturen of alsnog weigeren");
  await expectNoAxeViolations(page);

  await page.getByLabel("Gever", { exact: true }).fill("ARCHITECTENBUREAU vos");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByTestId("register-count")).toHaveText("2 geschenken gevonden.");
  await expect(page.getByTestId("gift-row")).toHaveCount(2);
  await expect(page.getByTestId("gift-row").filter({ hasText: "Boekenbon" })).toContainText("Goed doel");
  await expectNoAxeViolations(page);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("register-export").click();
  const csv = fs.readFileSync((await (await downloading).path())!, "utf8");
  const lines = csv.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    "datum;omschrijving;gever;waarde_euro;ontvangen_door;afdeling;besluit;bestemming;ingeleverd_op",
  );
  expect(lines).toHaveLength(3);

  // A destination that does not exist: a message at the field, no rows.
  await page.goto("/integriteit/geschenken?gever=vos&bestemming=VERKOPEN");
  await expect(page.getByTestId("error-summary")).toContainText("Kies een bestemming uit de lijst.");
  await expect(page.getByTestId("gift-row")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/integriteit/geschenken");
  await expectNoHorizontalOverflow(page, 320);
  await expectNoAxeViolations(page);
});

test("an organisation without a gift register says so; employees and managers cannot reach the overview or the export", async ({
  page,
}) => {
  await signInAs(page, "Ahmed Yilmaz");
  await page.goto("/integriteit/geschenken");
  await expect(page.getByRole("heading", { level: 1, name: "Geen geschenkenregister" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  for (const name of ["Fatima El Amrani", "Jeroen Bakker"]) {
    await signInAs(page, name);
    for (const path of [
      "/integriteit/overzicht",
      `/integriteit/overzicht/export?jaar=${YEAR}`,
      "/integriteit/geschenken",
      "/integriteit/audit/anything",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" }), `${name} ${path}`).toBeVisible();
    }
    await page.context().clearCookies();
  }
});
