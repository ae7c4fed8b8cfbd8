// Private extensions of a business trip (catalogue 1.3 T-1; evaluated in lib/rules/evaluate/trip-extension.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const TRIP_EXTENSION_RULES: readonly RuleDefinition[] = [
  ...family(
    "trip-extension.max-hours",
    ["trip-extension"],
    { nl: "Verleng je reis maximaal 72 uur", en: "Extend your trip by at most 72 hours" },
    rijkAndEersteKamer({
      quote: "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis",
      rijk: [c("000", "L2033-2035")],
      eersteKamer: [c("001", "L785")],
    }),
  ),
  ...family(
    "trip-extension.start-not-always",
    ["trip-extension"],
    { nl: "Verlengen aan het begin mag niet altijd", en: "Extending at the start is not always allowed" },
    rijkAndEersteKamer({
      quote: "(let op, aan het begin van de reis mag het niet altijd)",
      rijk: [c("000", "L2020-2024"), c("000", "L2033-2035")],
      eersteKamer: [c("001", "L779"), c("001", "L785")],
    }),
  ),
  ...family(
    "trip-extension.approval-before-departure",
    ["trip-extension"],
    { nl: "Schriftelijke goedkeuring vóór vertrek", en: "Written approval before departure" },
    rijkAndEersteKamer({
      quote: "regel de aanvraag en schriftelijke goedkeuring daarvan door je werkgever vóór vertrek",
      rijk: [c("000", "L2030-2032")],
      eersteKamer: [c("001", "L784")],
    }),
  ),
  ...family(
    "trip-extension.extra-costs",
    ["trip-extension"],
    { nl: "Betaal zelf de meerkosten", en: "Pay the extra costs yourself" },
    rijkAndEersteKamer({
      quote: "betaal zelf de meerkosten en profiteer niet van eventuele besparingen",
      rijk: [c("000", "L2027-2029"), c("000", "L2036-2038")],
      eersteKamer: [c("001", "L783"), c("001", "L786")],
    }),
  ),
  ...family(
    "trip-extension.no-rule",
    ["trip-extension"],
    {
      nl: "De gedragscode heeft geen regel; je leidinggevende beslist",
      en: "The code sets no rule; your manager decides",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L959")],
        quote: "De regeling reis- en verblijfkosten 01.02.2020 (niet in de gedragscode opgenomen)",
      },
      {
        profile: "provincie",
        citation: [c("003", "L298-300")],
        quote: "dat je alleen zakelijk en werkelijk gemaakte kosten declareert",
      },
    ],
  ),
  ...family(
    "trip-extension.org-max-hours",
    ["trip-extension"],
    { nl: "Eigen maximum van de organisatie", en: "The organisation's own maximum" },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L153-155")],
        quote: "Ook kunnen er extra huisregels gelden voor jouw afdeling of team.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L298-300")],
        quote: "dat je alleen zakelijk en werkelijk gemaakte kosten declareert",
      },
    ],
  ),
];
