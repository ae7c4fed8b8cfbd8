// Gifts (catalogue 1.1; evaluated in lib/rules/evaluate/gift.ts).
import type { DeclarationType } from "../types";
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

const GIFT: DeclarationType[] = ["gift"];

export const GIFT_RULES: readonly RuleDefinition[] = [
  ...family(
    "gift.permission",
    ["gift", "commercial-activity"],
    { nl: "Geschenken alleen met toestemming", en: "Gifts only with permission" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L398-403")],
        quote:
          "in relatie tot jouw werk niet zomaar geschenken mag aannemen van anderen. Dat mag alleen als je daar toestemming voor hebt.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L231")],
        quote: "Dat mag alleen als je daar toestemming voor hebt.",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L400"), c("002", "L888-890")],
        quote: "Je neemt geen geschenken aan die je in jouw functie krijgt aangeboden.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L195-199")],
        quote: "Dat mag alleen als je daar toestemming voor hebt van je leidinggevende.",
      },
    ],
  ),
  ...family(
    "gift.declined",
    GIFT,
    { nl: "Geweigerd geschenk: geen meldplicht", en: "Gift declined at offer: no duty" },
    [
      ...rijkAndEersteKamer({
        quote: "Accepteer het aanbod niet en leg uit waarom",
        rijk: [c("000", "L398-400"), c("000", "L447-449")],
        eersteKamer: [c("001", "L231"), c("001", "L252")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L453")],
        quote: "Maak zelf actief duidelijk dat je geen geschenken aanneemt.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L195-197"), c("003", "L229")],
        quote: "Accepteer het aanbod niet en leg uit waarom",
      },
    ],
  ),
  ...family(
    "gift.background-decides",
    GIFT,
    {
      nl: "De achtergrond beslist, niet de waarde (aanbesteding, besluit)",
      en: "Background decides, not value (procurement, pending decision)",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L441-449")],
        quote:
          "Loopt er misschien zelfs een aanbestedingstraject waar die externe relatie in meedingt? De waarde van het geschenk is dan niet bepalend.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L252")],
        quote: "De waarde van het geschenk is dan niet bepalend.",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L400-407"), c("002", "L433")],
        quote: "Je gaat actief en uit jezelf de schijn van corruptie tegen.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L226-229")],
        quote:
          "Loopt er misschien zelfs een aanbestedingstraject waar de gever in mee dingt? Laat je dan niet verleiden!",
      },
    ],
  ),
  ...family("gift.home-address", GIFT, { nl: "Geen geschenken op je huisadres", en: "No gifts at your home address" }, [
    ...rijkAndEersteKamer({
      quote: "geen geschenken ontvangt op je huisadres",
      rijk: [c("000", "L429")],
      eersteKamer: [c("001", "L245")],
    }),
    { profile: "provincie", citation: [c("003", "L219")], quote: "Geen geschenken ontvangt op je huisadres" },
  ]),
  ...family(
    "gift.loyalty-points",
    GIFT,
    {
      nl: "Spaarpunten via het werk niet privé gebruiken",
      en: "Loyalty points earned through work not for private use",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L430-432"), c("000", "L1996-2003")],
        quote: "mag je niet voor privéreizen gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L246"), c("001", "L771")],
        quote: "mag je niet voor privétrips gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
      },
    ],
  ),
  ...family(
    "gift.foreign-relation",
    GIFT,
    {
      nl: "Geschenk van buitenlandse relatie: geschenk voor de organisatie",
      en: "Gift from a foreign relation: gift to the organisation",
    },
    rijkAndEersteKamer({
      quote: "In dat geval beschouw je dit als een geschenk voor de organisatie en neem je het wel aan",
      rijk: [c("000", "L454-457"), c("000", "L1980-1989")],
      eersteKamer: [c("001", "L254"), c("001", "L767")],
    }),
  ),
  ...family(
    "gift.politeness",
    GIFT,
    {
      nl: "Uit beleefdheid niet te weigeren: overleg met je leidinggevende",
      en: "Cannot refuse out of politeness: consult your manager",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L211-214")],
        quote: "overleg dan met je leidinggevende en neem het eventueel niet aan of lever het aangebodene alsnog in.",
      },
    ],
  ),
  ...family("gift.value-cap", GIFT, { nl: "Waardegrens van €50 per geschenk", en: "€50 value limit per gift" }, [
    {
      profile: "rijk",
      citation: [c("000", "L419-421"), c("000", "L450-454")],
      quote: "in de regel accepteer je sowieso geen geschenken van meer dan €50,-",
    },
    {
      profile: "eerste-kamer",
      citation: [c("001", "L240"), c("001", "L254")],
      quote: "in de regel accepteer je sowieso geen geschenken van meer dan € 50,-",
    },
    {
      profile: "gemeente",
      citation: [c("002", "L400-402")],
      quote: "Uitzondering: is de waarde van het geschenk minder dan 50 euro?",
    },
    {
      profile: "provincie",
      citation: [c("003", "L208-210")],
      quote: "dat een geschenk nooit een grotere waarde mag hebben dan €50,-.",
    },
  ]),
  ...family(
    "gift.principle-none",
    GIFT,
    { nl: "In principe neem je geen geschenken aan", en: "In principle you accept no gifts" },
    [{ profile: "provincie", citation: [c("003", "L208")], quote: "In principe neem je geen geschenken aan." }],
  ),
  ...family(
    "gift.report",
    GIFT,
    {
      nl: "Meld het geschenk (voor- of achteraf) bij je leidinggevende",
      en: "Report the gift (before or after) to your manager",
    },
    [
      ...rijkAndEersteKamer({
        quote: "er melding van maakt (voor- of achteraf) bij jouw leidinggevende",
        rijk: [c("000", "L423-426"), c("000", "L458-465")],
        eersteKamer: [c("001", "L242-243"), c("001", "L256")],
      }),
      {
        profile: "provincie",
        citation: [c("003", "L216-217")],
        quote: "Er melding van maakt (voor- of achteraf) bij jouw leidinggevende",
      },
    ],
  ),
  ...family(
    "gift.exception-grounds",
    GIFT,
    { nl: "Onder €50 alleen op grond a, b of c", en: "Under €50 only on ground (a), (b) or (c)" },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L401-407")],
        quote: "Dan mag je het geschenk alleen aannemen als het 1 of meer van deze gevallen betreft",
      },
    ],
  ),
  ...family(
    "gift.hand-in",
    GIFT,
    {
      nl: "Elk aangenomen geschenk wordt eigendom van de organisatie en ingeleverd",
      en: "Every accepted gift becomes the organisation's property and is handed in",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L408-411"), c("002", "L457-459")],
        quote:
          "Het geschenk wordt eigendom van de gemeente Maastricht. Je levert het geschenk in bij jouw leidinggevende.",
      },
      // Used only when an organisation switched giftAlwaysHandIn on by tightening.
      {
        profile: "rijk",
        citation: [c("000", "L100-106"), c("000", "L458-465")],
        quote: "je moet het afstaan. Voor het afstaan kunnen verschillende afspraken van toepassing zijn",
      },
      { profile: "eerste-kamer", citation: [c("000", "L100-106"), c("001", "L256")], quote: "je moet het afstaan." },
      { profile: "provincie", citation: [c("003", "L211-214")], quote: "lever het aangebodene alsnog in." },
    ],
  ),
  ...family(
    "gift.services",
    GIFT,
    {
      nl: "Faciliteiten en diensten van derden alleen bij a én b, vooraf overleggen",
      en: "Third-party facilities and services only if (a) and (b), consult in advance",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L413-418")],
        quote:
          "Je accepteert geen faciliteiten en diensten van derden die je in jouw functie krijgt aangeboden, tenzij",
      },
    ],
  ),
  ...family(
    "gift.definition",
    GIFT,
    {
      nl: "Ook diensten, kortingen en spaarpunten zijn geschenken",
      en: "Services, discounts and points are gifts too",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L400-403"), c("000", "L472-475")],
        quote: "spaar- of kortingsregelingen (zoals airmiles of frequent flyer punten), diensten, gunsten, of beloften",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L231"), c("001", "L260")],
        quote: "Een geschenk hoeft niet tastbaar te zijn",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L443-445")],
        quote: "elke vorm van geschenken, faciliteiten en diensten",
      },
      {
        profile: "provincie",
        citation: [c("003", "L197-199"), c("003", "L232")],
        quote: "spaar- of kortingsregelingen, diensten, gunsten of beloften",
      },
    ],
  ),
];
