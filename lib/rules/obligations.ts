// Plain-language texts (Dutch B1, "je"; English) for every obligation code.
import type { PolicyProfile } from "./profiles";
import type { LocalizedText, Obligation, ObligationCode, Outcome } from "./types";
import { GROUP2A_OBLIGATION_TEXT } from "./evaluate/group2a-common";
import { GROUP2B_OBLIGATION_TEXT } from "./evaluate/group2b-common";
import { RECUSAL_OBLIGATION_TEXT } from "./evaluate/recusal-policy";

type TextFn = (p: PolicyProfile) => LocalizedText;

export const OBLIGATION_TEXT: Record<ObligationCode, TextFn> = {
  ...GROUP2A_OBLIGATION_TEXT, // decision 039
  ...GROUP2B_OBLIGATION_TEXT, // decision 040
  "report-to-manager": () => ({
    nl: "Meld het bij je leidinggevende. Dat mag vooraf of achteraf.",
    en: "Report it to your manager, before or after.",
  }),
  "discuss-in-advance": () => ({
    nl: "Bespreek het vooraf met je leidinggevende.",
    en: "Discuss it with your manager in advance.",
  }),
  "hand-in-gift": (p) =>
    p.id === "gemeente"
      ? {
          nl: "Lever het geschenk in bij je leidinggevende. Het is nu van de gemeente.",
          en: "Hand the gift in to your manager. It now belongs to the municipality.",
        }
      : { nl: "Lever het geschenk in bij je leidinggevende.", en: "Hand the gift in to your manager." },
  "manager-decides-destination": () => ({
    nl: "Je leidinggevende beslist wat ermee gebeurt. Bijvoorbeeld: je mag het houden, het wordt verloot, gedeeld, tentoongesteld of gaat naar een goed doel.",
    en: "Your manager decides what happens to it, for example: you may keep it, or it is raffled, shared, displayed or given to charity.",
  }),
  "refuse-or-return": () => ({
    nl: "Neem het niet aan. Heb je het al? Stuur het terug of lever het in bij je leidinggevende.",
    en: "Do not accept it. Already have it? Send it back or hand it in to your manager.",
  }),
  "explain-refusal-to-giver": () => ({
    nl: "Leg de gever uit waarom je het niet aanneemt.",
    en: "Explain to the giver why you do not accept it.",
  }),
  "no-private-use-of-points": () => ({
    nl: "Gebruik de punten niet privé. In overleg mag je ze gebruiken voor dienstreizen.",
    en: "Do not use the points privately. By agreement you may use them for business trips.",
  }),
  "treat-as-organisation-gift": () => ({
    nl: "Neem het aan als geschenk voor de organisatie, niet voor jezelf.",
    en: "Accept it as a gift to the organisation, not to yourself.",
  }),
  "written-approval-before-departure": () => ({
    nl: "Vraag de verlenging aan en zorg voor schriftelijke goedkeuring vóór je vertrek.",
    en: "Request the extension and get written approval before you leave.",
  }),
  "pay-extra-costs-yourself": () => ({
    nl: "Betaal zelf de extra kosten. Een besparing is voor de werkgever, niet voor jou.",
    en: "Pay the extra costs yourself. Any saving goes to the employer, not to you.",
  }),
  "service-interest-first": () => ({
    nl: "Het werk gaat altijd voor. Maak geen misbruik van de reis.",
    en: "Work always comes first. Do not abuse the trip.",
  }),
  "pay-own-share": () => ({ nl: "Betaal zoveel mogelijk zelf.", en: "Pay as much as possible yourself." }),
  "declare-costs-by-the-rules": () => ({
    nl: "Declareer je kosten volgens de regels van je organisatie.",
    en: "Claim your costs under your organisation's rules.",
  }),
  "decide-who-represents": () => ({
    nl: "Spreek af wie de gemeente formeel vertegenwoordigt.",
    en: "Agree who formally represents the municipality.",
  }),
  "manager-may-make-it-a-business-trip": () => ({
    nl: "Vindt je leidinggevende het bezoek nodig voor je werk? Dan wordt het een dienstreis en betaalt de gemeente de kosten.",
    en: "If your manager finds the visit necessary for your job, it becomes a business trip and the municipality pays the costs.",
  }),
  "accept-no-fee": () => ({
    nl: "Neem geen betaling aan voor je bijdrage.",
    en: "Do not accept payment for your contribution.",
  }),
  "explicit-agreement-required": (p) =>
    p.commercialActivity.decidedBy === "management"
      ? {
          nl: "Doe alleen mee als het management dat uitdrukkelijk met je afspreekt.",
          en: "Take part only if management expressly agrees it with you.",
        }
      : {
          nl: "Doe alleen mee als je leidinggevende dat uitdrukkelijk met je afspreekt.",
          en: "Take part only if your manager expressly agrees it with you.",
        },
  "publish-in-register": (p) =>
    p.sideJob.publishConditions
      ? {
          nl: "Als je nevenwerkzaamheid is toegestaan, wordt die openbaar gemaakt, met de voorwaarden.",
          en: "Once the side job is allowed, it is published, with its conditions.",
        }
      : {
          nl: "Als je nevenwerkzaamheid is toegestaan, wordt die openbaar gemaakt.",
          en: "Once the side job is allowed, it is published.",
        },
  "reassess-on-change": () => ({
    nl: "Verandert er iets in je werk of je nevenwerk? Meld het dan opnieuw.",
    en: "If your job or your side job changes, report it again.",
  }),
  "do-not-start-or-stop": () => ({
    nl: "Begin er niet aan, of stop ermee zolang je deze functie hebt.",
    en: "Do not start it, or stop it, for as long as you hold this job.",
  }),
  "do-not-use-work-information": () => ({
    nl: "Gebruik geen informatie van je werk in je nevenwerk.",
    en: "Do not use information from your job in your side job.",
  }),
  "report-end-of-side-job": () => ({
    nl: "Meld dat je gestopt bent. Dan wordt de registratie (en een publicatie) bijgewerkt.",
    en: "Report that you stopped, so the registration (and any publication) is updated.",
  }),
  "report-financial-interest": (p) =>
    p.financialInterest.timingStated
      ? {
          nl: "Meld het financiële belang als je in dienst komt of als je het belang aangaat.",
          en: "Report the financial interest when you start the job or when you acquire it.",
        }
      : { nl: "Meld het financiële belang.", en: "Report the financial interest." },
  "provide-information-on-request": () => ({
    nl: "Geef meer informatie als je werkgever daarom vraagt.",
    en: "Give more information if your employer asks for it.",
  }),
  "keep-inside-information-secret": () => ({
    nl: "Houd koersgevoelige informatie uit je werk geheim en gebruik die niet voor jezelf of anderen.",
    en: "Keep price-sensitive information from your work secret and do not use it for yourself or others.",
  }),
  "do-not-hold-or-acquire": () => ({
    nl: "Doe deze transactie niet, of houd dit belang niet aan.",
    en: "Do not make this transaction or keep this interest.",
  }),
  "refer-to-top": (p) => ({
    nl: `Verwijs het door naar de ${p.topTitle.nl}.`,
    en: `Refer it to the ${p.topTitle.en}.`,
  }),
  "no-business-contact": () => ({
    nl: "Heb geen zakelijk contact met de oud-bewindspersoon over diens oude beleidsterrein.",
    en: "Have no business contact with the former minister on their former policy area.",
  }),
  "report-move-in-time": () => ({
    nl: "Meld je overstap op tijd bij je leidinggevende.",
    en: "Report your move to your manager in time.",
  }),
  "discuss-risks": () => ({
    nl: "Bespreek de risico's met je leidinggevende.",
    en: "Discuss the risks with your manager.",
  }),
  "agree-cooling-off": () => ({
    nl: "Spreek een afkoelingsperiode af. Dat is altijd maatwerk.",
    en: "Agree a cooling-off period. It is always tailor-made.",
  }),
  "keep-secrecy-after-leaving": () => ({
    nl: "Je geheimhoudingsplicht blijft gelden, ook na je vertrek.",
    en: "Your duty of secrecy continues after you leave.",
  }),
  "do-not-hire": () => ({
    nl: "Huur deze persoon niet in binnen deze periode.",
    en: "Do not hire this person within this period.",
  }),
  "justify-in-writing": () => ({
    nl: "Leg vast waarom deze inhuur nodig is. Kun je het niet goed uitleggen? Vraag dan geen offerte aan.",
    en: "Record why this hire is needed. If you cannot justify it, do not ask for a quote.",
  }),
  "weighty-reasons-approval": (p) => ({
    nl: `Leg de zwaarwegende redenen vast. De ${p.topTitle.nl} beslist.`,
    en: `Record the weighty reasons. The ${p.topTitle.en} decides.`,
  }),
  "exceptional-approval": (p) => ({
    nl: `Dit kan alleen bij hoge uitzondering. De ${p.topTitle.nl} beslist.`,
    en: `This is possible only very exceptionally. The ${p.topTitle.en} decides.`,
  }),
  "shorten-extension": (p) => ({
    nl: `Maak de verlenging korter: samen maximaal ${p.tripExtension.maxHours ?? 0} uur.`,
    en: `Shorten the extension to at most ${p.tripExtension.maxHours ?? 0} hours in total.`,
  }),
  ...RECUSAL_OBLIGATION_TEXT, // decision 041
};

/**
 * Texts that depend on the verdict's outcome, so that no two sentences of one verdict contradict each other (issue 19
 * item 2, decision 059): "Neem het niet aan" never stands beside "Dat mag vooraf of achteraf", and where someone must
 * decide first the report is not "before or after". The texts above are those of a verdict that only registers.
 */
export const OBLIGATION_TEXT_BY_OUTCOME: Partial<Record<ObligationCode, Partial<Record<Outcome, TextFn>>>> = {
  "report-to-manager": {
    "approval-required": () => ({
      nl: "Meld het bij je leidinggevende. Die beslist of het mag.",
      en: "Report it to your manager, who decides whether it is allowed.",
    }),
    "not-permitted": () => ({ nl: "Meld het bij je leidinggevende.", en: "Report it to your manager." }),
  },
};

/** Advice for going ahead ("pay as much as possible yourself"): not given beside "do not accept it". */
export const OBLIGATIONS_LEFT_OUT: Partial<Record<Outcome, readonly ObligationCode[]>> = {
  "not-permitted": ["pay-own-share", "declare-costs-by-the-rules"],
};

/** The text of an obligation in a verdict with this outcome. */
export function obligationText(code: ObligationCode, p: PolicyProfile, outcome: Outcome): LocalizedText {
  return (OBLIGATION_TEXT_BY_OUTCOME[code]?.[outcome] ?? OBLIGATION_TEXT[code])(p);
}

/** A verdict's obligations as its outcome has them: texts per outcome, advice for going ahead left out. */
export function obligationsFor(obligations: readonly Obligation[], p: PolicyProfile, outcome: Outcome): Obligation[] {
  const leftOut = OBLIGATIONS_LEFT_OUT[outcome] ?? [];
  return obligations
    .filter((o) => !leftOut.includes(o.code))
    .map((o) => ({ ...o, text: obligationText(o.code, p, outcome) }));
}
