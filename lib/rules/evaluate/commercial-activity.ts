// Commercial activities (speaking, panels; catalogue P-3): the schema and the evaluator; the rules are in lib/rules/registry/commercial-activity.ts.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import { afterTheFact, calendarDate, cents } from "./shared";

export const CommercialActivityDeclarationSchema = z.strictObject({
  type: z.literal("commercial-activity"),
  role: z.enum(["speaker", "panel-member", "other"]),
  eventDate: calendarDate,
  /** The event is commercially organised (e.g. paid entry). */
  commerciallyOrganised: z.boolean(),
  /** Fee offered to you, in cents (0 when none). */
  feeOfferedCents: cents,
  /** You intend to accept the fee. */
  acceptsFee: z.boolean(),
});
export type CommercialActivityDeclaration = z.infer<typeof CommercialActivityDeclarationSchema>;

export function evaluateCommercialActivity(d: CommercialActivityDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const { nl: lateNl, en: lateEn } = afterTheFact(env, d.eventDate, {
    nl: "De bijeenkomst is al geweest. Dit had je vooraf moeten bespreken.",
    en: "The event has already taken place; this should have been discussed in advance.",
  });

  if (!d.commerciallyOrganised) {
    c.reason(
      "commercial.scope",
      "no-duty",
      "Dit is geen commercieel georganiseerde bijeenkomst. De regel voor commerciële activiteiten geldt dan niet.",
      "This is not a commercially organised event, so the rule for commercial activities does not apply.",
    );
    c.voluntary = true;
    if (d.acceptsFee && d.feeOfferedCents > 0) {
      c.finding(
        "gift.permission",
        "approval-required",
        "Een betaling van een ander voor je werk telt als geschenk. Daarvoor heb je toestemming nodig.",
        "A payment from a third party for your work counts as a gift; you need permission.",
        ["report-to-manager"],
        "manager",
      );
    }
    return;
  }

  c.route("manager");
  if (p.commercialActivity.decidedBy === null) {
    c.finding(
      "commercial.no-specific-rule",
      "approval-required",
      `Je gedragscode heeft hiervoor geen aparte regel. Bespreek het open met je leidinggevende.${lateNl}`,
      `Your code has no specific rule for this. Discuss it openly with your manager.${lateEn}`,
      ["discuss-in-advance"],
    );
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
      p.commercialActivity.decidedBy === "management"
        ? "Het management bepaalt of het belangrijk is voor beleid."
        : "Je leidinggevende bepaalt of het belangrijk is voor beleid.",
      p.commercialActivity.decidedBy === "management"
        ? "Management decides whether it matters for policy."
        : "Your manager decides whether it matters for policy.",
    );
    c.oblige("commercial.within-function", "discuss-in-advance", "explicit-agreement-required");
  }
  c.oblige("commercial.no-fee", "accept-no-fee");
  if (d.acceptsFee) {
    c.reason(
      "commercial.no-fee",
      "not-permitted",
      "Je laat je niet betalen voor deze bijdrage.",
      "You do not accept payment for this contribution.",
    );
  }
}
