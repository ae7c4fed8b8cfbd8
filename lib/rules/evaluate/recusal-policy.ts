// Profile data for the two duties that end in a recusal (issue 13 group 2, decision 041): a private relationship
// that touches one's work, and private contacts with a supplier or business relation. Kept in its own file so the
// parallel branches that add other types do not edit the same lines; lib/rules/profiles.ts holds one line per code.
import { c, family, rijkAndEersteKamer, type RuleDefinition } from "../registry/family";
import type { DeclarationType, LocalizedText, ObligationCode, ProfileId } from "../types";

export type RelationshipMeasure = "work-agreements" | "redistribute-tasks" | "transfer" | "dismissal";

export interface PrivateRelationshipPolicy {
  /** To whom the employee reports: the direct manager, or "(naasthogere) leidinggevende" (Rijk, EK). */
  reportTo: "manager" | "manager-or-next-higher";
  /** The measures the code names for the manager, in its order. */
  measures: RelationshipMeasure[];
  /** Provincie: "Je kan natuurlijk zelf ook om overplaatsing of ontslag vragen" (003 L697-698). */
  employeeMayAskTransferOrDismissal: boolean;
}

export interface SupplierContactPolicy {
  /**
   * "report-in-advance": the procurement text "meld je dit vooraf, zodat ... een ander de kwestie behandelt"
   * (Rijk, EK, Provincie). "avoid-appearance": the Gemeente's rule 2.2 with its examples (not handling a matter of
   * someone you know, reporting your personal interest, or not doing business privately with a party you deal with
   * at work, "of dit anders te melden").
   */
  rule: "report-in-advance" | "avoid-appearance";
  /** The code's four-eyes text on procurement (000 L1104-1108, 001 L481): more people decide, supplier talks in pairs. */
  fourEyes: boolean;
  /** Gemeente 002 L324-328: doing business privately with a party you deal with at work is reported too. */
  privateDealingsReportable: boolean;
}

export const PRIVATE_RELATIONSHIP_POLICY: Readonly<Record<ProfileId, PrivateRelationshipPolicy>> = {
  rijk: {
    reportTo: "manager-or-next-higher",
    measures: ["work-agreements", "redistribute-tasks", "transfer"],
    employeeMayAskTransferOrDismissal: false,
  }, // 000 L1839-1849
  "eerste-kamer": {
    reportTo: "manager-or-next-higher",
    measures: ["work-agreements", "redistribute-tasks", "transfer"],
    employeeMayAskTransferOrDismissal: false,
  }, // 001 L717
  gemeente: {
    reportTo: "manager",
    measures: ["work-agreements", "transfer"],
    employeeMayAskTransferOrDismissal: false,
  }, // 002 L725-728
  provincie: {
    reportTo: "manager",
    measures: ["work-agreements", "redistribute-tasks", "transfer", "dismissal"],
    employeeMayAskTransferOrDismissal: true,
  }, // 003 L695-704
};

export const SUPPLIER_CONTACT_POLICY: Readonly<Record<ProfileId, SupplierContactPolicy>> = {
  rijk: { rule: "report-in-advance", fourEyes: true, privateDealingsReportable: false }, // 000 L1074-1078
  "eerste-kamer": { rule: "report-in-advance", fourEyes: true, privateDealingsReportable: false }, // 001 L477
  gemeente: { rule: "avoid-appearance", fourEyes: false, privateDealingsReportable: true }, // 002 L266, L320-328
  provincie: { rule: "report-in-advance", fourEyes: false, privateDealingsReportable: false }, // 003 L449-452
};

// ------------------------------------------------------------------------------------- obligations

export const RECUSAL_OBLIGATION_CODES = [
  "report-before-handling",
  "someone-else-handles",
  "discuss-measures",
  "no-judging-each-others-work",
] as const;
export type RecusalObligationCode = (typeof RECUSAL_OBLIGATION_CODES)[number];

export const RECUSAL_OBLIGATION_TEXT: Record<RecusalObligationCode, () => LocalizedText> = {
  "report-before-handling": () => ({
    nl: "Meld het voordat je aan de kwestie werkt.",
    en: "Report it before you work on the matter.",
  }),
  "someone-else-handles": () => ({
    nl: "Behandel de kwestie niet zelf. Je leidinggevende regelt dat iemand anders het doet.",
    en: "Do not handle the matter yourself. Your manager arranges for someone else to do it.",
  }),
  "discuss-measures": () => ({
    nl: "Bespreek met je leidinggevende of er maatregelen nodig zijn, zoals werkafspraken of andere taken.",
    en: "Discuss with your manager whether measures are needed, such as agreements or other tasks.",
  }),
  "no-judging-each-others-work": () => ({
    nl: "Beoordeel, controleer of keur het werk van die persoon niet goed.",
    en: "Do not assess, check or approve that person's work.",
  }),
};

export const isRecusalObligation = (code: ObligationCode): code is RecusalObligationCode =>
  (RECUSAL_OBLIGATION_CODES as readonly string[]).includes(code);

// ------------------------------------------------------------------------------------- rules

const REL: DeclarationType[] = ["private-relationship"];
const SUP: DeclarationType[] = ["supplier-contact"];

/** Every rule of the two types, per code, with the source lines as written (checked against /work/shared/sources). */
export const RECUSAL_RULES: readonly RuleDefinition[] = [
  // ---------------------------------------------------------------- private relationships (catalogue 1.12 V-1, V-2)
  ...family(
    "private-relationship.report",
    REL,
    {
      nl: "Privérelatie met een integriteitsrisico: melden",
      en: "Private relationship with an integrity risk: report it",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1837-1841")],
        quote:
          "is het jouw verantwoordelijk heid als goed ambtenaar om hiervan melding te doen bij de (naasthoge- re) leidinggevende.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L717")],
        quote:
          "is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de (naasthogere) leidinggevende.",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L660-663"), c("002", "L725-726")],
        quote:
          "Dan is het belangrijk dit te melden bij jouw leidinggevende en samen te bekijken of er speciale maatregelen of afspraken moeten komen.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L695-697")],
        quote: "is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de leidinggevende.",
      },
    ],
  ),
  ...family(
    "private-relationship.risk-higher",
    REL,
    { nl: "Wanneer een privérelatie een risico wordt", en: "When a private relationship becomes a risk" },
    [
      ...rijkAndEersteKamer({
        quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
        rijk: [c("000", "L1833-1836")],
        eersteKamer: [c("001", "L715")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L718-723")],
        quote:
          "Maar in sommige gevallen kan het een probleem zijn of worden en kan het een integriteitsrisico opleveren.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L692-694")],
        quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
      },
    ],
  ),
  ...family(
    "private-relationship.measures",
    REL,
    {
      nl: "De leidinggevende bekijkt maatregelen; partners beoordelen elkaars werk niet",
      en: "The manager considers measures; partners do not judge each other's work",
    },
    [
      ...rijkAndEersteKamer({
        quote: "Het is bijvoorbeeld niet wenselijk dat partners elkaars werk beoordelen, controleren, of goedkeuren.",
        rijk: [c("000", "L1842-1849")],
        eersteKamer: [c("001", "L717")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L725-728")],
        quote: "Zo willen we bijvoorbeeld niet dat partners elkaars werk beoordelen, controleren of goedkeuren.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L700-704")],
        quote:
          "Zo nodig worden er werkafspraken gemaakt of taken anders verdeeld, maar ook een overplaatsing naar een team of domein of ontslag kan aan de orde zijn.",
      },
    ],
  ),
  ...family(
    "private-relationship.no-risk",
    REL,
    {
      nl: "Privérelatie zonder integriteitsrisico: geen meldplicht",
      en: "Private relationship without an integrity risk: no duty",
    },
    [
      ...rijkAndEersteKamer({
        quote: "Daar is op zichzelf niets mis mee.",
        rijk: [c("000", "L1824-1828")],
        eersteKamer: [c("001", "L715")],
      }),
      { profile: "gemeente", citation: [c("002", "L718-721")], quote: "Daar is op zich niets mis mee." },
      { profile: "provincie", citation: [c("003", "L685-687")], quote: "Daar is op zichzelf niets mis mee." },
    ],
  ),
  ...family(
    "private-relationship.ask-transfer",
    REL,
    { nl: "Zelf om overplaatsing of ontslag vragen", en: "Asking for a transfer or dismissal yourself" },
    [
      {
        profile: "provincie",
        citation: [c("003", "L697-698")],
        quote:
          "Je kan natuurlijk zelf ook om overplaatsing of ontslag vragen als voor jou je privérelatie je het goed uitoefenen van je werk in de weg staat.",
      },
    ],
  ),
  // ---------------------------------------------------------------- supplier / business relation (catalogue 1.9 P-4)
  ...family(
    "supplier-contact.report-in-advance",
    SUP,
    {
      nl: "Privécontact bij de andere partij: vooraf melden, een ander behandelt het",
      en: "Private contact at the other party: report in advance, someone else handles it",
    },
    [
      ...rijkAndEersteKamer({
        quote:
          "Mocht je hier tegenaan lopen, dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
        rijk: [c("000", "L1074-1078")],
        eersteKamer: [c("001", "L477")],
      }),
      {
        profile: "gemeente",
        citation: [c("002", "L266"), c("002", "L320-328")],
        quote:
          "Je kunt de schijn van belangenverstrengeling bijvoorbeeld tegengaan door het niet behandelen van een kwestie van een bekende of door je persoonlijke belang te melden bij je leidinggevende.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L449-452")],
        quote:
          "Loop je hier tegenaan? Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
      },
    ],
  ),
  ...family(
    "supplier-contact.private-dealings",
    SUP,
    {
      nl: "Privé zaken doen met een partij waar je in je werk zaken mee doet: melden",
      en: "Doing business privately with a party you deal with at work: report it",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L324-328")],
        quote:
          "Of door privé geen zaken te doen met partijen waar je in je werk bij de gemeente ook zaken mee doet, of dit anders te melden.",
      },
    ],
  ),
  ...family(
    "supplier-contact.not-reporting-is-breach",
    SUP,
    {
      nl: "Niet melden van een verstrengelde situatie is een schending",
      en: "Not reporting an entangled situation is a breach",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L281-283")],
        quote:
          "Het niet melden van een (mogelijk) verstrengelde situatie bij je leidinggevende, of het niet bespreekbaar maken ervan, wordt ook beschouwd als een schending van de gedragscode.",
      },
    ],
  ),
  ...family(
    "supplier-contact.not-involved",
    SUP,
    { nl: "Geen rol in de kwestie: geen meldplicht", en: "No part in the matter: no duty" },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1074-1076")],
        quote:
          "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefe- nen op het proces als je bij de andere partij privécontacten hebt.",
      },
      {
        profile: "eerste-kamer",
        citation: [c("001", "L477")],
        quote:
          "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je bij de andere partij privécontacten hebt.",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L320")],
        quote: "Wat wel en niet kan hangt vaak af van de functie die je hebt.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L449-451")],
        quote:
          "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je privécontacten hebt met de andere partij.",
      },
    ],
  ),
  ...family(
    "supplier-contact.four-eyes",
    SUP,
    {
      nl: "Meer mensen bij het besluit; gesprekken met leveranciers met zijn tweeën",
      en: "More people in the decision; supplier talks in pairs",
    },
    rijkAndEersteKamer({
      quote: "doe je gesprekken met leveranciers bij voorkeur met zijn tweeën.",
      rijk: [c("000", "L1104-1108")],
      eersteKamer: [c("001", "L481")],
    }),
  ),
];
