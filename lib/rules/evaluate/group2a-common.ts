// Shared pieces of four declaration types added for issue 13 group 2 (decision 039): selling to the employer,
// a partner on a business trip, travel benefits from a business trip and private use of a service car.
// Plain data and Zod only: no I/O, and no runtime import of the evaluator or the registry (they import us).
import type { PolicyProfile } from "../profiles";
import type { LocalizedText } from "../types";

/** The obligations these four types add (texts in plain Dutch, B1, and English). */
export const GROUP2A_OBLIGATION_TEXT = {
  "no-advertising-to-colleagues": () => ({
    nl: "Maak geen reclame voor jezelf of je bedrijf bij je werkgever of collega's.",
    en: "Do not advertise yourself or your business to your employer or colleagues.",
  }),
  "someone-else-handles-purchase": () => ({
    nl: "Meld het vooraf. Een ander behandelt deze inkoop, niet jij.",
    en: "Report it in advance. Someone else handles this purchase, not you.",
  }),
  "partner-stays-home": () => ({
    nl: "Laat je partner niet privé meereizen. Het is een dienstreis.",
    en: "Do not let your partner travel along privately. It is a business trip.",
  }),
  "partner-costs-only-in-service-interest": () => ({
    nl: "De werkgever betaalt de reis en het verblijf van je partner alleen als je leidinggevende vindt dat het meereizen aantoonbaar nodig is voor het werk.",
    en: "The employer pays your partner's travel and stay only if your manager finds that the partner's presence is demonstrably needed for the work.",
  }),
  "compensation-belongs-to-employer": (p: PolicyProfile) => ({
    nl: `De vergoeding is niet voor jou, maar voor ${p.travelBenefit.employerName.nl}. Help mee om die te innen, behalve als je werkgever zegt dat het niet hoeft.`,
    en: `The compensation is not yours but ${p.travelBenefit.employerName.en}'s. Help to claim it, unless your employer says this is not needed.`,
  }),
  "do-not-claim-covered-costs": () => ({
    nl: "Declareer geen kosten die al betaald zijn, bijvoorbeeld met een bon van de reisorganisatie.",
    en: "Do not claim costs that are already paid, for example with a voucher from the airline or travel company.",
  }),
  "written-permission-private-use": () => ({
    nl: "Gebruik de auto alleen privé als je daarvoor schriftelijke toestemming hebt, en alleen zoveel als de toestemming zegt.",
    en: "Use the car privately only with written permission, and only as far as the permission goes.",
  }),
  "pay-private-km-contribution": () => ({
    nl: "Betaal een eigen bijdrage voor de kilometers die je privé rijdt.",
    en: "Pay your own contribution for the kilometres you drive privately.",
  }),
  "permission-before-use": () => ({
    nl: "Gebruik de auto pas als je leidinggevende toestemming heeft gegeven.",
    en: "Use the car only after your manager has given permission.",
  }),
  "no-private-use-of-car": () => ({
    nl: "Gebruik de dienstauto niet privé en niet voor woon-werkverkeer.",
    en: "Do not use the service car privately or to travel between home and work.",
  }),
} satisfies Record<string, (p: PolicyProfile) => LocalizedText>;

export type Group2aObligationCode = keyof typeof GROUP2A_OBLIGATION_TEXT;
