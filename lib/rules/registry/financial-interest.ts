// Financial interests (catalogue 1.5; evaluated in lib/rules/evaluate/financial-interest.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const FINANCIAL_INTEREST_RULES: readonly RuleDefinition[] = [
  ...family(
    "financial.designated-functions",
    ["financial-interest"],
    {
      nl: "Meldplicht alleen voor aangewezen functies, bij relatie met je functie",
      en: "Duty to report only for designated functions, when related to your job",
    },
    [
      ...rijkAndEersteKamer({
        quote:
          "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie",
        rijk: [c("000", "L702-711"), c("000", "L720-721")],
        eersteKamer: [c("001", "L346"), c("001", "L353"), c("001", "L357")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L896-899"), c("002", "L903-904")],
        quote: "indien hij is aangewezen ... melding te doen van zijn financiële belangen",
      },
      {
        profile: "provincie",
        citation: [c("003", "L334-341"), c("003", "L347")],
        quote:
          "Als jouw functie door de provincie wordt aangewezen als extra risicovol op dit gebied ben je verplicht om die financiële belangen te melden",
      },
    ],
  ),
  ...family(
    "financial.timing",
    ["financial-interest"],
    {
      nl: "Melden bij indiensttreding of als je het belang aangaat",
      en: "Report at entry or when you acquire the interest",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L334-336")],
        quote: "op het moment dat je in dienst treedt dan wel als je het financieel belang aangaat.",
      },
    ],
  ),
  ...family(
    "financial.inside-information",
    ["financial-interest"],
    {
      nl: "Gebruik geen koersgevoelige informatie uit je werk",
      en: "Do not use price-sensitive information from your work",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L715-718")],
        quote:
          "houd vertrouwelijke, koersgevoelige informatie waarover je als ambtenaar beschikt geheim en gebruik deze niet",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L355")],
        quote: "houd vertrouwelijke, koersgevoelige informatie ... geheim en gebruik deze niet",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L883-885")],
        quote:
          "effectentransacties te verrichten waardoor de goede vervulling van zijn functie ... niet in redelijkheid zou zijn verzekerd",
      },
      {
        profile: "provincie",
        citation: [c("003", "L343-345")],
        quote: "houdt deze informatie dan geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
      },
    ],
  ),
  ...family(
    "financial.harmful-prohibited",
    ["financial-interest"],
    {
      nl: "Financiële belangen die schadelijk zijn voor de dienst zijn verboden",
      en: "Financial interests harmful to the service are prohibited",
    },
    [
      ...rijkAndEersteKamer({
        quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden",
        rijk: [c("000", "L712-714"), c("000", "L721-723")],
        eersteKamer: [c("001", "L354"), c("001", "L357")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L883-887")],
        quote: "financiële belangen te bezitten of te verwerven, welke door de overheidswerkgever ... zijn aangewezen",
      },
      {
        profile: "provincie",
        citation: [c("003", "L342"), c("003", "L347-349")],
        quote: "Financiële belangen die schadelijk zijn, zijn verboden",
      },
    ],
  ),
  ...family(
    "financial.shareholding-side-job",
    ["financial-interest"],
    { nl: "Aandeelhouderschap kan ook een nevenwerkzaamheid zijn", en: "A shareholding can also be a side job" },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L329-331")],
        quote: "Of het zijn van commissaris, bestuurder, vennoot of aandeelhouder.",
      },
    ],
  ),
];
