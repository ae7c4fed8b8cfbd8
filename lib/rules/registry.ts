// The registry of every rule the module can cite. A reason's ruleId must be one of these ids
// (tested). Ids are "<topic>.<rule>@<profile>" so each rule carries exactly its own source lines.
import type { Citation, DeclarationType, LocalizedText, ProfileId } from "./types";
import type { DutyRule } from "./evaluate/shared";
import { TOBACCO_INDUSTRY_CONTACT_RULES } from "./evaluate/tobacco-industry-contact";
import { PARLIAMENT_CONTACT_RULES } from "./evaluate/parliament-contact";
import { EXPENSE_CLAIM_RULES } from "./evaluate/expense-claim";
import { RECUSAL_RULES } from "./evaluate/recusal-policy";

/** A rule: its id, title, source lines, the types and profiles it applies to and a short quote (Dutch, as written). */
export type RuleDefinition = DutyRule;

import { SALE_TO_EMPLOYER_RULES } from "./evaluate/sale-to-employer";
import { PARTNER_TRAVEL_RULES } from "./evaluate/partner-travel";
import { TRAVEL_BENEFIT_RULES } from "./evaluate/travel-benefit";
import { SERVICE_CAR_RULES } from "./evaluate/service-car";

const c = (file: Citation["file"], lines: string): Citation => ({ file, lines });

type Variant = { profile: ProfileId; citation: Citation[]; quote: string };

function family(
  base: string,
  appliesTo: DeclarationType[],
  title: LocalizedText,
  variants: Variant[],
): RuleDefinition[] {
  return variants.map((v) => ({
    id: `${base}@${v.profile}`,
    title,
    citation: v.citation,
    appliesTo,
    profiles: [v.profile],
    quote: v.quote,
  }));
}

const GIFT: DeclarationType[] = ["gift"];

export const RULES: readonly RuleDefinition[] = Object.freeze([
  // ---------------------------------------------------------------- general
  {
    id: "profile.not-less-strict",
    title: {
      nl: "Organisaties mogen niet minder strikt zijn dan de Rijkscode",
      en: "Organisations may not be less strict than the Rijk code",
    },
    citation: [c("000", "L100-106")],
    appliesTo: [],
    profiles: ["rijk", "eerste-kamer"],
    quote: "Men mag daarbij niet minder strikt zijn dan deze gedragscode.",
  },
  // ---------------------------------------------------------------- gifts (catalogue 1.1)
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
      {
        profile: "rijk",
        citation: [c("000", "L398-400"), c("000", "L447-449")],
        quote: "Accepteer het aanbod niet en leg uit waarom",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L231"), c("001", "L252")],
        quote: "Accepteer het aanbod niet en leg uit waarom",
      },
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
    { profile: "rijk", citation: [c("000", "L429")], quote: "geen geschenken ontvangt op je huisadres" },
    { profile: "eerste-kamer", citation: [c("001", "L245")], quote: "geen geschenken ontvangt op je huisadres" },
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
    [
      {
        profile: "rijk",
        citation: [c("000", "L454-457"), c("000", "L1980-1989")],
        quote: "In dat geval beschouw je dit als een geschenk voor de organisatie en neem je het wel aan",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L254"), c("001", "L767")],
        quote: "In dat geval beschouw je dit als een geschenk voor de organisatie en neem je het wel aan",
      },
    ],
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
      {
        profile: "rijk",
        citation: [c("000", "L423-426"), c("000", "L458-465")],
        quote: "er melding van maakt (voor- of achteraf) bij jouw leidinggevende",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L242-243"), c("001", "L256")],
        quote: "er melding van maakt (voor- of achteraf) bij jouw leidinggevende",
      },
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
  // ---------------------------------------------------------------- invitations (1.2)
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
      {
        profile: "rijk",
        citation: [c("000", "L485-492")],
        quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L267")],
        quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
      },
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
      {
        profile: "rijk",
        citation: [c("000", "L494-500")],
        quote: "bijwonen van een sportevenement in de VIP-lounge ligt gevoelig.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L271")],
        quote: "bijwonen van een sportevenement in de VIP-lounge ligt gevoelig.",
      },
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
  // ---------------------------------------------------------------- commercial activities (1.2 I-5)
  ...family(
    "commercial.within-function",
    ["commercial-activity"],
    {
      nl: "Commerciële activiteiten binnen je functie: geen medewerking tenzij afgesproken",
      en: "Commercial activities within the job: no participation unless expressly agreed",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L523-552")],
        quote:
          "geen medewerking tenzij uitdrukkelijk anders wordt afgesproken; je bespreekt het vooraf met je leidinggevende",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L284-292")],
        quote:
          "geen medewerking tenzij uitdrukkelijk anders wordt afgesproken; je bespreekt het vooraf met je leidinggevende",
      },
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
      { profile: "rijk", citation: [c("000", "L552")], quote: "je laat je er niet voor betalen." },
      { profile: "eerste-kamer", citation: [c("001", "L292")], quote: "je laat je er niet voor betalen." },
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
      {
        profile: "rijk",
        citation: [c("000", "L523-530")],
        quote: "op een commercieel georganiseerd congres of symposium",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L284")],
        quote: "op een commercieel georganiseerd congres of symposium",
      },
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
  // ---------------------------------------------------------------- trip extension (1.3 T-1)
  ...family(
    "trip-extension.max-hours",
    ["trip-extension"],
    { nl: "Verleng je reis maximaal 72 uur", en: "Extend your trip by at most 72 hours" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L2033-2035")],
        quote: "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L785")],
        quote: "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis",
      },
    ],
  ),
  ...family(
    "trip-extension.start-not-always",
    ["trip-extension"],
    { nl: "Verlengen aan het begin mag niet altijd", en: "Extending at the start is not always allowed" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L2020-2024"), c("000", "L2033-2035")],
        quote: "(let op, aan het begin van de reis mag het niet altijd)",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L779"), c("001", "L785")],
        quote: "(let op, aan het begin van de reis mag het niet altijd)",
      },
    ],
  ),
  ...family(
    "trip-extension.approval-before-departure",
    ["trip-extension"],
    { nl: "Schriftelijke goedkeuring vóór vertrek", en: "Written approval before departure" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L2030-2032")],
        quote: "regel de aanvraag en schriftelijke goedkeuring daarvan door je werkgever vóór vertrek",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L784")],
        quote: "regel de aanvraag en schriftelijke goedkeuring daarvan door je werkgever vóór vertrek",
      },
    ],
  ),
  ...family(
    "trip-extension.extra-costs",
    ["trip-extension"],
    { nl: "Betaal zelf de meerkosten", en: "Pay the extra costs yourself" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L2027-2029"), c("000", "L2036-2038")],
        quote: "betaal zelf de meerkosten en profiteer niet van eventuele besparingen",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L783"), c("001", "L786")],
        quote: "betaal zelf de meerkosten en profiteer niet van eventuele besparingen",
      },
    ],
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
  // ---------------------------------------------------------------- side jobs (1.6)
  ...family(
    "side-job.report",
    ["side-job"],
    {
      nl: "Meld nevenwerkzaamheden die de belangen van de dienst kunnen raken",
      en: "Report side jobs that may affect the interests of the service",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L775-777"), c("000", "L789-801")],
        quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L375"), c("001", "L381-383")],
        quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L267-269"), c("002", "L336-338")],
        quote:
          "Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie",
      },
      {
        profile: "provincie",
        citation: [c("003", "L372")],
        quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
      },
    ],
  ),
  ...family(
    "side-job.self-assessment",
    ["side-job"],
    { nl: "Toetsvragen voor de meldplicht", en: "Self-assessment questions for the duty to report" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L803-833")],
        quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L385-395")],
        quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L363-391")],
        quote: "Is het antwoord op 1 of meer vragen ‘ja’? Of twijfel je ...?",
      },
      {
        profile: "provincie",
        citation: [c("003", "L372"), c("003", "L406-408")],
        quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
      },
    ],
  ),
  ...family(
    "side-job.assessment",
    ["side-job"],
    {
      nl: "Je leidinggevende toetst vooraf en kan voorwaarden stellen",
      en: "Your manager assesses in advance and may set conditions",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L838-846")],
        quote: "stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L399")],
        quote: "stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L338-340")],
        quote:
          "De werkgever mag de toestemming voor nevenwerkzaamheden weigeren of toestaan onder bepaalde voorwaarden.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L381-386")],
        quote: "Je leidinggevende kan daarin nadere voorwaarden voor het uitvoeren van de nevenwerkzaamheden stellen.",
      },
    ],
  ),
  ...family(
    "side-job.reassess",
    ["side-job"],
    { nl: "Herbeoordeel bij gewijzigde omstandigheden", en: "Reassess when circumstances change" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L781-783"), c("000", "L844-846")],
        quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L377")],
        quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden",
      },
      {
        profile: "provincie",
        citation: [c("003", "L374-376")],
        quote:
          "Herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden (denk aan een nieuwe functie binnen de provincie)",
      },
    ],
  ),
  ...family(
    "side-job.publication",
    ["side-job"],
    { nl: "Openbaarmaking van nevenwerkzaamheden", en: "Publication of side jobs" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L743-745"), c("000", "L784-787")],
        quote:
          "gemelde, toegestane nevenwerkzaamheden van leden van de topmanagementgroep worden (met de voorwaarden) openbaar gemaakt.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L362"), c("001", "L373-377")],
        quote:
          "(verplichting werkgever tot openbaarmaking van geregistreerde nevenwerkzaamheden van bepaalde ambtenaren)",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L341-342")],
        quote: "Hun nevenwerkzaamheden worden openbaar gemaakt.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L377-379")],
        quote: "Gemelde, toegestane nevenwerkzaamheden van medewerkers met schaal 14 of hoger worden openbaar gemaakt.",
      },
    ],
  ),
  ...family(
    "side-job.top-official-report-all",
    ["side-job"],
    {
      nl: "Topfunctionarissen melden altijd voorgenomen nevenwerkzaamheden",
      en: "Top officials always report intended side jobs",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L341-342")],
        quote: "Topfunctionarissen moeten altijd voorgenomen nevenwerkzaamheden melden bij hun leidinggevende.",
      },
    ],
  ),
  ...family(
    "side-job.incompatible",
    ["side-job"],
    {
      nl: "Onverenigbaar: lid van Eerste of Tweede Kamer of Europees Parlement",
      en: "Incompatible: member of the Senate, House or European Parliament",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L753-754"), c("000", "L893-898")],
        quote:
          "rijksambtenaren hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L365"), c("001", "L409")],
        quote:
          "rijksambtenaren – en dus ook Kamerambtenaren - hun functie niet kunnen vervullen in combinatie met het lidmaatschap",
      },
    ],
  ),
  ...family(
    "side-job.mandate-not-in-code",
    ["side-job"],
    {
      nl: "De code noemt geen onverenigbare politieke functies",
      en: "The code names no incompatible political offices",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L329-338")],
        quote: "De term ‘nevenwerkzaamheden’ moet je ruim zien.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L357-364"), c("003", "L372")],
        quote: "Nevenwerkzaamheden zijn alle werkzaamheden die je naast je werk als ambtenaar verricht",
      },
    ],
  ),
  ...family(
    "side-job.information-use",
    ["side-job"],
    {
      nl: "Informatie van de provincie niet gebruiken in je nevenfunctie (het gebruik is verboden, niet het nevenwerk)",
      en: "Do not use the province's information in your side job (the use is forbidden, not the side job)",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L406-408")],
        quote:
          "het verboden om informatie die je tot je beschikking hebt bij de provincie te gebruiken in je nevenfuncties.",
      },
    ],
  ),
  ...family(
    "side-job.ended",
    ["side-job"],
    { nl: "Beëindigde nevenwerkzaamheid: registratie bijwerken", en: "Ended side job: update the registration" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L789-791"), c("000", "L781-783")],
        quote: "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L381"), c("001", "L377")],
        quote: "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L893-895")],
        quote: "opgave te doen van de nevenwerkzaamheden die hij verricht of voornemens is te gaan verrichten",
      },
      {
        profile: "provincie",
        citation: [c("003", "L374-376"), c("003", "L381-382")],
        quote: "Melding en registratie van nevenwerkzaamheden",
      },
    ],
  ),
  // ---------------------------------------------------------------- financial interests (1.5)
  ...family(
    "financial.designated-functions",
    ["financial-interest"],
    {
      nl: "Meldplicht alleen voor aangewezen functies, bij relatie met je functie",
      en: "Duty to report only for designated functions, when related to your job",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L702-711"), c("000", "L720-721")],
        quote:
          "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L346"), c("001", "L353"), c("001", "L357")],
        quote:
          "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie",
      },
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
      {
        profile: "rijk",
        citation: [c("000", "L712-714"), c("000", "L721-723")],
        quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L354"), c("001", "L357")],
        quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden",
      },
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
  // ---------------------------------------------------------------- former employees (1.7 D-3..D-5)
  ...family(
    "former-employee.two-year-ban",
    ["former-employee-hire"],
    {
      nl: "Geen inhuur van oud-ambtenaren binnen twee jaar na vertrek",
      en: "No hiring of former staff within two years of leaving",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L456-458"), c("003", "L460-463")],
        quote: "Voormalige provinciale ambtenaren worden niet binnen twee jaar na ontslag ingehuurd",
      },
    ],
  ),
  ...family(
    "former-employee.current-staff",
    ["former-employee-hire"],
    {
      nl: "Eigen ambtenaren niet tegelijk als externe inhuren, behalve bij hoge uitzondering",
      en: "Own staff not hired as externals at the same time, except very exceptionally",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L456-457"), c("003", "L460-461")],
        quote:
          "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe",
      },
    ],
  ),
  ...family(
    "former-employee.still-employed",
    ["former-employee-hire"],
    {
      nl: "Kandidaat nog in dienst: de regel van twee jaar geldt niet, belangenverstrengeling wel",
      en: "Candidate still employed: the two-year rule does not apply, conflict of interest does",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L262-269")],
        quote:
          "Je gaat ook actief de schijn van belangenverstrengeling tegen. Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie",
      },
    ],
  ),
  ...family(
    "former-employee.avoid-two-years",
    ["former-employee-hire"],
    {
      nl: "Vermijd inhuur binnen twee jaar, tenzij zwaarwegende redenen",
      en: "Avoid hiring within two years unless there are weighty reasons",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L270-272"), c("002", "L359-360")],
        quote:
          "De gemeente vermijdt de inhuur van mensen als ze korter dan 2 jaar uit dienst zijn bij de gemeente tenzij er zwaarwegende redenen zijn",
      },
    ],
  ),
  ...family(
    "former-employee.extra-alert",
    ["former-employee-hire"],
    {
      nl: "Wees extra alert bij oud-ambtenaren; kun je het niet verantwoorden, vraag geen offerte",
      en: "Be extra alert with former civil servants; if you cannot justify it, do not ask for a quote",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1128"), c("000", "L1145-1156"), c("000", "L2546-2547")],
        quote: "Kun je dit niet, vraag dan geen offerte aan.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L489"), c("001", "L495")],
        quote: "Kun je dit niet, vraag dan geen offerte aan.",
      },
    ],
  ),
  ...family(
    "former-employee.org-period",
    ["former-employee-hire"],
    { nl: "Eigen afkoelperiode van de organisatie", en: "The organisation's own cooling period" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L100-106"), c("000", "L1145-1156")],
        quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("000", "L100-106"), c("001", "L495")],
        quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
      },
    ],
  ),
  ...family(
    "former-employee.outside-period",
    ["former-employee-hire"],
    { nl: "Na de periode gelden de gewone inhuurregels", en: "After the period the normal hiring rules apply" },
    [
      { profile: "gemeente", citation: [c("002", "L270-272")], quote: "korter dan 2 jaar uit dienst" },
      { profile: "provincie", citation: [c("003", "L456-458")], quote: "niet binnen twee jaar na ontslag" },
      {
        profile: "rijk",
        citation: [c("000", "L100-106")],
        quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("000", "L100-106")],
        quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
      },
    ],
  ),
  // ---------------------------------------------------------------- ex-minister contacts (1.8 L-3 / D-2)
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
    [
      {
        profile: "rijk",
        citation: [c("000", "L982-985")],
        quote:
          "dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L443")],
        quote:
          "dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon",
      },
    ],
  ),
  ...family(
    "ex-minister.leaving-date-unknown",
    ["ex-minister-contact"],
    {
      nl: "Precieze datum van aftreden onbekend: tel vanaf de laatst mogelijke dag",
      en: "Exact date of leaving office unknown: count from the latest possible day",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L980-982")],
        quote: "het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L443")],
        quote: "het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden",
      },
    ],
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
  // ---------------------------------------------------------------- job move (1.7 D-1)
  ...family(
    "job-move.sensitive",
    ["job-move"],
    {
      nl: "Gevoelige overstap: meld tijdig en bespreek de risico's",
      en: "Sensitive move: report in time and discuss the risks",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L903-926")],
        quote: "wees transparant over je nieuwe werk en meld de overstap tijdig; bespreek de risico’s",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L413-425")],
        quote: "wees transparant over je nieuwe werk en meld de overstap tijdig",
      },
    ],
  ),
  ...family(
    "job-move.cooling-off",
    ["job-move"],
    { nl: "Afkoelingsperiode: altijd maatwerk", en: "Cooling-off period: always tailor-made" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L926-941")],
        quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L425-431")],
        quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
      },
    ],
  ),
  ...family("job-move.not-sensitive", ["job-move"], { nl: "Geen gevoelige overstap", en: "Not a sensitive move" }, [
    {
      profile: "rijk",
      citation: [c("000", "L903-910")],
      quote: "In uitzonderlijke gevallen kan de overstap ... gevoelig liggen",
    },
    { profile: "eerste-kamer", citation: [c("001", "L415")], quote: "In uitzonderlijke gevallen kan de overstap ... " },
  ]),
  ...family(
    "job-move.no-rule",
    ["job-move"],
    {
      nl: "Geen regel over een afkoelingsperiode; geheimhouding blijft gelden",
      en: "No cooling-off rule; secrecy continues",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L949-952")],
        quote: "De ambtenaar en de gewezen ambtenaar zijn verplicht tot geheimhouding",
      },
      {
        profile: "provincie",
        citation: [c("003", "L527-528")],
        quote: "De geheimhoudingsplicht blijft ook na uitdiensttreding gelden.",
      },
    ],
  ),
  // ---------------------------------------------------------------- issue 13 group 2 (decision 039)
  ...SALE_TO_EMPLOYER_RULES,
  ...PARTNER_TRAVEL_RULES,
  ...TRAVEL_BENEFIT_RULES,
  ...SERVICE_CAR_RULES,
  // ---------------------------------------------------------------- issue 13 group 2 (decision 040)
  ...TOBACCO_INDUSTRY_CONTACT_RULES,
  ...PARLIAMENT_CONTACT_RULES,
  ...EXPENSE_CLAIM_RULES,
  // ---------------------------------------------------------------- private relationships, supplier contacts (decision 041)
  ...RECUSAL_RULES,
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): RuleDefinition {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`Rule ${id} is not in the registry`);
  return r;
}

export function hasRule(id: string): boolean {
  return BY_ID.has(id);
}
