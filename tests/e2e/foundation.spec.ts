import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs, signInThroughUi } from "./helpers";

test.describe("sign-in and home pages", () => {
  test("an anonymous visitor is sent to the sign-in page, which lists demo people per organisation", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/aanmelden$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
    for (const org of [
      "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
      "Gemeente Maastricht",
      "Provincie Utrecht",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: org })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  const people = [
    { name: "Fatima El Amrani", role: "Medewerker", section: "home-employee", absent: "home-manager" },
    { name: "Jeroen Bakker", role: "Leidinggevende", section: "home-manager", absent: "home-hr" },
    { name: "Ahmed Yilmaz", role: "Integriteitsadviseur", section: "home-integrity", absent: "home-manager" },
    { name: "Linda Smit", role: "HR", section: "home-hr", absent: "home-integrity" },
    { name: "Lotte Janssen", role: "Medewerker", section: "home-employee", absent: "home-hr" },
  ];
  for (const person of people) {
    test(`${person.name} (${person.role}) signs in and sees the home page for that role`, async ({ page }) => {
      await signInThroughUi(page, person.name);
      await expect(page.getByTestId("roles")).toContainText(person.role);
      await expect(page.getByTestId(person.section)).toBeVisible();
      await expect(page.getByTestId(person.absent)).toHaveCount(0);
      await expectNoAxeViolations(page);
      // Every card leads somewhere: its first link opens a page of that role (not "no access").
      await page.getByTestId(person.section).getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page).not.toHaveURL(/geen-toegang|aanmelden/);
    });
  }

  test("a manager's home page counts their team", async ({ page }) => {
    await signInAs(page, "Jeroen Bakker");
    await expect(page.getByTestId("home-manager")).toContainText("Je bent leidinggevende van 2 personen.");
  });

  test("the interface switches to English and back", async ({ page }) => {
    await signInAs(page, "Fatima El Amrani");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Fatima El Amrani" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welkom, Fatima El Amrani" })).toBeVisible();
  });

  test("the language a person saved sets the interface when they sign in on a new browser", async ({
    page,
    browser,
  }) => {
    await signInAs(page, "Lotte Janssen");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // A new browser: no language cookie, no session. The sign-in page is in Dutch; after signing in, English.
    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto("/aanmelden");
      await expect(fresh.locator("html")).toHaveAttribute("lang", "nl");
      await fresh.getByRole("button", { name: /Aanmelden als Lotte Janssen/ }).click();
      await expect(fresh.getByRole("heading", { level: 1, name: "Welcome, Lotte Janssen" })).toBeVisible();
      await expect(fresh.locator("html")).toHaveAttribute("lang", "en");
      // Back to Dutch (saved again), so the other tests find her as before.
      await fresh.getByRole("button", { name: "Wissel naar Nederlands" }).click();
      await expect(fresh.getByRole("heading", { level: 1, name: "Welkom, Lotte Janssen" })).toBeVisible();
    } finally {
      await other.close();
    }
  });

  test("signing out ends the session", async ({ page }) => {
    await signInThroughUi(page, "Fatima El Amrani");
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page).toHaveURL(/\/aanmelden/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/aanmelden$/);
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await signInAs(page, "Fatima El Amrani");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
  });

  test("unknown pages and the no-access page are clear and accessible", async ({ page }) => {
    await page.goto("/bestaat-niet");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/geen-toegang");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the health endpoint reports a working database @db", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    // Liveness and readiness for load balancers (docs/operations.md).
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });
});
