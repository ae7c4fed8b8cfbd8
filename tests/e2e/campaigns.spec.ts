import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  isoDate,
  signInAs,
  signOut,
  fillDate,
} from "./helpers";

// Issue 6, the annual declaration campaign: HR opens it, everyone answers, HR follows and closes it.
// Reminders are the daily background task (tested in tests/integration/campaigns.test.ts), not here.

const YEAR = isoDate().slice(0, 4);
const TITLE = `Integriteitsverklaring ${YEAR}`;
let campaignUrl = "";

// One story in three parts: the later tests look at the campaign the first one ran.
test.describe.configure({ mode: "serial" });

async function answer(page: Page, person: string, choice: string) {
  await signInAs(page, person);
  await expect(page.getByTestId("home-campaign")).toContainText(TITLE);
  await expectNoAxeViolations(page);
  await page.getByTestId("home-campaign").getByRole("link", { name: "Naar de jaarlijkse controle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jaarlijkse controle" })).toBeVisible();
  await expect(page.getByTestId("my-answer")).toHaveText("Je hebt nog niet geantwoord.");
  await choose(page, "Wat is je antwoord?", choice);
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Je antwoord is opgeslagen. Dank je wel.");
  await expect(page.getByTestId("my-answer")).toContainText(choice);
  await expectNoAxeViolations(page);
  await page.goto("/");
  await expect(page.getByTestId("home-campaign")).toHaveCount(0);
  await signOut(page);
}

test("a campaign is run to completion @db", async ({ page }) => {
  // Seven sign-ins and a dozen accessibility scans: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  // HR opens the campaign, after checking the details (opening notifies everyone).
  await signInAs(page, "Linda Smit");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Jaarlijkse controle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jaarlijkse controle" })).toBeVisible();
  await expect(page.getByText("Er is nog geen jaarlijkse controle geweest.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nieuwe controle openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe jaarlijkse controle" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: one specific message per field, the summary takes focus.
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  for (const message of [
    "Vul een naam in voor de controle",
    "Kies over welk jaar de controle gaat",
    "Vul de uiterste datum in",
  ])
    await expect(summary).toContainText(message);
  await expect(page).toHaveTitle(/^Fout: /);
  await expectNoAxeViolations(page);

  await page.getByLabel("Naam van de controle").fill("Controle");
  await choose(page, "Over welk jaar gaat de controle?", YEAR);
  await fillDate(page, "Uiterste datum", isoDate(14));
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  const check = page.getByTestId("open-check");
  await expect(check.getByRole("heading", { name: "Controleer je gegevens" })).toBeFocused();
  await expect(check).toContainText("Controle");
  const recipients = await page.getByTestId("recipients").textContent();
  const asked = Number(/(\d+) mensen krijgen meteen een bericht/.exec(recipients ?? "")?.[1]);
  expect(asked).toBeGreaterThan(2);
  await expectNoAxeViolations(page);
  // Change the name: back to the form, with everything still filled in.
  await check.getByRole("button", { name: "Wijzigen Naam van de controle" }).click();
  await expect(page.getByLabel("Naam van de controle")).toBeFocused();
  const due = page.getByRole("group", { name: "Uiterste datum", exact: true });
  const [dueYear, dueMonth, dueDay] = isoDate(14).split("-");
  await expect(due.getByLabel("Dag")).toHaveValue(String(Number(dueDay)));
  await expect(due.getByLabel("Maand")).toHaveValue(String(Number(dueMonth)));
  await expect(due.getByLabel("Jaar")).toHaveValue(dueYear!);
  await page.getByLabel("Naam van de controle").fill(TITLE);
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(check).toContainText(TITLE);
  await page.getByRole("button", { name: "Controle openen en berichten versturen" }).click();

  await expect(page.getByTestId("notice")).toHaveText(
    "De controle is geopend. Iedereen die meedoet, heeft een bericht gekregen.",
  );
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("progress")).toHaveText(`0 van ${asked} mensen hebben geantwoord (0%).`);
  await expect(page.getByTestId("non-responder")).toHaveCount(asked);
  await expectNoAxeViolations(page);
  campaignUrl = new URL(page.url()).pathname;
  await signOut(page);

  // Everyone was told; two employees answer, each their own way.
  await signInAs(page, "Fatima El Amrani");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: /Berichten/ })
    .click();
  // The message names the year, not the title HR typed (decision 037).
  await expect(page.getByText(`Jaarlijkse controle ${YEAR}`).first()).toBeVisible();
  await page.goto("/jaarverklaring");
  await expect(page.getByRole("heading", { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Iets melden wat nog ontbreekt" })).toHaveAttribute("href", "/melden");
  await expect(page.getByRole("link", { name: "Al je meldingen bekijken" })).toHaveAttribute("href", "/meldingen");
  await expectNoAxeViolations(page);
  // Sending without a choice: a specific error, nothing saved.
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.getByTestId("error-summary")).toContainText("Kies je antwoord");
  await expectNoAxeViolations(page);
  await signOut(page);
  await answer(page, "Fatima El Amrani", "Mijn meldingen zijn compleet");
  await answer(page, "Thomas Jansen", "Ik heb niets te melden");

  // HR sees completion per unit and who has not answered; publishes the list to managers.
  await signInAs(page, "Linda Smit");
  await page.goto(campaignUrl);
  await expect(page.getByTestId("progress")).toHaveText(
    `2 van ${asked} mensen hebben geantwoord (${Math.floor(200 / asked)}%).`,
  );
  await expect(page.getByTestId("counts").locator("[data-answer=COMPLETE]")).toContainText("1");
  await expect(page.getByTestId("counts").locator("[data-answer=NOTHING_TO_DECLARE]")).toContainText("1");
  const inkoop = page.getByTestId("unit-row").filter({ hasText: "Directie Inkoop en Aanbesteding" });
  await expect(inkoop.getByRole("cell")).toHaveText(["2 van 3", "66%"]);
  await expect(page.getByTestId("non-responder")).toHaveCount(asked - 2);
  await expect(page.getByTestId("non-responders")).not.toContainText("Fatima El Amrani");
  await expect(page.getByTestId("publication")).toHaveText(
    "De lijst van wie nog niet heeft geantwoord, is alleen voor HR.",
  );
  await page.getByLabel("Publiceren voor leidinggevenden").check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Je keuze is opgeslagen.");
  await expect(page.getByTestId("publication")).toHaveText(
    "De lijst van wie nog niet heeft geantwoord, is gepubliceerd voor leidinggevenden.",
  );
  await expectNoAxeViolations(page);

  // The export: everyone asked, with their answer.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Antwoorden downloaden (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`jaarlijkse-controle-${YEAR}.csv`);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv).toContain("Naam;Personeelsnummer;Afdeling;Leidinggevende;Antwoord;Geantwoord op");
  expect(csv).toMatch(
    /Fatima El Amrani;BZK0003;Directie Inkoop en Aanbesteding;Jeroen Bakker;Meldingen compleet;\d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
  );
  expect(csv).toContain("Thomas Jansen;BZK0004;Directie Inkoop en Aanbesteding;Jeroen Bakker;Niets te melden;");
  expect(csv.trim().split("\r\n")).toHaveLength(asked + 1);
  await signOut(page);

  // A manager now sees who in their own team has not answered.
  await signInAs(page, "Marieke de Vries");
  await page.goto("/jaarverklaring");
  await expect(page.getByTestId("team-non-responders")).toContainText("Jeroen Bakker");
  await expect(page.getByTestId("team-non-responders")).not.toContainText("Fatima El Amrani");
  await expectNoAxeViolations(page);
  await signOut(page);

  // HR closes the campaign, after a confirmation that says what that means.
  await signInAs(page, "Linda Smit");
  await page.goto(campaignUrl);
  await page.getByRole("link", { name: "Controle sluiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Wil je ${TITLE} sluiten?` })).toBeVisible();
  await expect(page.getByTestId("still-open")).toHaveText(`${asked - 2} mensen hebben nog niet geantwoord.`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ja, sluit de controle" }).click();
  await expect(page.getByTestId("notice")).toHaveText("De controle is gesloten. Niemand kan nog antwoorden.");
  await expect(page.getByTestId("campaign-status")).toHaveText("Gesloten");
  await expect(page.getByRole("link", { name: "Controle sluiten" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Terug naar alle controles" }).click();
  await expect(page.getByTestId("campaign-row")).toContainText(`2 van ${asked}`);
  await expect(page.getByRole("link", { name: "Nieuwe controle openen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  // Answers are no longer taken.
  await signInAs(page, "Jeroen Bakker");
  await expect(page.getByTestId("home-campaign")).toHaveCount(0);
  await page.goto("/jaarverklaring");
  await expect(page.getByTestId("blocked")).toHaveText("Deze controle is gesloten. Je kunt niet meer antwoorden.");
  await expect(page.getByTestId("answer-form")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("HR of another organisation and employees cannot reach the campaign", async ({ page }) => {
  expect(campaignUrl).toMatch(/^\/beheer\/jaarverklaring\/[^/]+$/);
  await signInAs(page, "Sophie Hermans");
  await page.goto(campaignUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  expect((await page.request.get(`${campaignUrl}/export`)).status()).toBe(404);
  await page.goto("/beheer/jaarverklaring");
  await expect(page.getByText("Er is nog geen jaarlijkse controle geweest.")).toBeVisible();
  await signOut(page);
  await signInAs(page, "Fatima El Amrani");
  for (const path of [
    "/beheer/jaarverklaring",
    campaignUrl,
    `${campaignUrl}/sluiten`,
    "/beheer/jaarverklaring/nieuw",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/geen-toegang/);
  }
});

test("the campaign pages work at 320 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, "Linda Smit");
  for (const path of ["/beheer/jaarverklaring", campaignUrl, "/beheer/jaarverklaring/nieuw", "/jaarverklaring"]) {
    await page.goto(path);
    await expectNoHorizontalOverflow(page, 320);
  }
  await expectNoAxeViolations(page);
});
