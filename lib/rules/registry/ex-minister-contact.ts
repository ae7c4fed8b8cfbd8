// Business contact with a former minister (catalogue 1.8 L-3 / D-2; evaluated in lib/rules/evaluate/ex-minister-contact.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const EX_MINISTER_CONTACT_RULES: readonly RuleDefinition[] = [
  ...family(
    "ex-minister.two-year-ban",
    ["ex-minister-contact"],
    {
      nl: "Twee jaar geen zakelijk contact met een oud-bewindspersoon op diens oude beleidsterrein",
      en: "Two years no business contact with a former minister on their former policy area",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L949-950"), c("000", "L980-987")],
        quote: "dan verwijs je door naar jouw Secretaris Generaal.",
      },
      { profile: "eerste-kamer", citation: [c("001", "L443")], quote: "dan verwijst je door naar de Griffier." },
    ],
  ),
  ...family(
    "ex-minister.private-capacity",
    ["ex-minister-contact"],
    {
      nl: "Het verbod geldt voor contact vanuit je werk, niet voor privécontact",
      en: "The ban covers contact in your official role, not private contact",
    },
    rijkAndEersteKamer({
      quote:
        "dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon",
      rijk: [c("000", "L982-985")],
      eersteKamer: [c("001", "L443")],
    }),
  ),
  ...family(
    "ex-minister.leaving-date-unknown",
    ["ex-minister-contact"],
    {
      nl: "Precieze datum van aftreden onbekend: tel vanaf de laatst mogelijke dag",
      en: "Exact date of leaving office unknown: count from the latest possible day",
    },
    rijkAndEersteKamer({
      quote: "het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden",
      rijk: [c("000", "L980-982")],
      eersteKamer: [c("001", "L443")],
    }),
  ),
  ...family(
    "ex-minister.no-rule",
    ["ex-minister-contact"],
    {
      nl: "De gedragscode heeft geen lobbyverbod voor oud-bewindspersonen",
      en: "The code has no lobbying ban for former ministers",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L683-686")],
        quote:
          "Je moet extra voorzichtig zijn bij onderwerpen ... waarvoor bij belangengroepen (lobbyisten) bijzondere belangstelling bestaat.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L410-416")],
        quote: "Zorg dat jij je werk transparant en onafhankelijk doet en kan doen.",
      },
    ],
  ),
];
