// Readable citations that several files cite: one quote of a code, cited by rules of more than one group of
// declaration types (see ./texts.ts). A rule's entry names the constant; its text stays exactly that of its source.
import type { ReadableText } from "./types";

/** Cited by gift.permission@gemeente, commercial.no-fee@gemeente. */
export const GEMEENTE_NO_GIFTS: ReadableText = {
  source: "002",
  section: "3. Het tegengaan van corruptie",
  quote: "Je neemt geen geschenken aan die je in jouw functie krijgt aangeboden.",
  summary: "You do not accept gifts offered to you because of your job.",
};

/** Cited by gift.loyalty-points@rijk, travel-benefit.loyalty-points@rijk. */
export const RIJK_LOYALTY_POINTS: ReadableText = {
  source: "000",
  section: "7.2 Aanvullingen op specifieke onderwerpen",
  quote:
    "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privéreizen gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
  summary:
    "Bonus points from loyalty programmes earned on paid business trips are not for private travel; by agreement you may use them for business trips.",
};

/** Cited by gift.loyalty-points@eerste-kamer, travel-benefit.loyalty-points@eerste-kamer. */
export const EERSTE_KAMER_LOYALTY_POINTS: ReadableText = {
  source: "001",
  section: "7.2 Aanvullingen op specifieke onderwerpen",
  quote:
    "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privétrips gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
  summary:
    "Bonus points from loyalty programmes earned on paid business trips are not for private trips; by agreement you may use them for business trips.",
};

/** Cited by trip-extension.no-rule@gemeente, partner-travel.no-rule@gemeente, travel-benefit.no-rule@gemeente. */
export const GEMEENTE_TRAVEL_REGULATION: ReadableText = {
  source: "002",
  section: "Bijlage",
  quote: "De regeling reis- en verblijfkosten 01.02.2020",
  summary: "The municipality's travel and subsistence regulation (not part of the code of conduct).",
};

/**
 * Cited by trip-extension.no-rule@provincie, trip-extension.org-max-hours@provincie, partner-travel.no-rule@provincie,
 * partner-travel.business-costs-only@provincie, travel-benefit.no-rule@provincie,
 * travel-benefit.no-double-claim@provincie, expense.not-reimbursed-otherwise@provincie,
 * expense.no-prior-permission@provincie.
 */
export const PROVINCIE_CAREFUL_USE: ReadableText = {
  source: "003",
  section: "(Privé)gebruik van middelen en voorzieningen",
  quote:
    "Zorgvuldig gebruik van middelen en voorzieningen betekent ook dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden, je wachtwoord voor je laptop geheimhoudt, je scherm afsluit en je toegangspas niet uitleent.",
  summary:
    "Careful use of resources means you only claim business costs actually made that are not paid otherwise, keep your laptop password secret, lock your screen and do not lend your pass.",
};

/** Cited by ex-minister.no-rule@gemeente, tobacco.no-rule@gemeente. */
export const GEMEENTE_TOPICS_IN_THE_NEWS: ReadableText = {
  source: "002",
  section: "6. Gedrag in de privesfeer",
  quote:
    "Je moet extra voorzichtig zijn bij onderwerpen die in het nieuws zijn, of waarvoor bij belangengroepen (lobbyisten) bijzondere belangstelling bestaat.",
  summary: "Take extra care with subjects in the news or of special interest to lobby groups.",
};

/** Cited by sale-to-employer.someone-else-handles@rijk, supplier-contact.report-in-advance@rijk. */
export const RIJK_REPORT_IN_ADVANCE: ReadableText = {
  source: "000",
  section: "4.8 Inkoop, inhuur en aanbesteding",
  quote:
    "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
  summary: "If this happens, report it in advance so someone else can handle the matter.",
};

/** Cited by sale-to-employer.someone-else-handles@eerste-kamer, supplier-contact.report-in-advance@eerste-kamer. */
export const EERSTE_KAMER_REPORT_IN_ADVANCE: ReadableText = {
  source: "001",
  section: "4.7 Inkoop, inhuur en aanbesteding",
  quote:
    "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
  summary: "If this happens, report it in advance so someone else can handle the matter.",
};

/** Cited by partner-travel.costs-prior-permission@gemeente, expense.prior-permission@gemeente. */
export const GEMEENTE_PRIOR_PERMISSION: ReadableText = {
  source: "002",
  section: "5. Het gebruik van bedrijfsmiddelen",
  quote:
    "Daarvoor heb je vooraf toestemming van de leidinggevende nodig én je moet aantonen dat je die kosten niet op een andere manier kunt laten vergoeden.",
  summary: "You need your manager's permission in advance and must show the costs cannot be paid another way.",
};
