// Shared pieces of three declaration types added for issue 13 group 2 (decision 040): contacts with the tobacco
// industry, contacts with elected members (Kamerleden, raadsleden, Statenleden) and expense claims.
// Plain data and Zod only: no I/O, and no runtime import of the evaluator or the registry (they import us).
import type { LocalizedText } from "../types";

/** The obligations these three types add (plain Dutch, B1, and English). */
export const GROUP2B_OBLIGATION_TEXT = {
  "no-tobacco-influence": () => ({
    nl: "Laat het beleid niet beïnvloeden door de belangen van de tabaksindustrie. Spreek alleen als het echt nodig is.",
    en: "Do not let the interests of the tobacco industry influence policy. Meet only when it is really necessary.",
  }),
  "tobacco-meeting-report-published": () => ({
    nl: "Maak een verslag van het overleg. Het verslag wordt openbaar gemaakt op de website van je organisatie.",
    en: "Write a report of the meeting. The report is made public on your organisation's website.",
  }),
  "permission-before-contact": () => ({
    nl: "Vraag vooraf toestemming. Dat geldt ook voor een vaktechnische briefing.",
    en: "Ask for permission in advance. This also applies to a technical briefing.",
  }),
  "factual-information-only": () => ({
    nl: "Geef alleen feitelijke informatie. Geef geen persoonlijke mening of mening over beleid.",
    en: "Give only factual information. Give no personal opinion and no opinion on policy.",
  }),
  "inform-minister-via-line": () => ({
    nl: "Laat de minister via je leidinggevende en de parlementair contactpersoon weten welke informatie je gaf.",
    en: "Let the minister know, through your manager and the parliamentary contact person, which information you gave.",
  }),
  "inform-gedeputeerde": () => ({
    nl: "Vertel de gedeputeerde altijd dat je informatie hebt uitgewisseld met een Statenlid.",
    en: "Always tell the member of the provincial executive (gedeputeerde) that you exchanged information with a member of the Provincial Council.",
  }),
  "no-own-initiative-to-council": () => ({
    nl: "Geef raadsleden geen informatie en geen hulp op eigen initiatief. Alleen als zij je om technische uitleg vragen.",
    en: "Give council members no information and no help on your own initiative; only when they ask you for a technical explanation.",
  }),
  "handle-member-information-discreetly": () => ({
    nl: "Ga discreet om met wat Kamerleden zeggen of doen. Vertel het niet verder en gebruik het alleen waarvoor het bedoeld is.",
    en: "Be discreet about what members say or do. Do not pass it on, and use it only for its purpose.",
  }),
  "prior-permission-expense": () => ({
    nl: "Vraag je leidinggevende om toestemming voordat je de kosten maakt.",
    en: "Ask your manager for permission before you incur the costs.",
  }),
  "show-no-other-reimbursement": () => ({
    nl: "Laat zien dat je deze kosten niet op een andere manier vergoed kunt krijgen.",
    en: "Show that you cannot get these costs reimbursed in another way.",
  }),
  "claim-only-actual-costs": () => ({
    nl: "Declareer alleen zakelijke kosten die je echt hebt gemaakt en die niet al op een andere manier vergoed worden.",
    en: "Claim only business costs you actually incurred that are not already reimbursed in another way.",
  }),
} as const satisfies Record<string, () => LocalizedText>;

export type Group2bObligationCode = keyof typeof GROUP2B_OBLIGATION_TEXT;
