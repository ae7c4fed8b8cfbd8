// Invitations (catalogue 1.2; evaluated in lib/rules/evaluate/invitation.ts).
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "./family";

export const INVITATION_RULES: readonly RuleDefinition[] = [
  ...family(
    "invitation.discuss-in-advance",
    ["invitation"],
    { nl: "Bespreek uitnodigingen vooraf", en: "Discuss invitations in advance" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L503-514")],
        quote:
          "bespreek uitnodigingen vooraf; vraag je af of het voldoende functioneel is; betaal (zoveel mogelijk) zelf",
      },
      { profile: "eerste-kamer", citation: [c("001", "L273-280")], quote: "bespreek uitnodigingen vooraf" },
      {
        profile: "gemeente",
        citation: [c("002", "L426"), c("002", "L470-484")],
        quote: "Je overlegt het accepteren van de uitnodiging altijd vooraf met jouw leidinggevende.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L254-258")],
        quote: "Bespreek uitnodigingen vooraf met je leidinggevende",
      },
    ],
  ),
  ...family(
    "invitation.functional",
    ["invitation"],
    { nl: "Functioneel, sober en doelmatig", en: "Functional, modest and purposeful" },
    [
      ...rijkAndEersteKamer({
        quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
        rijk: [c("000", "L485-492")],
        eersteKamer: [c("001", "L267")],
      }),
      {
        profile: "provincie",
        citation: [c("003", "L244-248")],
        quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
      },
    ],
  ),
  ...family(
    "invitation.conditions",
    ["invitation"],
    {
      nl: "Alleen als functioneel/representatief én de schijn van corruptie minimaal is",
      en: "Only if functional/representative and the appearance of corruption is minimal",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L420-426")],
        quote:
          "Je accepteert alleen uitnodigingen ... als: a. jouw aanwezigheid functioneel en/of representatief is ... en b. tegelijkertijd de schijn van corruptie minimaal is.",
      },
    ],
  ),
  ...family(
    "invitation.sensitive-vip",
    ["invitation"],
    { nl: "Sportevenement in de VIP-lounge ligt gevoelig", en: "A sports event in a VIP lounge is sensitive" },
    [
      ...rijkAndEersteKamer({
        quote: "bijwonen van een sportevenement in de VIP-lounge ligt gevoelig.",
        rijk: [c("000", "L494-500")],
        eersteKamer: [c("001", "L271")],
      }),
      { profile: "provincie", citation: [c("003", "L250-252")], quote: "ligt te gevoelig en wordt afgeraden." },
    ],
  ),
  ...family(
    "invitation.procurement",
    ["invitation"],
    {
      nl: "Uitnodiging van een partij die meedingt: niet doen",
      en: "Invitation from a party competing for a contract: do not accept",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L500-501"), c("000", "L441-449")],
        quote: "En als die zakenrelatie toevallig ook meedingt naar een opdracht, heb je echt een probleem.",
      },
      { profile: "eerste-kamer", citation: [c("001", "L271"), c("001", "L252")], quote: "heb je echt een probleem." },
      {
        profile: "gemeente",
        citation: [c("002", "L420-426"), c("002", "L433")],
        quote: "b. tegelijkertijd de schijn van corruptie minimaal is.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L226-229"), c("003", "L232")],
        quote: "Een geschenk hoeft niet tastbaar te zijn. Het kan ook gaan om een uitnodiging",
      },
    ],
  ),
  ...family(
    "invitation.paid-trip",
    ["invitation"],
    {
      nl: "Geen reizen of verblijven die anderen betalen; een noodzakelijk bezoek kan je leidinggevende tot werk maken",
      en: "No trips or stays paid by others; the manager may make a necessary visit work",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L428-431")],
        quote:
          "Je accepteert geen bezoeken in binnen- en buitenland waarbij anderen de reis-, verblijfs- en/of overnachtingskosten betalen. Als deze bezoeken naar het oordeel van jouw leidinggevende voor jouw functie noodzakelijk zijn, kun je deze bezoeken als werk zien en zijn de bijgaande kosten voor de gemeente.",
      },
    ],
  ),
  ...family(
    "invitation.pay-yourself",
    ["invitation"],
    {
      nl: "Betaal zoveel mogelijk zelf en declareer volgens de regels",
      en: "Pay as much as possible yourself and claim costs by the rules",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L507-510")],
        quote: "betaal (zoveel mogelijk) zelf; declareer gemaakte kosten conform de daarvoor bestaande regels.",
      },
      { profile: "eerste-kamer", citation: [c("001", "L277-278")], quote: "betaal (zoveel mogelijk) zelf" },
      { profile: "gemeente", citation: [c("002", "L478-484")], quote: "Betaal zoveel mogelijk zelf." },
      { profile: "provincie", citation: [c("003", "L257-258")], quote: "Betaal (zoveel mogelijk) zelf" },
    ],
  ),
];
