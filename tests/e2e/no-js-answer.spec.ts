// Answering a question with JavaScript off (issue 19 items 5 and 8): the "no-js" project (playwright.config.ts).
// The question is asked with JavaScript on (a context of its own); the employee answers in a browser without it, on
// one page: the question, the answer field, send. A missing answer comes back as a message from the server.
import { expect, test, type Browser } from "@playwright/test";
import { fillDate, isoDate, signInAs, uniqueTitle } from "./helpers";

/** Files a gift as Thomas Jansen and has Jeroen Bakker ask a question about it, with JavaScript; returns Thomas's cookies. */
async function askedQuestion(browser: Browser, title: string, questionText: string) {
  const context = await browser.newContext({
    javaScriptEnabled: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  await signInAs(page, "Thomas Jansen");
  await page.goto("/melden/gift");
  await page.getByLabel("Ik heb het gekregen").check();
  await page.getByLabel("Een cadeau of ander voorwerp").check();
  await page.getByLabel("Omschrijving").fill(title);
  await page.getByLabel(/Van wie komt het/).fill("Drukkerij Peeters");
  await page.getByLabel(/Geschatte waarde/).fill("85,00");
  await fillDate(page, "Datum", isoDate(-3));
  for (const name of [
    "giverInProcurementOrAwaitingDecision",
    "deliveredToHomeAddress",
    "foreignRelation",
    "refusalWouldOffend",
  ])
    await page.locator(`input[name=${name}][value=no]`).check();
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  const cookies = (await context.storageState()).cookies;
  await context.clearCookies();
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/beslissen");
  await page
    .getByTestId("queue-row")
    .filter({ hasText: title })
    .getByRole("link", { name: /Beoordelen/ })
    .click();
  await page.getByLabel("Meer informatie vragen", { exact: true }).check();
  await page.locator("#field-reason").fill(questionText);
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await context.close();
  return cookies;
}

test("without JavaScript, an employee answers a question on one page", async ({ browser, page }) => {
  expect(test.info().project.use.javaScriptEnabled).toBe(false);
  const title = uniqueTitle("Drukwerkpakket");
  const cookies = await askedQuestion(browser, title, "Wie van de drukkerij stuurde het?");
  await page.context().addCookies(cookies.filter((c) => /next-auth/.test(c.name)));

  await page.goto("/meldingen");
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("link", { name: "Vraag beantwoorden" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/beantwoorden$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vraag beantwoorden");
  await expect(page.getByTestId("info-question")).toContainText("Wie van de drukkerij stuurde het?");
  await expect(page.getByRole("link", { name: "Wijzig je melding" })).toBeVisible();
  if (process.env.FLOW_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.FLOW_SCREENSHOTS}/answer-nojs.png`, fullPage: true });

  // Sent without an answer: the server says what is missing, and nothing was sent.
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Vul je antwoord op de vraag in.");
  await page.getByLabel(/antwoord op de vraag/).fill("De directeur, na afloop van het project.");
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await expect(page.getByText("De directeur, na afloop van het project.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Vraag beantwoorden" })).toHaveCount(0);
});
