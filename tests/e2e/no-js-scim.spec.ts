import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

// Without JavaScript (issue 19 item 5): the token page makes a token and shows it once, in the page the form's
// post answers with, never in the URL; revoking goes through its confirm step (decision 070).
test("an HR adviser makes and revokes a SCIM token without JavaScript @db", async ({ page }) => {
  await signInAs(page, "Sophie Hermans");
  await page.goto("/beheer/mensen/koppeling");
  // The Tenant URL is in the server's HTML, ready to copy.
  await expect(page.getByTestId("scim-base-url")).toHaveText(`${test.info().project.use.baseURL}/scim/v2`);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText("Vul de naam van de sleutel in.").first()).toBeVisible();

  const name = `Entra no-js ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Naam van de sleutel").fill(name);
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  const token = (await page.getByTestId("scim-token-value").textContent())!.trim();
  expect(token).toMatch(/^ipscim_/);
  expect(page.url()).not.toContain(token);
  // The token and the address to paste it with, on the same page.
  await expect(page.getByTestId("scim-base-url")).toHaveText(`${test.info().project.use.baseURL}/scim/v2`);

  // Loading the page again does not show it again.
  await page.goto("/beheer/mensen/koppeling");
  await expect(page.getByTestId("scim-token-value")).toHaveCount(0);

  await page
    .getByTestId("scim-token-row")
    .filter({ hasText: name })
    .getByRole("link", { name: /Intrekken/ })
    .click();
  await page.getByRole("button", { name: "Ja, trek de sleutel in" }).click();
  await expect(page).toHaveURL(/\/beheer\/mensen\/koppeling\?ingetrokken=1$/);
  await expect(page.getByTestId("scim-token-row").filter({ hasText: name })).toContainText("Ingetrokken op");
});
