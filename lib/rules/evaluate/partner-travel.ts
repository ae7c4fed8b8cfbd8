// A partner travelling along on a business trip, and who pays for it (catalogue 1.3 T-3; decision 039).
// Rijk 000 L2040-2070 and Eerste Kamer 001 L788-796: the partner does not travel along privately; in a special or
// unforeseen situation you consult your manager; when the manager agrees the partner's presence is demonstrably in
// the service's interest, the service pays the partner's travel and stay. Gemeente and Provincie have no rule on a
// partner; only their rules on claiming costs apply when the employer would pay (002 L600-602, 003 L298-300).
import { z } from "zod";
import { RuleInputError } from "../errors";
import type { Collector, Env } from "./collector";
import type { ProfileId } from "../types";
import { calendarDate, cite, endNotBeforeStart, ruleFamily, rijkAndEersteKamer, type DutyRule } from "./shared";

export const PartnerTravelDeclarationSchema = z
  .strictObject({
    type: z.literal("partner-travel"),
    startDate: calendarDate,
    endDate: calendarDate,
    /**
     * Why the partner comes along, asked only where the code has the partner rule (Rijk, Eerste Kamer); null elsewhere.
     * functional: the partner's presence is wanted for the work (e.g. representing the Netherlands, 000 L2053-2056);
     * special-situation: a special or unforeseen situation (000 L2050-2052); private: neither.
     */
    reason: z.enum(["functional", "special-situation", "private"]).nullable(),
    /** The employer would pay (part of) the partner's travel or stay. */
    employerPaysPartnerCosts: z.boolean(),
  })
  .superRefine(endNotBeforeStart);
export type PartnerTravelDeclaration = z.infer<typeof PartnerTravelDeclarationSchema>;

export interface PartnerTravelPolicy {
  /** Rijk/EK: the starting point is that the partner does not travel along (000 L2049-2050). */
  partnerRule: boolean;
  /**
   * When the employer would pay the partner's costs: "service-interest" (only when the manager finds it demonstrably
   * in the service's interest, Rijk/EK), "prior-permission" (Gemeente rule 5.4: costs need the manager's permission
   * first), "business-costs-only" (Provincie: only business costs actually made are claimed).
   */
  partnerCosts: "service-interest" | "prior-permission" | "business-costs-only";
}

export const PARTNER_TRAVEL_POLICY: Record<ProfileId, PartnerTravelPolicy> = {
  rijk: { partnerRule: true, partnerCosts: "service-interest" }, // 000 L2040-2070
  "eerste-kamer": { partnerRule: true, partnerCosts: "service-interest" }, // 001 L788-796
  gemeente: { partnerRule: false, partnerCosts: "prior-permission" }, // 002 L600-602
  provincie: { partnerRule: false, partnerCosts: "business-costs-only" }, // 003 L298-300
};

const T = "partner-travel" as const;

export const PARTNER_TRAVEL_RULES: DutyRule[] = [
  ...ruleFamily(
    "partner-travel.not-along",
    T,
    {
      nl: "Je partner reist niet privé mee op een dienstreis",
      en: "Your partner does not travel along privately on a business trip",
    },
    rijkAndEersteKamer({
      quote: "Uitgangspunt is daarom dat jouw partner niet meereist.",
      rijk: [cite("000", "L2049-2050"), cite("000", "L2062-2064")],
      eersteKamer: [cite("001", "L790"), cite("001", "L794")],
    }),
  ),
  ...ruleFamily(
    "partner-travel.special-situation",
    T,
    {
      nl: "Bijzondere of onvoorziene situatie: overleg met je leidinggevende",
      en: "Special or unforeseen situation: consult your manager",
    },
    rijkAndEersteKamer({
      quote:
        "Er kunnen zich echter altijd bijzondere of onvoorziene situaties voordoen. Overleg in dat geval met jouw leidinggevende wat het beste is om te doen.",
      rijk: [cite("000", "L2050-2052"), cite("000", "L2065-2067")],
      eersteKamer: [cite("001", "L790"), cite("001", "L795")],
    }),
  ),
  ...ruleFamily(
    "partner-travel.service-interest",
    T,
    {
      nl: "Aantoonbaar in het dienstbelang: de dienst betaalt reis en verblijf van je partner",
      en: "Demonstrably in the service's interest: the service pays your partner's travel and stay",
    },
    rijkAndEersteKamer({
      quote:
        "Kom je in overleg met je leidinggevende tot de conclusie dat het meenemen van jouw partner aantoonbaar in het dienstbelang is, dan zijn ook de reis- en verblijfkosten van de partner voor rekening van de dienst.",
      rijk: [cite("000", "L2053-2059"), cite("000", "L2068-2070")],
      eersteKamer: [cite("001", "L790"), cite("001", "L796")],
    }),
  ),
  ...ruleFamily(
    "partner-travel.no-rule",
    T,
    {
      nl: "De gedragscode heeft geen regel over een partner die meereist",
      en: "The code has no rule on a partner travelling along",
    },
    [
      { profile: "gemeente", citation: [cite("002", "L959")], quote: "De regeling reis- en verblijfkosten 01.02.2020" },
      {
        profile: "provincie",
        citation: [cite("003", "L298-300")],
        quote: "dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden",
      },
    ],
  ),
  ...ruleFamily(
    "partner-travel.costs-prior-permission",
    T,
    {
      nl: "Kosten declareren alleen met vooraf toestemming van je leidinggevende",
      en: "Claiming costs only with your manager's prior permission",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L600-602")],
        quote:
          "Daarvoor heb je vooraf toestemming van de leidinggevende nodig én je moet aantonen dat je die kosten niet op een andere manier kunt laten vergoeden.",
      },
    ],
  ),
  ...ruleFamily(
    "partner-travel.business-costs-only",
    T,
    { nl: "Alleen zakelijk en werkelijk gemaakte kosten declareren", en: "Claim only business costs actually made" },
    [
      {
        profile: "provincie",
        citation: [cite("003", "L298-300")],
        quote: "dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden",
      },
    ],
  ),
];

export function evaluatePartnerTravel(d: PartnerTravelDeclaration, env: Env, c: Collector): void {
  const s = env.p.partnerTravel;
  c.route("manager");
  if (s.partnerRule) {
    if (d.reason === null) {
      throw new RuleInputError("reason", "missing", {
        nl: 'Vul "reason" in: waarom reist je partner mee?',
        en: '"reason" is required: why does your partner travel along?',
      });
    }
    if (d.reason === "private") {
      c.finding(
        "partner-travel.not-along",
        "not-permitted",
        "Je partner reist niet privé mee op een dienstreis. Dat kan de schijn wekken dat je eigen belang meeweegt.",
        "Your partner does not travel along privately on a business trip. It can look as if your own interest counts.",
        ["partner-stays-home"],
      );
    } else if (d.reason === "special-situation") {
      c.finding(
        "partner-travel.special-situation",
        "approval-required",
        "Er is een bijzondere of onvoorziene situatie. Overleg met je leidinggevende wat het beste is.",
        "There is a special or unforeseen situation. Consult your manager on what is best.",
        ["discuss-in-advance"],
      );
    } else {
      c.finding(
        "partner-travel.service-interest",
        "approval-required",
        "Je partner reist mee voor het werk. Je leidinggevende beslist of dat aantoonbaar nodig is voor het werk. Dan betaalt de werkgever ook de reis en het verblijf van je partner.",
        "Your partner travels along for the work. Your manager decides whether this is demonstrably needed for the work. Then the employer also pays your partner's travel and stay.",
        ["discuss-in-advance"],
      );
    }
    if (d.employerPaysPartnerCosts && d.reason !== "functional") {
      c.reason(
        "partner-travel.service-interest",
        "not-permitted",
        "De werkgever betaalt de kosten van je partner alleen als het meereizen aantoonbaar nodig is voor het werk.",
        "The employer pays your partner's costs only if the partner's presence is demonstrably needed for the work.",
      );
    }
    if (d.employerPaysPartnerCosts)
      c.oblige("partner-travel.service-interest", "partner-costs-only-in-service-interest");
    return;
  }
  if (!d.employerPaysPartnerCosts) {
    c.finding(
      "partner-travel.no-rule",
      "no-duty",
      "Je gedragscode heeft geen regel over een partner die meereist. Betaalt je partner alles zelf? Dan hoef je niets te melden. Het werk gaat wel voor.",
      "Your code has no rule on a partner travelling along. Does your partner pay everything? Then you need not report anything. Work does come first.",
      ["service-interest-first"],
    );
    return;
  }
  if (s.partnerCosts === "prior-permission") {
    c.finding(
      "partner-travel.costs-prior-permission",
      "approval-required",
      "De werkgever zou kosten van je partner betalen. Daarvoor heb je vooraf toestemming van je leidinggevende nodig.",
      "The employer would pay costs of your partner. For that you need your manager's permission in advance.",
      ["discuss-in-advance"],
    );
  } else {
    c.finding(
      "partner-travel.business-costs-only",
      "approval-required",
      "Je declareert alleen zakelijke kosten. Je leidinggevende beslist of de kosten van je partner zakelijk zijn.",
      "You claim only business costs. Your manager decides whether your partner's costs are business costs.",
      ["discuss-in-advance"],
    );
  }
}
