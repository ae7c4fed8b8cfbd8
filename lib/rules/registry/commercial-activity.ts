// Commercial activities (catalogue 1.2 I-5; evaluated in lib/rules/evaluate/commercial-activity.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const COMMERCIAL_ACTIVITY_RULES: readonly RuleDefinition[] = [
  ...family(
    "commercial.within-function",
    ["commercial-activity"],
    {
      nl: "Commerciële activiteiten binnen je functie: geen medewerking tenzij afgesproken",
      en: "Commercial activities within the job: no participation unless expressly agreed",
    },
    [
      ...rijkAndEersteKamer({
        quote:
          "geen medewerking tenzij uitdrukkelijk anders wordt afgesproken; je bespreekt het vooraf met je leidinggevende",
        rijk: [c("000", "L523-552")],
        eersteKamer: [c("001", "L284-292")],
      }),
      {
        profile: "provincie",
        citation: [c("003", "L266-278")],
        quote: "Geen medewerking tenzij uitdrukkelijk anders afgesproken",
      },
    ],
  ),
  ...family(
    "commercial.who-decides",
    ["commercial-activity"],
    { nl: "Wie bepaalt of het belangrijk is voor beleid", en: "Who decides whether it matters for policy" },
    [
      { profile: "rijk", citation: [c("000", "L537-539")], quote: "Het management bepaalt of dit het geval is." },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L284")],
        quote: "Jouw leidinggevende bepaalt of dit het geval is",
      },
      {
        profile: "provincie",
        citation: [c("003", "L271-273")],
        quote: "Je leidinggevende bepaalt of dit het geval is.",
      },
    ],
  ),
  ...family(
    "commercial.no-fee",
    ["commercial-activity"],
    { nl: "Je laat je er niet voor betalen", en: "You do not accept payment for it" },
    [
      ...rijkAndEersteKamer({
        quote: "je laat je er niet voor betalen.",
        rijk: [c("000", "L552")],
        eersteKamer: [c("001", "L292")],
      }),
      { profile: "provincie", citation: [c("003", "L278")], quote: "Je laat je er niet voor betalen" },
      {
        profile: "gemeente",
        citation: [c("002", "L400")],
        quote: "Je neemt geen geschenken aan die je in jouw functie krijgt aangeboden.",
      },
    ],
  ),
  ...family(
    "commercial.no-specific-rule",
    ["commercial-activity"],
    {
      nl: "Geen aparte regel; bespreek het open met je leidinggevende",
      en: "No specific rule; discuss it openly with your manager",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L349-352")],
        quote: "Dit moet je in alle openheid met je leidinggevende bespreken.",
      },
    ],
  ),
  ...family(
    "commercial.scope",
    ["commercial-activity"],
    {
      nl: "Alleen commercieel georganiseerde bijeenkomsten vallen onder deze regel",
      en: "Only commercially organised events fall under this rule",
    },
    [
      ...rijkAndEersteKamer({
        quote: "op een commercieel georganiseerd congres of symposium",
        rijk: [c("000", "L523-530")],
        eersteKamer: [c("001", "L284")],
      }),
      {
        profile: "provincie",
        citation: [c("003", "L266-269")],
        quote: "op een commercieel georganiseerd congres of symposium",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L349-352")],
        quote: "Je wilt privé commerciële activiteiten ontplooien",
      },
    ],
  ),
];
