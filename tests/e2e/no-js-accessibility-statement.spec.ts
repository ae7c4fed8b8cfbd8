// The accessibility statement without JavaScript (decision 063): the footer link is a plain link, the page is plain
// HTML, and the lists of tests behind each check open as a native <details> (no script).
import { expect, test } from "@playwright/test";

test("the statement opens from the footer and its test lists open, without JavaScript", async ({ page }) => {
  await page.goto("/aanmelden");
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  const noJs = page.getByTestId("check-noJs");
  await expect(noJs.getByText("tests/e2e/no-js-accessibility-statement.spec.ts")).toBeHidden();
  await noJs.locator("summary").click();
  await expect(noJs.getByText("tests/e2e/no-js-accessibility-statement.spec.ts")).toBeVisible();
  await expect(page.getByTestId("accessibility-contact")).toHaveAttribute("href", /^mailto:/);
});
