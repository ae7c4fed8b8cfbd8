// Decision 041: a private relationship and a private contact with a supplier are declared, decided with a recusal
// ("what the employee does not handle, until when") and the recusal is seen by the employee, the manager and the
// integrity officer, and on the decision page of another declaration of that person; the manager ends one early.
// Two organisations (Rijk, Gemeente), axe on every page and state, and the pages at 320 px and 1280 px.
// Expected verdicts checked with `npm run rules -- evaluate`.
import { expect, test, type Page } from "@playwright/test";
import {
  choose,
  checkAndSend,
  expectNoAxeViolations,
  expectVerdict,
  isoDate,
  openFromQueue,
  signInAs,
  startDeclaration,
  uniqueTitle,
  fillDate,
  declareAs,
  screenshotAtWidths,
} from "./helpers";

/**
 * Screenshots at 320 and 1280 px to /tmp, and the reflow check on every page (the decision queues included: their
 * table scrolls in its own box, and the links' visually hidden text stays inside it).
 */
const shot = (page: Page, name: string) => screenshotAtWidths(page, (width) => `/tmp/recusal-${name}-${width}.png`);

async function fileSupplierContact(page: Page, party: string, matter: string): Promise<string> {
  await startDeclaration(
    page,
    "Privécontact met een leverancier of zakelijke relatie",
    "Privécontact met een leverancier of zakelijke relatie melden",
  );
  await page.getByLabel("Welke partij is het?").fill(party);
  await choose(page, "Wat is die partij voor je organisatie?", "Een partij die meedoet aan een inkoop of aanbesteding");
  await choose(page, "Wat voor privécontact heb je met die partij?", "Er werkt familie van mij");
  await choose(page, "Wat is jouw rol in de kwestie met die partij?", "Ik behandel of beslis erover");
  await page.getByLabel("Om welke kwestie gaat het?").fill(matter);
  await choose(page, "Heb je al aan de kwestie gewerkt?", "Nee");
  return matter;
}

/** Approves with a recusal: the recusal questions appear only once "Goedkeuren" is chosen. */
async function approveWithRecusal(page: Page, kindLabel: string, subject: string, endsOn: string) {
  await expect(page.getByTestId("recusal-fields")).toHaveCount(0);
  await page.getByLabel("Goedkeuren", { exact: true }).check();
  await expect(page.getByTestId("recusal-fields")).toBeVisible();
  await choose(page, "Wat is het?", kindLabel);
  await page.getByLabel("Welke zaak, leverancier of persoon?").fill(subject);
  await fillDate(page, "Tot en met welke dag?", endsOn);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page).toHaveURL(/\/beslissen\?besloten=/);
  await expect(page.getByTestId("notice")).toHaveText("Je besluit is vastgelegd.");
}

test.describe("recusals", () => {
  // Long journeys (four people, axe on every state, two widths) on a shared 2-core machine.
  test.describe.configure({ timeout: 300_000 });
  test("Rijk: a supplier contact is declared, decided with a recusal, seen by all three, and ended early by the manager", async ({
    page,
  }) => {
    const party = uniqueTitle("Schoonmaak Noord BV");
    const matter = uniqueTitle("Aanbesteding schoonmaak");
    const subject = uniqueTitle("Schoonmaak Noord");
    await signInAs(page, "Fatima El Amrani");
    await fileSupplierContact(page, party, matter);
    // rules CLI, rijk: register, decider manager; report-in-advance@rijk and four-eyes@rijk
    await expectVerdict(
      page,
      "register",
      [
        "Meld het vooraf, dan regelt je leidinggevende dat iemand anders de kwestie behandelt.",
        "Behandel de kwestie niet zelf.",
      ],
      { axe: true },
    );
    await shot(page, "form-supplier-rijk");
    await checkAndSend(page, matter, [party, matter], "register", "SUBMITTED", { reference: /^PCL-/ });
    await page.context().clearCookies();

    // A wrong recusal (half filled) is refused with a specific message and changes nothing.
    await signInAs(page, "Jeroen Bakker");
    await openFromQueue(page, matter);
    await expect(page.getByTestId("decision-recusals-empty")).toBeVisible();
    await page.getByLabel("Goedkeuren", { exact: true }).check();
    await page.getByLabel("Welke zaak, leverancier of persoon?").fill(subject);
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(page.getByText("Vul in tot en met welke dag de afspraak geldt.").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await openFromQueue(page, matter);
    await approveWithRecusal(page, "Leverancier of zakelijke relatie", subject, isoDate(90));
    const team = page.getByTestId("team-recusals");
    await expect(team.getByTestId("recusal-row").filter({ hasText: subject })).toContainText("Fatima El Amrani");
    await expectNoAxeViolations(page);
    await shot(page, "manager-rijk");
    await page.context().clearCookies();

    await signInAs(page, "Fatima El Amrani");
    await page.goto("/meldingen");
    await expect(page.getByTestId("my-recusals")).toContainText(subject);
    await expect(page.getByTestId("my-recusals").getByText("Eerder stoppen")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, "employee-rijk");
    await page.context().clearCookies();

    await signInAs(page, "Ahmed Yilmaz");
    await page.goto("/integriteit");
    const row = page.getByTestId("org-recusals").getByTestId("recusal-row").filter({ hasText: subject });
    await expect(row).toContainText("Fatima El Amrani");
    await expect(row.getByText("Eerder stoppen")).toHaveCount(0); // the manager handled it: the manager ends it
    await expectNoAxeViolations(page);
    await shot(page, "integrity-rijk");
    await page.context().clearCookies();

    // The manager ends it early, with a reason, confirmed on the page.
    await signInAs(page, "Jeroen Bakker");
    await page.goto("/beslissen");
    const mine = page.getByTestId("team-recusals").getByTestId("recusal-row").filter({ hasText: subject });
    await mine.getByText("Eerder stoppen").click();
    await mine.getByRole("button", { name: "Afspraak nu beëindigen" }).click();
    await expect(mine.getByText("Vul in waarom de afspraak nu stopt.").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await mine.getByLabel("Waarom stopt deze afspraak nu?").fill("De aanbesteding is gegund.");
    await mine.getByRole("button", { name: "Afspraak nu beëindigen" }).click();
    // The list is revalidated at once: the ended recusal leaves it (its own success line goes with the row).
    await expect(page.getByTestId("team-recusals").getByText(subject)).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("team-recusals").getByText(subject)).toHaveCount(0);
    await page.context().clearCookies();
    await signInAs(page, "Fatima El Amrani");
    await page.goto("/meldingen");
    await expect(page.getByText(subject)).toHaveCount(0);
  });

  test("Gemeente: a private relationship is declared and decided with a recusal, which the decision page of her next declaration shows", async ({
    page,
  }) => {
    const who = uniqueTitle("Een collega van team Vergunningen");
    const subject = uniqueTitle("Vergunningen van de partner");
    await declareAs(page, "Lotte Janssen", "Privérelatie op het werk", "Privérelatie op het werk melden");
    await choose(page, "Wat voor relatie is het?", "Liefdesrelatie");
    await choose(page, "Met wie heb je de relatie?", "Een collega");
    await page.getByLabel("Om wie of welke organisatie gaat het?").fill(who);
    await choose(page, "Raakt jouw werk het werk of de belangen van die persoon?", "Ja");
    await choose(
      page,
      "Is een van jullie de leidinggevende van de ander, of beoordeelt, controleert of keurt een van jullie het werk van de ander goed?",
      "Nee",
    );
    await choose(
      page,
      "Kan de relatie het lastig maken om in je werk professioneel en objectief te blijven?",
      "Twijfel",
    );
    // The Provincie-only question is not asked at the Gemeente.
    await expect(page.getByText("Wil je zelf vragen om overplaatsing of ontslag?")).toHaveCount(0);
    // rules CLI, gemeente: register, decider manager; report@gemeente, risk-higher@gemeente, measures@gemeente
    await expectVerdict(
      page,
      "register",
      [
        "Meld het bij je leidinggevende.",
        "Het risico is groter: jullie werk raakt elkaar.",
        "Beoordeel, controleer of keur het werk van die persoon niet goed.",
      ],
      { absent: ["naasthogere"], axe: true },
    );
    await shot(page, "form-relationship-gemeente");
    await checkAndSend(page, who, [who, "Liefdesrelatie"], "register", "SUBMITTED", { reference: /^PRL-/ });
    // Her next declaration: a supplier contact, still waiting.
    const matter = uniqueTitle("Subsidie sportpark");
    await fileSupplierContact(page, uniqueTitle("Sportbouw Limburg"), matter);
    await expectVerdict(page, "register", [
      "Je gaat actief de schijn van belangenverstrengeling tegen",
      "Een (mogelijk) verstrengelde situatie niet melden is ook een schending van de gedragscode.",
    ]);
    await checkAndSend(page, matter, [matter], "register", "SUBMITTED");
    await page.context().clearCookies();

    await signInAs(page, "Rob Lemmens");
    await openFromQueue(page, who);
    await approveWithRecusal(page, "Persoon", subject, isoDate(180));
    await openFromQueue(page, matter);
    const onPage = page.getByTestId("decision-recusals");
    await expect(onPage).toContainText(subject);
    await expect(page.getByRole("heading", { name: "Wat Lotte Janssen nu niet behandelt" })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, "decision-gemeente");
    await page.context().clearCookies();

    await signInAs(page, "Lotte Janssen");
    await page.goto("/meldingen");
    await expect(page.getByTestId("my-recusals")).toContainText(subject);
    await expectNoAxeViolations(page);
    await page.context().clearCookies();

    await signInAs(page, "Bas Vliegen");
    await page.goto("/integriteit");
    await expect(page.getByTestId("org-recusals")).toContainText(subject);
    await expectNoAxeViolations(page);
    await shot(page, "integrity-gemeente");
  });
});
