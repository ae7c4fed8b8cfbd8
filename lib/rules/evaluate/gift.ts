// Gifts (catalogue P-1): the schema and the evaluator; the rules are in lib/rules/registry/gift.ts.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import { euro, euroEn } from "./money";
import { calendarDate, cents } from "./shared";

export const GiftDeclarationSchema = z.strictObject({
  type: z.literal("gift"),
  /** received = accepted or sent to you; offered = offered to you, not yet accepted (you ask first); declined-at-offer = you refused it. */
  direction: z.enum(["received", "offered", "declined-at-offer"]),
  kind: z.enum(["goods", "service", "discount", "loyalty-points", "voucher", "cash", "other-benefit"]),
  /** Estimated value in euro cents (retail value; decision 012). */
  valueCents: cents,
  date: calendarDate,
  /** The giver takes part in a running procurement or awaits a decision from you/your unit. */
  giverInProcurementOrAwaitingDecision: z.boolean(),
  deliveredToHomeAddress: z.boolean(),
  /** The giver is a foreign or diplomatic relation. */
  foreignRelation: z.boolean(),
  /** Refusing or returning would seriously offend or embarrass the giver. */
  refusalWouldOffend: z.boolean(),
  /** Only for kind "loyalty-points": you want to use the points privately. */
  privateUseOfPoints: z.boolean(),
  /** Gemeente grounds of 002 L403-407 that apply: a (offend), b (minimal appearance), c (impractical to return). */
  exceptionGrounds: z.array(z.enum(["a", "b", "c"])).max(3),
  /** Gemeente rule 3.3 (facilities/services): refusing would make the work impossible or unworkable. */
  refusalMakesWorkImpossible: z.boolean(),
});
export type GiftDeclaration = z.infer<typeof GiftDeclarationSchema>;

export function evaluateGift(d: GiftDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const g = p.gift;
  if (d.kind !== "goods") {
    c.reason(
      "gift.definition",
      "no-duty",
      "Ook een dienst, korting, spaarpunten of een bon telt als geschenk.",
      "A service, discount, points or a voucher also count as a gift.",
    );
  }
  if (d.direction === "declined-at-offer") {
    c.reason(
      "gift.declined",
      "no-duty",
      "Je hebt het geschenk geweigerd. Je hoeft niets te melden. Je mag het wel vastleggen.",
      "You declined the gift. You need not report anything, but you may record it.",
    );
    c.voluntary = true;
    if (d.giverInProcurementOrAwaitingDecision) c.oblige("gift.background-decides", "explain-refusal-to-giver");
    return;
  }

  if (d.giverInProcurementOrAwaitingDecision) {
    c.finding(
      "gift.background-decides",
      "not-permitted",
      "De gever doet mee aan een aanbesteding of wacht op een besluit. Dan neem je niets aan, hoe klein ook.",
      "The giver takes part in a procurement or awaits a decision. Then you accept nothing, however small.",
      ["refuse-or-return", "explain-refusal-to-giver"],
    );
  }
  if (g.homeAddressBan && d.deliveredToHomeAddress) {
    c.finding(
      "gift.home-address",
      "not-permitted",
      "Je neemt geen geschenken aan op je huisadres.",
      "You do not accept gifts at your home address.",
      ["refuse-or-return", "report-to-manager"],
      "manager",
    );
  }
  if (g.loyaltyPointsPrivateBan && d.kind === "loyalty-points" && d.privateUseOfPoints) {
    c.finding(
      "gift.loyalty-points",
      "not-permitted",
      "Punten die je via je werk krijgt, gebruik je niet privé.",
      "Points you earn through work are not for private use.",
      ["no-private-use-of-points"],
    );
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
    c.finding(
      "gift.hand-in",
      "register",
      "Je organisatie heeft afgesproken dat je elk geschenk inlevert. Je leidinggevende beslist wat ermee gebeurt.",
      "Your organisation has agreed that every gift is handed in. Your manager decides what happens to it.",
      ["hand-in-gift", "manager-decides-destination"],
    );
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
    c.finding(
      "gift.foreign-relation",
      "register",
      "Dit geschenk van een buitenlandse relatie kun je niet weigeren. Je neemt het aan als geschenk voor de organisatie. De grens van €50 geldt dan niet.",
      "You cannot refuse this gift from a foreign relation. You accept it as a gift to the organisation; the €50 limit does not apply.",
      ["treat-as-organisation-gift", "report-to-manager", "manager-decides-destination"],
    );
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
      c.reason(
        "gift.value-cap",
        "approval-required",
        `Een geschenk mag nooit ${capNl} waard zijn om te houden.`,
        `You may never keep a gift worth ${capEn}.`,
      );
      c.oblige("gift.politeness", "report-to-manager", "hand-in-gift", "manager-decides-destination");
      c.route("manager");
      return;
    }
    c.finding(
      "gift.value-cap",
      "not-permitted",
      `Het geschenk is ${capNl} waard. Zo'n geschenk neem je niet aan.`,
      `The gift is worth ${capEn}. You do not accept such a gift.`,
      ["refuse-or-return", "report-to-manager"],
      "manager",
    );
    return;
  }
  c.reason(
    "gift.value-cap",
    "no-duty",
    `Het geschenk is niet ${capNl} waard. Het valt binnen de grens.`,
    `The gift is not worth ${capEn}. It is within the limit.`,
  );
  if (env.p.id === "provincie") {
    c.reason(
      "gift.principle-none",
      "register",
      "In principe neem je geen geschenken aan. Neem je het toch aan? Dan meld je het.",
      "In principle you accept no gifts. If you do accept it, you report it.",
    );
  }
  c.finding(
    "gift.report",
    "register",
    "Meld het geschenk bij je leidinggevende, vooraf of achteraf. Je leidinggevende beslist: houden, terugsturen of inleveren.",
    "Report the gift to your manager, before or after. Your manager decides: keep, return or hand in.",
    ["report-to-manager", "manager-decides-destination"],
    "manager",
  );
}

function evaluateGemeenteGift(d: GiftDeclaration, env: Env, c: Collector): void {
  const g = env.p.gift;
  if (g.strictServicesRule && d.kind === "service") {
    const minimal = d.exceptionGrounds.includes("b");
    if (d.refusalMakesWorkImpossible && minimal) {
      c.finding(
        "gift.services",
        "approval-required",
        "Weigeren maakt je werk onmogelijk en de schijn van corruptie is klein. Dan mag het misschien. Overleg dit vooraf met je leidinggevende.",
        "Refusing would make your work impossible and the appearance of corruption is minimal. It may be allowed; consult your manager in advance.",
        ["discuss-in-advance"],
        "manager",
      );
    } else {
      c.finding(
        "gift.services",
        "not-permitted",
        "Je neemt geen faciliteiten of diensten van anderen aan. Dat mag alleen als weigeren je werk onmogelijk maakt én de schijn van corruptie klein is.",
        "You accept no facilities or services from others, unless refusing makes your work impossible and the appearance of corruption is minimal.",
        ["refuse-or-return"],
      );
    }
    return;
  }
  const cap = g.capCents;
  const over = g.capComparison === "less-than" ? d.valueCents >= cap : d.valueCents > cap;
  if (over) {
    const nl = g.capComparison === "less-than" ? `${euro(cap)} of meer` : `meer dan ${euro(cap)}`;
    const en = g.capComparison === "less-than" ? `${euroEn(cap)} or more` : `more than ${euroEn(cap)}`;
    c.finding(
      "gift.value-cap",
      "not-permitted",
      `Het geschenk is ${nl} waard. Dat neem je niet aan.`,
      `The gift is worth ${en}. You do not accept it.`,
      ["refuse-or-return", "report-to-manager"],
      "manager",
    );
    return;
  }
  if (d.exceptionGrounds.length === 0) {
    c.finding(
      "gift.exception-grounds",
      "not-permitted",
      "Je neemt geen geschenken aan. Een klein geschenk mag alleen als weigeren kwetsend is, de schijn van corruptie klein is, of teruggeven niet te doen is.",
      "You accept no gifts. A small gift is allowed only if refusing would offend, the appearance of corruption is minimal, or returning it is impractical.",
      ["refuse-or-return"],
    );
    return;
  }
  c.reason(
    "gift.exception-grounds",
    "register",
    `Het geschenk is minder dan ${euro(cap)} waard en er is een uitzondering (${[...new Set(d.exceptionGrounds)].sort().join(", ")}).`,
    `The gift is worth less than ${euroEn(cap)} and an exception applies (${[...new Set(d.exceptionGrounds)].sort().join(", ")}).`,
  );
  c.finding(
    "gift.hand-in",
    "register",
    "Het geschenk wordt van de gemeente. Je levert het in bij je leidinggevende. Die bepaalt wat ermee gebeurt.",
    "The gift becomes the municipality's property. You hand it in to your manager, who decides what happens to it.",
    ["report-to-manager", "hand-in-gift", "manager-decides-destination"],
  );
  // 002 L409-411: "Die bepaalt de bestemming van het geschenk": the manager must decide, so someone must act.
  c.decide("manager");
}
