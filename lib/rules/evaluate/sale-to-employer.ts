// Selling goods or services to one's own employer (catalogue 1.9 P-7; decision 039).
// Rijk 000 L1171-1181, Eerste Kamer 001 L501: only with permission, "zelden verleend".
// Gemeente 002 L345-348 (no involvement in or benefit from deliveries you buy yourself) and the Ambtenarenwet's
// permission as the code quotes it (002 L876-882). Provincie: no rule of its own on selling; staff are hired as
// externals only very exceptionally (003 L456-457); whoever deals with a purchase privately lets someone else
// handle it (003 L449-452).
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { ProfileId } from "../types";
import { calendarDate, cite, ruleFamily, rijkAndEersteKamer, type DutyRule } from "./shared";

export const SaleToEmployerDeclarationSchema = z.strictObject({
  type: z.literal("sale-to-employer"),
  /** What is sold: goods (products) or services (work, advice, a course ...). */
  kind: z.enum(["goods", "services"]),
  /** You deal with this purchase in your job (you ask for it, choose, order or approve it). */
  involvedInPurchase: z.boolean(),
  /** When the first delivery is planned. */
  startDate: calendarDate,
});
export type SaleToEmployerDeclaration = z.infer<typeof SaleToEmployerDeclarationSchema>;

export interface SaleToEmployerPolicy {
  /**
   * "permission-rarely-given": only with permission, which is rarely given (Rijk, Eerste Kamer);
   * "statute-permission": the code quotes the Ambtenarenwet's permission (Gemeente); "no-rule": the code has none.
   */
  rule: "permission-rarely-given" | "statute-permission" | "no-rule";
  /** Gemeente 002 L345-348: delivering what you buy for the municipality yourself is not permitted. */
  ownPurchaseBanned: boolean;
  /** Provincie 003 L456-457: current staff are hired as externals only very exceptionally (services). */
  servicesAsExternalOnlyExceptionally: boolean;
  /** Rijk/EK: advertising yourself to your employer or colleagues is not desirable. */
  advertisingUndesirable: boolean;
}

export const SALE_TO_EMPLOYER_POLICY: Record<ProfileId, SaleToEmployerPolicy> = {
  rijk: {
    rule: "permission-rarely-given",
    ownPurchaseBanned: false,
    servicesAsExternalOnlyExceptionally: false,
    advertisingUndesirable: true,
  }, // 000 L1174-1181
  "eerste-kamer": {
    rule: "permission-rarely-given",
    ownPurchaseBanned: false,
    servicesAsExternalOnlyExceptionally: false,
    advertisingUndesirable: true,
  }, // 001 L501
  gemeente: {
    rule: "statute-permission",
    ownPurchaseBanned: true,
    servicesAsExternalOnlyExceptionally: false,
    advertisingUndesirable: false,
  }, // 002 L345-348, L876-882
  provincie: {
    rule: "no-rule",
    ownPurchaseBanned: false,
    servicesAsExternalOnlyExceptionally: true,
    advertisingUndesirable: false,
  }, // 003 L433-435, L456-457
};

const T = "sale-to-employer" as const;

export const SALE_TO_EMPLOYER_RULES: DutyRule[] = [
  ...ruleFamily(
    "sale-to-employer.permission",
    T,
    {
      nl: "Niet verkopen aan je werkgever, tenzij je toestemming krijgt (zelden)",
      en: "Do not sell to your employer unless you get permission (rarely given)",
    },
    [
      {
        profile: "rijk",
        citation: [cite("000", "L1174-1177")],
        quote:
          "Als ambtenaar in dienst van de rijksoverheid mag je daarom geen producten of diensten aan de rijksoverheid verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
      },
      {
        profile: "eerste-kamer",
        citation: [cite("001", "L501")],
        quote:
          "Als ambtenaar in dienst van de Eerste Kamer mag je daarom geen producten of diensten aan de Eerste Kamer verkopen, tenzij je daarvoor toestemming krijgt. Die toestemming wordt zelden verleend.",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.no-advertising",
    T,
    {
      nl: "Geen reclame voor jezelf bij je werkgever of collega's",
      en: "No advertising yourself to your employer or colleagues",
    },
    [
      {
        profile: "rijk",
        citation: [cite("000", "L1179-1181")],
        quote:
          "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega’s.",
      },
      {
        profile: "eerste-kamer",
        citation: [cite("001", "L501")],
        quote:
          "Ook is het in het kader van het scheiden van belangen niet wenselijk om als ambtenaar commerciële reclame te maken voor jezelf bij jouw werkgever of collega's.",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.statute-permission",
    T,
    {
      nl: "Leveren aan de gemeente alleen met toestemming van de werkgever (Ambtenarenwet artikel 8)",
      en: "Delivering to the municipality only with the employer's permission (Civil Servants Act, article 8)",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L876-882")],
        quote:
          "middellijk of onmiddellijk deel te nemen aan aannemingen en leveringen ten behoeve van openbare diensten, tenzij de overheidswerkgever waarmee hij een arbeidsovereenkomst heeft daarvoor toestemming heeft verleend",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.own-purchase",
    T,
    {
      nl: "Geen betrokkenheid bij of voordeel uit leveringen aan de gemeente",
      en: "No involvement in or benefit from deliveries to the municipality",
    },
    [
      {
        profile: "gemeente",
        citation: [cite("002", "L345-348")],
        quote:
          "Je mag als ambtenaar niet direct of indirect betrokken zijn of enig voordeel hebben uit leveringen aan de gemeente.",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.no-rule",
    T,
    {
      nl: "De gedragscode heeft geen eigen regel over verkopen aan de provincie; je leidinggevende beslist",
      en: "The code has no rule of its own on selling to the province; your manager decides",
    },
    [
      {
        profile: "provincie",
        citation: [cite("003", "L433-435")],
        quote: "Houd je dan ook verre van vriendjespolitiek en belangenverstrengeling.",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.external-only-exceptionally",
    T,
    {
      nl: "Als externe werken voor de provincie alleen bij hoge uitzondering",
      en: "Working for the province as an external only very exceptionally",
    },
    [
      {
        profile: "provincie",
        citation: [cite("003", "L456-457")],
        quote:
          "Ambtenaren kunnen, anders dan bij hoge uitzondering, niet worden ingehuurd om tegelijkertijd als externe voor de provincie werkzaamheden te verrichten.",
      },
    ],
  ),
  ...ruleFamily(
    "sale-to-employer.someone-else-handles",
    T,
    {
      nl: "Meld het vooraf, zodat een ander de inkoop behandelt",
      en: "Report it in advance so that someone else handles the purchase",
    },
    [
      ...rijkAndEersteKamer({
        quote: "dan meld je dit vooraf, zodat geregeld kan worden dat niet jij, maar een ander de kwestie behandelt.",
        rijk: [cite("000", "L1076-1078")],
        eersteKamer: [cite("001", "L477")],
      }),
      {
        profile: "provincie",
        citation: [cite("003", "L449-452")],
        quote:
          "Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
      },
    ],
  ),
];

export function evaluateSaleToEmployer(d: SaleToEmployerDeclaration, env: Env, c: Collector): void {
  const s = env.p.saleToEmployer;
  c.route("manager");
  switch (s.rule) {
    case "permission-rarely-given":
      c.reason(
        "sale-to-employer.permission",
        "approval-required",
        "Je mag alleen iets verkopen aan je werkgever als je daarvoor toestemming krijgt. Die toestemming wordt zelden gegeven.",
        "You may sell something to your employer only if you get permission. That permission is rarely given.",
      );
      break;
    case "statute-permission":
      c.reason(
        "sale-to-employer.statute-permission",
        "approval-required",
        "Je mag alleen leveren aan de gemeente als je werkgever daarvoor toestemming geeft. Dat staat in de Ambtenarenwet.",
        "You may deliver to the municipality only if your employer gives permission. The Civil Servants Act says so.",
      );
      break;
    case "no-rule":
      c.reason(
        "sale-to-employer.no-rule",
        "approval-required",
        "Je gedragscode heeft geen eigen regel over verkopen aan je werkgever. Houd je verre van belangenverstrengeling. Je leidinggevende beslist.",
        "Your code has no rule of its own on selling to your employer. Keep well away from conflicts of interest. Your manager decides.",
      );
      break;
  }
  c.oblige(
    `sale-to-employer.${s.rule === "permission-rarely-given" ? "permission" : s.rule === "statute-permission" ? "statute-permission" : "no-rule"}`,
    "discuss-in-advance",
  );
  if (s.advertisingUndesirable) c.oblige("sale-to-employer.no-advertising", "no-advertising-to-colleagues");
  if (d.kind === "services" && s.servicesAsExternalOnlyExceptionally) {
    c.finding(
      "sale-to-employer.external-only-exceptionally",
      "approval-required",
      "Je wilt diensten leveren aan de provincie, naast je baan. Dat kan alleen bij hoge uitzondering.",
      "You want to provide services to the province besides your job. That is possible only very exceptionally.",
      ["exceptional-approval"],
      "top",
    );
  }
  if (d.involvedInPurchase) {
    if (s.ownPurchaseBanned) {
      c.reason(
        "sale-to-employer.own-purchase",
        "not-permitted",
        "Je hebt zelf met deze inkoop te maken. Dan mag je niet leveren en er geen voordeel van hebben.",
        "You deal with this purchase yourself. Then you may not deliver and may not benefit from it.",
      );
    } else {
      c.finding(
        "sale-to-employer.someone-else-handles",
        "approval-required",
        "Je hebt zelf met deze inkoop te maken. Meld het vooraf, zodat een ander de inkoop behandelt.",
        "You deal with this purchase yourself. Report it in advance so that someone else handles the purchase.",
        ["someone-else-handles-purchase"],
      );
    }
  }
}
