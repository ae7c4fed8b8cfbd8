// Delay compensation and travel benefits from a business trip (catalogue 1.3 T-4 and the loyalty programmes of
// 000 L1996-2003; decision 039). Rijk 000 L2005-2018 and Eerste Kamer 001 L775: compensation for a delayed,
// cancelled or overbooked journey, in money or vouchers, is for the employer, and you help to claim it unless the
// employer says it is not needed; vouchers for food and drink, an extra hotel night or a taxi you may keep, and then
// you claim no costs for them. Bonus points from paid business trips are not for private trips; by agreement they may
// be used for business trips (000 L1996-2003, 001 L771). Gemeente and Provincie: no rule on compensation or points;
// their rules against claiming costs that are paid otherwise apply (002 L645-646, 003 L298-300).
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { LocalizedText, ProfileId } from "../types";
import { calendarDate, cents, cite, ruleFamily, rijkAndEersteKamer, type DutyRule } from "./shared";

export const TravelBenefitDeclarationSchema = z.strictObject({
  type: z.literal("travel-benefit"),
  /**
   * delay-compensation: money or a credit voucher for a delayed, cancelled or overbooked journey;
   * care-vouchers: vouchers for food and drink, an extra hotel night or (taxi) transport to the hotel or airport;
   * loyalty-points: bonus points or other benefits of a loyalty programme (air miles).
   */
  kind: z.enum(["delay-compensation", "care-vouchers", "loyalty-points"]),
  /** The day of the business trip (its first day). */
  tripDate: calendarDate,
  /** The value in euro cents, as far as known (0 when unknown). */
  valueCents: cents,
  /** Only for care vouchers: you also claim (or claimed) the costs they cover from the employer; false otherwise. */
  costsAlsoClaimed: z.boolean(),
  /** Only for loyalty points: you want to use them for private travel; false otherwise. */
  privateUseOfPoints: z.boolean(),
});
export type TravelBenefitDeclaration = z.infer<typeof TravelBenefitDeclarationSchema>;

export interface TravelBenefitPolicy {
  /** Rijk/EK: delay compensation is for the employer and you help to claim it (the manager decides whether to). */
  compensationToEmployer: boolean;
  /** Who the compensation belongs to, in the obligation's text. */
  employerName: LocalizedText;
  /** Rijk/EK: bonus points of paid business trips are not for private travel; business use by agreement. */
  pointsBusinessOnly: boolean;
  /** Every code: costs already paid otherwise are not claimed (vouchers). */
  noDoubleClaim: true;
}

export const TRAVEL_BENEFIT_POLICY: Record<ProfileId, TravelBenefitPolicy> = {
  rijk: {
    compensationToEmployer: true,
    employerName: { nl: "het Rijk", en: "the Rijk" },
    pointsBusinessOnly: true,
    noDoubleClaim: true,
  }, // 000 L1996-2018
  "eerste-kamer": {
    compensationToEmployer: true,
    employerName: { nl: "de Eerste Kamer", en: "the Eerste Kamer" },
    pointsBusinessOnly: true,
    noDoubleClaim: true,
  }, // 001 L771, L775
  gemeente: {
    compensationToEmployer: false,
    employerName: { nl: "de gemeente", en: "the municipality" },
    pointsBusinessOnly: false,
    noDoubleClaim: true,
  }, // 002 L645-646
  provincie: {
    compensationToEmployer: false,
    employerName: { nl: "de provincie", en: "the province" },
    pointsBusinessOnly: false,
    noDoubleClaim: true,
  }, // 003 L298-300
};

const T = "travel-benefit" as const;

export const TRAVEL_BENEFIT_RULES: DutyRule[] = [
  ...ruleFamily(
    "travel-benefit.delay-compensation",
    T,
    {
      nl: "Vertragingsschade is voor de werkgever; help die te innen",
      en: "Delay compensation is the employer's; help to claim it",
    },
    [
      {
        profile: "rijk",
        citation: [cite("000", "L2005-2014")],
        quote:
          "Deze schadevergoeding is niet voor jou, maar voor het Rijk. Het Rijk draagt immers de kosten voor de dienstreis. Van jou wordt medewerking verwacht bij het innen van die schadevergoedingen, tenzij je werkgever aangeeft dat dit niet nodig is.",
      },
      {
        profile: "eerste-kamer",
        citation: [cite("001", "L773-775")],
        quote:
          "Deze schadevergoeding is niet voor jou, maar voor de Eerste Kamer. De Eerste Kamer draagt immers de kosten voor de dienstreis. Van jou wordt medewerking verwacht bij het innen van die schadevergoedingen, tenzij je werkgever aangeeft dat dit niet nodig is.",
      },
    ],
  ),
  ...ruleFamily(
    "travel-benefit.care-vouchers",
    T,
    {
      nl: "Bonnen voor eten, hotel of taxi mag je houden; declareer die kosten dan niet",
      en: "Vouchers for food, hotel or taxi you may keep; then do not claim those costs",
    },
    rijkAndEersteKamer({
      quote: "mag je gerust voor jezelf aannemen. Je declareert dan uiteraard geen kosten bij je werkgever.",
      rijk: [cite("000", "L2014-2018")],
      eersteKamer: [cite("001", "L775")],
    }),
  ),
  ...ruleFamily(
    "travel-benefit.loyalty-points",
    T,
    {
      nl: "Bonuspunten van dienstreizen niet privé gebruiken; in overleg wel voor dienstreizen",
      en: "Bonus points from business trips not for private use; by agreement for business trips",
    },
    [
      {
        profile: "rijk",
        citation: [cite("000", "L1996-2003")],
        quote:
          "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privéreizen gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
      },
      {
        profile: "eerste-kamer",
        citation: [cite("001", "L769-771")],
        quote:
          "De bonuspunten en andere voordelen die je uit een loyaliteitsprogramma ontvangt voor betaalde dienstreizen mag je niet voor privétrips gebruiken. In overleg mag je ze wel gebruiken voor dienstreizen.",
      },
    ],
  ),
  ...ruleFamily(
    "travel-benefit.no-rule",
    T,
    {
      nl: "De gedragscode heeft geen regel over vertragingsvergoedingen en bonuspunten",
      en: "The code has no rule on delay compensation and bonus points",
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
    "travel-benefit.no-double-claim",
    T,
    {
      nl: "Declareer geen kosten die al op een andere manier vergoed zijn",
      en: "Do not claim costs that are already reimbursed otherwise",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L645-646")],
        quote: "Vanzelfsprekend declareer je alleen kosten die je niet op een andere manier vergoed krijgt.",
      },
      {
        profile: "provincie",
        citation: [cite("003", "L298-300")],
        quote: "dat je alleen zakelijk en werkelijk gemaakte kosten declareert die niet op andere wijze vergoed worden",
      },
    ],
  ),
];

export function evaluateTravelBenefit(d: TravelBenefitDeclaration, env: Env, c: Collector): void {
  const s = env.p.travelBenefit;
  if (d.kind === "care-vouchers") {
    // Rijk/EK have their own sentence on these vouchers; the others only the general rule on claiming costs.
    const base = s.compensationToEmployer ? "travel-benefit.care-vouchers" : "travel-benefit.no-double-claim";
    if (d.costsAlsoClaimed) {
      c.finding(
        base,
        "not-permitted",
        "De bonnen betalen deze kosten al. Dan declareer je die kosten niet ook nog bij je werkgever.",
        "The vouchers already pay these costs. Then you do not also claim them from your employer.",
        ["do-not-claim-covered-costs"],
        "manager",
      );
    } else {
      c.finding(
        base,
        "no-duty",
        s.compensationToEmployer
          ? "Bonnen voor eten en drinken, een extra hotelnacht of een taxi mag je gewoon houden. Declareer die kosten dan niet."
          : "Je declareert deze kosten niet. Dan hoef je niets te melden.",
        s.compensationToEmployer
          ? "Vouchers for food and drink, an extra hotel night or a taxi you may simply keep. Do not claim those costs."
          : "You do not claim these costs. Then you need not report anything.",
        ["do-not-claim-covered-costs"],
      );
    }
    return;
  }
  if (d.kind === "delay-compensation") {
    if (s.compensationToEmployer) {
      c.finding(
        "travel-benefit.delay-compensation",
        "register",
        `De vergoeding voor vertraging is niet voor jou, maar voor ${s.employerName.nl}. Je leidinggevende beslist of je helpt die te innen.`,
        `The delay compensation is not yours but ${s.employerName.en}'s. Your manager decides whether you help to claim it.`,
        ["compensation-belongs-to-employer"],
      );
      // "tenzij je werkgever aangeeft dat dit niet nodig is" (000 L2012-2014): the manager decides whether it is claimed.
      c.decide("manager");
    } else {
      c.reason(
        "travel-benefit.no-rule",
        "no-duty",
        "Je gedragscode heeft geen regel over een vergoeding voor vertraging. Je hoeft niets te melden. Twijfel je? Vraag het je leidinggevende.",
        "Your code has no rule on delay compensation. You need not report anything. In doubt? Ask your manager.",
      );
    }
    return;
  }
  if (s.pointsBusinessOnly) {
    if (d.privateUseOfPoints) {
      c.reason(
        "travel-benefit.loyalty-points",
        "not-permitted",
        "Bonuspunten van betaalde dienstreizen gebruik je niet voor privéreizen.",
        "You do not use bonus points from paid business trips for private travel.",
      );
      c.route("manager");
    } else {
      c.reason(
        "travel-benefit.loyalty-points",
        "approval-required",
        "Je mag de bonuspunten gebruiken voor dienstreizen, in overleg met je leidinggevende.",
        "You may use the bonus points for business trips, by agreement with your manager.",
      );
      c.route("manager");
    }
    c.oblige("travel-benefit.loyalty-points", "no-private-use-of-points");
    return;
  }
  c.reason(
    "travel-benefit.no-rule",
    "no-duty",
    "Je gedragscode heeft geen regel over bonuspunten van dienstreizen. Je hoeft niets te melden. Twijfel je? Vraag het je leidinggevende.",
    "Your code has no rule on bonus points from business trips. You need not report anything. In doubt? Ask your manager.",
  );
}
