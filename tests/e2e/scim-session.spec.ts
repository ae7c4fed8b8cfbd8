import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalOverflow, signInAs, signInThroughUi } from "./helpers";

// Issue 17 item 1, decision 070: an HR adviser makes a SCIM token on /beheer/mensen/koppeling (shown once), the
// identity provider creates a person with it, the person signs in, and a deactivation through SCIM ends their live
// session at once: their next page load is the sign-in page. Then the token is rotated and revoked, each after a
// confirm step. In the Gemeente Maastricht (Sophie Hermans, HR), so the other specs' BZK counts stay as they are.

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

async function scim(token: string, method: string, path: string, body?: unknown) {
  const base = test.info().project.use.baseURL!;
  const response = await fetch(`${base}/scim/v2${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/scim+json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalOverflow(page, width);
    await page.screenshot({ path: `/tmp/scim2-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a deactivation through SCIM ends the person's live session @db", async ({ page, browser }) => {
  await signInAs(page, "Sophie Hermans");
  await page.goto("/beheer/mensen");
  await page.getByRole("link", { name: "Koppeling", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Koppeling met identiteitsbron" })).toBeVisible();
  // The Tenant URL to paste into the identity provider: the portal's configured address (NEXTAUTH_URL) + /scim/v2.
  await expect(page.getByRole("heading", { level: 2, name: "Adres voor de identiteitsbron" })).toBeVisible();
  await expect(page.getByTestId("scim-base-url")).toHaveText(`${test.info().project.use.baseURL}/scim/v2`);
  // The demo takes SCIM over http, so no warning about it.
  await expect(page.getByTestId("scim-base-url-http")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "empty");

  // A name is required: the error summary and the field's message, nothing made.
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText("Vul de naam van de sleutel in.").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shoot(page, "error");

  const name = `Keycloak e2e ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Naam van de sleutel").fill(name);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByTestId("scim-token-warning")).toContainText("Je ziet hem maar één keer");
  const token = (await page.getByTestId("scim-token-value").textContent())!.trim();
  expect(token).toMatch(/^ipscim_/);
  expect(page.url()).not.toContain(token);
  await expect(page.getByTestId("scim-token-row").filter({ hasText: name })).toContainText("Sophie Hermans");
  await expectNoAxeViolations(page);
  await shoot(page, "created");

  // The identity provider creates a person; they sign in (their own browser).
  const email = `noor.${randomUUID().slice(0, 8)}@maastricht.example`;
  const person = `Noor Scim ${randomUUID().slice(0, 4)}`;
  const [given, ...family] = person.split(" ");
  const created = await scim(token, "POST", "/Users", {
    schemas: [USER],
    userName: email,
    displayName: person,
    name: { formatted: person, givenName: given, familyName: family.join(" ") },
    emails: [{ value: email, primary: true, type: "work" }],
    active: true,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  try {
    await signInThroughUi(theirPage, person);
    await theirPage.goto("/meldingen");
    await expect(theirPage).toHaveURL(/\/meldingen/);

    // Deactivated through SCIM (as Entra ID sends it): the next page load is the sign-in page.
    const patched = await scim(token, "PATCH", `/Users/${created.body.id as string}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.active).toBe(false);
    await theirPage.goto("/meldingen");
    await expect(theirPage).toHaveURL(/\/aanmelden/);
    await expect(theirPage.getByRole("button", { name: new RegExp(`Aanmelden als ${person}`) })).toHaveCount(0);
  } finally {
    await theirs.close();
  }

  // Rotate after a confirm step: a new token shown once, the old one refused.
  const row = page.getByTestId("scim-token-row").filter({ hasText: name });
  await row.getByRole("link", { name: /Vernieuwen/ }).click();
  await expect(page.getByTestId("scim-confirm-rotate")).toContainText(`Sleutel ‘${name}’ vernieuwen?`);
  await expectNoAxeViolations(page);
  await shoot(page, "confirm-rotate");
  await page.getByRole("button", { name: "Ja, maak een nieuwe sleutel" }).click();
  const shownAgain = page.getByTestId("scim-confirm-rotate").getByTestId("scim-token-value");
  await expect(shownAgain).toBeVisible();
  // Only the new token is on the screen: the one made before (now stopped) is gone from the create form.
  await expect(page.getByTestId("scim-token-value")).toHaveCount(1);
  const renewed = (await shownAgain.textContent())!.trim();
  expect(renewed).not.toBe(token);
  expect((await scim(token, "GET", "/Users?count=1")).status).toBe(401);
  expect((await scim(renewed, "GET", "/Users?count=1")).status).toBe(200);

  // Revoke after a confirm step: the new one is refused too.
  await page.goto("/beheer/mensen/koppeling");
  await page
    .getByTestId("scim-token-row")
    .filter({ hasText: name })
    .filter({ hasText: "Actief" })
    .getByRole("link", { name: /Intrekken/ })
    .click();
  await expect(page.getByTestId("scim-confirm-revoke")).toContainText(`Sleutel ‘${name}’ intrekken?`);
  await expectNoAxeViolations(page);
  await shoot(page, "confirm-revoke");
  await page.getByRole("button", { name: "Ja, trek de sleutel in" }).click();
  await expect(page).toHaveURL(/\/beheer\/mensen\/koppeling\?ingetrokken=1$/);
  await expect(page.getByTestId("notice")).toContainText("De sleutel is ingetrokken.");
  expect((await scim(renewed, "GET", "/Users?count=1")).status).toBe(401);
  await expectNoAxeViolations(page);
  await shoot(page, "revoked");
});
