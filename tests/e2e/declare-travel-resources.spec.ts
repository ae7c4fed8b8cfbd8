// Decision 039's four declaration types, declared and decided end to end in two organisations each, with axe.
// Expected verdicts are those of tests/unit/rules/travel-and-resources.test.ts (the same rule module).
import { expect, test } from "@playwright/test";
import { choose, expectVerdict, isoDate, uniqueTitle, fillDate, declareAs, sendAndDecide } from "./helpers";

test.describe("selling something to your employer", () => {
  // rijk, Fatima: goods, not involved in the purchase: approval-required, sale-to-employer.permission@rijk (000 L1174-1177)
  test("at the Rijk it needs permission, rarely given; the manager refuses", async ({ page }) => {
    const what = uniqueTitle("Trainingen schrijven");
    await declareAs(page, "Fatima El Amrani", "Iets verkopen aan je werkgever", "Iets verkopen aan je werkgever");
    await expect(page.getByText("Die toestemming wordt zelden gegeven.").first()).toBeVisible();
    await page.getByLabel("Wat wil je verkopen?").fill(what);
    await choose(page, "Is het een product of een dienst?", "Een dienst");
    await page.getByLabel("Welk deel van de organisatie koopt het?").fill("Team Communicatie");
    await choose(page, "Heb je in je werk zelf met deze inkoop te maken?", "Nee");
    await fillDate(page, "Wanneer wil je voor het eerst leveren?", isoDate(60));
    await expectVerdict(
      page,
      "approval-required",
      [
        "Je mag alleen iets verkopen aan je werkgever als je daarvoor toestemming krijgt. Die toestemming wordt zelden gegeven.",
        "Maak geen reclame voor jezelf of je bedrijf bij je werkgever of collega's.",
      ],
      { axe: true },
    );
    await sendAndDecide(
      page,
      what,
      { answers: [what, "Team Communicatie"], outcome: "approval-required", axe: true, reference: /^VKW-/ },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Die toestemming geven we hier niet.",
        },
      },
    );
  });

  // gemeente, Lotte: involved in the purchase: not-permitted, sale-to-employer.own-purchase@gemeente (002 L345-348)
  test("at the Gemeente delivering what you buy yourself is not permitted; the manager refuses", async ({ page }) => {
    const what = uniqueTitle("Kantoorstoelen");
    await declareAs(page, "Lotte Janssen", "Iets verkopen aan je werkgever", "Iets verkopen aan je werkgever");
    await page.getByLabel("Wat wil je verkopen?").fill(what);
    await choose(page, "Is het een product of een dienst?", "Een product");
    await page.getByLabel(/Via welk bedrijf/).fill("Janssen Meubelen");
    await page.getByLabel("Welk deel van de organisatie koopt het?").fill("Facilitaire zaken");
    await choose(page, "Heb je in je werk zelf met deze inkoop te maken?", "Ja");
    await fillDate(page, "Wanneer wil je voor het eerst leveren?", isoDate(30));
    await expectVerdict(
      page,
      "not-permitted",
      ["Je hebt zelf met deze inkoop te maken. Dan mag je niet leveren en er geen voordeel van hebben."],
      { absent: ["zelden"], axe: true },
    );
    await sendAndDecide(
      page,
      what,
      { answers: [what, "Janssen Meubelen"], outcome: "not-permitted" },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Je doet zelf de inkoop: dat kan niet.",
        },
      },
    );
  });
});

test.describe("a partner travelling along on a business trip", () => {
  // rijk, Fatima: functional, the service pays: approval-required, partner-travel.service-interest@rijk (000 L2053-2059)
  test("at the Rijk a partner for the work is the manager's decision; approved with a condition", async ({ page }) => {
    const destination = uniqueTitle("Brussel");
    await declareAs(page, "Fatima El Amrani", "Partner reist mee op dienstreis", "Partner reist mee op dienstreis");
    await page.getByLabel("Waar gaat de dienstreis naartoe?").fill(destination);
    await fillDate(page, "Eerste dag van de dienstreis", isoDate(40));
    await fillDate(page, "Laatste dag van de dienstreis", isoDate(42));
    await choose(page, "Waarom reist je partner mee?", "Voor de gezelligheid");
    await choose(page, "Zou je werkgever kosten van je partner betalen?", "Nee");
    await expectVerdict(page, "not-permitted", ["Laat je partner niet privé meereizen. Het is een dienstreis."]);
    await choose(page, "Waarom reist je partner mee?", "Voor het werk");
    await choose(page, "Zou je werkgever kosten van je partner betalen?", "Ja");
    await expectVerdict(
      page,
      "approval-required",
      ["Je leidinggevende beslist of dat aantoonbaar nodig is voor het werk."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      destination,
      { answers: [destination, "Voor het werk"], outcome: "approval-required" },
      {
        kind: "Goedkeuren met voorwaarden",
        shows: "Goedgekeurd",
        fields: {
          conditions: "Alleen voor het diner met de ambassadeur.",
        },
      },
    );
  });

  // gemeente, Lotte: no partner rule in 002; the employer pays: approval-required, partner-travel.costs-prior-permission@gemeente (002 L600-602)
  test("at the Gemeente only the cost rule applies: the reason is not asked; the manager approves", async ({
    page,
  }) => {
    const destination = uniqueTitle("Luik");
    await declareAs(page, "Lotte Janssen", "Partner reist mee op dienstreis", "Partner reist mee op dienstreis");
    await expect(page.getByRole("group", { name: /Waarom reist je partner mee/ })).toHaveCount(0);
    await page.getByLabel("Waar gaat de dienstreis naartoe?").fill(destination);
    await fillDate(page, "Eerste dag van de dienstreis", isoDate(40));
    await fillDate(page, "Laatste dag van de dienstreis", isoDate(40));
    await choose(page, "Zou je werkgever kosten van je partner betalen?", "Nee");
    await expectVerdict(page, "no-duty", ["Je gedragscode heeft geen regel over een partner die meereist."]);
    await choose(page, "Zou je werkgever kosten van je partner betalen?", "Ja");
    await expectVerdict(
      page,
      "approval-required",
      ["Daarvoor heb je vooraf toestemming van je leidinggevende nodig."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      destination,
      { answers: [destination], outcome: "approval-required" },
      { kind: "Goedkeuren", shows: "Goedgekeurd" },
    );
  });
});

/** The link to the form and its heading. */
const TRAVEL_BENEFIT_FORM = [
  "Vergoeding of voordeel van een dienstreis",
  "Vergoeding of voordeel van een dienstreis",
] as const;

test.describe("compensation and benefits from a business trip", () => {
  // rijk, Fatima: delay compensation: register, and the manager decides on claiming it (000 L2010-2014)
  test("at the Rijk delay compensation belongs to the Rijk and goes to the manager", async ({ page }) => {
    const company = uniqueTitle("KLM");
    await declareAs(page, "Fatima El Amrani", ...TRAVEL_BENEFIT_FORM);
    await choose(page, "Wat kreeg je?", "Geld of een tegoedbon voor vertraging");
    await expect(page.getByRole("group", { name: /Declareer je deze kosten ook/ })).toHaveCount(0);
    await page.getByLabel("Van welk bedrijf?").fill(company);
    await fillDate(page, "Wanneer was de dienstreis?", isoDate(-10));
    await page.getByLabel(/Hoeveel is het waard/).fill("250");
    await expectVerdict(page, "register", ["De vergoeding is niet voor jou, maar voor het Rijk."], { axe: true });
    await sendAndDecide(
      page,
      company,
      { answers: [company, "€ 250,00"], outcome: "register" },
      {
        kind: "Goedkeuren",
        shows: "Goedgekeurd",
        fields: {
          reason: "Stort de vergoeding door naar de dienst.",
        },
      },
    );
  });

  // provincie, Eva: vouchers and the costs claimed too: not-permitted, travel-benefit.no-double-claim@provincie (003 L298-300)
  test("at the Provincie vouchers with the costs claimed too are not permitted; the manager refuses", async ({
    page,
  }) => {
    const company = uniqueTitle("Transavia");
    await declareAs(page, "Eva van Leeuwen", ...TRAVEL_BENEFIT_FORM);
    await choose(page, "Wat kreeg je?", "Bonnen voor eten, een hotel of een taxi");
    await page.getByLabel("Van welk bedrijf?").fill(company);
    await fillDate(page, "Wanneer was de dienstreis?", isoDate(-3));
    await choose(page, "Declareer je deze kosten ook bij je werkgever?", "Nee");
    await expectVerdict(page, "no-duty");
    await choose(page, "Declareer je deze kosten ook bij je werkgever?", "Ja");
    await expectVerdict(page, "not-permitted", ["De bonnen betalen deze kosten al."], { axe: true });
    await sendAndDecide(
      page,
      company,
      { answers: [company], outcome: "not-permitted" },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Declareer het eten niet.",
        },
      },
    );
  });
});

test.describe("private use of a service car", () => {
  // rijk, Fatima: commuting: approval-required, service-car.written-permission@rijk (000 L680-683)
  test("at the Rijk it needs written permission and an own contribution; approved with conditions", async ({
    page,
  }) => {
    const details = uniqueTitle("Naar huis tijdens de verbouwing");
    await declareAs(page, "Fatima El Amrani", "Dienstauto privé gebruiken", "Dienstauto privé gebruiken");
    await choose(page, "Welke auto?", "Een leaseauto");
    await choose(page, "Waarvoor wil je de auto gebruiken?", "Van en naar huis rijden");
    await page.getByLabel("Beschrijf kort waarvoor je de auto nodig hebt").fill(details);
    await fillDate(page, "Vanaf wanneer?", isoDate(7));
    await fillDate(page, "Tot en met wanneer?", isoDate(21));
    await expectVerdict(
      page,
      "approval-required",
      ["Betaal een eigen bijdrage voor de kilometers die je privé rijdt."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      details,
      { answers: [details, "Van en naar huis rijden"], outcome: "approval-required" },
      {
        kind: "Goedkeuren met voorwaarden",
        shows: "Goedgekeurd",
        fields: {
          conditions: "Eigen bijdrage per privékilometer.",
        },
      },
    );
  });

  // gemeente, Lotte: driving home not-permitted (002 L641-643); a calamity approval-required (002 L634-641)
  test("at the Gemeente driving home is not permitted, a calamity needs the manager first; approved", async ({
    page,
  }) => {
    const details = uniqueTitle("Kind naar het ziekenhuis");
    await declareAs(page, "Lotte Janssen", "Dienstauto privé gebruiken", "Dienstauto privé gebruiken");
    await choose(page, "Welke auto?", "Een dienstauto");
    await choose(page, "Waarvoor wil je de auto gebruiken?", "Van en naar huis rijden");
    await page.getByLabel("Beschrijf kort waarvoor je de auto nodig hebt").fill(details);
    await fillDate(page, "Vanaf wanneer?", isoDate(0));
    await fillDate(page, "Tot en met wanneer?", isoDate(0));
    await expectVerdict(page, "not-permitted", ["Je mag de dienstauto niet gebruiken om naar huis te gaan."]);
    await choose(page, "Waarvoor wil je de auto gebruiken?", "Een noodgeval");
    await expectVerdict(
      page,
      "approval-required",
      ["Gebruik de auto pas als je leidinggevende toestemming heeft gegeven."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      details,
      { answers: [details, "Een noodgeval"], outcome: "approval-required" },
      { kind: "Goedkeuren", shows: "Goedgekeurd" },
    );
  });
});
