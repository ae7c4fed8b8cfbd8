// Invitations (catalogue P-2): the schema and the evaluator; the rules are in lib/rules/registry/invitation.ts.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import { afterTheFact, calendarDate, cents, endNotBeforeStart } from "./shared";

export const InvitationDeclarationSchema = z
  .strictObject({
    type: z.literal("invitation"),
    eventKind: z.enum([
      "lunch",
      "dinner",
      "reception",
      "excursion",
      "event",
      "congress",
      "sports-vip",
      "performance",
      "trip",
      "other",
    ]),
    startDate: calendarDate,
    endDate: calendarDate,
    estimatedValueCents: cents,
    /** The host takes part in a running procurement or awaits a decision. */
    hostInProcurementOrAwaitingDecision: z.boolean(),
    /** Your presence is functional and/or representative. */
    functionalOrRepresentative: z.boolean(),
    /** The appearance of corruption is minimal. */
    appearanceOfCorruptionMinimal: z.boolean(),
    /** Others pay travel, stay and/or overnight costs (a trip or stay paid by others). */
    othersPayTravelOrStay: z.boolean(),
    /**
     * The person thinks the visit is necessary for their job. Gemeente 002 L428-431: a visit paid by others is
     * not accepted, but the manager may judge it necessary; then it is work and the municipality pays. Only asked
     * where that rule exists and others pay travel or stay; false elsewhere.
     */
    tripNecessaryForWork: z.boolean(),
  })
  .superRefine(endNotBeforeStart);
export type InvitationDeclaration = z.infer<typeof InvitationDeclarationSchema>;

export function evaluateInvitation(d: InvitationDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const { nl: lateNl, en: lateEn } = afterTheFact(env, d.startDate, {
    nl: "Het evenement is al begonnen of voorbij. Dit had je vooraf moeten bespreken.",
    en: "The event has already started or passed; this should have been discussed in advance.",
  });
  c.route("manager");

  if (d.hostInProcurementOrAwaitingDecision) {
    c.finding(
      "invitation.procurement",
      "not-permitted",
      "De gastheer doet mee aan een aanbesteding of wacht op een besluit. Ga niet in op de uitnodiging.",
      "The host takes part in a procurement or awaits a decision. Do not accept the invitation.",
      ["refuse-or-return"],
    );
  }

  if (p.invitation.thirdPartyTripsBanned && (d.othersPayTravelOrStay || d.eventKind === "trip")) {
    // 002 L428-431: not a ban without exception. If the manager judges the visit necessary for the job, it is
    // work and the municipality pays the costs; that judgement is the manager's, so it is a decision, not a refusal.
    if (d.tripNecessaryForWork) {
      c.finding(
        "invitation.paid-trip",
        "approval-required",
        "Je neemt geen reis of verblijf aan dat anderen betalen. Vindt je leidinggevende het bezoek nodig voor je werk? Dan is het werk en betaalt de gemeente de kosten, niet de gastheer. Je leidinggevende beslist.",
        "You do not accept a trip or stay paid by others. If your manager finds the visit necessary for your job, it is work and the municipality pays the costs, not the host. Your manager decides.",
        ["manager-may-make-it-a-business-trip", "discuss-in-advance"],
      );
      c.decide("manager");
    } else {
      c.finding(
        "invitation.paid-trip",
        "not-permitted",
        "Je neemt geen reis of verblijf aan dat anderen betalen. Het bezoek is niet nodig voor je werk. Alleen als je leidinggevende het nodig vindt, wordt het werk en betaalt de gemeente.",
        "You do not accept a trip or stay paid by others. The visit is not necessary for your job. Only if your manager finds it necessary does it become work, paid by the municipality.",
        ["refuse-or-return", "manager-may-make-it-a-business-trip"],
      );
    }
  }

  if (p.invitation.strictConditions) {
    if (!d.functionalOrRepresentative || !d.appearanceOfCorruptionMinimal) {
      c.finding(
        "invitation.conditions",
        "not-permitted",
        "Je gaat alleen als je aanwezigheid functioneel of representatief is én de schijn van corruptie klein is. Dat is hier niet zo.",
        "You attend only if your presence is functional or representative and the appearance of corruption is minimal. That is not the case here.",
        ["refuse-or-return"],
      );
    } else {
      c.reason(
        "invitation.conditions",
        "approval-required",
        "Je aanwezigheid is functioneel en de schijn van corruptie is klein. Overleg het altijd vooraf met je leidinggevende.",
        "Your presence is functional and the appearance of corruption is minimal. Always consult your manager in advance.",
      );
    }
    c.finding(
      "invitation.discuss-in-advance",
      "approval-required",
      `Bespreek iedere uitnodiging vooraf met je leidinggevende.${lateNl}`,
      `Discuss every invitation with your manager in advance.${lateEn}`,
      ["discuss-in-advance", "decide-who-represents"],
    );
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
      p.id === "provincie"
        ? "Een sportevenement in de VIP-lounge ligt te gevoelig. Dat wordt afgeraden."
        : "Een sportevenement in de VIP-lounge ligt gevoelig.",
      p.id === "provincie"
        ? "A sports event in a VIP lounge is too sensitive and is advised against."
        : "A sports event in a VIP lounge is sensitive.",
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
