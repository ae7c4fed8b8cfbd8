// Single sign-on against a real OpenID provider (tests/support/oidc-provider.ts: oidc-provider with its default
// claims configuration, so the e-mail address is only in userinfo), through its own login and consent pages,
// on the second portal instance of playwright.config.ts (project "sso"), which has no demo sign-in.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

test.describe.configure({ mode: "serial" });

const BUTTON = "Aanmelden met Testprovider";

/** From the portal's sign-in page through the provider's login (and, the first time, consent) pages. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto("/aanmelden");
  await page.getByRole("button", { name: BUTTON }).click();
  await providerLogin(page, login);
}

async function providerLogin(page: Page, login: string) {
  await expect(page.locator('input[name="login"]')).toBeVisible();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("wachtwoord");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // Consent is asked once per grant: continue when the provider asks, until the browser is back at the portal.
  const portal = new URL(test.info().project.use.baseURL!).origin;
  const consent = page.getByRole("button", { name: "Continue" });
  await expect(async () => {
    if (new URL(page.url()).origin !== portal && (await consent.isVisible())) await consent.click();
    expect(new URL(page.url()).origin).toBe(portal);
  }).toPass({ timeout: 20_000 });
}

/** A fresh browser (no portal or provider cookies) for each person. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  return context.newPage();
}

test("the sign-in page offers only single sign-on (no demo sign-in) @db", async ({ page }) => {
  await page.goto("/aanmelden");
  await expect(page.getByRole("button", { name: BUTTON })).toBeVisible();
  await expect(page.getByRole("button", { name: /Aanmelden als/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a known employee signs in through the provider (e-mail from userinfo), and signing out ends the provider session too @db", async ({
  page,
}) => {
  await signInAtProvider(page, "fatima");
  await expect(page.getByRole("heading", { level: 1, name: "Welkom, Fatima El Amrani" })).toBeVisible();

  await page.getByRole("button", { name: "Afmelden" }).click();
  // The provider's own logout page (RP-initiated logout), then back to the portal.
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expect(page.getByRole("button", { name: BUTTON })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/aanmelden/);

  // Signing in again asks for the password: the provider's session has ended as well.
  await page.goto("/aanmelden");
  await page.getByRole("button", { name: BUTTON }).click();
  await expect(page.locator('input[name="password"]')).toBeVisible();
});

for (const [login, why] of [
  ["onbekend", "an address the portal does not know"],
  ["onbevestigd", "an address the provider has not verified"],
  ["fatima-nieuw", "Fatima's address on a new account (another subject)"],
] as const) {
  test(`no access with ${why} @db`, async ({ browser, baseURL }) => {
    const page = await freshPage(browser, baseURL);
    await signInAtProvider(page, login);
    await expect(page).toHaveURL(/\/geen-toegang/);
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/aanmelden/);
    await page.context().close();
  });
}

async function openPerson(page: Page, name: string) {
  await page.goto(`/beheer/mensen?zoek=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
}

test("the administrator sees the refusals of known people, unlinks Fatima's old account, and her new account links @db", async ({
  browser,
  baseURL,
}) => {
  const admin = await freshPage(browser, baseURL);
  await signInAtProvider(admin, "pieter");
  await expect(admin.getByRole("heading", { level: 1, name: "Welkom, Pieter Mulder" })).toBeVisible();

  // The unverified attempt on Thomas's address is in his organisation's audit trail.
  await openPerson(admin, "Thomas Jansen");
  await expect(admin.getByTestId("sso-refusals")).toContainText(
    "het e-mailadres is niet bevestigd door de identiteitsprovider",
  );
  await expect(admin.getByTestId("sso-link")).toContainText("Niet gekoppeld");

  await openPerson(admin, "Fatima El Amrani");
  const section = admin.getByTestId("sso-link");
  await expect(section).toContainText("Gekoppeld aan een account bij de identiteitsprovider");
  await expect(admin.getByTestId("sso-refusals")).toContainText(
    "een ander account bij de identiteitsprovider dan het gekoppelde",
  );
  await expectNoAxeViolations(admin);

  // A reason is required.
  await section.getByRole("button", { name: "Ontkoppelen" }).click();
  await expect(section.getByRole("alert")).toHaveText("Vul de reden in.");
  await section.getByLabel("Reden (komt in de audittrail)").fill("Account bij de provider opnieuw aangemaakt");
  await section.getByRole("button", { name: "Ontkoppelen" }).click();
  await expect(admin.getByTestId("notice")).toHaveText(
    "De koppeling is verwijderd. Bij de volgende aanmelding wordt het account opnieuw gekoppeld.",
  );
  await expect(admin.getByTestId("sso-link")).toContainText("Niet gekoppeld");

  // Nobody unlinks themself: Pieter's own page offers no unlink.
  await openPerson(admin, "Pieter Mulder");
  await expect(admin.getByTestId("sso-link")).toContainText("Gekoppeld");
  await expect(admin.getByTestId("sso-link").getByRole("button", { name: "Ontkoppelen" })).toHaveCount(0);

  // Fatima's new account now signs in and is linked.
  const fatima = await freshPage(browser, baseURL);
  await signInAtProvider(fatima, "fatima-nieuw");
  await expect(fatima.getByRole("heading", { level: 1, name: "Welkom, Fatima El Amrani" })).toBeVisible();
  await openPerson(admin, "Fatima El Amrani");
  await expect(admin.getByTestId("sso-link")).toContainText("Gekoppeld aan een account bij de identiteitsprovider");
  await fatima.context().close();
  await admin.context().close();
});
