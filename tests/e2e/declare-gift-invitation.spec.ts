// Journeys for gifts and invitations: the same facts at two organisations whose codes differ.
// Expected verdicts were checked with `npx tsx scripts/rules.ts evaluate` (see the journey comments).
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  checkAndSend,
  continueToCheck,
  fillGift,
  expectVerdict,
  isoDate,
  uniqueTitle,
  fillDate,
  declareAs,
} from "./helpers";

/** Lotte Janssen (Gemeente) declares a gift received from `giver`, worth `value`, with exception ground b. */
async function declareGemeenteGift(page: Page, title: string, giver: string, value: string) {
  await declareAs(page, "Lotte Janssen", "Geschenk of ander voordeel", "Geschenk of ander voordeel melden");
  await fillGift(page, { title, giver, value, gemeenteGround: "Het is een gewoon bedankje" });
}

test.describe("declaring a gift of € 50,00", () => {
  // rules CLI, rijk, Fatima (scale 11), gift received, goods, 5000 cents, no other flags:
  //   outcome "register", reasons gift.value-cap (no-duty) "Het geschenk is niet meer dan € 50,00 waard. ..." + gift.report (register).
  test("at the Rijk it is within the limit: report and register (Geregistreerd) @db", async ({ page }) => {
    const title = uniqueTitle("Fles wijn Rijk");
    await declareAs(page, "Fatima El Amrani", "Geschenk of ander voordeel", "Geschenk of ander voordeel melden");
    await expect(page.getByTestId("verdict-pending")).toBeVisible();
    await fillGift(page, { title, giver: "Jan de Wit, Bouwbedrijf Noord", value: "50,00" });
    await expectVerdict(
      page,
      "register",
      ["Het geschenk is niet meer dan € 50,00 waard. Het valt binnen de grens.", "Meld het bij je leidinggevende."],
      { axe: true },
    );
    await checkAndSend(
      page,
      title,
      [title, "Jan de Wit, Bouwbedrijf Noord", "€ 50,00", "Ik heb het gekregen"],
      "register",
      "REGISTERED",
      { axe: true },
    );
  });

  // rules CLI, gemeente, Lotte (scale 9, vulnerable), same gift with exception ground b:
  //   outcome "not-permitted" (cap is "less than €50"), reason "Het geschenk is € 50,00 of meer waard. Dat neem je niet aan.",
  //   decider manager, so the declaration goes to Rob Lemmens (Wacht op besluit).
  test("at the Gemeente € 50,00 is not below the cap: not permitted, the manager decides", async ({ page }) => {
    const title = uniqueTitle("Fles wijn Gemeente");
    await declareGemeenteGift(page, title, "Café De Markt", "50,00");
    await expectVerdict(
      page,
      "not-permitted",
      ["Het geschenk is € 50,00 of meer waard. Dat neem je niet aan.", "Neem het niet aan."],
      { axe: true },
    );
    await checkAndSend(
      page,
      title,
      [title, "Café De Markt", "€ 50,00", "Het is een gewoon bedankje"],
      "not-permitted",
      "SUBMITTED",
    );
  });

  // rules CLI, gemeente, Lotte, 4999 cents, ground b: outcome "register",
  //   reason "Het geschenk is minder dan € 50,00 waard en er is een uitzondering (b)."
  test("an amount typed as 49,99 or as 49.99 gives the same verdict at the Gemeente and shows as € 49,99 @db", async ({
    page,
  }) => {
    const title = uniqueTitle("Boekenbon");
    await declareGemeenteGift(page, title, "Stichting Lezen", "49,99");
    await expectVerdict(page, "register", ["Het geschenk is minder dan € 50,00 waard en er is een uitzondering (b)."]);
    const withComma = await page.getByTestId("verdict").innerText();
    await page.getByLabel("Geschatte waarde in euro").fill("49.99");
    await expectVerdict(page, "register", ["Het geschenk is minder dan € 50,00 waard en er is een uitzondering (b)."]);
    expect(await page.getByTestId("verdict").innerText()).toBe(withComma);
    await continueToCheck(page, [title, "€ 49,99"], "register");
  });
});

/** `person` declares an invitation to a congress in Barcelona: travel, hotel and entry paid, € 1.200,00, for the work. */
async function declareInvitation(page: Page, person: string, title: string) {
  await declareAs(page, person, "Uitnodiging, evenement of reis", "Uitnodiging of evenement melden");
  await choose(page, "Waarvoor ben je uitgenodigd?", "Een congres, seminar of symposium");
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByLabel("Wie nodigt je uit?").fill("Smart City Expo, Barcelona");
  await page.getByLabel("Waar is het?").fill("Barcelona");
  await fillDate(page, "Datum", isoDate(30));
  await choose(page, "Duurt het langer dan één dag?", "Ja");
  await fillDate(page, "Laatste dag", isoDate(32));
  await choose(page, "Wat betaalt de gastheer of een ander voor jou?", "Toegang of kaartje");
  await choose(page, "Wat betaalt de gastheer of een ander voor jou?", "Reiskosten");
  await choose(page, "Wat betaalt de gastheer of een ander voor jou?", "Hotel of overnachting");
  await page.getByLabel("Geschatte waarde voor jou in euro").fill("1.200,00");
  await page.getByLabel("Waarom is het nuttig voor je werk?").fill("Ik geef er een presentatie over ons beleid.");
  await choose(page, "Ga je erheen voor je werk of om de organisatie te vertegenwoordigen?", "Ja");
  await choose(page, "Is de kans klein dat het lijkt alsof de gastheer je wil omkopen?", "Ja");
  await choose(page, "Doet de gastheer mee aan een aanbesteding", "Nee");
}

/** What the check page shows of the invitation declareInvitation fills, besides its title. */
const INVITATION_ANSWERS = [
  "Smart City Expo, Barcelona",
  "€ 1.200,00",
  "Toegang of kaartje; Reiskosten; Hotel of overnachting",
];

test.describe("declaring an invitation to a congress abroad, travel and hotel paid by the host", () => {
  // rules CLI, gemeente, Lotte: congress in 30 days, othersPayTravelOrStay, functional, appearance minimal:
  //   outcome "not-permitted" (invitation.paid-trip: "Je neemt geen reis of verblijf aan dat anderen betalen. ..."), decider manager.
  test("at the Gemeente a trip paid by others that is not necessary for the work is not permitted", async ({
    page,
  }) => {
    const title = uniqueTitle("Congres Barcelona Gemeente");
    await declareInvitation(page, "Lotte Janssen", title);
    await choose(page, "Is het bezoek nodig voor je werk?", "Nee");
    await expectVerdict(
      page,
      "not-permitted",
      ["Je neemt geen reis of verblijf aan dat anderen betalen. Het bezoek is niet nodig voor je werk."],
      { axe: true },
    );
    await checkAndSend(page, title, [title, ...INVITATION_ANSWERS], "not-permitted", "SUBMITTED");
  });

  // Issue 13 / decision 038, 002 L428-431: "Als deze bezoeken naar het oordeel van jouw leidinggevende voor jouw functie
  // noodzakelijk zijn, kun je deze bezoeken als werk zien": a necessary trip is the manager's decision, not a ban.
  test("at the Gemeente a trip the employee finds necessary goes to the manager, who judges whether it is work", async ({
    page,
  }) => {
    const title = uniqueTitle("Congres Barcelona nodig");
    await declareInvitation(page, "Lotte Janssen", title);
    await choose(page, "Is het bezoek nodig voor je werk?", "Ja");
    await expectVerdict(
      page,
      "approval-required",
      [
        "Vindt je leidinggevende het bezoek nodig voor je werk? Dan is het werk en betaalt de gemeente de kosten, niet de gastheer.",
      ],
      { absent: ["Het bezoek is niet nodig voor je werk."], axe: true },
    );
    await checkAndSend(page, title, [title, "Is het bezoek nodig voor je werk?"], "approval-required", "SUBMITTED");
  });

  // rules CLI, rijk, Fatima, the same invitation: outcome "approval-required", reasons
  //   "Bespreek de uitnodiging vooraf met je leidinggevende." and "Anderen betalen reis of verblijf. Betaal zoveel mogelijk zelf ...".
  test("at the Rijk it needs the manager's approval and you pay as much as you can yourself", async ({ page }) => {
    const title = uniqueTitle("Congres Barcelona Rijk");
    await declareInvitation(page, "Fatima El Amrani", title);
    await expectVerdict(
      page,
      "approval-required",
      [
        "Anderen betalen reis of verblijf. Betaal zoveel mogelijk zelf en declareer volgens de regels.",
        "Betaal zoveel mogelijk zelf.",
      ],
      { absent: ["Je neemt geen reis of verblijf aan dat anderen betalen."] },
    );
    await expect(page.getByText("Is het bezoek nodig voor je werk?")).toHaveCount(0);
    await checkAndSend(page, title, [title, "€ 1.200,00"], "approval-required", "SUBMITTED", { axe: true });
  });
});
