// The readable citations of the rules on gifts and the code's own status (see ./texts.ts).
import type { ReadableText } from "./types";
import { EERSTE_KAMER_LOYALTY_POINTS, GEMEENTE_NO_GIFTS, RIJK_LOYALTY_POINTS } from "./texts-shared";

/** Cited by gift.politeness@provincie, gift.hand-in@provincie. */
const PROVINCIE_GIFT_OUT_OF_POLITENESS: ReadableText = {
  source: "003",
  section: "Geschenken, diensten en andere voordelen of beloningen",
  quote:
    "Kan je uit beleefdheid een geschenk niet weigeren, maar voelt het niet goed of is het te duur, overleg dan met je leidinggevende en neem het eventueel niet aan of lever het aangebodene alsnog in.",
  summary:
    "If you cannot refuse a gift out of politeness but it feels wrong or is too expensive, talk to your manager; you may then decline it or hand it in after all.",
};

export const TEXTS_GIFTS: Readonly<Record<string, ReadableText>> = {
  "profile.not-less-strict": {
    source: "000",
    section: "1.2 Status en werkingssfeer van deze gedragscode",
    quote: "Men mag daarbij niet minder strikt zijn dan deze gedragscode.",
    summary: "An organisation may add to the central government code, but may not be less strict.",
  },
  "gift.permission@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Om die reden is wettelijk vastgelegd dat je in relatie tot jouw werk niet zomaar geschenken mag aannemen van anderen. Dat mag alleen als je daar toestemming voor hebt.",
    summary: "By law you may not simply accept gifts connected with your work; you may only do so with permission.",
  },
  "gift.permission@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "Dat mag alleen als je daar toestemming voor hebt.",
    summary: "You may only accept a gift connected with your work if you have permission.",
  },
  "gift.permission@gemeente": GEMEENTE_NO_GIFTS,
  "gift.permission@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "Dat mag alleen als je daar toestemming voor hebt van je leidinggevende.",
    summary: "You may only accept a gift connected with your work with your manager's permission.",
  },
  "gift.declined@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Accepteer het aanbod niet en leg uit waarom, zodat de schenker dat begrijpt en er in het vervolg rekening mee kan houden.",
    summary: "Refuse the offer and explain why, so the giver understands and can take it into account next time.",
  },
  "gift.declined@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Accepteer het aanbod niet en leg uit waarom, zodat de schenker dat begrijpt en er in het vervolg rekening mee kan houden.",
    summary: "Refuse the offer and explain why, so the giver understands and can take it into account next time.",
  },
  "gift.declined@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Maak zelf actief duidelijk dat je geen geschenken aanneemt.",
    summary: "Make it clear yourself that you do not accept gifts.",
  },
  "gift.declined@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "Accepteer het aanbod niet en leg uit waarom, zodat de schenker er in de toekomst rekening mee kan houden.",
    summary: "Refuse the offer and explain why, so the giver can take it into account in future.",
  },
  "gift.background-decides@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Loopt er misschien zelfs een aanbestedingstraject waar die externe relatie in meedingt? De waarde van het geschenk is dan niet bepalend.",
    summary: "If the giver may be bidding in a tender, the value of the gift does not matter: the background does.",
  },
  "gift.background-decides@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "De waarde van het geschenk is dan niet bepalend.",
    summary: "In such a case the value of the gift does not matter.",
  },
  "gift.background-decides@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Je gaat actief en uit jezelf de schijn van corruptie tegen.",
    summary: "You actively counter, on your own initiative, any appearance of corruption.",
  },
  "gift.background-decides@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "Loopt er misschien zelfs een aanbestedingstraject waar de gever in mee dingt? Laat je dan niet verleiden!",
    summary: "If the giver may be bidding in a tender, do not let yourself be tempted.",
  },
  "gift.home-address@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "geen geschenken ontvangt op je huisadres;",
    summary: "Do not receive gifts at your home address.",
  },
  "gift.home-address@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "geen geschenken ontvangt op je huisadres;",
    summary: "Do not receive gifts at your home address.",
  },
  "gift.home-address@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "Geen geschenken ontvangt op je huisadres",
    summary: "Do not receive gifts at your home address.",
  },
  "gift.loyalty-points@rijk": RIJK_LOYALTY_POINTS,
  "gift.loyalty-points@eerste-kamer": EERSTE_KAMER_LOYALTY_POINTS,
  "gift.foreign-relation@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "In dat geval beschouw je dit als een geschenk voor de organisatie en neem je het wel aan, vervolgens bespreek je met jouw leidinggevende wat er verder mee gebeurt, bijvoorbeeld dat het in een vitrinekast wordt tentoongesteld.",
    summary:
      "If local custom makes refusing impossible, accept the gift as a gift to the organisation and agree with your manager what happens to it (for example, put it on display).",
  },
  "gift.foreign-relation@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "In dat geval beschouw je dit als een geschenk voor de organisatie en neem je het wel aan, vervolgens bespreek je met jouw leidinggevende wat er verder mee gebeurt, bijvoorbeeld dat het in een vitrinekast wordt tentoongesteld.",
    summary:
      "If local custom makes refusing impossible, accept the gift as a gift to the organisation and agree with your manager what happens to it (for example, put it on display).",
  },
  "gift.politeness@provincie": PROVINCIE_GIFT_OUT_OF_POLITENESS,
  "gift.value-cap@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "neem geen overdreven dure geschenken aan (in de regel accepteer je sowieso geen geschenken van meer dan €50,-);",
    summary: "Do not accept overly expensive gifts; as a rule you never accept a gift worth more than €50.",
  },
  "gift.value-cap@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "neem geen overdreven dure geschenken aan (in de regel accepteer je sowieso geen geschenken van meer dan € 50,-);",
    summary: "Do not accept overly expensive gifts; as a rule you never accept a gift worth more than €50.",
  },
  "gift.value-cap@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Uitzondering: is de waarde van het geschenk minder dan 50 euro?",
    summary: "The exception applies only when the gift is worth less than €50.",
  },
  "gift.value-cap@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Accepteer je wel een geschenk hou er dan rekening mee dat een geschenk nooit een grotere waarde mag hebben dan €50,-.",
    summary: "If you do accept a gift, it may never be worth more than €50.",
  },
  "gift.principle-none@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "In principe neem je geen geschenken aan.",
    summary: "In principle you do not accept gifts.",
  },
  "gift.report@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "er melding van maakt (voor- of achteraf) bij jouw leidinggevende;",
    summary: "Report the gift to your manager, before or afterwards.",
  },
  "gift.report@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "er melding van maakt (voor- of achteraf) bij jouw leidinggevende;",
    summary: "Report the gift to your manager, before or afterwards.",
  },
  "gift.report@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote: "Er melding van maakt (voor- of achteraf) bij jouw leidinggevende",
    summary: "Report the gift to your manager, before or afterwards.",
  },
  "gift.exception-grounds@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "Dan mag je het geschenk alleen aannemen als het 1 of meer van deze gevallen betreft: a. weigeren of teruggeven van een geschenk de gever ernstig zou kwetsen of bijzonder in verlegenheid zou brengen b. de schijn van corruptie minimaal is, zoals bij gebruikelijke bedankgiften als een bos bloemen, een fles wijn of een boekenbon c. weigeren, teruggeven of terugsturen praktisch niet te doen is.",
    summary:
      "You may accept a gift worth less than €50 only if refusing would seriously hurt or embarrass the giver, if the appearance of corruption is minimal (flowers, a bottle of wine, a book token), or if refusing or returning it is not practical.",
  },
  "gift.hand-in@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Het geschenk wordt eigendom van de gemeente Maastricht. Je levert het geschenk in bij jouw leidinggevende.",
    summary: "The gift becomes the property of the municipality; you hand it in to your manager.",
  },
  "gift.hand-in@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "je mag het houden, je moet het terugsturen/alsnog het aanbod weigeren, of je moet het afstaan. Voor het afstaan kunnen verschillende afspraken van toepassing zijn: denk aan verloting, verdeling, tentoonstelling, bestemming voor algemeen gebruik of voor een goed doel.",
    summary:
      "You may keep the gift, must send it back or refuse it after all, or must hand it in (for a raffle, sharing, display, general use or a good cause).",
  },
  "gift.hand-in@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote: "je mag het houden, je moet het terugsturen/alsnog het aanbod weigeren, of je moet het afstaan.",
    summary: "You may keep the gift, must send it back or refuse it after all, or must hand it in.",
  },
  "gift.hand-in@provincie": PROVINCIE_GIFT_OUT_OF_POLITENESS,
  "gift.services@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "Je accepteert geen faciliteiten en diensten van derden die je in jouw functie krijgt aangeboden, tenzij: a. weigeren ervan het werk onmogelijk of onwerkbaar zou maken en b. de schijn van corruptie minimaal is.",
    summary:
      "You do not accept facilities or services from third parties offered because of your job, unless refusing would make the work impossible and the appearance of corruption is minimal.",
  },
  "gift.definition@rijk": {
    source: "000",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Met geschenken bedoelen we niet alleen giften, maar ook andere voordelen in de vorm van beloningen, vergoedingen, spaar- of kortingsregelingen (zoals airmiles of frequent flyer punten), diensten, gunsten, of beloften.",
    summary:
      "'Gifts' also means other benefits: rewards, fees, savings or discount schemes (such as air miles), services, favours and promises.",
  },
  "gift.definition@eerste-kamer": {
    source: "001",
    section: "4.1 Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Een geschenk hoeft niet tastbaar te zijn, het kan bijvoorbeeld ook gaan om een uitnodiging, het verlenen van een dienst, of het aanbieden van korting in de privésfeer;",
    summary: "A gift need not be tangible: it can be an invitation, a service or a private discount.",
  },
  "gift.definition@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote:
      "Bijvoorbeeld door altijd helder te zijn over het aannemen of weigeren van elke vorm van geschenken, faciliteiten en diensten en het accepteren of afwijzen van uitnodigingen voor lunches, diners, recepties, reizen, verblijven en werkbezoeken.",
    summary:
      "Always be clear about accepting or refusing any gift, facility, service or invitation to lunches, dinners, receptions, trips, stays and working visits.",
  },
  "gift.definition@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Met geschenken bedoelen we niet alleen giften, maar ook andere voordelen in de vorm beloningen, vergoedingen, spaar- of kortingsregelingen, diensten, gunsten of beloften.",
    summary:
      "'Gifts' also means other benefits: rewards, fees, savings or discount schemes, services, favours and promises.",
  },
};
