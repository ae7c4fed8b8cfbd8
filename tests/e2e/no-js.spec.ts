// Everything works without JavaScript (issue 19 item 5, "Done when"): runs in the "no-js" project
// (playwright.config.ts, javaScriptEnabled: false), so every step below is a plain HTML form and a server round trip.
// Signing in is a form; a follow-up question appears after a round trip that saves nothing; a refused "continue"
// keeps everything typed and saves no draft; withdrawing and deleting a draft ask "Weet je het zeker?" on a page of
// their own; a manager decides, also against the code with a reason and the confirmation step; every type the Rijk
// offers is filed from the form fixtures (tests/fixtures/declaration-variants.ts). (The buttons that
// show follow-up questions are rendered only while no script has run: clicking them also proves scripts are off.)
import { expect, test, type Page } from "@playwright/test";
import type { RawValues } from "@/lib/declarations/form-model";
import { VARIANTS } from "@/tests/fixtures/declaration-variants";
import { choose, fillDate, isoDate, openFromQueue, question, signInAs, signOut, uniqueTitle } from "./helpers";

async function openGiftForm(page: Page) {
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Melden", exact: true }).click();
  await page.getByRole("link", { name: "Geschenk of ander voordeel", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Geschenk of ander voordeel melden" })).toBeVisible();
}

/** Fills a Rijk gift as received (after the round trip that shows the follow-up questions), worth `value`. */
async function fillReceivedGift(page: Page, title: string, value: string) {
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await page.getByTestId("update-direction").click();
  await expect(page.getByTestId("questions-updated")).toBeVisible();
  await expect(page.getByLabel("Omschrijving", { exact: true })).toHaveValue(title);
  await choose(page, "Wat voor voordeel is het?", "Een cadeau of ander voorwerp");
  await page.getByLabel("Van wie komt het?").fill("Bouwbedrijf Zonder Script");
  await page.getByLabel("Geschatte waarde in euro").fill(value);
  await fillDate(page, "Datum", isoDate(-3));
  await choose(page, "Doet de gever mee aan een aanbesteding", "Nee");
  await choose(page, "Is het naar je huisadres gestuurd?", "Nee");
  await choose(page, "Komt het van een buitenlandse of diplomatieke relatie?", "Nee");
  await choose(page, "Zou weigeren of teruggeven de gever erg kwetsen", "Nee");
}

async function continueAndSend(page: Page, title: string): Promise<string> {
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/controleren$/);
  await expect(page.getByTestId("answers")).toContainText(title);
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/?]+\?verstuurd=1$/);
  await expect(page.getByTestId("notice")).toHaveText("Je melding is verstuurd.");
  return new URL(page.url()).pathname;
}

/** `employee` sends a Rijk gift of € 80 titled `title`; then their manager, Jeroen Bakker, opens it from the queue. */
async function sendGiftToJeroen(page: Page, employee: string, title: string) {
  await signInAs(page, employee);
  await openGiftForm(page);
  await fillReceivedGift(page, title, "80");
  await continueAndSend(page, title);
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await openFromQueue(page, title);
}

async function draftRows(page: Page, title: string) {
  await page.goto("/meldingen");
  return page.getByTestId("declaration-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

test("signs in through the demo form, without JavaScript", async ({ page }) => {
  await page.goto("/aanmelden");
  await page.getByRole("button", { name: /Aanmelden als Fatima El Amrani/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Fatima El Amrani" })).toBeVisible();
});

test("a gift: the follow-up question by a round trip, nothing typed lost, no draft saved silently, then sent", async ({
  page,
}) => {
  const title = uniqueTitle("Wijn zonder script");
  await signInAs(page, "Fatima El Amrani");
  await openGiftForm(page);
  // "Is het naar je huisadres gestuurd?" belongs to "Ik heb het gekregen": not there before the round trip.
  await expect(question(page, "Is het naar je huisadres gestuurd?")).toHaveCount(0);
  await fillReceivedGift(page, title, "12,345");
  // An ambiguous amount: refused with its message, and everything typed comes back.
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Het is niet duidelijk welk bedrag je bedoelt met “12,345”",
  );
  await expect(page.getByLabel("Omschrijving", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Van wie komt het?")).toHaveValue("Bouwbedrijf Zonder Script");
  await expect(page.getByLabel("Geschatte waarde in euro")).toHaveValue("12,345");
  await expect(page.getByRole("radio", { name: /^Ik heb het gekregen/ })).toBeChecked();
  await expect(question(page, "Is het naar je huisadres gestuurd?").getByRole("radio", { name: "Nee" })).toBeChecked();
  await expect(question(page, "Datum").getByLabel("Jaar")).toHaveValue(isoDate(-3).slice(0, 4));
  // The error round trip at 320 px, for the note (axe and the sideways check need scripts in the page: the
  // chromium and phone projects run them on these pages).
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: "/tmp/nojs/gift-errors-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  // The refused "continue" saved nothing.
  const url = page.url();
  await expect(await draftRows(page, title)).toHaveCount(0);
  await page.goto(url);
  await fillReceivedGift(page, title, "30");
  const path = await continueAndSend(page, title);
  await page.goto("/meldingen");
  await expect(
    page.getByTestId("declaration-row").filter({ has: page.getByRole("link", { name: title, exact: true }) }),
  ).toHaveCount(1);
  expect(path).toMatch(/^\/meldingen\/[^/]+$/);
});

test("withdraws a declaration through the confirmation page", async ({ page }) => {
  const title = uniqueTitle("Intrekken zonder script");
  await signInAs(page, "Fatima El Amrani");
  await openGiftForm(page);
  await fillReceivedGift(page, title, "80");
  const path = await continueAndSend(page, title);
  await page.goto(path);
  await page.getByRole("link", { name: "Melding intrekken" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/intrekken$`));
  await expect(page.getByRole("heading", { level: 1, name: "Weet je het zeker?" })).toBeVisible();
  await expect(page.getByTestId("confirm-lead")).toContainText(title);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: "/tmp/nojs/withdraw-confirm-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  // "No" changes nothing.
  await page.getByRole("link", { name: "Nee, terug naar de melding" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByText("Wacht op besluit").first()).toBeVisible();
  await page.getByRole("link", { name: "Melding intrekken" }).click();
  await page.getByLabel("Waarom trek je de melding in?").fill("Per ongeluk twee keer gemeld.");
  await page.getByRole("button", { name: "Ja, trek de melding in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?ingetrokken=1$`));
  await expect(page.getByTestId("notice")).toHaveText("Je melding is ingetrokken.");
  await expect(page.getByTestId("history")).toContainText("Melding ingetrokken");
  // Nothing left to confirm: the page sends the person back to the declaration.
  await page.goto(`${path}/intrekken`);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

test("saves a draft on request and deletes it through the confirmation page", async ({ page }) => {
  const title = uniqueTitle("Concept zonder script");
  await signInAs(page, "Fatima El Amrani");
  await openGiftForm(page);
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Je concept is opgeslagen.");
  // Saved, and still in the form as typed.
  await expect(page.getByLabel("Omschrijving", { exact: true })).toHaveValue(title);
  const rows = await draftRows(page, title);
  await expect(rows).toHaveCount(1);
  await rows.getByRole("link", { name: title }).click();
  await page.getByRole("link", { name: "Concept verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weet je het zeker?" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, verwijder het concept" }).click();
  await expect(page).toHaveURL(/\/meldingen\?verwijderd=1$/);
  await expect(page.getByText("Het concept is verwijderd.")).toBeVisible();
  await expect(await draftRows(page, title)).toHaveCount(0);
});

test("a manager decides without JavaScript: conditions by a round trip, and against the code with a reason", async ({
  page,
}) => {
  const title = uniqueTitle("Kerstpakket zonder script");
  await sendGiftToJeroen(page, "Fatima El Amrani", title);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("verdict-outcome")).toHaveText("Niet toegestaan");
  // The conditions question follows from "Goedkeuren met voorwaarden": a round trip that decides nothing.
  await expect(page.locator("#field-conditions")).toHaveCount(0);
  await page.getByLabel("Goedkeuren met voorwaarden", { exact: true }).check();
  await page.getByTestId("update-kind").click();
  await expect(page.getByLabel("Goedkeuren met voorwaarden", { exact: true })).toBeChecked();
  await page.locator("#field-conditions").fill("Deel het pakket met je team.");
  // Against the code without a reason: refused, and what was typed stays.
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Schrijf op waarom je anders beslist dan de gedragscode zegt",
  );
  await expect(page.locator("#field-conditions")).toHaveValue("Deel het pakket met je team.");
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: "/tmp/nojs/decision-errors-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator("#field-reason").fill("Gedeeld met het hele team; de gever is geen leverancier.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("confirm-against-code")).toContainText("Je besluit gaat tegen de gedragscode in");
  await expect(page.getByTestId("confirm-reason")).toHaveText(
    "Gedeeld met het hele team; de gever is geen leverancier.",
  );
  // Back to the form as typed (a round trip that decides nothing), then on again and confirm.
  await page.getByRole("button", { name: "Nee, terug naar het formulier" }).click();
  await expect(page.locator("#field-reason")).toHaveValue("Gedeeld met het hele team; de gever is geen leverancier.");
  await expect(page.locator("#field-conditions")).toHaveValue("Deel het pakket met je team.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await page.getByRole("button", { name: "Ja, neem dit besluit" }).click();
  await expect(page).toHaveURL(/\/beslissen\?besloten=/);
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Fatima El Amrani");
  await page.goto("/meldingen");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByTestId("decision-headline")).toContainText("Dit besluit wijkt af van wat de gedragscode zei");
  await expect(page.getByTestId("decision-reason")).toContainText("Gedeeld met het hele team");
  // Confirming the conditions is a form too.
  await page.getByRole("button", { name: /voorwaarden gelezen/ }).click();
  await expect(page.getByTestId("conditions-acknowledged")).toBeVisible();
});

test("answers a manager's question through today's pages, without JavaScript", async ({ page }) => {
  const title = uniqueTitle("Etentje zonder script");
  await sendGiftToJeroen(page, "Thomas Jansen", title);
  await page.getByLabel("Meer informatie vragen", { exact: true }).check();
  await page.getByTestId("update-kind").click();
  await page.locator("#field-reason").fill("Wie zat er nog meer aan tafel?");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Thomas Jansen");
  await page.goto("/meldingen");
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("link", { name: /Vraag beantwoorden/ }).click();
  await expect(page.getByTestId("info-question")).toContainText("Wie zat er nog meer aan tafel?");
  // The answer page is one screen (decision 061). Sending without an answer: refused with its message, same page.
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Vul je antwoord op de vraag in.");
  await page.getByLabel(/antwoord op de vraag/).fill("Alleen de projectleider van de drukkerij.");
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await expect(page.getByText("Alleen de projectleider van de drukkerij.").first()).toBeVisible();
});

test("every declaration type: each answer that changes the questions shows them after a round trip", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/melden");
  // Attributes are read through locators: with scripts off, Playwright's evaluate() in the page cannot run.
  const attributes = async (selector: string, attribute: string) =>
    Promise.all((await page.locator(selector).all()).map(async (l) => (await l.getAttribute(attribute)) ?? ""));
  const links = await attributes('main a[href^="/melden/"]', "href");
  // Every type the Rijk offers (the demo has 18 there): the walk is never empty.
  expect(links.length).toBeGreaterThanOrEqual(18);
  const questionNames = async () =>
    [...new Set(await attributes("form input[name], form textarea[name]", "name"))].filter(
      (n) => !n.startsWith("_") && !n.startsWith("$"),
    );
  for (const href of links) {
    await page.goto(href);
    const controlling = (await attributes('[data-testid^="update-"]', "data-testid")).map((t) =>
      t.slice("update-".length),
    );
    for (const name of controlling) {
      const options = await attributes(`input[name="${name}"]`, "value");
      // The questions before any answer, then after each answer.
      const seen = new Set<string>([(await questionNames()).join()]);
      for (const value of options) {
        await page.goto(href);
        await page.locator(`input[name="${name}"][value="${value}"]`).check();
        await page.getByTestId(`update-${name}`).click();
        await expect(page.getByTestId("questions-updated"), `${href} ${name}=${value}`).toBeVisible();
        await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked();
        seen.add((await questionNames()).join());
      }
      // The question controls others: an answer shows (or hides) questions.
      expect(seen.size, `${href}: the answers to ${name} change the questions`).toBeGreaterThan(1);
    }
  }
});

/**
 * Fills a declaration form from a variant's answers as a person without scripts does: the questions on the page,
 * then a round trip for the follow-up questions those answers open, until no new question appears.
 */
async function fillWithoutScripts(page: Page, raw: RawValues) {
  const names = async () =>
    (await page.locator("form input[name], form textarea[name], form select[name]").all()).length;
  for (let round = 0; round < 6; round++) {
    for (const [name, value] of Object.entries(raw)) {
      const values = Array.isArray(value) ? value : [value];
      if ((await page.locator(`input[name="${name}-day"]`).count()) > 0) {
        const [date, time] = String(value).split("T") as [string, string | undefined];
        const [year, month, day] = date.split("-") as [string, string, string];
        await page.locator(`input[name="${name}-day"]`).fill(String(Number(day)));
        await page.locator(`input[name="${name}-month"]`).fill(String(Number(month)));
        await page.locator(`input[name="${name}-year"]`).fill(year);
        if (time !== undefined) await page.locator(`input[name="${name}-time"]`).fill(time);
      } else if (
        (await page.locator(`input[name="${name}"][type=radio], input[name="${name}"][type=checkbox]`).count()) > 0
      ) {
        for (const v of values) await page.locator(`input[name="${name}"][value="${v}"]`).check();
      } else if ((await page.locator(`form [name="${name}"]:not([type=hidden])`).count()) > 0) {
        await page.locator(`form [name="${name}"]:not([type=hidden])`).fill(String(values[0] ?? ""));
      }
    }
    const update = page.locator('[data-testid^="update-"]');
    if ((await update.count()) === 0) return;
    const before = await names();
    await update.first().click();
    await expect(page.getByTestId("questions-updated")).toBeVisible();
    if ((await names()) === before) return;
  }
}

test("every declaration type the Rijk offers, filed through each variant's branches without JavaScript", async ({
  page,
}) => {
  test.setTimeout(900_000);
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/melden");
  const offered = new Set(
    (await Promise.all((await page.locator('main a[href^="/melden/"]').all()).map((l) => l.getAttribute("href")))).map(
      (h) => (h ?? "").slice("/melden/".length),
    ),
  );
  // The demo's Rijk offers 18 types: the walk is never empty.
  expect(offered.size).toBeGreaterThanOrEqual(18);
  // The fixture's dates lie in 2026; moved by whole years so that they stay in the past and within each range.
  const years = Number(isoDate(-183).slice(0, 4)) - 2026;
  const moved = (raw: RawValues): RawValues =>
    Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [
        k,
        typeof v === "string" && /^2026-\d{2}-\d{2}/.test(v) ? `${2026 + years}${v.slice(4)}` : v,
      ]),
    );
  const filed = new Set<string>();
  for (const variant of VARIANTS.filter((v) => offered.has(v.type))) {
    await page.goto(`/melden/${variant.type}`);
    await fillWithoutScripts(page, moved(variant.raw("rijk")));
    await page.getByRole("button", { name: "Verder naar controleren" }).click();
    await expect(page.getByTestId("error-summary"), `${variant.type}: ${variant.name}`).toHaveCount(0);
    await expect(page, `${variant.type}: ${variant.name}`).toHaveURL(/\/meldingen\/[^/]+\/controleren$/);
    await page.getByRole("button", { name: "Melding versturen" }).click();
    await expect(page, `${variant.type}: ${variant.name}`).toHaveURL(/\/meldingen\/[^/?]+\?verstuurd=1$/);
    await expect(page.getByTestId("notice")).toHaveText("Je melding is verstuurd.");
    filed.add(variant.type);
  }
  // Every type the Rijk offers was filed at least once.
  expect([...offered].filter((t) => !filed.has(t))).toEqual([]);
});
