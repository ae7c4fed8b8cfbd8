// The readable citation of every rule (issue 19 item 3, decision 059): where in its code the rule stands (the section
// heading, as the source text has it), the whole sentences it quotes, and a plain-English summary for the English
// interface. The rules' own citations (file and lines, in lib/rules/registry and lib/rules/evaluate) stay the source of
// truth; tests/unit/rules/readable-citations.test.ts checks every entry against ../shared/sources and the registry.
import type { ReadableText } from "./types";

export const READABLE_TEXTS: Readonly<Record<string, ReadableText>> = {
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
  "gift.permission@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Je neemt geen geschenken aan die je in jouw functie krijgt aangeboden.",
    summary: "You do not accept gifts offered to you because of your job.",
  },
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
  "gift.loyalty-points@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privéreizen gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
    summary:
      "Bonus points from loyalty programmes earned on paid business trips are not for private travel; by agreement you may use them for business trips.",
  },
  "gift.loyalty-points@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privétrips gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
    summary:
      "Bonus points from loyalty programmes earned on paid business trips are not for private trips; by agreement you may use them for business trips.",
  },
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
  "gift.politeness@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Kan je uit beleefdheid een geschenk niet weigeren, maar voelt het niet goed of is het te duur, overleg dan met je leidinggevende en neem het eventueel niet aan of lever het aangebodene alsnog in.",
    summary:
      "If you cannot refuse a gift out of politeness but it feels wrong or is too expensive, talk to your manager; you may then decline it or hand it in after all.",
  },
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
  "gift.hand-in@provincie": {
    source: "003",
    section: "Geschenken, diensten en andere voordelen of beloningen",
    quote:
      "Kan je uit beleefdheid een geschenk niet weigeren, maar voelt het niet goed of is het te duur, overleg dan met je leidinggevende en neem het eventueel niet aan of lever het aangebodene alsnog in.",
    summary:
      "If you cannot refuse a gift out of politeness but it feels wrong or is too expensive, talk to your manager; you may then decline it or hand it in after all.",
  },
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
  "commercial.no-fee@gemeente": {
    source: "002",
    section: "3. Het tegengaan van corruptie",
    quote: "Je neemt geen geschenken aan die je in jouw functie krijgt aangeboden.",
    summary: "You do not accept gifts offered to you because of your job.",
  },
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
  "trip-extension.max-hours@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
    summary:
      "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
  },
  "trip-extension.max-hours@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
    summary:
      "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
  },
  "trip-extension.start-not-always@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
    summary:
      "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
  },
  "trip-extension.start-not-always@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "verleng je reis maximaal 72 uur aan het begin of einde van de dienstreis (let op, aan het begin van de reis mag het niet altijd);",
    summary:
      "Extend your trip by at most 72 hours at the start or end of the business trip (at the start it is not always allowed).",
  },
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
  "trip-extension.no-rule@gemeente": {
    source: "002",
    section: "Bijlage",
    quote: "De regeling reis- en verblijfkosten 01.02.2020",
    summary: "The municipality's travel and subsistence regulation (not part of the code of conduct).",
  },
  "trip-extension.no-rule@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "trip-extension.org-max-hours@gemeente": {
    source: "002",
    section: "Voor iedereen die voor de gemeente werkt",
    quote: "Ook kunnen er extra huisregels gelden voor jouw afdeling of team.",
    summary: "Your department or team may have extra house rules.",
  },
  "trip-extension.org-max-hours@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "side-job.report@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
    summary: "Side jobs that cannot affect the interests of the service in any way need not be reported.",
  },
  "side-job.report@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Nevenwerkzaamheden die op geen enkele manier het dienstbelang kunnen raken hoef je niet te melden.",
    summary: "Side jobs that cannot affect the interests of the service in any way need not be reported.",
  },
  "side-job.report@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie of met de belangen van de gemeente.",
    summary:
      "You report paid or unpaid side jobs to your manager if they may clash with your job or with the municipality's interests.",
  },
  "side-job.report@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
    summary: "Report side jobs that may affect the province's interests.",
  },
  "side-job.self-assessment@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden:",
    summary: "Consider these questions when deciding whether you must report a side job.",
  },
  "side-job.self-assessment@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "Sta hierbij stil voor de afweging of je nevenwerkzaamheden moet melden:",
    summary: "Consider these questions when deciding whether you must report a side job.",
  },
  "side-job.self-assessment@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Is het antwoord op 1 of meer vragen ‘ja’? Of twijfel je of je de nevenwerkzaamheden mag combineren met je werk?",
    summary:
      "If you answer 'yes' to one or more questions, or are unsure whether the side job fits with your work, report it.",
  },
  "side-job.self-assessment@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Meld nevenwerkzaamheden die de belangen van de provincie kunnen raken",
    summary: "Report side jobs that may affect the province's interests.",
  },
  "side-job.assessment@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen en risico’s tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "side-job.assessment@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf toetsen en risico's tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "side-job.assessment@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "De werkgever mag de toestemming voor nevenwerkzaamheden weigeren of toestaan onder bepaalde voorwaarden.",
    summary: "The employer may refuse permission for a side job or allow it on conditions.",
  },
  "side-job.assessment@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Je leidinggevende kan daarin nadere voorwaarden voor het uitvoeren van de nevenwerkzaamheden stellen.",
    summary: "Your manager may set further conditions for doing the side job.",
  },
  "side-job.reassess@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden;",
    summary: "Reassess side jobs when circumstances change.",
  },
  "side-job.reassess@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote: "herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden.",
    summary: "Reassess side jobs when circumstances change.",
  },
  "side-job.reassess@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Herbeoordeel nevenwerkzaamheden bij gewijzigde omstandigheden (denk aan een nieuwe functie binnen de provincie)",
    summary: "Reassess side jobs when circumstances change (for example, a new job within the province).",
  },
  "side-job.publication@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "gemelde, toegestane nevenwerkzaamheden van leden van de topmanagementgroep worden (met de voorwaarden) openbaar gemaakt.",
    summary:
      "Reported, permitted side jobs of members of the top management group are published (with their conditions).",
  },
  "side-job.publication@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Artikel 5, eerste lid, aanhef en onderdeel c Ambtenarenwet 2017 (verplichting werkgever tot openbaarmaking van geregistreeerde nevenwerkzaamheden van bepaalde ambtenaren)",
    summary: "The law obliges the employer to publish the registered side jobs of certain civil servants.",
  },
  "side-job.publication@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Hun nevenwerkzaamheden worden openbaar gemaakt.",
    summary: "Their side jobs are published.",
  },
  "side-job.publication@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote: "Gemelde, toegestane nevenwerkzaamheden van medewerkers met schaal 14 of hoger worden openbaar gemaakt.",
    summary: "Reported, permitted side jobs of staff in salary scale 14 or higher are published.",
  },
  "side-job.top-official-report-all@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Topfunctionarissen moeten altijd voorgenomen nevenwerkzaamheden melden bij hun leidinggevende.",
    summary: "Top officials must always report intended side jobs to their manager.",
  },
  "side-job.incompatible@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Wettelijk is vastgelegd dat rijksambtenaren hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement, dit is onverenigbaar.",
    summary:
      "By law, a central government job cannot be combined with membership of either chamber of the Dutch parliament or the European Parliament.",
  },
  "side-job.incompatible@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Wettelijk is vastgelegd dat rijksambtenaren – en dus ook Kamerambtenaren - hun functie niet kunnen vervullen in combinatie met het lidmaatschap van de Eerste of Tweede Kamer of het Europees Parlement, dit is onverenigbaar.",
    summary:
      "By law, a job with the Senate cannot be combined with membership of either chamber of the Dutch parliament or the European Parliament.",
  },
  "side-job.mandate-not-in-code@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "De term ‘nevenwerkzaamheden’ moet je ruim zien.",
    summary: "Read 'side jobs' broadly.",
  },
  "side-job.mandate-not-in-code@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Nevenwerkzaamheden zijn alle werkzaamheden die je naast je werk als ambtenaar verricht, betaald of onbetaald en ongeacht de omvang, duur en vorm waarin je dit doet.",
    summary: "Side jobs are all work you do besides your job, paid or unpaid, whatever its size, length or form.",
  },
  "side-job.information-use@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Daarnaast is het verboden om informatie die je tot je beschikking hebt bij de provincie te gebruiken in je nevenfuncties.",
    summary: "You may not use information you have at the province in your side jobs.",
  },
  "side-job.ended@rijk": {
    source: "000",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden die in relatie tot jouw ambtelijke functievervulling de belangen van de dienst kunnen raken.",
    summary:
      "You must report and register side jobs that may affect the interests of the service in relation to your job.",
  },
  "side-job.ended@eerste-kamer": {
    source: "001",
    section: "4.5 Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Er geldt een meld- en registratieplicht voor nevenwerkzaamheden die in relatie tot jouw ambtelijke functievervulling de belangen van de dienst kunnen raken.",
    summary:
      "You must report and register side jobs that may affect the interests of the service in relation to your job.",
  },
  "side-job.ended@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "opgave te doen van de nevenwerkzaamheden die hij verricht of voornemens is te gaan verrichten, die de belangen van de dienst voor zover deze in verband staan met zijn functievervulling, kunnen raken;",
    summary:
      "The law requires you to report side jobs you do or intend to do that may affect the interests of the service.",
  },
  "side-job.ended@provincie": {
    source: "003",
    section: "Nevenwerkzaamheden en onverenigbare functies",
    quote:
      "Melding en registratie van nevenwerkzaamheden stellen jouw leidinggevende in staat om de toelaatbaarheid ervan vooraf te toetsen en risico’s tijdig te ondervangen.",
    summary:
      "Reporting and registering side jobs lets your manager check in advance whether they are acceptable and deal with risks in time.",
  },
  "financial.designated-functions@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie en er is pas sprake van een verbod als door de financiële belangen het goed functioneren van jou, of dat van de dienst, niet meer is verzekerd.",
    summary:
      "For designated jobs the reporting duty needs a link with your job; holding an interest is only forbidden when it stops you or the service from working properly.",
  },
  "financial.designated-functions@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "Voor de meldplicht bij aangewezen functies geldt dat er een relatie moet zijn met jouw ambtelijke functie en er is pas sprake van een verbod als door de financiële belangen het goed functioneren van jou, of dat van de dienst, niet meer is verzekerd.",
    summary:
      "For designated jobs the reporting duty needs a link with your job; holding an interest is only forbidden when it stops you or the service from working properly.",
  },
  "financial.designated-functions@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "indien hij is aangewezen in de zin van artikel 5, eerste lid, onderdeel d, melding te doen van zijn financiële belangen alsmede van het bezit van en transacties met effecten die de belangen van de openbare dienst voor zover deze in verband staat met zijn functievervulling, kunnen raken en daaromtrent desgevraagd nadere informatie te verschaffen.",
    summary:
      "The law requires staff in designated jobs to report financial interests and securities that may affect the service, and to give more information on request.",
  },
  "financial.designated-functions@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote:
      "Als jouw functie door de provincie wordt aangewezen als extra risicovol op dit gebied ben je verplicht om die financiële belangen te melden op het moment dat je in dienst treedt dan wel als je het financieel belang aangaat.",
    summary:
      "If your job is designated as high-risk, report such financial interests when you join or when you acquire the interest.",
  },
  "financial.timing@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote:
      "Als jouw functie door de provincie wordt aangewezen als extra risicovol op dit gebied ben je verplicht om die financiële belangen te melden op het moment dat je in dienst treedt dan wel als je het financieel belang aangaat.",
    summary:
      "If your job is designated as high-risk, report such financial interests when you join or when you acquire the interest.",
  },
  "financial.inside-information@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "houd vertrouwelijke, koersgevoelige informatie waarover je als ambtenaar beschikt geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep confidential, price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.inside-information@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote:
      "houd vertrouwelijke, koersgevoelige informatie waarover je als ambtenaar beschikt geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep confidential, price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.inside-information@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "financiële belangen te hebben, effecten te bezitten of effectentransacties te verrichten waardoor de goede vervulling van zijn functie of de goede functionering van de openbare dienst, voor zover deze in verband staat met zijn functievervulling, niet in redelijkheid zou zijn verzekerd;",
    summary:
      "The law forbids financial interests, securities or trading that would stop you or the service from working properly.",
  },
  "financial.inside-information@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote:
      "Als je, als ambtenaar, beschikt over koersgevoelige informatie houdt deze informatie dan geheim en gebruik deze niet om jezelf of anderen te bevoordelen.",
    summary: "Keep price-sensitive information secret and do not use it to benefit yourself or others.",
  },
  "financial.harmful-prohibited@rijk": {
    source: "000",
    section: "4.4 Financiële belangen en handel in effecten",
    quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden;",
    summary: "Financial interests that harm the service are forbidden.",
  },
  "financial.harmful-prohibited@eerste-kamer": {
    source: "001",
    section: "4.4 Financiële belangen en handel in effecten",
    quote: "financiële belangen die schadelijk zijn voor de dienst zijn verboden;",
    summary: "Financial interests that harm the service are forbidden.",
  },
  "financial.harmful-prohibited@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "financiële belangen te bezitten of te verwerven, welke door de overheidswerkgever waarmee hij een arbeidsovereenkomst heeft zijn aangewezen op de voet van artikel 5, eerste lid, onderdeel d;",
    summary: "The law forbids holding or acquiring financial interests the employer has designated.",
  },
  "financial.harmful-prohibited@provincie": {
    source: "003",
    section: "Financiële belangen en handel in effecten",
    quote: "Financiële belangen die schadelijk zijn, zijn verboden",
    summary: "Harmful financial interests are forbidden.",
  },
  "financial.shareholding-side-job@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Of het zijn van commissaris, bestuurder, vennoot of aandeelhouder.",
    summary: "Being a supervisory director, director, partner or shareholder also counts.",
  },
  "former-employee.two-year-ban@provincie": {
    source: "003",
    section: "Draaideurconstructie",
    quote:
      "Voormalige provinciale ambtenaren worden niet binnen twee jaar na ontslag ingehuurd voor het verrichten van provinciale werkzaamheden.",
    summary: "Former provincial staff are not hired for provincial work within two years of leaving.",
  },
  "former-employee.current-staff@provincie": {
    source: "003",
    section: "Draaideurconstructie",
    quote:
      "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe voor de provincie werkzaamheden te verrichten.",
    summary: "Staff cannot, except very exceptionally, be hired at the same time as outside workers for the province.",
  },
  "former-employee.still-employed@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je gaat ook actief de schijn van belangenverstrengeling tegen. 3. Je meldt bij jouw leidinggevende betaalde of onbetaalde nevenwerkzaamheden als die kunnen botsen met de vervulling van jouw functie of met de belangen van de gemeente.",
    summary:
      "Actively counter any appearance of a conflict of interest, and report side jobs that may clash with your job or the municipality's interests.",
  },
  "former-employee.avoid-two-years@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "De gemeente vermijdt de inhuur van mensen als ze korter dan 2 jaar uit dienst zijn bij de gemeente tenzij er zwaarwegende redenen zijn om dit toch te doen.",
    summary:
      "The municipality avoids hiring people who left less than two years ago, unless there are weighty reasons.",
  },
  "former-employee.extra-alert@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote: "Kun je dit niet, vraag dan geen offerte aan.",
    summary: "If you cannot do this, do not ask for a quotation.",
  },
  "former-employee.extra-alert@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote: "Kun je dit niet, vraag dan geen offerte aan.",
    summary: "If you cannot do this, do not ask for a quotation.",
  },
  "former-employee.org-period@rijk": {
    source: "000",
    section: "1.2 Status en werkingssfeer van deze gedragscode",
    quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
    summary: "Organisations may specify this code further.",
  },
  "former-employee.org-period@eerste-kamer": {
    source: "000",
    section: "1.2 Status en werkingssfeer van deze gedragscode",
    quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
    summary: "Organisations may specify this code further.",
  },
  "former-employee.outside-period@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "De gemeente vermijdt de inhuur van mensen als ze korter dan 2 jaar uit dienst zijn bij de gemeente tenzij er zwaarwegende redenen zijn om dit toch te doen.",
    summary:
      "The municipality avoids hiring people who left less than two years ago, unless there are weighty reasons.",
  },
  "former-employee.outside-period@provincie": {
    source: "003",
    section: "Draaideurconstructie",
    quote:
      "Voormalige provinciale ambtenaren worden niet binnen twee jaar na ontslag ingehuurd voor het verrichten van provinciale werkzaamheden.",
    summary: "Former provincial staff are not hired for provincial work within two years of leaving.",
  },
  "former-employee.outside-period@rijk": {
    source: "000",
    section: "1.2 Status en werkingssfeer van deze gedragscode",
    quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
    summary: "Organisations may specify this code further.",
  },
  "former-employee.outside-period@eerste-kamer": {
    source: "000",
    section: "1.2 Status en werkingssfeer van deze gedragscode",
    quote: "Op organisatieniveau is nadere specificatie en invulling daarom mogelijk.",
    summary: "Organisations may specify this code further.",
  },
  "ex-minister.two-year-ban@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Als je op enige manier met zo’n situatie te maken krijgt, dan verwijs je door naar jouw Secretaris Generaal.",
    summary: "If you meet such a situation in any way, refer it to your Secretary-General.",
  },
  "ex-minister.two-year-ban@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote: "Als je op enige manier met zo'n situatie te maken krijgt, dan verwijst je door naar de Griffier.",
    summary: "If you meet such a situation in any way, refer it to the Clerk of the Senate.",
  },
  "ex-minister.private-capacity@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Voor jou betekent dit dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon op diens voormalig beleidsterrein.",
    summary:
      "During that period you may have no business contact, in your work, with the former minister on their former policy area.",
  },
  "ex-minister.private-capacity@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Voor jou betekent dit dat je gedurende die periode vanuit jouw ambtelijk functioneren geen zakelijke contacten mag onderhouden met de gewezen bewindspersoon op diens voormalig beleidsterrein.",
    summary:
      "During that period you may have no business contact, in your work, with the former minister on their former policy area.",
  },
  "ex-minister.leaving-date-unknown@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Een ander verbod dat is vastgelegd is het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden, om (de schijn van) belangverstrengeling tegen te gaan.",
    summary:
      "Ministers and state secretaries may not lobby for two years after leaving office, to prevent (the appearance of) a conflict of interest.",
  },
  "ex-minister.leaving-date-unknown@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Een ander verbod dat is vastgelegd is het lobbyverbod voor bewindspersonen gedurende twee jaar na hun aftreden, om (de schijn van) belangverstrengeling tegen te gaan.",
    summary:
      "Ministers and state secretaries may not lobby for two years after leaving office, to prevent (the appearance of) a conflict of interest.",
  },
  "ex-minister.no-rule@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote:
      "Je moet extra voorzichtig zijn bij onderwerpen die in het nieuws zijn, of waarvoor bij belangengroepen (lobbyisten) bijzondere belangstelling bestaat.",
    summary: "Take extra care with subjects in the news or of special interest to lobby groups.",
  },
  "ex-minister.no-rule@provincie": {
    source: "003",
    section: "Omgang met belangenbehartigers en lobbyisten",
    quote: "Zorg dat jij je werk transparant en onafhankelijk doet en kan doen.",
    summary: "Make sure you do your work transparently and independently.",
  },
  "job-move.sensitive@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "wees transparant over je nieuwe werk en meld de overstap tijdig; bespreek de risico’s;",
    summary: "Be open about your new job, report the move in time and discuss the risks.",
  },
  "job-move.sensitive@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "wees transparant over je nieuwe werk en meld de overstap tijdig;",
    summary: "Be open about your new job and report the move in time.",
  },
  "job-move.cooling-off@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
    summary: "Agree a cooling-off period: this is always tailored to the case.",
  },
  "job-move.cooling-off@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote: "spreek een afkoelingsperiode af: dit is altijd maatwerk.",
    summary: "Agree a cooling-off period: this is always tailored to the case.",
  },
  "job-move.not-sensitive@rijk": {
    source: "000",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote:
      "In uitzonderlijke gevallen kan de overstap vanuit de rijksdienst naar ander werk gevoelig liggen omdat daar integriteitsrisico’s aan verbonden zijn.",
    summary:
      "In exceptional cases a move from central government to other work is sensitive because it carries integrity risks.",
  },
  "job-move.not-sensitive@eerste-kamer": {
    source: "001",
    section: "4.6 Afkoelingsperiode bij gevoelige overstap naar ander werk",
    quote:
      "In uitzonderlijke gevallen kan de overstap vanuit de Eerste Kamer naar ander werk een overstap vanuit een kwetsbare functie (zie de tekst onder 8.3) naar werk dat als nevenfunctie meldplichtig of zelfs verboden zou zijn.",
    summary:
      "In exceptional cases a move from the Senate to other work is sensitive: from a vulnerable job to work that would be reportable or even forbidden as a side job.",
  },
  "job-move.no-rule@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "Artikel 9 Ambtenarenwet 2017 ‘De ambtenaar en de gewezen ambtenaar zijn verplicht tot geheimhouding van hetgeen hen in verband met hun functie ter kennis is gekomen, voor zover die verplichting uit de aard der zaak volgt.’",
    summary: "By law, current and former civil servants must keep secret what they learned through their job.",
  },
  "job-move.no-rule@provincie": {
    source: "003",
    section: "Zorgvuldig omgaan met informatie",
    quote: "De geheimhoudingsplicht blijft ook na uitdiensttreding gelden.",
    summary: "The duty of confidentiality continues after you leave.",
  },
  "sale-to-employer.permission@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Als ambtenaar in dienst van de rijksoverheid mag je daarom geen producten of diensten aan de rijksoverheid verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
    summary:
      "You may not sell products or services to central government unless you get permission, which is rarely given.",
  },
  "sale-to-employer.permission@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Als ambtenaar in dienst van de Eerste Kamer mag je daarom geen producten of diensten aan de Eerste Kamer verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
    summary: "You may not sell products or services to the Senate unless you get permission, which is rarely given.",
  },
  "sale-to-employer.no-advertising@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega’s.",
    summary: "Do not advertise your own business to your employer or colleagues.",
  },
  "sale-to-employer.no-advertising@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega's.",
    summary: "Do not advertise your own business to your employer or colleagues.",
  },
  "sale-to-employer.statute-permission@gemeente": {
    source: "002",
    section: "Bijlage",
    quote:
      "middellijk of onmiddellijk deel te nemen aan aannemingen en leveringen ten behoeve van openbare diensten, tenzij de overheidswerkgever waarmee hij een arbeidsovereenkomst heeft daarvoor toestemming heeft verleend;",
    summary:
      "The law forbids taking part in contracts and supplies for public services unless the employer has given permission.",
  },
  "sale-to-employer.own-purchase@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je mag als ambtenaar niet direct of indirect betrokken zijn of enig voordeel hebben uit leveringen aan de gemeente.",
    summary: "You may not be involved in, or benefit from, supplies to the municipality, directly or indirectly.",
  },
  "sale-to-employer.no-rule@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote: "Houd je dan ook verre van vriendjespolitiek en belangenverstrengeling.",
    summary: "Stay well away from favouritism and conflicts of interest.",
  },
  "sale-to-employer.external-only-exceptionally@provincie": {
    source: "003",
    section: "Draaideurconstructie",
    quote:
      "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe voor de provincie werkzaamheden te verrichten.",
    summary: "Staff cannot, except very exceptionally, be hired at the same time as outside workers for the province.",
  },
  "sale-to-employer.someone-else-handles@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
    summary: "If this happens, report it in advance so someone else can handle the matter.",
  },
  "sale-to-employer.someone-else-handles@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
    summary: "If this happens, report it in advance so someone else can handle the matter.",
  },
  "sale-to-employer.someone-else-handles@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote: "Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
    summary: "Report it in advance so someone else can handle the procedure.",
  },
  "partner-travel.not-along@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "Uitgangspunt is daarom dat jouw partner niet meereist.",
    summary: "The starting point is that your partner does not travel with you.",
  },
  "partner-travel.not-along@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote: "Uitgangspunt is daarom dat jouw partner niet meereist.",
    summary: "The starting point is that your partner does not travel with you.",
  },
  "partner-travel.special-situation@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Er kunnen zich echter altijd bijzondere of onvoorziene situaties voordoen. Overleg in dat geval met jouw leidinggevende wat het beste is om te doen.",
    summary: "Special or unforeseen situations can arise; then agree with your manager what is best.",
  },
  "partner-travel.special-situation@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Er kunnen zich echter altijd bijzondere of onvoorziene situaties voordoen. Overleg in dat geval met jouw leidinggevende wat het beste is om te doen.",
    summary: "Special or unforeseen situations can arise; then agree with your manager what is best.",
  },
  "partner-travel.service-interest@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Kom je in overleg met je leidinggevende tot de conclusie dat het meenemen van jouw partner aantoonbaar in het dienstbelang is, dan zijn ook de reis- en verblijfkosten van de partner voor rekening van de dienst.",
    summary:
      "If you and your manager conclude that bringing your partner demonstrably serves the work, the service pays the partner's travel and accommodation.",
  },
  "partner-travel.service-interest@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Kom je in overleg met je leidinggevende tot de conclusie dat het meenemen van jouw partner aantoonbaar in het dienstbelang is, dan zijn ook de reis- en verblijfkosten van de partner voor rekening van de dienst.",
    summary:
      "If you and your manager conclude that bringing your partner demonstrably serves the work, the service pays the partner's travel and accommodation.",
  },
  "partner-travel.no-rule@gemeente": {
    source: "002",
    section: "Bijlage",
    quote: "De regeling reis- en verblijfkosten 01.02.2020",
    summary: "The municipality's travel and subsistence regulation (not part of the code of conduct).",
  },
  "partner-travel.no-rule@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "partner-travel.costs-prior-permission@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote:
      "Daarvoor heb je vooraf toestemming van de leidinggevende nodig én je moet aantonen dat je die kosten niet op een andere manier kunt laten vergoeden.",
    summary: "You need your manager's permission in advance and must show the costs cannot be paid another way.",
  },
  "partner-travel.business-costs-only@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "travel-benefit.delay-compensation@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Deze schadevergoeding is niet voor jou, maar voor het Rijk. Het Rijk draagt immers de kosten voor de dienstreis. Van jou wordt medewerking verwacht bij het innen van die schadevergoedingen, tenzij je werkgever aangeeft dat dit niet nodig is.",
    summary:
      "Compensation for delays is not for you but for central government, which pays for the trip; you help to claim it unless told it is not needed.",
  },
  "travel-benefit.delay-compensation@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Deze schadevergoeding is niet voor jou, maar voor de Eerste Kamer. De Eerste Kamer draagt immers de kosten voor de dienstreis. Van jou wordt medewerking verwacht bij het innen van die schadevergoedingen, tenzij je werkgever aangeeft dat dit niet nodig is.",
    summary:
      "Compensation for delays is not for you but for the Senate, which pays for the trip; you help to claim it unless told it is not needed.",
  },
  "travel-benefit.care-vouchers@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Tegoedbonnen voor bijvoorbeeld gratis eten en drinken, hotelaccommodatie voor extra overnachting en (taxi) vervoer van en naar de hotelaccommodatie/luchthaven mag je gerust voor jezelf aannemen. Je declareert dan uiteraard geen kosten bij je werkgever.",
    summary:
      "Vouchers for food and drink, an extra hotel night and transport to and from the hotel or airport you may keep; then you do not claim those costs.",
  },
  "travel-benefit.care-vouchers@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "Tegoedbonnen voor bijvoorbeeld gratis eten en drinken, hotelaccommodatie voor extra overnachting en (taxi)vervoer van en naar de hotelaccommodatie/luchthaven mag je gerust voor jezelf aannemen. Je declareert dan uiteraard geen kosten bij je werkgever.",
    summary:
      "Vouchers for food and drink, an extra hotel night and transport to and from the hotel or airport you may keep; then you do not claim those costs.",
  },
  "travel-benefit.loyalty-points@rijk": {
    source: "000",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privéreizen gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
    summary:
      "Bonus points from loyalty programmes earned on paid business trips are not for private travel; by agreement you may use them for business trips.",
  },
  "travel-benefit.loyalty-points@eerste-kamer": {
    source: "001",
    section: "7.2 Aanvullingen op specifieke onderwerpen",
    quote:
      "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privétrips gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
    summary:
      "Bonus points from loyalty programmes earned on paid business trips are not for private trips; by agreement you may use them for business trips.",
  },
  "travel-benefit.no-rule@gemeente": {
    source: "002",
    section: "Bijlage",
    quote: "De regeling reis- en verblijfkosten 01.02.2020",
    summary: "The municipality's travel and subsistence regulation (not part of the code of conduct).",
  },
  "travel-benefit.no-rule@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "travel-benefit.no-double-claim@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote: "Vanzelfsprekend declareer je alleen kosten die je niet op een andere manier vergoed krijgt.",
    summary: "You only claim costs that are not paid to you another way.",
  },
  "travel-benefit.no-double-claim@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "service-car.written-permission@rijk": {
    source: "000",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Privégebruik is toegestaan indien en voor zover je daar schriftelijk toestemming voor hebt verkregen. Voor de privékilometers draag je een eigen bijdrage af.",
    summary: "Private use is allowed only with written permission, and you pay a contribution for private kilometres.",
  },
  "service-car.no-car-rule@eerste-kamer": {
    source: "001",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Er is altijd sprake van een grijs gebied: bespreek daarom in voorkomende gevallen met je leidinggevende wat wel of niet mag.",
    summary: "There is always a grey area: discuss with your manager what is and is not allowed.",
  },
  "service-car.calamity-only@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote:
      "Dat kan alleen nadat jouw leidinggevende toestemming heeft gegeven. Het kan bijvoorbeeld dat je toestemming krijgt om de dienstauto te gebruiken bij een calamiteit.",
    summary: "Only after your manager has given permission, for example to use the service car in an emergency.",
  },
  "service-car.not-for-private@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote:
      "Maar je mag de dienstauto niet gebruiken om naar huis te gaan zodat je niet met de trein, de fiets of de taxi hoeft, omdat je daar geen zin in hebt of er het geld niet voor over hebt.",
    summary: "You may not use the service car to go home just to avoid the train, bicycle or taxi.",
  },
  "service-car.banned@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote: "Privégebruik van de dienst- en poolauto’s is niet toegestaan evenals het gebruik voor woon-werk verkeer.",
    summary: "Private use of service and pool cars is not allowed, nor is commuting in them.",
  },
  "tobacco.transparency@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Op grond van internationale afspraken mag je de vaststelling en uitvoering van overheidsbeleid niet laten beïnvloeden door de commerciële en andere gevestigde belangen van de tabaksindustrie. Als er toch contacten plaatsvinden, staat transparantie voorop.",
    summary:
      "Government policy may not be influenced by the tobacco industry's interests; where contacts do happen, transparency comes first.",
  },
  "tobacco.transparency@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Op grond van internationale afspraken mag je de vaststelling en uitvoering van overheidsbeleid niet laten beïnvloeden door de commerciële en andere gevestigde belangen van de tabaksindustrie. Als er toch contacten plaatsvinden, staat transparantie voorop.",
    summary:
      "Government policy may not be influenced by the tobacco industry's interests; where contacts do happen, transparency comes first.",
  },
  "tobacco.meeting-report-published@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Dit betekent onder andere dat verslagen van toegestaan overleg met de tabaksindustrie openbaar worden gemaakt op de website van de betrokken overheidsorganisatie.",
    summary: "Minutes of permitted meetings with the tobacco industry are published on the organisation's website.",
  },
  "tobacco.meeting-report-published@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Dit betekent onder andere dat verslagen van toegestaan overleg met de tabaksindustrie openbaar worden gemaakt op de website van de betrokken overheidsorganisatie.",
    summary: "Minutes of permitted meetings with the tobacco industry are published on the organisation's website.",
  },
  "tobacco.avoid-contact@rijk": {
    source: "000",
    section: "4.7 Omgang met lobbyisten",
    quote:
      "Soms is het algemeen belang er mee gediend om contacten met lobbyisten te vermijden. In specifieke gevallen is dat ook vastgelegd, bijvoorbeeld ten aanzien van contacten met de tabaksindustrie.",
    summary:
      "Sometimes the public interest is served by avoiding contact with lobbyists; for the tobacco industry this is laid down.",
  },
  "tobacco.avoid-contact@eerste-kamer": {
    source: "001",
    section: "4.6 Omgang met lobbyisten",
    quote:
      "Soms is het algemeen belang er mee gediend om contacten met lobbyisten te vermijden. In specifieke gevallen is dat ook vastgelegd, bijvoorbeeld ten aanzien van contacten met de tabaksindustrie.",
    summary:
      "Sometimes the public interest is served by avoiding contact with lobbyists; for the tobacco industry this is laid down.",
  },
  "tobacco.no-rule@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote:
      "Je moet extra voorzichtig zijn bij onderwerpen die in het nieuws zijn, of waarvoor bij belangengroepen (lobbyisten) bijzondere belangstelling bestaat.",
    summary: "Take extra care with subjects in the news or of special interest to lobby groups.",
  },
  "tobacco.no-rule@provincie": {
    source: "003",
    section: "Omgang met belangenbehartigers en lobbyisten",
    quote: "Overleg met je collega’s en je leidinggevende waar die situaties in jouw werk aanwezig kunnen zijn.",
    summary: "Discuss with colleagues and your manager where such situations may arise in your work.",
  },
  "parliament.prior-permission@rijk": {
    source: "000",
    section: "5.2 Externe contacten en meningsuitingen",
    quote: "vraag vooraf toestemming, dit geldt ook voor vaktechnische briefings;",
    summary: "Ask permission in advance, also for technical briefings.",
  },
  "parliament.non-public-via-line@rijk": {
    source: "000",
    section: "5.2 Externe contacten en meningsuitingen",
    quote: "niet-openbare informatieverstrekking loopt via de lijn en de parlementair contactpersoon.",
    summary: "Non-public information goes through the line and the parliamentary contact person.",
  },
  "parliament.public-information@rijk": {
    source: "000",
    section: "5.2 Externe contacten en meningsuitingen",
    quote:
      "openbare informatie kun je rechtstreeks verstrekken, geadviseerd wordt om de bewindspersoon hier via de lijn en de parlementair contactpersoon over in te lichten;",
    summary:
      "You may give public information directly; you are advised to inform the minister through the line and the parliamentary contact person.",
  },
  "parliament.factual-only@rijk": {
    source: "000",
    section: "5.2 Externe contacten en meningsuitingen",
    quote:
      "verstrek alleen feitelijke informatie: uit geen persoonlijke meningen of beleidsopvattingen en leg geen verantwoording af over gevoerd beleid;",
    summary: "Give only factual information: no personal opinions or policy views, and no accounting for policy.",
  },
  "parliament.factual-only@gemeente": {
    source: "002",
    section: "4. Het omgaan met informatie",
    quote:
      "Gebruikelijk is wel dat raadsleden jou als ambtenaar om technische uitleg en informatie kunnen vragen. Je beperkt je dan tot het geven van die technisch inhoudelijke informatie.",
    summary: "Council members may ask you for technical explanation; you then keep to technical information.",
  },
  "parliament.factual-only@provincie": {
    source: "003",
    section: "Externe contacten en meningsuitingen",
    quote:
      "In alle gevallen beperk je je als ambtenaar tot het verstrekken van feitelijke (technische-) informatie. Beleidsopvattingen zijn voorbehouden aan de gedeputeerden.",
    summary:
      "You always keep to factual (technical) information; policy views are for the members of the provincial executive.",
  },
  "parliament.no-own-initiative@gemeente": {
    source: "002",
    section: "4. Het omgaan met informatie",
    quote:
      "Je verstrekt geen informatie aan raadsleden op eigen initiatief en je verleent ook geen ambtelijke bijstand op eigen initiatief.",
    summary: "You do not give council members information or help on your own initiative.",
  },
  "parliament.inform-gedeputeerde@provincie": {
    source: "003",
    section: "Externe contacten en meningsuitingen",
    quote:
      "Het is belangrijk dat je altijd de gedeputeerde inlicht als je informatie uitgewisseld hebt met leden van provinciale staten.",
    summary:
      "Always inform the responsible member of the provincial executive when you have exchanged information with members of the Provincial Council.",
  },
  "parliament.discretion@eerste-kamer": {
    source: "001",
    section: "5.2 Externe contacten en meningsuitingen",
    quote:
      "Als Kamerambtenaar dien je discreet met deze informatie om te gaan. Het is niet toegestaan naar buiten te treden met informatie over wat Kamerleden hebben gezegd of gedaan of deze voor een ander doel te gebruiken dan waar het voor verstrekt is.",
    summary: "Be discreet: you may not disclose what senators said or did, or use it for another purpose.",
  },
  "parliament.no-private-use-of-position@eerste-kamer": {
    source: "001",
    section: "5.2 Externe contacten en meningsuitingen",
    quote:
      "Verder geldt dat je als Kamerambtenaar je positie bij de Kamer niet mag aanwenden voor privédoeleinden. Dit geldt ook voor de contacten die je hebt met Kamerleden.",
    summary: "You may not use your position at the Senate, or your contacts with senators, for private purposes.",
  },
  "expense.prior-permission@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote:
      "Daarvoor heb je vooraf toestemming van de leidinggevende nodig én je moet aantonen dat je die kosten niet op een andere manier kunt laten vergoeden.",
    summary: "You need your manager's permission in advance and must show the costs cannot be paid another way.",
  },
  "expense.reasonable-and-necessary@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote: "Je declareert alleen kosten die redelijk en noodzakelijk zijn voor een goede vervulling van jouw functie.",
    summary: "You only claim costs that are reasonable and necessary for doing your job well.",
  },
  "expense.not-reimbursed-otherwise@rijk": {
    source: "000",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de mobiliteitskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
    summary:
      "You only claim business costs actually made that are not paid otherwise, do not use the mobility card for private travel and do not lend your pass.",
  },
  "expense.not-reimbursed-otherwise@eerste-kamer": {
    source: "001",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de vervoerskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
    summary:
      "You only claim business costs actually made that are not paid otherwise, do not use the travel card for private travel and do not lend your pass.",
  },
  "expense.not-reimbursed-otherwise@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote: "Vanzelfsprekend declareer je alleen kosten die je niet op een andere manier vergoed krijgt.",
    summary: "You only claim costs that are not paid to you another way.",
  },
  "expense.not-reimbursed-otherwise@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "expense.no-prior-permission@rijk": {
    source: "000",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de mobiliteitskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
    summary:
      "You only claim business costs actually made that are not paid otherwise, do not use the mobility card for private travel and do not lend your pass.",
  },
  "expense.no-prior-permission@eerste-kamer": {
    source: "001",
    section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de vervoerskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
    summary:
      "You only claim business costs actually made that are not paid otherwise, do not use the travel card for private travel and do not lend your pass.",
  },
  "expense.no-prior-permission@provincie": {
    source: "003",
    section: "(Privé)gebruik van middelen en voorzieningen",
    quote:
      "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
    summary:
      "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
  },
  "private-relationship.report@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijk heid als goed ambtenaar om hiervan melding te doen bij de (naasthogere) leidinggevende.",
    summary:
      "If a private relationship may cause a problem or an integrity risk, you must report it to your (next higher) manager.",
  },
  "private-relationship.report@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de (naasthogere) leidinggevende.",
    summary:
      "If a private relationship may cause a problem or an integrity risk, you must report it to your (next higher) manager.",
  },
  "private-relationship.report@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote:
      "Dan is het belangrijk dit te melden bij jouw leidinggevende en samen te bekijken of er speciale maatregelen of afspraken moeten komen.",
    summary: "Report it to your manager and look together at whether special measures or agreements are needed.",
  },
  "private-relationship.report@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de leidinggevende.",
    summary: "If a private relationship may cause a problem or an integrity risk, you must report it to your manager.",
  },
  "private-relationship.risk-higher@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.risk-higher@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.risk-higher@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Maar in sommige gevallen kan het een probleem zijn of worden en kan het een integriteitsrisico opleveren.",
    summary: "In some cases it can become a problem and an integrity risk.",
  },
  "private-relationship.risk-higher@provincie": {
    source: "003",
    section: "Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.measures@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Het is bijvoorbeeld niet wenselijk dat partners elkaars werk beoordelen, controleren, of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Het is bijvoorbeeld niet wenselijk dat partners elkaars werk beoordelen, controleren, of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Zo willen we bijvoorbeeld niet dat partners elkaars werk beoordelen, controleren of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Zo nodig worden er werkafspraken gemaakt of taken anders verdeeld, maar ook een overplaatsing naar een team of domein of ontslag kan aan de orde zijn.",
    summary: "If needed, work is arranged or divided differently; a transfer or dismissal may also be considered.",
  },
  "private-relationship.no-risk@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Daar is op zich niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@provincie": {
    source: "003",
    section: "Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.ask-transfer@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Je kan natuurlijk zelf ook om overplaatsing of ontslag vragen als voor jou je privérelatie je het goed uitoefenen van je werk in de weg staat.",
    summary: "You may also ask for a transfer or to leave yourself if the relationship stands in the way of your work.",
  },
  "supplier-contact.report-in-advance@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
    summary: "If this happens, report it in advance so someone else can handle the matter.",
  },
  "supplier-contact.report-in-advance@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
    summary: "If this happens, report it in advance so someone else can handle the matter.",
  },
  "supplier-contact.report-in-advance@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je kunt de schijn van belangenverstrengeling bijvoorbeeld tegengaan door het niet behandelen van een kwestie van een bekende of door je persoonlijke belang te melden bij je leidinggevende.",
    summary:
      "Counter the appearance of a conflict of interest, for example by not handling a matter involving someone you know, or by reporting your interest to your manager.",
  },
  "supplier-contact.report-in-advance@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote:
      "Loop je hier tegenaan? Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
    summary: "If this happens, report it in advance so someone else can handle the procedure.",
  },
  "supplier-contact.private-dealings@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Of door privé geen zaken te doen met partijen waar je in je werk bij de gemeente ook zaken mee doet, of dit anders te melden.",
    summary: "Or by not doing private business with parties you deal with at work, or else reporting it.",
  },
  "supplier-contact.not-reporting-is-breach@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Het niet melden van een (mogelijk) verstrengelde situatie bij je leidinggevende, of het niet bespreekbaar maken ervan, wordt ook beschouwd als een schending van de gedragscode.",
    summary:
      "Not reporting a (possible) conflict of interest to your manager, or not raising it, is itself a breach of the code.",
  },
  "supplier-contact.not-involved@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je bij de andere partij privécontacten hebt.",
    summary: "You should not be able to influence the process if you have private contacts at the other party.",
  },
  "supplier-contact.not-involved@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je bij de andere partij privécontacten hebt.",
    summary: "You should not be able to influence the process if you have private contacts at the other party.",
  },
  "supplier-contact.not-involved@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Wat wel en niet kan hangt vaak af van de functie die je hebt.",
    summary: "What is and is not possible often depends on your job.",
  },
  "supplier-contact.not-involved@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je privécontacten hebt met de andere partij.",
    summary: "You should not be able to influence the process if you have private contacts with the other party.",
  },
  "supplier-contact.four-eyes@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Ter voorkoming van problemen behoren er meerdere personen betrokken te zijn bij de besluitvorming over inkoop, inhuur en aanbesteding en doe je gesprekken met leveranciers bij voorkeur met zijn tweeën.",
    summary:
      "Several people should take part in decisions on purchasing and tenders, and talks with suppliers are preferably held in pairs.",
  },
  "supplier-contact.four-eyes@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Ter voorkoming van problemen behoren er meerdere personen betrokken te zijn bij de besluitvorming over inkoop, inhuur en aanbesteding en doe je gesprekken met leveranciers bij voorkeur met zijn tweeën.",
    summary:
      "Several people should take part in decisions on purchasing and tenders, and talks with suppliers are preferably held in pairs.",
  },
};
