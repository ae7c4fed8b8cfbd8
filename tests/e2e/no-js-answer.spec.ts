// Answering a question with JavaScript off (issue 19 items 5 and 8): the "no-js" project (playwright.config.ts).
// The question is asked with JavaScript on (a context of its own); the employee answers in a browser without it, on
// one page: the question, the answer field, send. A missing answer comes back as a message from the server.
import { expect, test, type Browser } from "@playwright/test";
import { decideFromQueue, fillGift, signInAs, uniqueTitle } from "./helpers";

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
  await fillGift(page, { title, giver: "Drukkerij Peeters", value: "85,00" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  const cookies = (await context.storageState()).cookies;
  await decideFromQueue(page, "Jeroen Bakker", title, "Niet toegestaan", "Meer informatie vragen", {
    reason: questionText,
  });
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
