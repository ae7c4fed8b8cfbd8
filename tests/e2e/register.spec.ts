// Issue 6 journey: a senior person's side job is permitted, HR publishes it, it appears on the public register
// and in all three downloads; the side job ends and moves to the history. Plus HR's review pages and axe.
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import {
  choose,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  isoDate,
  openFromQueue,
  question,
  signInAs,
  fillDate,
} from "./helpers";

const SAME_NETWORK = "Heb je in de nevenwerkzaamheden te maken met hetzelfde netwerk";
const CONFIDENTIAL = `Vertrouwelijke toelichting ${Math.random().toString(36).slice(2, 8)}`;

/** Sanne Visser (Rijk, top-management group) declares a current, paid supervisory-board seat. */
async function fileSideJob(page: Page, organisation: string, description = "Lid van de raad van toezicht") {
  await signInAs(page, "Sanne Visser");
  await page.goto("/melden/side-job");
  await choose(page, "Doe je dit werk al?", "Ja, ik doe het al");
  await choose(page, "Wat wil je melden?", "Ik meld dit werk voor het eerst");
  await page.getByLabel("Voor welke organisatie doe je het?").fill(organisation);
  await choose(page, "Wat is je rol?", "Lid van een raad van toezicht");
  await page.getByLabel("Wat doe je precies?").fill(description);
  await choose(page, "Krijg je geld voor dit werk?", "Ja");
  await page.getByLabel("Hoeveel uur per maand besteed je eraan?").fill("6");
  await fillDate(page, "Startdatum", "2025-09-01");
  const questions = page.getByRole("group").filter({ has: page.getByRole("radio", { name: "Twijfel", exact: true }) });
  for (let i = 0; i < 9; i++) await questions.nth(i).getByRole("radio", { name: "Nee", exact: true }).check();
  await question(page, SAME_NETWORK).getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByLabel(/Toelichting/).fill(CONFIDENTIAL);
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await page.context().clearCookies();
}

async function approveWithConditions(page: Page, organisation: string) {
  await signInAs(page, "Marieke de Vries");
  await openFromQueue(page, organisation);
  await page.getByLabel("Goedkeuren met voorwaarden", { exact: true }).check();
  await page.locator("#field-conditions").fill("Geen bemoeienis met subsidies aan deze stichting.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page).toHaveURL(/\/beslissen\?besloten=/);
  await page.context().clearCookies();
}

/** HR's register administration: opens the row of this organisation by its link ("Controleren", "Beheren"). */
async function openFromAdminTable(page: Page, organisation: string, link: RegExp) {
  await page
    .getByTestId("register-admin-table")
    .getByRole("row")
    .filter({ hasText: organisation })
    .getByRole("link", { name: link })
    .click();
}

test("HR publishes a senior's permitted side job; visitors find it on the register and in every download; its end moves it to the history @db", async ({
  page,
  browser,
}) => {
  // Three people, two journeys and three downloads: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const organisation = `Stichting Cultuurfonds ${Math.random().toString(36).slice(2, 7)}`;
  await fileSideJob(page, organisation);
  await approveWithConditions(page, organisation);

  // HR reviews: the entry waits, the preview shows only public fields; HR tidies the wording and publishes.
  await signInAs(page, "Linda Smit");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beheer" }).click();
  await page.getByRole("link", { name: "Openbaar register", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Openbaar register beheren" })).toBeVisible();
  await expectNoAxeViolations(page);
  const pending = page.getByTestId("register-admin-table").getByRole("row").filter({ hasText: organisation });
  await pending.getByRole("link", { name: /Controleren/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nevenwerk controleren en publiceren" })).toBeVisible();
  await expect(page.getByTestId("register-table")).toContainText("Geen bemoeienis met subsidies aan deze stichting.");
  await expect(page.locator("main")).not.toContainText(CONFIDENTIAL);
  await expectNoAxeViolations(page);
  // An empty field is a specific error; nothing is saved.
  await page.getByLabel("Nevenwerkzaamheid", { exact: true }).fill("");
  await page.getByRole("button", { name: "Tekst opslaan" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is een probleem" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Nevenwerkzaamheid", { exact: true }).fill("Lid van de raad van toezicht");
  await page.getByRole("button", { name: "Tekst opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De tekst is opgeslagen.");
  await page.getByRole("button", { name: "Publiceren in het openbare register" }).click();
  await expect(page.getByRole("status")).toHaveText("Gepubliceerd. Het staat nu in het openbare register.");
  await page.context().clearCookies();

  // A visitor, not signed in.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/register/ministerie-bzk");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(
    "Nevenwerkzaamheden bij Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
  );
  await expect(visitor.getByTestId("register-as-of")).toContainText("Stand van");
  await visitor.getByLabel("Zoek op naam, functie, nevenwerk of organisatie").fill(organisation);
  await visitor.getByRole("button", { name: "Zoeken" }).click();
  const table = visitor.getByTestId("register-table");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Sanne Visser");
  await expect(table).toContainText("Directeur Financiën");
  await expect(table).toContainText("Geen bemoeienis met subsidies aan deze stichting.");
  await expect(visitor.locator("main")).not.toContainText(CONFIDENTIAL);
  await expectNoAxeViolations(visitor);

  // The three downloads, with the same search.
  const links = visitor.getByTestId("register-downloads").getByRole("link");
  await expect(links).toHaveCount(3);
  const bodies: Record<string, string> = {};
  for (const format of ["csv", "json", "ods"]) {
    const href = await visitor.getByRole("link", { name: new RegExp(`^${format.toUpperCase()}`) }).getAttribute("href");
    const response = await visitor.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(
      new RegExp(`attachment; filename="nevenwerkzaamheden-ministerie-bzk-\\d{4}-\\d{2}-\\d{2}\\.${format}"`),
    );
    const bytes = await response.body();
    bodies[format] =
      format === "ods" ? strFromU8(unzipSync(new Uint8Array(bytes))["content.xml"]!) : bytes.toString("utf8");
    expect(bodies[format], format).toContain(organisation);
    expect(bodies[format], format).toContain("Sanne Visser");
    expect(bodies[format], format).not.toContain(CONFIDENTIAL);
    expect(bodies[format], format).not.toContain("sanne.visser@");
  }
  // ";" like the portal's other exports, and the licence and source on every row (decision 042).
  expect(bodies.csv!.split(/\r?\n/)[0]).toBe(
    "\uFEFFregistratienummer;naam;functie;nevenwerkzaamheid;organisatie;bezoldigd;voorwaarden;sinds;gepubliceerd_op;beeindigd_op;gecorrigeerd_op;reden_beeindiging;licentie;bron",
  );
  expect(bodies.csv!.split(/\r?\n/).find((l) => l.includes(organisation))).toMatch(
    /^REG-\d{4}-\d{5};.*;https:\/\/creativecommons\.org\/publicdomain\/zero\/1\.0\/deed\.nl;http[^;]*\/register\/ministerie-bzk$/,
  );
  expect(JSON.parse(bodies.json!).rijen).toHaveLength(1);

  // At 320 px the page reflows; the table scrolls inside its own region.
  await visitor.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalOverflow(visitor, 320);
  await visitor.setViewportSize({ width: 1280, height: 900 });

  // The side job ends: Sanne reports it, and the entry moves from the register to the history.
  await signInAs(page, "Sanne Visser");
  await page.goto("/meldingen");
  await page.getByRole("link", { name: organisation }).first().click();
  await page.getByRole("button", { name: "Einde doorgeven" }).click();
  await fillDate(page, "Einddatum", isoDate(0));
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();

  await visitor.reload();
  await expect(visitor.getByTestId("register-empty")).toBeVisible();
  await visitor.getByRole("link", { name: /Bekijk de geschiedenis/ }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("Geschiedenis van het register");
  const history = visitor.getByTestId("history-table").getByRole("row").filter({ hasText: organisation });
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText("Van het register gehaald: Nevenwerkzaamheid beëindigd of gewijzigd");
  await expect(history.last()).toContainText("Toegevoegd");
  await expectNoAxeViolations(visitor);
  const historyCsv = await (
    await visitor.request.get("/register/ministerie-bzk/download?lijst=geschiedenis&formaat=csv")
  ).text();
  expect(historyCsv.split(/\r?\n/).find((l) => l.includes(organisation))).toContain(
    "Nevenwerkzaamheid beëindigd of gewijzigd",
  );
  await visitorContext.close();
});

test("the register index, an organisation that publishes nothing, and an unknown one", async ({ page }) => {
  await page.goto("/register");
  await expect(
    page.getByRole("heading", { level: 1, name: "Openbare registers van nevenwerkzaamheden" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Eerste Kamer/ }).click();
  await expect(page.locator("main")).toContainText("schrijft niet voor dat nevenwerkzaamheden openbaar worden gemaakt");
  await expectNoAxeViolations(page);
  const response = await page.goto("/register/bestaat-niet");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/register/ministerie-bzk/download?formaat=exe")).status()).toBe(400);
});

test("the register page links its open data: the DCAT description, the OpenAPI description and the API all answer", async ({
  page,
}) => {
  await page.goto("/register/ministerie-bzk");
  const openData = page.getByRole("region", { name: "Open data" });
  const links = openData.getByRole("link");
  await expect(links).toHaveText([
    "Beschrijving van de dataset (DCAT, voor data.overheid.nl)",
    "Beschrijving van de API (OpenAPI)",
    "Het register via de API (JSON)",
  ]);
  const expected = [
    { href: "/register/ministerie-bzk/dcat", type: "application/ld+json" },
    { href: "/api/register/v1/openapi.json", type: "application/json" },
    { href: "/api/register/v1/ministerie-bzk", type: "application/json" },
  ];
  for (const [i, { href, type }] of expected.entries()) {
    expect(await links.nth(i).getAttribute("href")).toBe(href);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toBe(`${type}; charset=utf-8`);
    const body = await response.text();
    if (i === 0) expect(body, "the publisher by its TOOI identifier").toContain("/tooi/id/ministerie/mnre1034");
    if (i === 1) expect(JSON.parse(body)).toMatchObject({ openapi: "3.1.0" });
    if (i === 2) expect(JSON.parse(body)).toHaveProperty("rijen");
  }
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(openData).toBeVisible();
  await expectNoHorizontalOverflow(page, 320);
});

test("only HR reaches the register administration", async ({ page }) => {
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/beheer/register");
  await expect(page).toHaveURL(/\/geen-toegang/);
});

/** Every public page and download of the Rijk register (current, as of yesterday, history) as one text. */
async function everythingPublic(page: Page): Promise<string> {
  const base = "/register/ministerie-bzk";
  const yesterday = isoDate(-1);
  const parts: string[] = [];
  for (const path of [base, `${base}?peildatum=${yesterday}`, `${base}/geschiedenis`]) {
    await page.goto(path);
    parts.push(await page.locator("main").innerText());
  }
  for (const query of ["", `&peildatum=${yesterday}`, "&lijst=geschiedenis"]) {
    for (const format of ["csv", "json", "ods"]) {
      const response = await page.request.get(`${base}/download?formaat=${format}${query}`);
      expect(response.status()).toBe(200);
      const bytes = await response.body();
      if (format === "ods") {
        const files = unzipSync(new Uint8Array(bytes));
        parts.push(strFromU8(files["content.xml"]!), strFromU8(files["meta.xml"]!));
      } else parts.push(bytes.toString("utf8"));
    }
  }
  return parts.join("\n");
}

test("an amount in the description never reaches the proposed wording; HR is warned when typing one; a correction and a removal leave no trace of the old text @db", async ({
  page,
  browser,
}) => {
  // Many pages and nine downloads, three times over: more than the default minute on a loaded machine.
  test.setTimeout(300_000);
  const organisation = `Stichting Muziekfonds ${Math.random().toString(36).slice(2, 7)}`;
  const amount = "€ 2.500";
  await fileSideJob(page, organisation, `Penningmeester, vergoeding ${amount} per jaar`);
  await approveWithConditions(page, organisation);

  await signInAs(page, "Linda Smit");
  await page.goto("/beheer/register");
  await openFromAdminTable(page, organisation, /Controleren/);
  // The proposal is built from the role, organisation and paid: the amount is nowhere on the page.
  await expect(page.getByLabel("Nevenwerkzaamheid", { exact: true })).toHaveValue(/^Lid van een raad van toezicht/);
  await expect(page.locator("main")).not.toContainText("2.500");
  await expect(page.getByTestId("wording-warning")).toHaveCount(0);

  // HR types an amount: warned while typing, again by the server on saving.
  const oldText = `Penningmeester ${Math.random().toString(36).slice(2, 8)}, vergoeding ${amount} per jaar`;
  await page.getByLabel("Nevenwerkzaamheid", { exact: true }).fill(oldText);
  await expect(page.getByTestId("wording-warning")).toContainText(`Bedrag (Nevenwerkzaamheid): ${amount}`);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/register-review-warning-1280.png", fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalOverflow(page, 320);
  await page.screenshot({ path: "/tmp/register-review-warning-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("button", { name: "Tekst opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("maar de controle vond iets");
  // Publishing the flagged text needs the confirmation: without it, nothing is published.
  await page.reload();
  await expect(page.getByTestId("publish-check")).toContainText(amount);
  await page.getByRole("button", { name: "Publiceren in het openbare register" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "waarschijnlijk niet openbaar" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator("#publish-acknowledge").check();
  await page.getByRole("button", { name: "Publiceren in het openbare register" }).click();
  await expect(page.getByRole("status")).toHaveText("Gepubliceerd. Het staat nu in het openbare register.");

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  expect(await everythingPublic(visitor)).toContain(oldText);

  // The correction: the old text goes from every page and download; the history says only that and when.
  await page.goto("/beheer/register?lijst=gepubliceerd");
  await openFromAdminTable(page, organisation, /Beheren/);
  await expect(page.getByRole("heading", { level: 1, name: "Gepubliceerd nevenwerk beheren" })).toBeVisible();
  const number = (await page.getByTestId("register-number").innerText()).replace("Registratienummer: ", "");
  expect(number).toMatch(/^REG-\d{4}-\d{5}$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Nevenwerkzaamheid", { exact: true }).fill("Penningmeester");
  await page.getByRole("button", { name: "Correctie publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De correctie staat nu in het openbare register");
  await page.screenshot({ path: "/tmp/register-manage-1280.png", fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalOverflow(page, 320);
  await page.screenshot({ path: "/tmp/register-manage-320.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const corrected = await everythingPublic(visitor);
  expect(corrected).not.toContain(oldText);
  expect(corrected).not.toContain("2.500");
  expect(corrected).toContain(number);
  await visitor.goto("/register/ministerie-bzk/geschiedenis");
  const rows = visitor.getByTestId("history-table").getByRole("row").filter({ hasText: organisation });
  await expect(rows.first()).toContainText("Tekst gecorrigeerd");
  await expect(rows.first()).toContainText("Penningmeester");
  await expectNoAxeViolations(visitor);

  // The removal from history, on a legal ground: the form asks for the ground and a confirmation first.
  await page.reload();
  await page.getByRole("button", { name: "Definitief verwijderen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Kies de wettelijke grond.");
  await expectNoAxeViolations(page);
  await page.getByLabel("Wettelijke grond").selectOption("AVG_17_UNLAWFUL");
  await page.getByLabel("Ik begrijp dat dit niet terug te draaien is").check();
  await page.getByRole("button", { name: "Definitief verwijderen" }).click();
  await expect(page.getByRole("status")).toContainText("uit de geschiedenis verwijderd");
  const erased = await everythingPublic(visitor);
  expect(erased).not.toContain(organisation);
  expect(erased).not.toContain(number);
  expect(erased).not.toContain("Penningmeester");
  await visitorContext.close();
});

test("HR is warned about a phone number without JavaScript too, when saving", async ({ page: setup, browser }) => {
  test.setTimeout(180_000);
  const organisation = `Stichting Zonder Script ${Math.random().toString(36).slice(2, 7)}`;
  await fileSideJob(setup, organisation);
  await approveWithConditions(setup, organisation);
  // The demo sign-in needs JavaScript; the session it gives is then used by a browser without it.
  await signInAs(setup, "Linda Smit");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await setup.context().storageState(),
  });
  const page = await context.newPage();
  await page.goto("/beheer/register");
  await openFromAdminTable(page, organisation, /Controleren/);
  await page.getByLabel("Nevenwerkzaamheid", { exact: true }).fill("Adviseur, bel 06-12345678");
  // Without JavaScript the form is an ordinary POST: wait for the page it answers with.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: "Tekst opslaan" }).click(),
  ]);
  await page.waitForLoadState("load");
  await expect(page.getByTestId("wording-check")).toContainText("Telefoonnummer (Nevenwerkzaamheid): 06-12345678");
  // The publish step shows the same warning from the stored text, with the confirmation to tick.
  await expect(page.getByTestId("publish-check")).toContainText("06-12345678");
  await expect(page.locator("#publish-acknowledge")).toBeVisible();
  await context.close();
});

test("a peildatum that cannot be answered: a clear message on the page, 400 on the download @db", async ({ page }) => {
  for (const [value, message] of [
    ["2026-02-30", "is geen bestaande datum"],
    ["1999-12-31", "is te vroeg"],
    [isoDate(2), "ligt in de toekomst"],
  ] as const) {
    await page.goto(`/register/ministerie-bzk?peildatum=${value}`);
    await expect(page.getByTestId("as-of-error")).toContainText(message);
    await expect(page.getByTestId("register-table")).toHaveCount(0);
    await expect(page).toHaveTitle(/^Fout: /);
    const response = await page.request.get(`/register/ministerie-bzk/download?formaat=csv&peildatum=${value}`);
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("eildatum");
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/register-asof-error-1280.png", fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalOverflow(page, 320);
  await page.screenshot({ path: "/tmp/register-asof-error-320.png", fullPage: true });
});
