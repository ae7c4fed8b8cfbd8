// Issue 6: the integrity officer tightens the policy (check-your-answers), the simulator shows both verdicts,
// and employees see the tightening with their code of conduct.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signInAs, fillGiftByLabels } from "./helpers";

test("a looser setting is refused with the code's source; a tighter one is checked, saved and shown to employees @db", async ({
  page,
}) => {
  await signInAs(page, "Ahmed Yilmaz");
  await page.goto("/beheer/beleid");
  await expect(page.getByRole("heading", { level: 1, name: "Beleid" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Grens voor geschenken (in euro)").fill("75");
  await page.getByLabel("Reden").fill("Strenger na een incident");
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Er is een probleem" })).toContainText(
    "minder streng dan de gedragscode",
  );
  await expect(page.locator("#field-giftCapEuros-error")).toContainText("000 L419-421");
  await expectNoAxeViolations(page);

  await page.getByLabel("Grens voor geschenken (in euro)").fill("25,00");
  await page.getByRole("button", { name: "Controleren" }).click();
  const check = page.getByTestId("policy-check");
  await expect(check).toContainText("hoogstens € 50,00");
  await expect(check).toContainText("hoogstens € 25,00");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Bevestigen en opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Het beleid is opgeslagen.");
  await expect(page.getByTestId("policy-now")).toContainText("hoogstens € 25,00");

  // The simulator: a € 40 gift is fine under the code, not under a € 30 proposal.
  await page.goto("/beheer/beleid/simulator");
  await expectNoAxeViolations(page);
  await page.locator("#sim-giftCapEuros").fill("30");
  await page.getByLabel("Soort melding").selectOption("gift");
  await fillGiftByLabels(page, "Boek", "Uitgeverij", "20,00");
  await expect(page.getByTestId("sim-compare")).toHaveText("Het oordeel is hetzelfde.");
  await page.getByLabel(/Geschatte waarde/).fill("28,00");
  await expect(page.getByTestId("verdict-current")).toHaveAttribute("data-outcome", "not-permitted");
  await expect(page.getByTestId("verdict-proposed")).toHaveAttribute("data-outcome", "register");
  await page.locator("#sim-giftCapEuros").fill("20");
  await expect(page.getByTestId("verdict-proposed")).toHaveAttribute("data-outcome", "not-permitted");
  await page.locator("#sim-giftCapEuros").fill("90");
  await expect(page.getByTestId("proposal-invalid")).toContainText("minder streng dan de gedragscode");
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signInAs(page, "Fatima El Amrani");
  await page.goto("/gedragscode");
  await expect(page.getByTestId("code-tightening")).toContainText("Grens voor geschenken (in euro): hoogstens € 25,00");
  await expect(page.getByTestId("code-tightening")).toContainText("Strenger na een incident");
  await expectNoAxeViolations(page);
});
