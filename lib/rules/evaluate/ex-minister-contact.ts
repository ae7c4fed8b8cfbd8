// Business contact with a former minister (catalogue T-2): the schema and the evaluator; the rules are in lib/rules/registry/ex-minister-contact.ts.
import { z } from "zod";
import { endOfPeriod, monthsLater, compareDates } from "../dates";
import type { Collector, Env } from "./collector";
import { calendarDate, dateOrder } from "./shared";

export const ExMinisterContactDeclarationSchema = z
  .strictObject({
    type: z.literal("ex-minister-contact"),
    /** The day the minister left office; with `leftOfficeKnown` "month" or "year" only that month or year counts. */
    ministerLeftOfficeOn: calendarDate,
    /**
     * How much of the leaving date is known. When only the month or year is known, the module takes the last day of
     * that month or year (but not after today) as the leaving date: the safe reading, the ban never ends too early
     * (000 L980-987, decision 038).
     */
    leftOfficeKnown: z.enum(["day", "month", "year"]),
    contactDate: calendarDate,
    /** The contact is part of your work ("vanuit jouw ambtelijk functioneren", 000 L983-984) or private. */
    capacity: z.enum(["official", "private"]),
    /** The contact concerns the former minister's former policy area. */
    formerPolicyArea: z.enum(["yes", "no", "unsure"]),
  })
  .superRefine(
    dateOrder({
      earlier: "ministerLeftOfficeOn",
      later: "contactDate",
      nl: "Het contact ligt voor het aftreden; dan is het geen oud-bewindspersoon.",
      en: "The contact is before the minister left office.",
    }),
  );
export type ExMinisterContactDeclaration = z.infer<typeof ExMinisterContactDeclarationSchema>;

export function evaluateExMinisterContact(d: ExMinisterContactDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const months = p.exMinisterContact.banMonths;
  if (months === null) {
    c.reason(
      "ex-minister.no-rule",
      "no-duty",
      "Je gedragscode heeft geen lobbyverbod voor oud-bewindspersonen. Wees wel open en onafhankelijk. Twijfel je? Bespreek het met je leidinggevende.",
      "Your code has no lobbying ban for former ministers. Stay open and independent; in doubt, discuss it with your manager.",
    );
    c.voluntary = true;
    return;
  }
  if (d.capacity === "private") {
    // 000 L983-984: "vanuit jouw ambtelijk functioneren": the ban covers contacts in your official role only.
    c.reason(
      "ex-minister.private-capacity",
      "no-duty",
      "Het verbod geldt alleen voor contact vanuit je werk. Dit contact is privé. Bespreek dan niets over je werk of het oude beleidsterrein. Gaat het toch over je werk? Verwijs het door.",
      "The ban covers only contact in your official role. This contact is private: discuss nothing about your work or the former policy area. If it does turn to your work, refer it.",
    );
    c.voluntary = true;
    return;
  }
  // Only the month or the year known: take the latest day it can have been (not after today), so the
  // two years never end too early (decision 038).
  let left = d.ministerLeftOfficeOn;
  if (d.leftOfficeKnown !== "day") {
    const latest = endOfPeriod(d.ministerLeftOfficeOn, d.leftOfficeKnown);
    left =
      compareDates(latest, env.today) > 0
        ? compareDates(env.today, d.ministerLeftOfficeOn) > 0
          ? env.today
          : d.ministerLeftOfficeOn
        : latest;
    const what =
      d.leftOfficeKnown === "month" ? { nl: "de maand", en: "the month" } : { nl: "het jaar", en: "the year" };
    c.reason(
      "ex-minister.leaving-date-unknown",
      "no-duty",
      `Je weet alleen ${what.nl} van het aftreden. Daarom tellen we vanaf de laatst mogelijke dag: ${left}.`,
      `You know only ${what.en} of leaving office, so the count starts on the latest possible day: ${left}.`,
    );
  }
  const end = monthsLater(left, months);
  const within = compareDates(d.contactDate, end) < 0;
  if (!within) {
    c.reason(
      "ex-minister.two-year-ban",
      "no-duty",
      `Het contact is na de periode van twee jaar (die liep tot ${end}). Het verbod geldt niet meer.`,
      `The contact is after the two-year period (which ran until ${end}). The ban no longer applies.`,
    );
    c.voluntary = true;
    return;
  }
  if (d.formerPolicyArea === "no") {
    c.reason(
      "ex-minister.two-year-ban",
      "no-duty",
      `Het contact is binnen twee jaar (tot ${end}), maar niet over het oude beleidsterrein. Het verbod geldt alleen voor dat terrein.`,
      `The contact is within two years (until ${end}) but not on the former policy area; the ban covers only that area.`,
    );
    c.voluntary = true;
    return;
  }
  const unsure = d.formerPolicyArea === "unsure";
  c.reason(
    "ex-minister.two-year-ban",
    unsure ? "approval-required" : "not-permitted",
    unsure
      ? `Het contact is binnen twee jaar na het aftreden (tot ${end}). Misschien gaat het over het oude beleidsterrein. Verwijs het door.`
      : `Binnen twee jaar na het aftreden (tot ${end}) heb je geen zakelijk contact met de oud-bewindspersoon over diens oude beleidsterrein. Verwijs het door.`,
    unsure
      ? `The contact is within two years of leaving office (until ${end}) and may concern the former policy area. Refer it.`
      : `Within two years of leaving office (until ${end}) you have no business contact with the former minister on their former policy area. Refer it.`,
  );
  if (!unsure) c.oblige("ex-minister.two-year-ban", "no-business-contact");
  c.oblige("ex-minister.two-year-ban", "refer-to-top");
  c.route("top");
}
