// Journeys for side jobs, speaking at commercial events and private trip extensions, at two organisations each.
// Expected verdicts were checked with `npx tsx scripts/rules.ts evaluate` (see the journey comments).
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  checkAndSend,
  expectVerdict,
  isoDate,
  nextJanuary,
  question,
  uniqueTitle,
  fillDate,
  declareAs,
} from "./helpers";

const SAME_NETWORK = "Heb je in de nevenwerkzaamheden te maken met hetzelfde netwerk";

/**
 * `person` declares an intended, paid board seat at `organisation`; every self-assessment question "Nee" except the
 * one on the same network.
 */
async function declareSideJob(page: Page, person: string, organisation: string) {
  await declareAs(page, person, "Nevenwerkzaamheid", "Nevenwerkzaamheid melden");
  await choose(page, "Doe je dit werk al?", "Nee, ik ben het van plan");
  await page.getByLabel("Voor welke organisatie doe je het?").fill(organisation);
  await choose(page, "Wat is je rol?", "Bestuurslid");
  await page.getByLabel("Wat doe je precies?").fill("Penningmeester van het bestuur.");
  await choose(page, "Krijg je geld voor dit werk?", "Ja");
  await page.getByLabel("Hoeveel uur per maand besteed je eraan?").fill("8");
  await fillDate(page, "Startdatum", isoDate(30));
  const questions = page.getByRole("group").filter({ has: page.getByRole("radio", { name: "Twijfel", exact: true }) });
  await expect(questions).toHaveCount(9); // the nine questions of the Rijk and Eerste Kamer codes
  for (let i = 0; i < 9; i++) await questions.nth(i).getByRole("radio", { name: "Nee", exact: true }).check();
  await question(page, SAME_NETWORK).getByRole("radio", { name: "Ja", exact: true }).check();
}

test.describe("declaring a side job of a senior civil servant", () => {
  // rules CLI, rijk, Sanne Visser (scale 16, topManagementGroup, manager): outcome "approval-required",
  //   publishInRegister true, reason "Je hoort bij de topmanagementgroep. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt, ...",
  //   obligation publish-in-register. Decider manager: goes to Marieke de Vries.
  test("at the Rijk a member of the top-management group is told the side job will be published", async ({ page }) => {
    const organisation = uniqueTitle("Stichting Muziekschool");
    await declareSideJob(page, "Sanne Visser", organisation);
    await expectVerdict(
      page,
      "approval-required",
      [
        "Je hoort bij de topmanagementgroep. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt, met de voorwaarden.",
        "Als je nevenwerkzaamheid is toegestaan, wordt die openbaar gemaakt, met de voorwaarden.",
      ],
      { axe: true },
    );
    await checkAndSend(
      page,
      organisation,
      [organisation, "Bestuurslid", "Nee, ik ben het van plan"],
      "approval-required",
      "SUBMITTED",
      { axe: true },
    );
  });

  // rules CLI, eerste-kamer, Hans Dekker (scale 16, not in the top-management group, manager): outcome "approval-required",
  //   publishInRegister false: the Eerste Kamer code publishes nothing, so no publication reason or obligation.
  test("at the Eerste Kamer the same side job needs approval but is not published", async ({ page }) => {
    const organisation = uniqueTitle("Stichting Muziekschool");
    await declareSideJob(page, "Hans Dekker", organisation);
    await expectVerdict(
      page,
      "approval-required",
      ["Je nevenwerkzaamheid kan je werk raken. Meld het bij je leidinggevende."],
      { absent: ["openbaar gemaakt"] },
    );
    await checkAndSend(page, organisation, [organisation, "Bestuurslid"], "approval-required", "SUBMITTED");
  });
});

/** `person` declares a paid talk at the commercial event `eventName` and wants to accept the € 250 fee. */
async function declareCommercialTalk(page: Page, person: string, eventName: string) {
  await declareAs(page, person, "Spreken op een commercieel evenement", "Spreken op een commercieel evenement melden");
  await choose(page, "Wat ga je doen?", "Een presentatie of toespraak geven");
  await page.getByLabel("Naam van het congres of evenement").fill(eventName);
  await page.getByLabel("Wie organiseert het?").fill("Events BV");
  await fillDate(page, "Datum van het evenement", isoDate(30));
  await choose(page, "Is het evenement commercieel?", "Ja");
  await page.getByLabel("Waarom is het belangrijk voor je werk?").fill("Ik leg het nieuwe inkoopbeleid uit.");
  await choose(page, "Biedt de organisator je geld of een cadeau aan voor je bijdrage?", "Ja");
  await page.getByLabel("Hoeveel is de vergoeding in euro?").fill("250");
  await choose(page, "Wil je de vergoeding aannemen?", "Ja");
}

test.describe("speaking at a commercial event for a fee", () => {
  // rules CLI, rijk, Fatima, commercially organised, fee 25000 cents accepted: outcome "not-permitted",
  //   reasons commercial.within-function, "Het management bepaalt of het belangrijk is voor beleid.", "Je laat je niet betalen voor deze bijdrage."
  test("at the Rijk management decides and a fee is not permitted", async ({ page }) => {
    const eventName = uniqueTitle("Inkoopcongres Rijk");
    await declareCommercialTalk(page, "Fatima El Amrani", eventName);
    await expectVerdict(
      page,
      "not-permitted",
      ["Het management bepaalt of het belangrijk is voor beleid.", "Je laat je niet betalen voor deze bijdrage."],
      { absent: ["Je gedragscode heeft hiervoor geen aparte regel."], axe: true },
    );
    await checkAndSend(page, eventName, [eventName, "Events BV", "€ 250,00"], "not-permitted", "SUBMITTED");
  });

  // rules CLI, gemeente, Lotte, the same facts: outcome "not-permitted", reasons
  //   "Je gedragscode heeft hiervoor geen aparte regel. Bespreek het open met je leidinggevende." and the no-fee rule.
  test("at the Gemeente the code has no specific rule, and the fee is still not permitted", async ({ page }) => {
    const eventName = uniqueTitle("Inkoopcongres Gemeente");
    await declareCommercialTalk(page, "Lotte Janssen", eventName);
    await expectVerdict(
      page,
      "not-permitted",
      [
        "Je gedragscode heeft hiervoor geen aparte regel. Bespreek het open met je leidinggevende.",
        "Je laat je niet betalen voor deze bijdrage.",
      ],
      { absent: ["Het management bepaalt"] },
    );
    await checkAndSend(page, eventName, [eventName, "€ 250,00"], "not-permitted", "SUBMITTED");
  });
});

/** `person` declares a business trip in January next year with a private extension of 73 hours at the end. */
async function declareTripExtension(page: Page, person: string, destination: string) {
  await declareAs(page, person, "Dienstreis privé verlengen", "Dienstreis privé verlengen");
  await page.getByLabel("Waar gaat de dienstreis naartoe?").fill(destination);
  await page.getByLabel("Wat is het doel van de dienstreis?").fill("Overleg met de Europese Commissie.");
  await fillDate(page, "Begin van de dienstreis", nextJanuary(12, "09:00"));
  await fillDate(page, "Einde van de dienstreis", nextJanuary(15, "17:00"));
  await choose(page, "Ga je al eerder weg, voor jezelf?", "Nee");
  await fillDate(page, "Begin van de verlenging aan het einde", nextJanuary(15, "17:00"));
  await fillDate(page, "Einde van de verlenging aan het einde", nextJanuary(18, "18:00"));
}

test.describe("extending a business trip privately by 73 hours", () => {
  // rules CLI, rijk, Fatima, trip 12-15 January next year, extension 15 Jan 17:00 - 18 Jan 18:00: outcome "not-permitted",
  //   reason "Je verlenging is 73 uur. Dat is meer dan 72 uur.", obligation "Maak de verlenging korter: samen maximaal 72 uur."
  test("at the Rijk more than 72 hours is not permitted", async ({ page }) => {
    const destination = uniqueTitle("Brussel");
    await declareTripExtension(page, "Fatima El Amrani", destination);
    await expectVerdict(
      page,
      "not-permitted",
      ["Je verlenging is 73 uur. Dat is meer dan 72 uur.", "Maak de verlenging korter: samen maximaal 72 uur."],
      { axe: true },
    );
    await checkAndSend(page, destination, [destination, "18:00"], "not-permitted", "SUBMITTED");
  });

  // rules CLI, gemeente, Lotte, the same trip: outcome "approval-required",
  //   reason "Je gedragscode heeft geen regel over het verlengen van een dienstreis. Je leidinggevende beslist."
  test("at the Gemeente the code has no rule: the manager decides", async ({ page }) => {
    const destination = uniqueTitle("Brussel");
    await declareTripExtension(page, "Lotte Janssen", destination);
    await expectVerdict(
      page,
      "approval-required",
      ["Je gedragscode heeft geen regel over het verlengen van een dienstreis. Je leidinggevende beslist."],
      { absent: ["72 uur"] },
    );
    await checkAndSend(page, destination, [destination], "approval-required", "SUBMITTED", { axe: true });
  });
});
