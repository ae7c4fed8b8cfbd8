// The evaluator: one pure function from (declaration, profile, person, now) to a Verdict.
import { addDaysToDate, dateOfInstant, endOfPeriod, HOUR_MS, monthsLater, parseInstant, compareDates } from "./dates";
import { RuleInputError } from "./errors";
import {
  parseDeclarationInput,
  parseNow,
  parsePersonFacts,
  type CommercialActivityDeclaration,
  type DeclarationInput,
  type ExMinisterContactDeclaration,
  type FinancialInterestDeclaration,
  type FormerEmployeeHireDeclaration,
  type GiftDeclaration,
  type InvitationDeclaration,
  type JobMoveDeclaration,
  type SideJobDeclaration,
  type TripExtensionDeclaration,
} from "./input";
import { OBLIGATION_TEXT } from "./obligations";
import { assertProfile, type PolicyProfile } from "./profiles";
import { getRule } from "./registry";
import { SIDE_JOB_QUESTIONS } from "./side-job-questions";
import { evaluateSaleToEmployer } from "./evaluate/sale-to-employer";
import { evaluatePartnerTravel } from "./evaluate/partner-travel";
import { evaluateTravelBenefit } from "./evaluate/travel-benefit";
import { evaluateServiceCar } from "./evaluate/service-car";
import { evaluateTobaccoIndustryContact } from "./evaluate/tobacco-industry-contact";
import { evaluateParliamentContact } from "./evaluate/parliament-contact";
import { evaluateExpenseClaim } from "./evaluate/expense-claim";
import { evaluatePrivateRelationship } from "./evaluate/private-relationship";
import { evaluateSupplierContact } from "./evaluate/supplier-contact";
import type { Decider, LocalizedText, Obligation, ObligationCode, Outcome, PersonFacts, Reason, Verdict } from "./types";


export const OUTCOME_ORDER: Readonly<Record<Outcome, number>> = { "no-duty": 0, register: 1, "approval-required": 2, "not-permitted": 3 };
export const DECIDER_ORDER: Readonly<Record<Decider, number>> = { none: 0, manager: 1, "integrity-officer": 2, top: 3 };

export function stricterOutcome(a: Outcome, b: Outcome): Outcome {
  return OUTCOME_ORDER[a] >= OUTCOME_ORDER[b] ? a : b;
}

export interface EvaluationContext {
  profile: PolicyProfile;
  person: PersonFacts;
  /** ISO instant; "YYYY-MM-DDTHH:mm" without offset means Europe/Amsterdam. */
  now: string;
}

/** Exported for the evaluators in lib/rules/evaluate/ (one file per newer type). */
export interface Env {
  p: PolicyProfile;
  person: PersonFacts;
  nowMs: number;
  today: string;
}

export class Collector {
  readonly reasons: Reason[] = [];
  readonly obligations: Obligation[] = [];
  decider: Decider = "none";
  publish = false;
  voluntary = false;
  decisionRequired = false;
  constructor(private readonly p: PolicyProfile) {}

  reason(base: string, outcome: Outcome, nl: string, en: string): void {
    const rule = getRule(`${base}@${this.p.id}`);
    this.reasons.push({ ruleId: rule.id, outcome, message: { nl, en }, citation: rule.citation.map((c) => ({ ...c })) });
  }

  oblige(base: string, ...codes: ObligationCode[]): void {
    const rule = getRule(`${base}@${this.p.id}`);
    for (const code of codes) {
      if (this.obligations.some((o) => o.code === code)) continue;
      this.obligations.push({ code, text: OBLIGATION_TEXT[code](this.p), ruleId: rule.id });
    }
  }

  route(d: Decider): void {
    if (DECIDER_ORDER[d] > DECIDER_ORDER[this.decider]) this.decider = d;
  }

  /** The code leaves a decision to this decider, even when the outcome itself is only "register" (decision 038). */
  decide(d: Decider): void {
    this.route(d);
    this.decisionRequired = true;
  }

  outcome(): Outcome {
    return this.reasons.reduce<Outcome>((acc, r) => stricterOutcome(acc, r.outcome), "no-duty");
  }
}

// Dutch style "€ 1.234,56", English "€1,234.56" (Intl is part of the language: no I/O, runs in the browser).
const euroNl = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euroGb = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });
const euro = (cents: number): string => euroNl.format(cents / 100).replace(/\u00a0/g, " ");
const euroEn = (cents: number): string => euroGb.format(cents / 100);

// ------------------------------------------------------------------------------------- gifts

function evaluateGift(d: GiftDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const g = p.gift;
  if (d.kind !== "goods") {
    c.reason("gift.definition", "no-duty", "Ook een dienst, korting, spaarpunten of een bon telt als geschenk.", "A service, discount, points or a voucher also count as a gift.");
  }
  if (d.direction === "declined-at-offer") {
    c.reason("gift.declined", "no-duty", "Je hebt het geschenk geweigerd. Je hoeft niets te melden. Je mag het wel vastleggen.", "You declined the gift. You need not report anything, but you may record it.");
    c.voluntary = true;
    if (d.giverInProcurementOrAwaitingDecision) c.oblige("gift.background-decides", "explain-refusal-to-giver");
    return;
  }

  if (d.giverInProcurementOrAwaitingDecision) {
    c.reason(
      "gift.background-decides",
      "not-permitted",
      "De gever doet mee aan een aanbesteding of wacht op een besluit. Dan neem je niets aan, hoe klein ook.",
      "The giver takes part in a procurement or awaits a decision. Then you accept nothing, however small.",
    );
    c.oblige("gift.background-decides", "refuse-or-return", "explain-refusal-to-giver");
  }
  if (g.homeAddressBan && d.deliveredToHomeAddress) {
    c.reason("gift.home-address", "not-permitted", "Je neemt geen geschenken aan op je huisadres.", "You do not accept gifts at your home address.");
    c.oblige("gift.home-address", "refuse-or-return", "report-to-manager");
    c.route("manager");
  }
  if (g.loyaltyPointsPrivateBan && d.kind === "loyalty-points" && d.privateUseOfPoints) {
    c.reason(
      "gift.loyalty-points",
      "not-permitted",
      "Punten die je via je werk krijgt, gebruik je niet privé.",
      "Points you earn through work are not for private use.",
    );
    c.oblige("gift.loyalty-points", "no-private-use-of-points");
  }

  // Once a rule forbids the gift whatever its value, the value rules add nothing.
  if (c.outcome() === "not-permitted") return;

  if (g.requiresExceptionGround) {
    evaluateGemeenteGift(d, env, c);
  } else {
    evaluateCapGift(d, env, c);
  }

  // An organisation that tightened "always hand in" (the Gemeente has it by code, handled above).
  if (g.alwaysHandIn && !g.requiresExceptionGround && c.outcome() !== "not-permitted") {
    c.reason("gift.hand-in", "register", "Je organisatie heeft afgesproken dat je elk geschenk inlevert. Je leidinggevende beslist wat ermee gebeurt.", "Your organisation has agreed that every gift is handed in. Your manager decides what happens to it.");
    c.oblige("gift.hand-in", "hand-in-gift", "manager-decides-destination");
    c.decide("manager");
  }
}

function evaluateCapGift(d: GiftDeclaration, env: Env, c: Collector): void {
  const g = env.p.gift;
  const cap = g.capCents;
  const over = g.capComparison === "at-most" ? d.valueCents > cap : d.valueCents >= cap;
  const capNl = g.capComparison === "at-most" ? `meer dan ${euro(cap)}` : `${euro(cap)} of meer`;
  const capEn = g.capComparison === "at-most" ? `more than ${euroEn(cap)}` : `${euroEn(cap)} or more`;

  if (g.foreignRelationException && d.foreignRelation && d.refusalWouldOffend) {
    c.reason(
      "gift.foreign-relation",
      "register",
      "Dit geschenk van een buitenlandse relatie kun je niet weigeren. Je neemt het aan als geschenk voor de organisatie. De grens van €50 geldt dan niet.",
      "You cannot refuse this gift from a foreign relation. You accept it as a gift to the organisation; the €50 limit does not apply.",
    );
    c.oblige("gift.foreign-relation", "treat-as-organisation-gift", "report-to-manager", "manager-decides-destination");
    c.decide("manager");
    return;
  }
  if (over) {
    if (g.politenessConsultation && d.refusalWouldOffend) {
      c.reason(
        "gift.politeness",
        "approval-required",
        `Het geschenk is ${capNl}. Weigeren is onbeleefd. Overleg met je leidinggevende. Misschien neem je het niet aan, of lever je het in.`,
        `The gift is worth ${capEn}. Refusing would be impolite. Consult your manager; you may not accept it, or hand it in.`,
      );
      c.reason("gift.value-cap", "approval-required", `Een geschenk mag nooit ${capNl} waard zijn om te houden.`, `You may never keep a gift worth ${capEn}.`);
      c.oblige("gift.politeness", "report-to-manager", "hand-in-gift", "manager-decides-destination");
      c.route("manager");
      return;
    }
    c.reason("gift.value-cap", "not-permitted", `Het geschenk is ${capNl} waard. Zo'n geschenk neem je niet aan.`, `The gift is worth ${capEn}. You do not accept such a gift.`);
    c.oblige("gift.value-cap", "refuse-or-return", "report-to-manager");
    c.route("manager");
    return;
  }
  c.reason(
    "gift.value-cap",
    "no-duty",
    `Het geschenk is niet ${capNl} waard. Het valt binnen de grens.`,
    `The gift is not worth ${capEn}. It is within the limit.`,
  );
  if (env.p.id === "provincie") {
    c.reason("gift.principle-none", "register", "In principe neem je geen geschenken aan. Neem je het toch aan? Dan meld je het.", "In principle you accept no gifts. If you do accept it, you report it.");
  }
  c.reason(
    "gift.report",
    "register",
    "Meld het geschenk bij je leidinggevende, vooraf of achteraf. Je leidinggevende beslist: houden, terugsturen of inleveren.",
    "Report the gift to your manager, before or after. Your manager decides: keep, return or hand in.",
  );
  c.oblige("gift.report", "report-to-manager", "manager-decides-destination");
  c.route("manager");
}

function evaluateGemeenteGift(d: GiftDeclaration, env: Env, c: Collector): void {
  const g = env.p.gift;
  if (g.strictServicesRule && d.kind === "service") {
    const minimal = d.exceptionGrounds.includes("b");
    if (d.refusalMakesWorkImpossible && minimal) {
      c.reason(
        "gift.services",
        "approval-required",
        "Weigeren maakt je werk onmogelijk en de schijn van corruptie is klein. Dan mag het misschien. Overleg dit vooraf met je leidinggevende.",
        "Refusing would make your work impossible and the appearance of corruption is minimal. It may be allowed; consult your manager in advance.",
      );
      c.oblige("gift.services", "discuss-in-advance");
      c.route("manager");
    } else {
      c.reason(
        "gift.services",
        "not-permitted",
        "Je neemt geen faciliteiten of diensten van anderen aan. Dat mag alleen als weigeren je werk onmogelijk maakt én de schijn van corruptie klein is.",
        "You accept no facilities or services from others, unless refusing makes your work impossible and the appearance of corruption is minimal.",
      );
      c.oblige("gift.services", "refuse-or-return");
    }
    return;
  }
  const cap = g.capCents;
  const over = g.capComparison === "less-than" ? d.valueCents >= cap : d.valueCents > cap;
  if (over) {
    const nl = g.capComparison === "less-than" ? `${euro(cap)} of meer` : `meer dan ${euro(cap)}`;
    const en = g.capComparison === "less-than" ? `${euroEn(cap)} or more` : `more than ${euroEn(cap)}`;
    c.reason("gift.value-cap", "not-permitted", `Het geschenk is ${nl} waard. Dat neem je niet aan.`, `The gift is worth ${en}. You do not accept it.`);
    c.oblige("gift.value-cap", "refuse-or-return", "report-to-manager");
    c.route("manager");
    return;
  }
  if (d.exceptionGrounds.length === 0) {
    c.reason(
      "gift.exception-grounds",
      "not-permitted",
      "Je neemt geen geschenken aan. Een klein geschenk mag alleen als weigeren kwetsend is, de schijn van corruptie klein is, of teruggeven niet te doen is.",
      "You accept no gifts. A small gift is allowed only if refusing would offend, the appearance of corruption is minimal, or returning it is impractical.",
    );
    c.oblige("gift.exception-grounds", "refuse-or-return");
    return;
  }
  c.reason(
    "gift.exception-grounds",
    "register",
    `Het geschenk is minder dan ${euro(cap)} waard en er is een uitzondering (${[...new Set(d.exceptionGrounds)].sort().join(", ")}).`,
    `The gift is worth less than ${euroEn(cap)} and an exception applies (${[...new Set(d.exceptionGrounds)].sort().join(", ")}).`,
  );
  c.reason(
    "gift.hand-in",
    "register",
    "Het geschenk wordt van de gemeente. Je levert het in bij je leidinggevende. Die bepaalt wat ermee gebeurt.",
    "The gift becomes the municipality's property. You hand it in to your manager, who decides what happens to it.",
  );
  c.oblige("gift.hand-in", "report-to-manager", "hand-in-gift", "manager-decides-destination");
  // 002 L409-411: "Die bepaalt de bestemming van het geschenk": the manager must decide, so someone must act.
  c.decide("manager");
}

// ------------------------------------------------------------------------------- invitations

function evaluateInvitation(d: InvitationDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const late = compareDates(env.today, d.startDate) > 0;
  const lateNl = late ? " Het evenement is al begonnen of voorbij. Dit had je vooraf moeten bespreken." : "";
  const lateEn = late ? " The event has already started or passed; this should have been discussed in advance." : "";
  c.route("manager");

  if (d.hostInProcurementOrAwaitingDecision) {
    c.reason(
      "invitation.procurement",
      "not-permitted",
      "De gastheer doet mee aan een aanbesteding of wacht op een besluit. Ga niet in op de uitnodiging.",
      "The host takes part in a procurement or awaits a decision. Do not accept the invitation.",
    );
    c.oblige("invitation.procurement", "refuse-or-return");
  }

  if (p.invitation.thirdPartyTripsBanned && (d.othersPayTravelOrStay || d.eventKind === "trip")) {
    // 002 L428-431: not a ban without exception. If the manager judges the visit necessary for the job, it is
    // work and the municipality pays the costs; that judgement is the manager's, so it is a decision, not a refusal.
    if (d.tripNecessaryForWork) {
      c.reason(
        "invitation.paid-trip",
        "approval-required",
        "Je neemt geen reis of verblijf aan dat anderen betalen. Vindt je leidinggevende het bezoek nodig voor je werk? Dan is het werk en betaalt de gemeente de kosten, niet de gastheer. Je leidinggevende beslist.",
        "You do not accept a trip or stay paid by others. If your manager finds the visit necessary for your job, it is work and the municipality pays the costs, not the host. Your manager decides.",
      );
      c.oblige("invitation.paid-trip", "manager-may-make-it-a-business-trip", "discuss-in-advance");
      c.decide("manager");
    } else {
      c.reason(
        "invitation.paid-trip",
        "not-permitted",
        "Je neemt geen reis of verblijf aan dat anderen betalen. Het bezoek is niet nodig voor je werk. Alleen als je leidinggevende het nodig vindt, wordt het werk en betaalt de gemeente.",
        "You do not accept a trip or stay paid by others. The visit is not necessary for your job. Only if your manager finds it necessary does it become work, paid by the municipality.",
      );
      c.oblige("invitation.paid-trip", "refuse-or-return", "manager-may-make-it-a-business-trip");
    }
  }

  if (p.invitation.strictConditions) {
    if (!d.functionalOrRepresentative || !d.appearanceOfCorruptionMinimal) {
      c.reason(
        "invitation.conditions",
        "not-permitted",
        "Je gaat alleen als je aanwezigheid functioneel of representatief is én de schijn van corruptie klein is. Dat is hier niet zo.",
        "You attend only if your presence is functional or representative and the appearance of corruption is minimal. That is not the case here.",
      );
      c.oblige("invitation.conditions", "refuse-or-return");
    } else {
      c.reason(
        "invitation.conditions",
        "approval-required",
        "Je aanwezigheid is functioneel en de schijn van corruptie is klein. Overleg het altijd vooraf met je leidinggevende.",
        "Your presence is functional and the appearance of corruption is minimal. Always consult your manager in advance.",
      );
    }
    c.reason("invitation.discuss-in-advance", "approval-required", `Bespreek iedere uitnodiging vooraf met je leidinggevende.${lateNl}`, `Discuss every invitation with your manager in advance.${lateEn}`);
    c.oblige("invitation.discuss-in-advance", "discuss-in-advance", "decide-who-represents");
    c.oblige("invitation.pay-yourself", "pay-own-share", "declare-costs-by-the-rules");
    return;
  }

  c.reason(
    "invitation.discuss-in-advance",
    "approval-required",
    `Bespreek de uitnodiging vooraf met je leidinggevende.${lateNl}`,
    `Discuss the invitation with your manager in advance.${lateEn}`,
  );
  if (!d.functionalOrRepresentative) {
    c.reason(
      "invitation.functional",
      "approval-required",
      "Je geeft aan dat je aanwezigheid niet functioneel is. Een uitnodiging moet functioneel, sober en doelmatig zijn.",
      "You indicate your presence is not functional. An invitation must be functional, modest and purposeful.",
    );
  }
  if (d.eventKind === "sports-vip") {
    c.reason(
      "invitation.sensitive-vip",
      "approval-required",
      p.id === "provincie" ? "Een sportevenement in de VIP-lounge ligt te gevoelig. Dat wordt afgeraden." : "Een sportevenement in de VIP-lounge ligt gevoelig.",
      p.id === "provincie" ? "A sports event in a VIP lounge is too sensitive and is advised against." : "A sports event in a VIP lounge is sensitive.",
    );
  }
  c.oblige("invitation.discuss-in-advance", "discuss-in-advance");
  c.oblige("invitation.pay-yourself", "pay-own-share", "declare-costs-by-the-rules");
  if (d.othersPayTravelOrStay || d.eventKind === "trip") {
    c.reason(
      "invitation.pay-yourself",
      "approval-required",
      "Anderen betalen reis of verblijf. Betaal zoveel mogelijk zelf en declareer volgens de regels.",
      "Others pay travel or stay. Pay as much as possible yourself and claim costs by the rules.",
    );
  }
}

// ----------------------------------------------------------------------- commercial activity

function evaluateCommercial(d: CommercialActivityDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const late = compareDates(env.today, d.eventDate) > 0;
  const lateNl = late ? " De bijeenkomst is al geweest. Dit had je vooraf moeten bespreken." : "";
  const lateEn = late ? " The event has already taken place; this should have been discussed in advance." : "";

  if (!d.commerciallyOrganised) {
    c.reason(
      "commercial.scope",
      "no-duty",
      "Dit is geen commercieel georganiseerde bijeenkomst. De regel voor commerciële activiteiten geldt dan niet.",
      "This is not a commercially organised event, so the rule for commercial activities does not apply.",
    );
    c.voluntary = true;
    if (d.acceptsFee && d.feeOfferedCents > 0) {
      c.reason(
        "gift.permission",
        "approval-required",
        "Een betaling van een ander voor je werk telt als geschenk. Daarvoor heb je toestemming nodig.",
        "A payment from a third party for your work counts as a gift; you need permission.",
      );
      c.oblige("gift.permission", "report-to-manager");
      c.route("manager");
    }
    return;
  }

  c.route("manager");
  if (p.commercialActivity.decidedBy === null) {
    c.reason(
      "commercial.no-specific-rule",
      "approval-required",
      `Je gedragscode heeft hiervoor geen aparte regel. Bespreek het open met je leidinggevende.${lateNl}`,
      `Your code has no specific rule for this. Discuss it openly with your manager.${lateEn}`,
    );
    c.oblige("commercial.no-specific-rule", "discuss-in-advance");
  } else {
    c.reason(
      "commercial.within-function",
      "approval-required",
      `Je werkt niet mee, tenzij dat uitdrukkelijk is afgesproken. Bespreek het vooraf.${lateNl}`,
      `You do not take part unless expressly agreed. Discuss it in advance.${lateEn}`,
    );
    c.reason(
      "commercial.who-decides",
      "approval-required",
      p.commercialActivity.decidedBy === "management" ? "Het management bepaalt of het belangrijk is voor beleid." : "Je leidinggevende bepaalt of het belangrijk is voor beleid.",
      p.commercialActivity.decidedBy === "management" ? "Management decides whether it matters for policy." : "Your manager decides whether it matters for policy.",
    );
    c.oblige("commercial.within-function", "discuss-in-advance", "explicit-agreement-required");
  }
  c.oblige("commercial.no-fee", "accept-no-fee");
  if (d.acceptsFee) {
    c.reason("commercial.no-fee", "not-permitted", "Je laat je niet betalen voor deze bijdrage.", "You do not accept payment for this contribution.");
  }
}

// ---------------------------------------------------------------------------- trip extension

function evaluateTripExtension(d: TripExtensionDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const tripStart = parseInstant(d.tripStart)!;
  const exts = d.extensions.map((e) => ({ position: e.position, start: parseInstant(e.start)!, end: parseInstant(e.end)! }));
  const totalMs = exts.reduce((acc, e) => acc + (e.end - e.start), 0);
  const departure = Math.min(tripStart, ...exts.map((e) => e.start));
  const hours = totalMs / HOUR_MS;
  const hoursText = Number.isInteger(hours) ? String(hours) : hours.toFixed(2);
  c.route("manager");

  const max = p.tripExtension.maxHours;
  if (max === null) {
    c.reason(
      "trip-extension.no-rule",
      "approval-required",
      "Je gedragscode heeft geen regel over het verlengen van een dienstreis. Je leidinggevende beslist.",
      "Your code sets no rule on extending a business trip. Your manager decides.",
    );
    c.oblige("trip-extension.no-rule", "discuss-in-advance");
    return;
  }
  const base = p.tripExtension.addedByOrganisation ? "trip-extension.org-max-hours" : "trip-extension.max-hours";
  if (totalMs > max * HOUR_MS) {
    c.reason(base, "not-permitted", `Je verlenging is ${hoursText} uur. Dat is meer dan ${max} uur.`, `Your extension is ${hoursText} hours. That is more than ${max} hours.`);
    c.oblige(base, "shorten-extension");
  } else {
    c.reason(base, "approval-required", `Je verlenging is ${hoursText} uur. Dat is niet meer dan ${max} uur.`, `Your extension is ${hoursText} hours, not more than ${max} hours.`);
  }
  if (p.tripExtension.addedByOrganisation) {
    c.oblige(base, "discuss-in-advance");
    return;
  }
  if (exts.some((e) => e.position === "start")) {
    c.reason(
      "trip-extension.start-not-always",
      "approval-required",
      "Verlengen aan het begin van de reis mag niet altijd. De precieze voorwaarden staan in de CAO Rijk.",
      "Extending at the start of the trip is not always allowed; the CAO Rijk sets the exact conditions.",
    );
  }
  if (env.nowMs >= departure) {
    c.reason(
      "trip-extension.approval-before-departure",
      "not-permitted",
      "Je vraagt de verlenging aan na vertrek. Schriftelijke goedkeuring moet er vóór vertrek zijn.",
      "You request the extension after departure. Written approval must be given before departure.",
    );
  } else {
    c.reason(
      "trip-extension.approval-before-departure",
      "approval-required",
      "Je hebt schriftelijke goedkeuring nodig van je werkgever, vóór vertrek.",
      "You need written approval from your employer, before departure.",
    );
  }
  c.oblige("trip-extension.approval-before-departure", "written-approval-before-departure");
  c.reason("trip-extension.extra-costs", "approval-required", "Je betaalt zelf de extra kosten. Het werk gaat voor.", "You pay the extra costs yourself. Work comes first.");
  c.oblige("trip-extension.extra-costs", "pay-extra-costs-yourself", "service-interest-first");
}

// --------------------------------------------------------------------------------- side jobs

/**
 * Is this person's permitted side job published under the profile (N-10: Rijk top-management group 000 L784-787,
 * Gemeente topfunctionarissen 002 L341-342, Provincie scale 14 or higher 003 L377-379, plus a tightened scale)?
 * Also used by the register to take entries off when a person leaves the designated group.
 */
export function meetsPublication(p: PolicyProfile, person: Pick<PersonFacts, "salaryScale" | "topManagementGroup" | "topOfficial">): boolean {
  const crit = p.sideJob.publication;
  let yes = false;
  if (crit.kind === "top-management-group") yes = person.topManagementGroup;
  else if (crit.kind === "top-official") yes = person.topOfficial;
  else if (crit.kind === "salary-scale") yes = person.salaryScale !== null && person.salaryScale >= crit.minScale;
  const extra = p.sideJob.extraPublicationMinScale;
  if (extra !== null && person.salaryScale !== null && person.salaryScale >= extra) yes = true;
  return yes;
}

function evaluateSideJob(d: SideJobDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  const questions = SIDE_JOB_QUESTIONS[p.id];
  const allowed = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(d.answers)) {
    if (!allowed.has(key)) {
      throw new RuleInputError(`answers.${key}`, "unknown-field", {
        nl: `Vraag "${key}" hoort niet bij de toetsvragen van deze organisatie.`,
        en: `Question "${key}" is not one of this organisation's self-assessment questions.`,
      });
    }
  }
  for (const q of questions) {
    if (d.answers[q.id] === undefined) {
      throw new RuleInputError(`answers.${q.id}`, "missing", { nl: `Beantwoord de vraag: ${q.text.nl}`, en: `Answer the question: ${q.text.en}` });
    }
  }

  if (d.change === "ended") {
    c.reason("side-job.ended", "register", "Je bent gestopt met deze nevenwerkzaamheid. Meld dat, zodat de registratie klopt.", "You stopped this side job. Report it so the registration is correct.");
    c.oblige("side-job.ended", "report-end-of-side-job");
    return;
  }

  if (d.mandate !== "none") {
    if (p.sideJob.incompatibleMandates) {
      c.reason(
        "side-job.incompatible",
        "not-permitted",
        "Lid zijn van de Eerste Kamer, Tweede Kamer of het Europees Parlement kan niet samen met je functie. Dat staat in de wet.",
        "Membership of the Senate, the House of Representatives or the European Parliament cannot be combined with your job; the law says so.",
      );
      c.oblige("side-job.incompatible", "do-not-start-or-stop");
      c.route("manager");
      return;
    }
    c.reason(
      "side-job.mandate-not-in-code",
      "approval-required",
      "Je gedragscode noemt geen politieke functies die niet samengaan met je werk. Zo'n functie kan je werk wel raken. Meld het.",
      "Your code names no political office that is incompatible with your job, but such an office can affect your work. Report it.",
    );
  }

  const flagged = questions.filter((q) => d.answers[q.id] === "yes" || d.answers[q.id] === "doubt");
  for (const q of questions.filter((q) => q.prohibitedIfYes)) {
    const a = d.answers[q.id];
    if (a === "yes") {
      // 003 L406-408 forbids the use of the information, not the side job: the side job is assessed as any other,
      // on the condition that the use stops (decision 038).
      c.reason(
        "side-job.information-use",
        "approval-required",
        "Je mag informatie van de provincie niet gebruiken in je nevenwerk. Dat gebruik is verboden, niet het nevenwerk zelf. Stop met dat gebruik. Je leidinggevende beoordeelt of het nevenwerk kan zonder die informatie.",
        "You may not use the province's information in your side job. That use is forbidden, not the side job itself. Stop that use; your manager assesses whether the side job can go ahead without that information.",
      );
      c.oblige("side-job.information-use", "do-not-use-work-information");
    } else if (a === "doubt") {
      c.reason("side-job.information-use", "approval-required", "Je twijfelt of je informatie van de provincie gebruikt. Dat mag niet. Bespreek het.", "You are unsure whether you use the province's information. That is not allowed; discuss it.");
      c.oblige("side-job.information-use", "do-not-use-work-information");
    }
  }
  const topOfficialMustReport = p.sideJob.topOfficialsReportAll && person.topOfficial;
  const reportable = flagged.length > 0 || topOfficialMustReport || d.mandate !== "none";

  if (c.reasons.some((r) => r.outcome === "not-permitted")) {
    c.route("manager");
    return;
  }

  if (!reportable) {
    c.reason(
      "side-job.report",
      "no-duty",
      "Je hebt alle toetsvragen met nee beantwoord. Je hoeft dit niet te melden. Je mag het wel laten registreren.",
      "You answered no to every self-assessment question. You need not report this, but you may have it registered.",
    );
    c.voluntary = true;
    return;
  }

  if (flagged.length > 0) {
    const listNl = flagged.map((q) => `"${q.text.nl}"`).join(" ");
    const listEn = flagged.map((q) => `"${q.text.en}"`).join(" ");
    c.reason(
      "side-job.self-assessment",
      "approval-required",
      `Je antwoordde ja of twijfel op: ${listNl}`,
      `You answered yes or doubt to: ${listEn}`,
    );
  }
  if (topOfficialMustReport) {
    c.reason(
      "side-job.top-official-report-all",
      "approval-required",
      "Je bent topfunctionaris. Je meldt altijd elke voorgenomen nevenwerkzaamheid.",
      "You are a top official. You always report every intended side job.",
    );
  }
  c.reason(
    "side-job.report",
    "approval-required",
    "Je nevenwerkzaamheid kan je werk raken. Meld het bij je leidinggevende.",
    "Your side job may affect your work. Report it to your manager.",
  );
  c.reason(
    "side-job.assessment",
    "approval-required",
    "Je leidinggevende bekijkt vooraf of het kan. Die kan voorwaarden stellen of het weigeren.",
    "Your manager assesses in advance whether it is allowed, and may set conditions or refuse.",
  );
  c.oblige("side-job.report", "report-to-manager");
  if (p.id !== "gemeente") c.oblige("side-job.reassess", "reassess-on-change");
  c.route("manager");

  if (meetsPublication(p, person)) {
    const nl =
      p.sideJob.publication.kind === "top-management-group" && person.topManagementGroup
        ? "Je hoort bij de topmanagementgroep. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt, met de voorwaarden."
        : p.sideJob.publication.kind === "top-official" && person.topOfficial
          ? "Je bent topfunctionaris. Je nevenwerkzaamheden worden openbaar gemaakt."
          : `Je zit in schaal ${person.salaryScale ?? "?"}. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt.`;
    const en =
      p.sideJob.publication.kind === "top-management-group" && person.topManagementGroup
        ? "You belong to the top-management group. Once allowed, your side job is published with its conditions."
        : p.sideJob.publication.kind === "top-official" && person.topOfficial
          ? "You are a top official. Your side jobs are published."
          : `You are in salary scale ${person.salaryScale ?? "?"}. Once allowed, your side job is published.`;
    c.reason("side-job.publication", "approval-required", nl, en);
    c.oblige("side-job.publication", "publish-in-register");
    c.publish = true;
  } else if (p.id === "eerste-kamer" && person.topManagementGroup) {
    c.reason(
      "side-job.publication",
      "no-duty",
      "De gedragscode van de Eerste Kamer zegt niet welke nevenwerkzaamheden openbaar worden. Er wordt daarom niets gepubliceerd.",
      "The Senate code does not say which side jobs are published, so nothing is published.",
    );
  } else if (p.id === "provincie" && person.salaryScale === null) {
    c.reason(
      "side-job.publication",
      "no-duty",
      "Je schaal is niet bekend. Publicatie geldt vanaf schaal 14. Laat je schaal controleren.",
      "Your salary scale is unknown. Publication applies from scale 14; have your scale checked.",
    );
  }
}

// ------------------------------------------------------------------------ financial interests

function evaluateFinancial(d: FinancialInterestDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  if (d.usesInsideInformation) {
    c.reason(
      "financial.inside-information",
      "not-permitted",
      "Je gebruikt koersgevoelige informatie uit je werk. Dat mag niet.",
      "You use price-sensitive information from your work. That is not allowed.",
    );
    c.oblige("financial.inside-information", "keep-inside-information-secret", "do-not-hold-or-acquire");
    c.route("integrity-officer");
  }
  if (p.id === "gemeente" && d.kind === "securities-holding") {
    c.reason(
      "financial.shareholding-side-job",
      "no-duty",
      "Aandeelhouder zijn kan ook een nevenwerkzaamheid zijn. Kijk ook naar de toetsvragen voor nevenwerk.",
      "Being a shareholder can also be a side job. Check the side-job questions too.",
    );
  }
  if (!person.financialRiskFunction) {
    c.reason(
      "financial.designated-functions",
      "no-duty",
      "Je functie is niet aangewezen voor het melden van financiële belangen. Je hoeft niets te melden. Je mag het wel vrijwillig melden.",
      "Your job is not designated for reporting financial interests. You need not report, but you may do so voluntarily.",
    );
    c.voluntary = true;
    return;
  }
  if (!d.relatedToFunction) {
    c.reason(
      "financial.designated-functions",
      "no-duty",
      "Je functie is aangewezen, maar dit belang heeft geen relatie met je werk. Dan hoef je het niet te melden. Twijfel je? Bespreek het.",
      "Your job is designated, but this interest has no relation to your work, so you need not report it. In doubt, discuss it.",
    );
    c.voluntary = true;
    return;
  }
  c.reason(
    "financial.designated-functions",
    "register",
    "Je functie is aangewezen en dit belang heeft te maken met je werk. Meld het.",
    "Your job is designated and this interest relates to your work. Report it.",
  );
  c.reason(
    "financial.harmful-prohibited",
    "register",
    "Schaadt het belang je werk of de dienst? Dan is het verboden. Je werkgever beoordeelt dat.",
    "If the interest harms your work or the service, it is prohibited; your employer assesses this.",
  );
  if (p.financialInterest.timingStated) {
    c.reason("financial.timing", "register", "Meld het als je in dienst komt of als je het belang aangaat.", "Report it when you start the job or when you acquire the interest.");
  }
  c.oblige("financial.designated-functions", "report-financial-interest", "provide-information-on-request");
  c.route("integrity-officer");
}

// --------------------------------------------------------------------- former-employee hiring

function evaluateFormerEmployee(d: FormerEmployeeHireDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const f = p.formerEmployeeHire;

  if (d.employmentEndedOn === null && f.currentStaffAsExternalException) {
    if (d.weightyReasons) {
      c.reason(
        "former-employee.current-staff",
        "approval-required",
        "Een eigen ambtenaar huur je niet tegelijk in als externe. Dat kan alleen bij hoge uitzondering.",
        "You do not hire your own civil servant as an external at the same time, except very exceptionally.",
      );
      c.oblige("former-employee.current-staff", "exceptional-approval");
      c.route("top");
    } else {
      c.reason(
        "former-employee.current-staff",
        "not-permitted",
        "Een eigen ambtenaar huur je niet tegelijk in als externe. Er is geen hoge uitzondering opgegeven.",
        "You do not hire your own civil servant as an external at the same time; no exceptional case is given.",
      );
      c.oblige("former-employee.current-staff", "do-not-hire");
      c.route("manager");
    }
    return;
  }

  if (f.strictness === "alert") {
    evaluateRijkAlert(d, c);
    return;
  }

  if (d.employmentEndedOn === null && p.id === "gemeente") {
    // 002 L270-272 concerns people "korter dan 2 jaar uit dienst": someone still employed is not "uit dienst", so the
    // two-year rule does not reach them (decision 038). The code's conflict-of-interest rules still apply.
    c.reason(
      "former-employee.still-employed",
      "approval-required",
      "De regel van twee jaar geldt niet: de kandidaat werkt nog bij de gemeente. Een eigen medewerker als externe inhuren kan wel lijken op belangenverstrengeling. De kandidaat meldt het als nevenwerkzaamheid. Bespreek het met je leidinggevende.",
      "The two-year rule does not apply: the candidate still works for the municipality. Hiring your own employee as an external can look like a conflict of interest; the candidate reports it as a side job. Discuss it with your manager.",
    );
    c.oblige("former-employee.still-employed", "discuss-in-advance");
    c.route("manager");
    return;
  }

  const months = f.coolingMonths ?? 0;
  // The count starts on the first day out of service, the day after the last day of employment (decision 038).
  const periodEnd = d.employmentEndedOn === null ? null : monthsLater(addDaysToDate(d.employmentEndedOn, 1), months);
  // A person who has not left yet is inside any period the organisation added itself (decision 011).
  const within = periodEnd === null || compareDates(d.plannedStart, periodEnd) < 0;
  const lastDay = periodEnd === null ? null : addDaysToDate(periodEnd, -1);
  const endNl = lastDay ? ` De periode loopt tot en met ${lastDay}; inhuur kan vanaf ${periodEnd}.` : "";
  const endEn = lastDay ? ` The period runs up to and including ${lastDay}; a hire can start from ${periodEnd}.` : "";
  const periodBase = p.id === "provincie" ? "former-employee.two-year-ban" : p.id === "gemeente" ? "former-employee.avoid-two-years" : "former-employee.org-period";

  if (!within) {
    c.reason(
      "former-employee.outside-period",
      "no-duty",
      `De persoon is langer dan ${months} maanden weg. De gewone regels voor inhuur gelden.`,
      `The person left more than ${months} months ago. The normal hiring rules apply.`,
    );
    if (p.id === "rijk" || p.id === "eerste-kamer") evaluateRijkAlert(d, c);
    return;
  }
  if (f.strictness === "ban") {
    c.reason(
      periodBase,
      "not-permitted",
      `Een oud-ambtenaar huur je niet in binnen ${months} maanden na ontslag.${endNl}`,
      `You do not hire a former civil servant within ${months} months of the end of their employment.${endEn}`,
    );
    c.oblige(periodBase, "do-not-hire");
    c.route("manager");
    return;
  }
  // "avoid": only for weighty reasons.
  if (d.weightyReasons) {
    c.reason(
      periodBase,
      "approval-required",
      `Inhuur binnen ${months} maanden na vertrek vermijd je. Het kan alleen om zwaarwegende redenen.${endNl}`,
      `Hiring within ${months} months of leaving is avoided; it is possible only for weighty reasons.${endEn}`,
    );
    c.oblige(periodBase, "weighty-reasons-approval");
    c.route("top");
  } else {
    c.reason(
      periodBase,
      "not-permitted",
      `Inhuur binnen ${months} maanden na vertrek vermijd je. Er zijn geen zwaarwegende redenen opgegeven.${endNl}`,
      `Hiring within ${months} months of leaving is avoided, and no weighty reasons are given.${endEn}`,
    );
    c.oblige(periodBase, "do-not-hire");
    c.route("manager");
  }
  if (p.id === "rijk" || p.id === "eerste-kamer") evaluateRijkAlert(d, c);
}

function evaluateRijkAlert(d: FormerEmployeeHireDeclaration, c: Collector): void {
  const severance = d.leftWithSeverancePay && d.sameWork;
  c.reason(
    "former-employee.extra-alert",
    "approval-required",
    severance
      ? "Iemand die met een vertrekpremie is vertrokken, weer inhuren voor hetzelfde werk is ongewenst. Wees extra alert. Kun je het niet verantwoorden? Vraag dan geen offerte aan."
      : "Wees extra alert bij het inhuren van een oud-ambtenaar. Kun je het niet goed uitleggen? Vraag dan geen offerte aan.",
    severance
      ? "Rehiring someone who left with a severance payment for the same work is undesirable. Be extra alert; if you cannot justify it, do not ask for a quote."
      : "Be extra alert when hiring a former civil servant. If you cannot justify it, do not ask for a quote.",
  );
  c.oblige("former-employee.extra-alert", "justify-in-writing");
  c.route("manager");
}

// ------------------------------------------------------------------- ex-minister contacts

function evaluateExMinister(d: ExMinisterContactDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const months = p.exMinisterContact.banMonths;
  if (months === null) {
    c.reason(
      "ex-minister.no-rule",
      "no-duty",
      "Je gedragscode heeft geen lobbyverbod voor oud-bewindspersonen. Wees wel open en onafhankelijk. Twijfel je? Bespreek het met je leidinggevende.",
      "Your code has no lobbying ban for former ministers. Stay open and independent; in doubt, discuss it with your manager.",
    );
    c.voluntary = true;
    return;
  }
  if (d.capacity === "private") {
    // 000 L983-984: "vanuit jouw ambtelijk functioneren": the ban covers contacts in your official role only.
    c.reason(
      "ex-minister.private-capacity",
      "no-duty",
      "Het verbod geldt alleen voor contact vanuit je werk. Dit contact is privé. Bespreek dan niets over je werk of het oude beleidsterrein. Gaat het toch over je werk? Verwijs het door.",
      "The ban covers only contact in your official role. This contact is private: discuss nothing about your work or the former policy area. If it does turn to your work, refer it.",
    );
    c.voluntary = true;
    return;
  }
  // Only the month or the year known: take the latest day it can have been (not after today), so the
  // two years never end too early (decision 038).
  let left = d.ministerLeftOfficeOn;
  if (d.leftOfficeKnown !== "day") {
    const latest = endOfPeriod(d.ministerLeftOfficeOn, d.leftOfficeKnown);
    left = compareDates(latest, env.today) > 0 ? (compareDates(env.today, d.ministerLeftOfficeOn) > 0 ? env.today : d.ministerLeftOfficeOn) : latest;
    const what = d.leftOfficeKnown === "month" ? { nl: "de maand", en: "the month" } : { nl: "het jaar", en: "the year" };
    c.reason(
      "ex-minister.leaving-date-unknown",
      "no-duty",
      `Je weet alleen ${what.nl} van het aftreden. Daarom tellen we vanaf de laatst mogelijke dag: ${left}.`,
      `You know only ${what.en} of leaving office, so the count starts on the latest possible day: ${left}.`,
    );
  }
  const end = monthsLater(left, months);
  const within = compareDates(d.contactDate, end) < 0;
  if (!within) {
    c.reason(
      "ex-minister.two-year-ban",
      "no-duty",
      `Het contact is na de periode van twee jaar (die liep tot ${end}). Het verbod geldt niet meer.`,
      `The contact is after the two-year period (which ran until ${end}). The ban no longer applies.`,
    );
    c.voluntary = true;
    return;
  }
  if (d.formerPolicyArea === "no") {
    c.reason(
      "ex-minister.two-year-ban",
      "no-duty",
      `Het contact is binnen twee jaar (tot ${end}), maar niet over het oude beleidsterrein. Het verbod geldt alleen voor dat terrein.`,
      `The contact is within two years (until ${end}) but not on the former policy area; the ban covers only that area.`,
    );
    c.voluntary = true;
    return;
  }
  const unsure = d.formerPolicyArea === "unsure";
  c.reason(
    "ex-minister.two-year-ban",
    unsure ? "approval-required" : "not-permitted",
    unsure
      ? `Het contact is binnen twee jaar na het aftreden (tot ${end}). Misschien gaat het over het oude beleidsterrein. Verwijs het door.`
      : `Binnen twee jaar na het aftreden (tot ${end}) heb je geen zakelijk contact met de oud-bewindspersoon over diens oude beleidsterrein. Verwijs het door.`,
    unsure
      ? `The contact is within two years of leaving office (until ${end}) and may concern the former policy area. Refer it.`
      : `Within two years of leaving office (until ${end}) you have no business contact with the former minister on their former policy area. Refer it.`,
  );
  if (!unsure) c.oblige("ex-minister.two-year-ban", "no-business-contact");
  c.oblige("ex-minister.two-year-ban", "refer-to-top");
  c.route("top");
}

// -------------------------------------------------------------------------------- job move

function evaluateJobMove(d: JobMoveDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  if (!p.jobMove.coolingOffRule) {
    c.reason(
      "job-move.no-rule",
      "no-duty",
      "Je gedragscode heeft geen regel over een afkoelingsperiode. Je geheimhoudingsplicht blijft wel gelden na je vertrek.",
      "Your code has no cooling-off rule. Your duty of secrecy continues after you leave.",
    );
    c.oblige("job-move.no-rule", "keep-secrecy-after-leaving");
    c.voluntary = true;
    return;
  }
  const sensitive = d.interestsMayClash || d.newWorkReportableAsSideJob;
  if (!sensitive) {
    c.reason(
      "job-move.not-sensitive",
      "no-duty",
      "Je nieuwe werk botst niet met de belangen van de dienst. Het is geen gevoelige overstap.",
      "Your new work does not clash with the interests of the service. It is not a sensitive move.",
    );
    c.voluntary = true;
    return;
  }
  const late = compareDates(env.today, d.plannedLeaveDate) >= 0;
  const vulnerableNl = person.vulnerableFunction ? " Je hebt een kwetsbare functie." : "";
  const vulnerableEn = person.vulnerableFunction ? " You hold a vulnerable function." : "";
  c.reason(
    "job-move.sensitive",
    "approval-required",
    late
      ? `Dit is een gevoelige overstap.${vulnerableNl} Je meldt het laat: je vertrekdatum is al bereikt. Meld het toch meteen.`
      : `Dit is een gevoelige overstap.${vulnerableNl} Meld het op tijd en bespreek de risico's.`,
    late
      ? `This is a sensitive move.${vulnerableEn} You report it late: your leaving date has been reached. Report it at once anyway.`
      : `This is a sensitive move.${vulnerableEn} Report it in time and discuss the risks.`,
  );
  c.reason(
    "job-move.cooling-off",
    "approval-required",
    "Spreek een afkoelingsperiode af voor je vertrekt. Dat is altijd maatwerk, bijvoorbeeld over toegang tot informatie en je taken.",
    "Agree a cooling-off period before you leave. It is always tailor-made, for example on access to information and your tasks.",
  );
  c.oblige("job-move.sensitive", "report-move-in-time", "discuss-risks");
  c.oblige("job-move.cooling-off", "agree-cooling-off");
  c.route("manager");
}

// ----------------------------------------------------------------------------------- entry

function deciderLabel(decider: Decider, p: PolicyProfile, type: DeclarationInput["type"]): LocalizedText {
  switch (decider) {
    case "none":
      return { nl: "niemand: er is geen besluit nodig", en: "nobody: no decision needed" };
    case "manager":
      if (type === "commercial-activity" && p.commercialActivity.decidedBy === "management") return { nl: "het management", en: "management" };
      return { nl: "je leidinggevende", en: "your manager" };
    case "integrity-officer":
      return { nl: "de integriteitsfunctionaris of compliance officer", en: "the integrity or compliance officer" };
    case "top":
      return { nl: `de ${p.topTitle.nl}`, en: `the ${p.topTitle.en}` };
  }
}

/**
 * Judge one declaration. Input is re-validated (bad input throws RuleInputError, never a verdict).
 * `now` is the moment of the request: the trip-extension "before departure" rule and the
 * "in advance" checks compare against it.
 */
export function evaluate(input: DeclarationInput, context: EvaluationContext): Verdict {
  if (typeof context !== "object" || context === null) {
    throw new RuleInputError("", "missing", { nl: "De context (profiel, persoon, nu) ontbreekt.", en: "The context (profile, person, now) is missing." });
  }
  const p = assertProfile(context.profile);
  const person = parsePersonFacts(context.person);
  const nowMs = parseNow(context.now);
  const d = parseDeclarationInput(input);
  const env: Env = { p, person, nowMs, today: dateOfInstant(nowMs) };
  const c = new Collector(p);

  switch (d.type) {
    case "gift":
      evaluateGift(d, env, c);
      break;
    case "invitation":
      evaluateInvitation(d, env, c);
      break;
    case "commercial-activity":
      evaluateCommercial(d, env, c);
      break;
    case "trip-extension":
      evaluateTripExtension(d, env, c);
      break;
    case "side-job":
      evaluateSideJob(d, env, c);
      break;
    case "financial-interest":
      evaluateFinancial(d, env, c);
      break;
    case "former-employee-hire":
      evaluateFormerEmployee(d, env, c);
      break;
    case "ex-minister-contact":
      evaluateExMinister(d, env, c);
      break;
    case "job-move":
      evaluateJobMove(d, env, c);
      break;
    // issue 13 group 2 (decision 039)
    case "sale-to-employer":
      evaluateSaleToEmployer(d, env, c);
      break;
    case "partner-travel":
      evaluatePartnerTravel(d, env, c);
      break;
    case "travel-benefit":
      evaluateTravelBenefit(d, env, c);
      break;
    case "service-car":
      evaluateServiceCar(d, env, c);
      break;
    // issue 13 group 2 (decision 040)
    case "tobacco-industry-contact":
      evaluateTobaccoIndustryContact(d, env, c);
      break;
    case "parliament-contact":
      evaluateParliamentContact(d, env, c);
      break;
    case "expense-claim":
      evaluateExpenseClaim(d, env, c);
      break;
    // decision 041
    case "private-relationship":
      evaluatePrivateRelationship(d, env, c);
      break;
    case "supplier-contact":
      evaluateSupplierContact(d, env, c);
      break;
  }

  const outcome = c.outcome();
  if (c.reasons.length === 0) throw new Error(`internal: no reason for ${d.type}`); // guarded by tests
  const decider = outcome === "no-duty" && c.decider !== "top" ? "none" : c.decider;
  return {
    profileId: p.id,
    policyVersion: p.version,
    type: d.type,
    outcome,
    decider,
    deciderLabel: deciderLabel(decider, p, d.type),
    publishInRegister: c.publish && outcome !== "not-permitted",
    decisionRequired: outcome === "approval-required" || outcome === "not-permitted" || (c.decisionRequired && decider !== "none"),
    voluntaryRegistrationPossible: c.voluntary || outcome === "no-duty",
    obligations: c.obligations,
    reasons: c.reasons,
    evaluatedAt: new Date(nowMs).toISOString(),
  };
}


