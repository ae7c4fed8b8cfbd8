// Issue 6 journey: a senior person's side job is permitted, HR publishes it, it appears on the public register
// and in all three downloads; the side job ends and moves to the history. Plus HR's review pages and axe.
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { choose, expectNoAxeViolations, expectNoHorizontalOverflow, isoDate, question, signInAs } from "./helpers";

const SAME_NETWORK = "Heb je in de nevenwerkzaamheden te maken met hetzelfde netwerk";
const CONFIDENTIAL = `Vertrouwelijke toelichting ${Math.random().toString(36).slice(2, 8)}`;

/** Sanne Visser (Rijk, top-management group) declares a current, paid supervisory-board seat. */
async function fileSideJob(page: Page, organisation: string) {
  await signInAs(page, "Sanne Visser");
  await page.goto("/melden/side-job");
  await choose(page, "Doe je dit werk al?", "Ja, ik doe het al");
  await choose(page, "Wat wil je melden?", "Ik meld dit werk voor het eerst");
  await page.getByLabel("Voor welke organisatie doe je het?").fill(organisation);
  await choose(page, "Wat is je rol?", "Lid van een raad van toezicht");
  await page.getByLabel("Wat doe je precies?").fill("Lid van de raad van toezicht");
  await choose(page, "Krijg je geld voor dit werk?", "Ja");
  await page.getByLabel("Hoeveel uur per maand besteed je eraan?").fill("6");
  await page.getByLabel("Startdatum").fill("2025-09-01");
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
  await page.goto("/beslissen");
  const row = page.getByTestId("queue-row").filter({ hasText: organisation });
  await row.getByRole("link", { name: /Beoordelen/ }).click();
  await page.getByLabel("Goedkeuren met voorwaarden", { exact: true }).check();
  await page.locator("#field-conditions").fill("Geen bemoeienis met subsidies aan deze stichting.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page).toHaveURL(/\/beslissen\?besloten=/);
  await page.context().clearCookies();
}

test("HR publishes a senior's permitted side job; visitors find it on the register and in every download; its end moves it to the history", async ({ page, browser }) => {
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
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Nevenwerkzaamheden bij Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
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
    expect(response.headers()["content-disposition"]).toMatch(new RegExp(`attachment; filename="nevenwerkzaamheden-ministerie-bzk-\\d{4}-\\d{2}-\\d{2}\\.${format}"`));
    const bytes = await response.body();
    bodies[format] = format === "ods" ? strFromU8(unzipSync(new Uint8Array(bytes))["content.xml"]!) : bytes.toString("utf8");
    expect(bodies[format], format).toContain(organisation);
    expect(bodies[format], format).toContain("Sanne Visser");
    expect(bodies[format], format).not.toContain(CONFIDENTIAL);
    expect(bodies[format], format).not.toContain("sanne.visser@");
  }
  expect(bodies.csv!.split(/\r?\n/)[0]).toBe("\uFEFFregistratienummer,naam,functie,nevenwerkzaamheid,organisatie,bezoldigd,voorwaarden,sinds,gepubliceerd_op,beeindigd_op,reden_beeindiging");
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
  await page.getByLabel("Einddatum").fill(isoDate(0));
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
  const historyCsv = await (await visitor.request.get("/register/ministerie-bzk/download?lijst=geschiedenis&formaat=csv")).text();
  expect(historyCsv.split(/\r?\n/).find((l) => l.includes(organisation))).toContain("Nevenwerkzaamheid beëindigd of gewijzigd");
  await visitorContext.close();
});

test("the register index, an organisation that publishes nothing, and an unknown one", async ({ page }) => {
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "Openbare registers van nevenwerkzaamheden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Eerste Kamer/ }).click();
  await expect(page.locator("main")).toContainText("schrijft niet voor dat nevenwerkzaamheden openbaar worden gemaakt");
  await expectNoAxeViolations(page);
  const response = await page.goto("/register/bestaat-niet");
  expect(response?.status()).toBe(404);
  expect((await page.request.get("/register/ministerie-bzk/download?formaat=exe")).status()).toBe(400);
});

test("only HR reaches the register administration", async ({ page }) => {
  await signInAs(page, "Fatima El Amrani");
  await page.goto("/beheer/register");
  await expect(page).toHaveURL(/\/geen-toegang/);
});
