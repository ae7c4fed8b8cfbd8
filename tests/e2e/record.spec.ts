import { expect, test, type Page } from "@playwright/test";
import {
  decideFromQueue,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  sendGiftByLabels,
  signInAs,
  signOut,
} from "./helpers";
import { flat, pdfText } from "../support/pdf-text";

// The printable record of a declaration (issue 16 item 2, decision 065): the manager of a decided declaration
// downloads it from the decision page and the declarant from theirs; pdftotext reads the saved files. The
// declarant's page prints without the portal's header, menus and buttons.

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

/** Only when asked (RECORD_SCREENSHOTS=/tmp/...): to look at the page, never into the repository. */
async function shoot(page: Page, name: string) {
  const dir = process.env.RECORD_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Clicks "Download als PDF" (or its English twin) and gives the saved file's name and text. */
async function download(page: Page, name: string | RegExp, file: string) {
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = test.info().outputPath(file);
  await saved.saveAs(path);
  return { fileName: saved.suggestedFilename(), text: flat(pdfText(path)) };
}

test("the manager and the declarant download the record of a decided declaration as PDF; the page prints cleanly @db", async ({
  page,
}) => {
  const title = unique("Wijnpakket");
  await signInAs(page, "Fatima El Amrani");
  await sendGiftByLabels(page, title, "Wijnhandel Çelik", "85,00");
  const reference = (await page.getByTestId("reference").textContent()) ?? "";
  expect(reference).toMatch(/^GES-\d{4}-\d{5}$/);
  const id = new URL(page.url()).pathname.split("/")[2]!;

  const reason = "Een geschenk boven de 50 euro neem je niet aan.";
  await decideFromQueue(page, "Jeroen Bakker", title, "Niet toegestaan", "Afwijzen", { reason });
  await page.goto(`/beslissen/${id}`);
  await expectNoAxeViolations(page);
  await shoot(page, "decision-screen");
  const manager = await download(page, "Download als PDF", "manager.pdf");
  expect(manager.fileName).toBe(`${reference}.pdf`);
  for (const phrase of [
    `Melding ${reference}`,
    "Fatima El Amrani",
    title,
    "Wijnhandel Çelik",
    "Afgewezen",
    "Door Jeroen Bakker op",
    reason,
    "Niet toegestaan",
    "Gedragscode Integriteit Rijk, § 4.1",
    "€ 85,00",
    "Logboek: gebeurtenis",
    "Gemaakt op",
  ])
    expect(manager.text).toContain(phrase);

  // The declarant: the same record from their own page, and in English when that is their language.
  await signOut(page);
  await signInAs(page, "Fatima El Amrani");
  await page.goto(`/meldingen/${id}`);
  await expect(page.getByRole("link", { name: "Download als PDF" })).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "declaration-screen");
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalOverflow(page, 320);
  await shoot(page, "declaration-320");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Printed: no header, navigation, menu or buttons; the decision, the verdict and the answers stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "Download als PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Wat kun je doen?" })).toBeHidden();
  await expect(page.getByTestId("decision-headline")).toBeVisible();
  await expect(page.getByTestId("decision-reason")).toContainText(reason);
  await expect(page.getByRole("heading", { name: "Jouw antwoorden" })).toBeVisible();
  const ink = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    headline: getComputedStyle(document.querySelector("[data-testid=decision-headline]")!).backgroundColor,
    text: getComputedStyle(document.querySelector("h1")!).color,
  }));
  expect(ink.body).toBe("rgb(255, 255, 255)");
  expect(ink.headline).toBe("rgba(0, 0, 0, 0)");
  expect(ink.text).toBe("rgb(0, 0, 0)");
  await shoot(page, "declaration-print");
  await page.emulateMedia({ media: "screen" });

  // English for this browser only (the language cookie; the switch would also save it for Fatima, whom other
  // tests sign in as at the same time).
  await page.context().addCookies([{ name: "portal-lang", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.getByRole("link", { name: "Download as PDF" })).toBeVisible();
  const english = await download(page, "Download as PDF", "declarant-en.pdf");
  expect(english.fileName).toBe(`${reference}.pdf`);
  for (const phrase of [`Declaration ${reference}`, "Refused", reason, "Not permitted", "€85.00", "Audit trail: event"])
    expect(english.text).toContain(phrase);
});

test("a colleague cannot download someone else's record @db", async ({ page }) => {
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/meldingen");
  const first = page.getByTestId("declaration-row").getByRole("link").first();
  const href = (await first.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/meldingen\/[^/]+$/);
  await signOut(page);
  await signInAs(page, "Thomas Jansen");
  const response = await page.request.get(`${href}/pdf`);
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).not.toContain("application/pdf");
});
