// The readable citations of the rules on travel benefits, service cars, tobacco-industry and parliament contacts, expense claims (see ./texts.ts).
import type { ReadableText } from "./types";
import {
  EERSTE_KAMER_LOYALTY_POINTS,
  GEMEENTE_PRIOR_PERMISSION,
  GEMEENTE_TOPICS_IN_THE_NEWS,
  GEMEENTE_TRAVEL_REGULATION,
  PROVINCIE_CAREFUL_USE,
  RIJK_LOYALTY_POINTS,
} from "./texts-shared";

/** Cited by travel-benefit.no-double-claim@gemeente, expense.not-reimbursed-otherwise@gemeente. */
const GEMEENTE_NOT_PAID_OTHERWISE: ReadableText = {
  source: "002",
  section: "5. Het gebruik van bedrijfsmiddelen",
  quote: "Vanzelfsprekend declareer je alleen kosten die je niet op een andere manier vergoed krijgt.",
  summary: "You only claim costs that are not paid to you another way.",
};

/** Cited by expense.not-reimbursed-otherwise@rijk, expense.no-prior-permission@rijk. */
const RIJK_CAREFUL_USE: ReadableText = {
  source: "000",
  section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
  quote:
    "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de mobiliteitskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
  summary:
    "You only claim business costs actually made that are not paid otherwise, do not use the mobility card for private travel and do not lend your pass.",
};

/** Cited by expense.not-reimbursed-otherwise@eerste-kamer, expense.no-prior-permission@eerste-kamer. */
const EERSTE_KAMER_CAREFUL_USE: ReadableText = {
  source: "001",
  section: "4.3 (Privé)gebruik van overheidsmiddelen en -voorzieningen",
  quote:
    "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet al op andere wijze vergoed worden (denk bijvoorbeeld aan representatiekostenvergoeding), de vervoerskaart niet voor privéreizen gebruikt en je toegangspas niet aan anderen uitleent.",
  summary:
    "You only claim business costs actually made that are not paid otherwise, do not use the travel card for private travel and do not lend your pass.",
};

export const TEXTS_BENEFITS: Readonly<Record<string, ReadableText>> = {
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
  "travel-benefit.loyalty-points@rijk": RIJK_LOYALTY_POINTS,
  "travel-benefit.loyalty-points@eerste-kamer": EERSTE_KAMER_LOYALTY_POINTS,
  "travel-benefit.no-rule@gemeente": GEMEENTE_TRAVEL_REGULATION,
  "travel-benefit.no-rule@provincie": PROVINCIE_CAREFUL_USE,
  "travel-benefit.no-double-claim@gemeente": GEMEENTE_NOT_PAID_OTHERWISE,
  "travel-benefit.no-double-claim@provincie": PROVINCIE_CAREFUL_USE,
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
  "tobacco.no-rule@gemeente": GEMEENTE_TOPICS_IN_THE_NEWS,
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
  "expense.prior-permission@gemeente": GEMEENTE_PRIOR_PERMISSION,
  "expense.reasonable-and-necessary@gemeente": {
    source: "002",
    section: "5. Het gebruik van bedrijfsmiddelen",
    quote: "Je declareert alleen kosten die redelijk en noodzakelijk zijn voor een goede vervulling van jouw functie.",
    summary: "You only claim costs that are reasonable and necessary for doing your job well.",
  },
  "expense.not-reimbursed-otherwise@rijk": RIJK_CAREFUL_USE,
  "expense.not-reimbursed-otherwise@eerste-kamer": EERSTE_KAMER_CAREFUL_USE,
  "expense.not-reimbursed-otherwise@gemeente": GEMEENTE_NOT_PAID_OTHERWISE,
  "expense.not-reimbursed-otherwise@provincie": PROVINCIE_CAREFUL_USE,
  "expense.no-prior-permission@rijk": RIJK_CAREFUL_USE,
  "expense.no-prior-permission@eerste-kamer": EERSTE_KAMER_CAREFUL_USE,
  "expense.no-prior-permission@provincie": PROVINCIE_CAREFUL_USE,
};
