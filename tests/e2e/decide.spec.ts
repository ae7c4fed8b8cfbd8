import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, fillDate, openFromQueue, sendGiftByLabels, signInAs, signOut } from "./helpers";

// Journeys of issue 5: employee files, manager (or deputy, or integrity officer) decides, employee follows up.

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

/** Files a gift of € 85,00 at the Rijk (above the € 50 cap: the manager decides). */
/** Files a gift and returns its reference, as the confirmation and the declaration page show it. */
async function fileGift(page: Page, employee: string, title: string): Promise<string> {
  await signInAs(page, employee);
  await sendGiftByLabels(page, title, "Drukkerij Peeters", "85,00");
  const reference = (await page.getByTestId("reference").textContent()) ?? "";
  expect(reference).toMatch(/^GES-\d{4}-\d{5}$/);
  await expect(page.getByTestId("confirmation-reference")).toContainText(reference);
  return reference;
}

async function decide(page: Page, kind: string, fields: Record<string, string> = {}) {
  await page.getByLabel(kind, { exact: true }).check();
  for (const [id, value] of Object.entries(fields)) await page.locator(`#field-${id}`).fill(value);
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
}

async function openMine(page: Page, title: string) {
  await page.goto("/meldingen");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("employee files, manager approves with conditions, employee acknowledges @db", async ({ page }) => {
  const title = unique("Kerstpakket");
  await fileGift(page, "Fatima El Amrani", title);
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/beslissen");
  await expectNoAxeViolations(page);
  await openFromQueue(page, title);
  await expect(page.getByTestId("verdict-outcome")).toHaveText("Niet toegestaan");
  await expectNoAxeViolations(page);
  // A missing condition text is a specific error, and the chosen decision stays chosen.
  await decide(page, "Goedkeuren met voorwaarden");
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page.getByTestId("error-summary")).toContainText("Schrijf de voorwaarden op.");
  await expect(page.getByLabel("Goedkeuren met voorwaarden", { exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.locator("#field-conditions").fill("Deel het pakket met je team.");
  await page.getByLabel("Inleveren: verdelen").check();
  // Approving what the code forbids (decision 052): a reason first, then a confirmation step of its own.
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    "Schrijf op waarom je anders beslist dan de gedragscode zegt",
  );
  await page.locator("#field-reason").fill("Gedeeld met het hele team; de gever is geen leverancier.");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("confirm-against-code")).toContainText("Je besluit gaat tegen de gedragscode in");
  await expect(page.getByTestId("confirm-reason")).toHaveText(
    "Gedeeld met het hele team; de gever is geen leverancier.",
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ja, neem dit besluit" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Fatima El Amrani");
  await openMine(page, title);
  // One story: the decision is the headline, the verdict at filing follows, neutral, with the decider's reason.
  await expect(page.getByTestId("decision-headline")).toContainText("Dit besluit wijkt af van wat de gedragscode zei");
  await expect(page.getByTestId("decision-reason")).toContainText("Gedeeld met het hele team");
  await expect(page.getByTestId("verdict-at-filing")).toContainText("De code zei: Niet toegestaan");
  await expect(page.getByTestId("conditions")).toContainText("Deel het pakket met je team.");
  await page.getByRole("button", { name: /voorwaarden gelezen/ }).click();
  await expect(page.getByTestId("conditions-acknowledged")).toBeVisible();
  await expect(page.getByTestId("history")).toContainText("Voorwaarden bevestigd");
  await expectNoAxeViolations(page);
});

test("manager asks for information, employee answers, manager refuses", async ({ page }) => {
  const title = unique("Etentje");
  await fileGift(page, "Thomas Jansen", title);
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await openFromQueue(page, title);
  await decide(page, "Meer informatie vragen", { reason: "Wie van de drukkerij stuurde het?" });
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Thomas Jansen");
  await openMine(page, title);
  // One page (issue 19 item 8): the question, the answer field, a link to change the declaration, send.
  await page.getByRole("link", { name: /Vraag beantwoorden/ }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/beantwoorden$/);
  await expect(page.getByTestId("info-question")).toContainText("Wie van de drukkerij stuurde het?");
  await expect(page.getByRole("link", { name: "Wijzig je melding" })).toHaveAttribute("href", /\/bewerken$/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await page.getByLabel(/antwoord op de vraag/).fill("De directeur, na afloop van het project.");
  await page.getByRole("button", { name: "Antwoord versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await expect(page.getByText("De directeur, na afloop van het project.")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Jeroen Bakker");
  await openFromQueue(page, title);
  await expect(page.getByText("De directeur, na afloop van het project.")).toBeVisible();
  await decide(page, "Afwijzen", { reason: "Een geschenk boven de 50 euro neem je niet aan." });
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Thomas Jansen");
  await openMine(page, title);
  await expect(page.getByText("Afgewezen", { exact: false }).first()).toBeVisible();
});

test("manager escalates, the integrity officer decides from their queue", async ({ page }) => {
  const title = unique("Wijnpakket");
  await fileGift(page, "Fatima El Amrani", title);
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await openFromQueue(page, title);
  await decide(page, "Doorsturen naar de integriteitsadviseur", { reason: "Ik twijfel over de relatie met de gever." });
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Ahmed Yilmaz");
  await page.goto("/integriteit");
  await expectNoAxeViolations(page);
  await openFromQueue(page, title, "/integriteit");
  await decide(page, "Goedkeuren", { reason: "Na overleg: mag worden verloot." });
  // Against the code (the gift is "not permitted"): the officer confirms in a second step.
  await page.getByRole("button", { name: "Ja, neem dit besluit" }).click();
  // Back in their own queue (not the managers' dashboard, which they cannot open), with the notice.
  await expect(page).toHaveURL(/\/integriteit\?besloten=/);
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Fatima El Amrani");
  await openMine(page, title);
  await expect(page.getByText("Goedgekeurd").first()).toBeVisible();
});

test("a deputy decides while the manager is away, and the decision says so", async ({ page }) => {
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/vervanging");
  await page.getByRole("button", { name: "Vervanger aanwijzen" }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectNoAxeViolations(page);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  await page.getByLabel("Vervanger", { exact: true }).selectOption({ label: "Sanne Visser (Directeur Financiën)" });
  await fillDate(page, "Van", today);
  await fillDate(page, "Tot en met", today);
  await page.getByRole("button", { name: "Vervanger aanwijzen" }).click();
  await expect(page.getByTestId("deputies-given")).toContainText("Sanne Visser");
  await signOut(page);

  const title = unique("Boekenbon");
  await fileGift(page, "Thomas Jansen", title);
  await signOut(page);
  await signInAs(page, "Sanne Visser");
  await openFromQueue(page, title);
  await expect(page.getByText("Je beslist als vervanger van Jeroen Bakker")).toBeVisible();
  // The gift is "not permitted": refusing follows the code and needs only its reason.
  await decide(page, "Afwijzen", { reason: "Boven de grens van €50." });
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);

  await signInAs(page, "Thomas Jansen");
  await openMine(page, title);
  await expect(page.getByText("namens Jeroen Bakker").first()).toBeVisible();
});

test("each step notifies: the manager in the portal and by (demo) e-mail, the employee on the decision @db", async ({
  page,
}) => {
  const title = unique("Lunchbon");
  const reference = await fileGift(page, "Thomas Jansen", title);
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await page.goto("/berichten");
  // The reference and the kind, never the title, the giver or the amount (decision 037).
  await expect(page.getByTestId("notification").filter({ hasText: `Besluit nodig: melding ${reference}` })).toHaveCount(
    1,
  );
  // The background job delivers the e-mail; in demo mode it is kept in the portal.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("mailbox")).toContainText(reference);
  }).toPass({ timeout: 90_000 });
  await expect(page.getByTestId("mailbox")).not.toContainText(title);
  await expect(page.getByTestId("notifications")).not.toContainText(title);
  await expect(page.getByTestId("mailbox")).not.toContainText("Drukkerij Peeters");
  await expectNoAxeViolations(page);
  // The manager finds it by its reference (as typed on the phone: lower case, spaces).
  await page.goto("/beslissen");
  await page.getByLabel("Melding opzoeken op kenmerk").fill(reference.toLowerCase().replaceAll("-", " "));
  await page.getByRole("button", { name: "Opzoeken" }).click();
  await expect(page).toHaveURL(/\/beslissen\/[^/?]+$/);
  await expect(page.getByTestId("reference")).toHaveText(reference);
  await openFromQueue(page, title);
  await decide(page, "Afwijzen", { reason: "Boven de grens van €50." });
  await expect(page.getByTestId("notice")).toBeVisible();
  await signOut(page);
  await signInAs(page, "Thomas Jansen");
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: /Berichten \(\d+\)/ }),
  ).toBeVisible();
  await page.goto("/berichten");
  await expect(
    page.getByTestId("notification").filter({ hasText: `Besluit over je melding ${reference}` }),
  ).toHaveCount(1);
  await page.getByRole("button", { name: "Alles als gelezen markeren" }).click();
  await expect(
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Berichten", exact: true }),
  ).toBeVisible();
});
