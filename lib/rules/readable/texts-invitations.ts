// The readable citations of the rules on invitations, commercial activities and extended trips (see ./texts.ts).
import type { ReadableText } from "./types";
import { GEMEENTE_NO_GIFTS, GEMEENTE_TRAVEL_REGULATION, PROVINCIE_CAREFUL_USE } from "./texts-shared";

/** Cited by trip-extension.max-hours@rijk, trip-extension.start-not-always@rijk. */
const RIJK_EXTENSION_HOURS: ReadableText = {
  source: "000",
  section: "7.2 Aanvullingen op specifieke onderwerpen",
  quote:
    "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
  summary:
    "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
};

/** Cited by trip-extension.max-hours@eerste-kamer, trip-extension.start-not-always@eerste-kamer. */
const EERSTE_KAMER_EXTENSION_HOURS: ReadableText = {
  source: "001",
  section: "7.2 Aanvullingen op specifieke onderwerpen",
  quote:
    "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
  summary:
    "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
};

export const TEXTS_INVITATIONS: Readonly<Record<string, ReadableText>> = {
  "invitation.discuss-in-advance@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "bespreek uitnodigingen vooraf; vraag je af of het voldoende functioneel is; betaal (zoveel mogelijk) zelf;",
    summary:
      "Discuss invitations in advance, ask yourself whether attending is useful enough for the work, and pay (as far as possible) yourself.",
  },
  "invitation.discuss-in-advance@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "bespreek uitnodigingen vooraf;",
    summary: "Discuss invitations in advance.",
  },
  "invitation.discuss-in-advance@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Je overlegt het accepteren van de uitnodiging altijd vooraf met jouw leidinggevende.",
    summary: "You always discuss accepting an invitation with your manager in advance.",
  },
  "invitation.discuss-in-advance@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Bespreek uitnodigingen vooraf met je leidinggevende",
    summary: "Discuss invitations with your manager in advance.",
  },
  "invitation.functional@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
    summary: "Accepting an invitation must be useful for the work, modest and efficient.",
  },
  "invitation.functional@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
    summary: "Accepting an invitation must be useful for the work, modest and efficient.",
  },
  "invitation.functional@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Het ingaan op uitnodigingen moet functioneel, sober (passend bij de omstandigheden) en doelmatig zijn.",
    summary: "Accepting an invitation must be useful for the work, modest and efficient.",
  },
  "invitation.conditions@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "Je accepteert alleen uitnodigingen voor lunches, diners, recepties en excursies en andere evenementen die anderen betalen als: a. jouw aanwezigheid functioneel en/of representatief is (protocollaire taken, formele vertegenwoordiging van de gemeente, uitnodiging met beschreven doel rond de wenselijkheid van de aanwezigheid) en b. tegelijkertijd de schijn van corruptie minimaal is.",
    summary:
      "You accept invitations paid for by others only if your presence is useful or representative for the municipality and the appearance of corruption is minimal.",
  },
  "invitation.sensitive-vip@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "Maar het op uitnodiging van een externe zakenrelatie bijwonen van een sportevenement in de VIP-lounge ligt gevoelig.",
    summary: "Attending a sports event in a VIP lounge at the invitation of a business relation is sensitive.",
  },
  "invitation.sensitive-vip@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "Maar het op uitnodiging van een externe zakenrelatie bijwonen van een sportevenement in de VIP-lounge ligt gevoelig.",
    summary: "Attending a sports event in a VIP lounge at the invitation of a business relation is sensitive.",
  },
  "invitation.sensitive-vip@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote:
      "Maar het op een uitnodiging van een externe relatie bijwonen van bijvoorbeeld een sportevenement in de VIP lounge ligt te gevoelig en wordt afgeraden.",
    summary:
      "Attending a sports event in a VIP lounge at the invitation of an outside relation is too sensitive and is advised against.",
  },
  "invitation.procurement@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "En als die zakenrelatie toevallig ook meedingt naar een opdracht, heb je echt een probleem.",
    summary: "If that business relation is also bidding for a contract, you really have a problem.",
  },
  "invitation.procurement@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "En als die zakenrelatie toevallig ook meedingt naar een opdracht, heb je echt een probleem.",
    summary: "If that business relation is also bidding for a contract, you really have a problem.",
  },
  "invitation.procurement@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "jouw aanwezigheid functioneel en/of representatief is (protocollaire taken, formele vertegenwoordiging van de gemeente, uitnodiging met beschreven doel rond de wenselijkheid van de aanwezigheid) en b. tegelijkertijd de schijn van corruptie minimaal is.",
    summary:
      "Your presence must be useful or representative, and at the same time the appearance of corruption must be minimal.",
  },
  "invitation.procurement@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Een geschenk hoeft niet tastbaar te zijn. Het kan ook gaan om een uitnodiging of het verlenen van een dienst.",
    summary: "A gift need not be tangible: it can also be an invitation or a service.",
  },
  "invitation.paid-trip@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "Je accepteert geen bezoeken in binnen- en buitenland waarbij anderen de reis-, verblijfs- en/of overnachtingskosten betalen. Als deze bezoeken naar het oordeel van jouw leidinggevende voor jouw functie noodzakelijk zijn, kun je deze bezoeken als werk zien en zijn de bijgaande kosten voor de gemeente.",
    summary:
      "You do not accept visits at home or abroad where others pay the travel or accommodation; if your manager finds the visit necessary, it becomes work and the municipality pays.",
  },
  "invitation.pay-yourself@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "betaal (zoveel mogelijk) zelf; declareer gemaakte kosten conform de daarvoor bestaande regels.",
    summary: "Pay (as far as possible) yourself, and claim costs under the existing rules.",
  },
  "invitation.pay-yourself@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "betaal (zoveel mogelijk) zelf;",
    summary: "Pay (as far as possible) yourself.",
  },
  "invitation.pay-yourself@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: " Betaal zoveel mogelijk zelf.",
    summary: "Pay as much as possible yourself.",
  },
  "invitation.pay-yourself@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Betaal (zoveel mogelijk) zelf",
    summary: "Pay (as far as possible) yourself.",
  },
  "commercial.within-function@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "geen medewerking tenzij uitdrukkelijk anders wordt afgesproken; je bespreekt het vooraf met je leidinggevende;",
    summary: "No cooperation unless explicitly agreed otherwise; discuss it with your manager in advance.",
  },
  "commercial.within-function@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "geen medewerking tenzij uitdrukkelijk anders wordt afgesproken; je bespreekt het vooraf met je leidinggevende;",
    summary: "No cooperation unless explicitly agreed otherwise; discuss it with your manager in advance.",
  },
  "commercial.within-function@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Geen medewerking tenzij uitdrukkelijk anders afgesproken",
    summary: "No cooperation unless explicitly agreed otherwise.",
  },
  "commercial.who-decides@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "Het management bepaalt of dit het geval is.",
    summary: "Management decides whether this is the case.",
  },
  "commercial.who-decides@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "Jouw leidinggevende bepaalt of dit het geval is.",
    summary: "Your manager decides whether this is the case.",
  },
  "commercial.who-decides@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Je leidinggevende bepaalt of dit het geval is.",
    summary: "Your manager decides whether this is the case.",
  },
  "commercial.no-fee@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "je laat je er niet voor betalen.",
    summary: "You do not accept payment for it.",
  },
  "commercial.no-fee@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote: "je laat je er niet voor betalen.",
    summary: "You do not accept payment for it.",
  },
  "commercial.no-fee@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote: "Je laat je er niet voor betalen",
    summary: "You do not accept payment for it.",
  },
  "commercial.no-fee@gemeente": GEMEENTE_NO_GIFTS,
  "commercial.no-specific-rule@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Dit moet je in alle openheid met je leidinggevende bespreken.",
    summary: "Discuss this openly with your manager.",
  },
  "commercial.scope@rijk": {
    source: "000",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "Het komt regelmatig voor dat ambtenaren vanuit hun deskundigheid worden uitgenodigd om op te treden als spreker, of bijvoorbeeld als lid van een deskundigenpanel, op een commercieel georganiseerd congres of symposium.",
    summary:
      "Civil servants are often invited, for their expertise, to speak or sit on a panel at a commercially organised conference.",
  },
  "commercial.scope@eerste-kamer": {
    source: "001",
    section: "4.2 Uitnodigingen, commerciële activiteiten en sponsoring",
    quote:
      "Het komt regelmatig voor dat ambtenaren vanuit hun deskundigheid worden uitgenodigd om op te treden als spreker, of bijvoorbeeld als lid van een deskundigenpanel, op een commercieel georganiseerd congres of symposium.",
    summary:
      "Civil servants are often invited, for their expertise, to speak or sit on a panel at a commercially organised conference.",
  },
  "commercial.scope@provincie": {
    source: "003",
    section: "Uitnodigingen en commerciële activiteiten",
    quote:
      "Het kan voorkomen dat je, als ambtenaar, vanuit je deskundigheid wordt gevraagd op te treden als spreker of lid van een deskundigenpanel, op een commercieel georganiseerd congres of symposium.",
    summary: "You may be asked, for your expertise, to speak or sit on a panel at a commercially organised conference.",
  },
  "commercial.scope@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je wilt privé commerciële activiteiten ontplooien met kennis die je binnen de gemeente hebt opgedaan en met netwerken die je hier hebt opgebouwd.",
    summary: "This is about private commercial activities using knowledge and networks you gained at the municipality.",
  },
  "trip-extension.max-hours@rijk": RIJK_EXTENSION_HOURS,
  "trip-extension.max-hours@eerste-kamer": EERSTE_KAMER_EXTENSION_HOURS,
  "trip-extension.start-not-always@rijk": RIJK_EXTENSION_HOURS,
  "trip-extension.start-not-always@eerste-kamer": EERSTE_KAMER_EXTENSION_HOURS,
  "trip-extension.approval-before-departure@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "regel de aanvraag en schriftelijke goedkeuring daarvan door je werkgever vóór vertrek;",
    summary: "Apply for the extension and get your employer's written approval before you leave.",
  },
  "trip-extension.approval-before-departure@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "regel de aanvraag en schriftelijke goedkeuring daarvan door je werkgever vóór vertrek;",
    summary: "Apply for the extension and get your employer's written approval before you leave.",
  },
  "trip-extension.extra-costs@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "betaal zelf de meerkosten en profiteer niet van eventuele besparingen;",
    summary: "Pay the extra costs yourself and do not profit from any savings.",
  },
  "trip-extension.extra-costs@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "betaal zelf de meerkosten en profiteer niet van eventuele besparingen;",
    summary: "Pay the extra costs yourself and do not profit from any savings.",
  },
  "trip-extension.no-rule@gemeente": GEMEENTE_TRAVEL_REGULATION,
  "trip-extension.no-rule@provincie": PROVINCIE_CAREFUL_USE,
  "trip-extension.org-max-hours@gemeente": {
    source: "002",
    section: "Voor iedereen die voor de gemeente werkt",
    quote: "Ook kunnen er extra huisregels gelden voor jouw afdeling of team.",
    summary: "Your department or team may have extra house rules.",
  },
  "trip-extension.org-max-hours@provincie": PROVINCIE_CAREFUL_USE,
};
