// Decision 040's three declaration types, declared and decided end to end in two organisations each, with axe.
// Expected verdicts are those of tests/unit/rules/contacts-expenses.test.ts (the same rule module).
import { expect, test, type Page } from "@playwright/test";
import { choose, expectVerdict, isoDate, uniqueTitle, fillDate, declareAs, sendAndDecide } from "./helpers";

// Each journey declares, checks, sends and decides, with several axe scans: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });

/** `person` declares a meeting with `company` on excise and taxes, in 20 days. */
async function declareTobaccoMeeting(page: Page, person: string, company: string) {
  await declareAs(page, person, "Contact met de tabaksindustrie", "Contact met de tabaksindustrie melden");
  await page.getByLabel("Met welk bedrijf of welke organisatie?").fill(company);
  await choose(page, "Wat voor contact is het?", "Een overleg of afspraak");
  await fillDate(page, "Datum van het contact", isoDate(20));
  await choose(page, "Waar gaat het overleg over?", "Accijns en belastingen");
}

test.describe("contact with the tobacco industry", () => {
  // rijk, Fatima, a planned meeting: approval-required, tobacco.transparency@rijk + tobacco.meeting-report-published@rijk (000 L965-979)
  test("at the Rijk a meeting needs the manager's permission and its report is published; approved with a condition", async ({
    page,
  }) => {
    const company = uniqueTitle("Tabak BV");
    const title = `Overleg met ${company} over accijns en belastingen`;
    await declareTobaccoMeeting(page, "Fatima El Amrani", company);
    await expectVerdict(
      page,
      "approval-required",
      [
        "Contact met de tabaksindustrie mag alleen als het toegestaan is.",
        "Het verslag wordt openbaar gemaakt op de website van je organisatie.",
      ],
      { axe: true },
    );
    // A declined approach: nothing to report.
    await choose(page, "Wat voor contact is het?", "Ze wilden contact, maar ik heb het geweigerd");
    await expect(page.getByRole("group", { name: /Waar gaat het overleg over/ })).toHaveCount(0);
    await expectVerdict(page, "no-duty", ["Je hebt het contact geweigerd."]);
    await choose(page, "Wat voor contact is het?", "Een overleg of afspraak");
    await choose(page, "Waar gaat het overleg over?", "Accijns en belastingen");
    await sendAndDecide(
      page,
      title,
      { answers: [company, "Accijns en belastingen"], outcome: "approval-required", axe: true, reference: /^TAB-/ },
      {
        kind: "Goedkeuren met voorwaarden",
        shows: "Goedgekeurd",
        fields: {
          conditions: "Met zijn tweeën; het verslag gaat naar de website.",
        },
      },
    );
  });

  // eerste-kamer, Daan: the same rule (001 L441): approval-required; the manager refuses
  test("at the Eerste Kamer the same rule applies; the manager refuses", async ({ page }) => {
    const company = uniqueTitle("Lobbybureau Rook");
    const title = `Overleg met ${company} over accijns en belastingen`;
    await declareTobaccoMeeting(page, "Daan Meijer", company);
    await expectVerdict(page, "approval-required", [
      "Het verslag wordt openbaar gemaakt op de website van je organisatie.",
    ]);
    await sendAndDecide(
      page,
      title,
      { answers: [company], outcome: "approval-required" },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Dit overleg is niet nodig voor ons werk.",
        },
      },
    );
  });

  // gemeente, Lotte: no rule in 002 (tobacco.no-rule@gemeente): only the company and the date are asked
  test("at the Gemeente the code has no rule: the form asks only the company and the date", async ({ page }) => {
    await declareAs(page, "Lotte Janssen", "Contact met de tabaksindustrie", "Contact met de tabaksindustrie melden");
    await expect(page.getByRole("group", { name: /Wat voor contact is het/ })).toHaveCount(0);
    await page.getByLabel("Met welk bedrijf of welke organisatie?").fill("Tabak BV");
    await fillDate(page, "Datum van het contact", isoDate(5));
    await expectVerdict(
      page,
      "no-duty",
      ["Je gedragscode heeft geen aparte regel over contact met de tabaksindustrie."],
      { axe: true },
    );
  });
});

/** The link to the form and its heading. */
const ELECTED_MEMBER_FORM = [
  "Contact met volksvertegenwoordigers",
  "Contact met een volksvertegenwoordiger melden",
] as const;

test.describe("contact with elected members", () => {
  // rijk, Fatima, a technical briefing: approval-required, parliament.prior-permission@rijk (000 L1500-1506, L1525-1528)
  test("at the Rijk a briefing for a Kamerlid needs permission first; approved", async ({ page }) => {
    const subject = uniqueTitle("Briefing over de Omgevingswet");
    await declareAs(page, "Fatima El Amrani", ...ELECTED_MEMBER_FORM);
    await expect(page.getByRole("group", { name: /Wie begon het contact/ })).toHaveCount(0);
    await page.getByLabel("Naam van het Kamerlid").fill("A. de Vries");
    await fillDate(page, "Datum van het contact", isoDate(14));
    await choose(page, "Wat voor informatie geef je?", "Informatie die al openbaar is");
    await choose(page, "Geef je alleen feitelijke informatie?", "Ja");
    await page.getByLabel("Waar gaat het contact over?").fill(subject);
    await expectVerdict(page, "register", ["Openbare informatie mag je rechtstreeks geven."]);
    await choose(page, "Geef je alleen feitelijke informatie?", "Nee");
    await expectVerdict(page, "not-permitted", ["Een mening over beleid geef je niet"]);
    await choose(page, "Geef je alleen feitelijke informatie?", "Ja");
    await choose(page, "Wat voor informatie geef je?", "Een vaktechnische briefing");
    await expectVerdict(
      page,
      "approval-required",
      ["Een vaktechnische briefing geef je alleen na akkoord van de minister", "Vraag vooraf toestemming."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      subject,
      {
        answers: ["A. de Vries", "Een vaktechnische briefing"],
        outcome: "approval-required",
        axe: true,
        reference: /^VVT-/,
      },
      { kind: "Goedkeuren", shows: "Goedgekeurd" },
    );
  });

  // gemeente, Lotte, own initiative: not-permitted, parliament.no-own-initiative@gemeente (002 L500-502)
  test("at the Gemeente information on your own initiative is not permitted; the manager refuses", async ({ page }) => {
    const subject = uniqueTitle("Cijfers parkeerregeling");
    await declareAs(page, "Lotte Janssen", ...ELECTED_MEMBER_FORM);
    await expect(page.getByRole("group", { name: /Wat voor informatie geef je/ })).toHaveCount(0);
    await page.getByLabel("Naam van het raadslid").fill("C. Peters");
    await fillDate(page, "Datum van het contact", isoDate(3));
    await choose(page, "Wie begon het contact?", "Het raadslid vroeg mij om uitleg of informatie");
    await choose(page, "Geef je alleen feitelijke informatie?", "Ja");
    await page.getByLabel("Waar gaat het contact over?").fill(subject);
    await expectVerdict(page, "no-duty", ["Geef dan alleen die technische informatie."]);
    await choose(page, "Wie begon het contact?", "Ik wil zelf informatie of hulp geven");
    await expectVerdict(
      page,
      "not-permitted",
      ["Je geeft raadsleden geen informatie en geen hulp op eigen initiatief."],
      { axe: true },
    );
    await sendAndDecide(
      page,
      subject,
      { answers: ["C. Peters"], outcome: "not-permitted" },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Loop dit via de griffie en de wethouder.",
        },
      },
    );
  });
});

test.describe("expense claims", () => {
  // gemeente, Lotte: approval-required, expense.prior-permission@gemeente (002 L600-602)
  test("at the Gemeente a claim needs the manager's permission first; approved", async ({ page }) => {
    const what = uniqueTitle("Cursus Wet open overheid");
    await declareAs(page, "Lotte Janssen", "Kosten declareren", "Kosten declareren melden");
    await choose(page, "Wat voor kosten zijn het?", "Cursus, congres of boek");
    await page.getByLabel("Omschrijving").fill(what);
    await fillDate(page, "Wanneer maak je de kosten?", isoDate(21));
    await page.getByLabel("Bedrag in euro").fill("395,00");
    await choose(page, "Zijn de kosten redelijk en nodig om je werk goed te doen?", "Ja");
    await choose(page, "Kun je de kosten ook op een andere manier vergoed krijgen?", "Nee");
    await expectVerdict(
      page,
      "approval-required",
      [
        "Vraag het nu, voordat je de kosten maakt.",
        "Laat zien dat je deze kosten niet op een andere manier vergoed kunt krijgen.",
      ],
      { axe: true },
    );
    await sendAndDecide(
      page,
      what,
      { answers: [what, "Cursus, congres of boek"], outcome: "approval-required", reference: /^DCL-/ },
      { kind: "Goedkeuren", shows: "Goedgekeurd" },
    );
  });

  // rijk, Fatima: no permission in advance (expense.no-prior-permission@rijk, 000 L628-632); costs reimbursed otherwise:
  // not-permitted (expense.not-reimbursed-otherwise@rijk), the manager refuses
  test("at the Rijk no permission is asked, but a claim for costs reimbursed otherwise goes to the manager; refused", async ({
    page,
  }) => {
    const what = uniqueTitle("Taxi naar het congres");
    await declareAs(page, "Fatima El Amrani", "Kosten declareren", "Kosten declareren melden");
    await expect(page.getByRole("group", { name: /redelijk en nodig/ })).toHaveCount(0);
    await choose(page, "Wat voor kosten zijn het?", "Reiskosten");
    await page.getByLabel("Omschrijving").fill(what);
    await fillDate(page, "Wanneer maak je de kosten?", isoDate(7));
    await page.getByLabel("Bedrag in euro").fill("42,50");
    await choose(page, "Kun je de kosten ook op een andere manier vergoed krijgen?", "Nee");
    await expectVerdict(page, "no-duty", ["Je gedragscode vraagt geen toestemming vooraf voor een declaratie."]);
    await choose(page, "Kun je de kosten ook op een andere manier vergoed krijgen?", "Ja");
    await expectVerdict(page, "not-permitted", ["Dan declareer je ze niet."], { axe: true });
    await sendAndDecide(
      page,
      what,
      { answers: [what], outcome: "not-permitted" },
      {
        kind: "Afwijzen",
        shows: "Afgewezen",
        fields: {
          reason: "Het congres betaalt de taxi al.",
        },
      },
    );
  });
});
