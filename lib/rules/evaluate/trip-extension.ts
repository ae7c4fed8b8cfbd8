// Private extensions of a business trip (catalogue P-4): the schema and the evaluator; the rules are in lib/rules/registry/trip-extension.ts.
import { z } from "zod";
import { HOUR_MS, parseInstant } from "../dates";
import type { Collector, Env } from "./collector";
import { instant, orderIssue } from "./shared";

const Extension = z.strictObject({
  position: z.enum(["start", "end"]),
  start: instant,
  end: instant,
});

export const TripExtensionDeclarationSchema = z
  .strictObject({
    type: z.literal("trip-extension"),
    /** The business trip itself (instants, Amsterdam wall time unless an offset is given). */
    tripStart: instant,
    tripEnd: instant,
    /** One private extension at the start and/or one at the end. */
    extensions: z.array(Extension).min(1).max(2),
  })
  .superRefine((v, ctx) => {
    const ts = parseInstant(v.tripStart);
    const te = parseInstant(v.tripEnd);
    if (ts !== null && te !== null && te <= ts)
      orderIssue(
        ctx,
        ["tripEnd"],
        "De dienstreis eindigt voor of op het begin.",
        "The business trip ends before or when it starts.",
      );
    const positions = new Set<string>();
    v.extensions.forEach((e, i) => {
      if (positions.has(e.position)) {
        ctx.addIssue({
          code: "custom",
          path: ["extensions", i, "position"],
          message: "Only one extension per position.",
          params: {
            ruleCode: "invalid-value",
            nl: "Je kunt maar één verlenging aan het begin en één aan het einde opgeven.",
            en: "Only one extension at the start and one at the end.",
          },
        });
      }
      positions.add(e.position);
      const s = parseInstant(e.start);
      const en = parseInstant(e.end);
      if (s === null || en === null) return;
      if (en <= s)
        orderIssue(
          ctx,
          ["extensions", i, "end"],
          "De verlenging eindigt voor of op het begin.",
          "The extension ends before or when it starts.",
        );
      else if (e.position === "end" && te !== null && s < te)
        orderIssue(
          ctx,
          ["extensions", i, "start"],
          "Een verlenging aan het einde begint pas als de dienstreis klaar is.",
          "An extension at the end starts only when the business trip is over.",
        );
      else if (e.position === "start" && ts !== null && en > ts)
        orderIssue(
          ctx,
          ["extensions", i, "end"],
          "Een verlenging aan het begin eindigt als de dienstreis begint.",
          "An extension at the start ends when the business trip starts.",
        );
    });
  });
export type TripExtensionDeclaration = z.infer<typeof TripExtensionDeclarationSchema>;

export function evaluateTripExtension(d: TripExtensionDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const tripStart = parseInstant(d.tripStart)!;
  const exts = d.extensions.map((e) => ({
    position: e.position,
    start: parseInstant(e.start)!,
    end: parseInstant(e.end)!,
  }));
  const totalMs = exts.reduce((acc, e) => acc + (e.end - e.start), 0);
  const departure = Math.min(tripStart, ...exts.map((e) => e.start));
  const hours = totalMs / HOUR_MS;
  const hoursText = Number.isInteger(hours) ? String(hours) : hours.toFixed(2);
  c.route("manager");

  const max = p.tripExtension.maxHours;
  if (max === null) {
    c.finding(
      "trip-extension.no-rule",
      "approval-required",
      "Je gedragscode heeft geen regel over het verlengen van een dienstreis. Je leidinggevende beslist.",
      "Your code sets no rule on extending a business trip. Your manager decides.",
      ["discuss-in-advance"],
    );
    return;
  }
  const base = p.tripExtension.addedByOrganisation ? "trip-extension.org-max-hours" : "trip-extension.max-hours";
  if (totalMs > max * HOUR_MS) {
    c.finding(
      base,
      "not-permitted",
      `Je verlenging is ${hoursText} uur. Dat is meer dan ${max} uur.`,
      `Your extension is ${hoursText} hours. That is more than ${max} hours.`,
      ["shorten-extension"],
    );
  } else {
    c.reason(
      base,
      "approval-required",
      `Je verlenging is ${hoursText} uur. Dat is niet meer dan ${max} uur.`,
      `Your extension is ${hoursText} hours, not more than ${max} hours.`,
    );
  }
  if (p.tripExtension.addedByOrganisation) {
    c.oblige(base, "discuss-in-advance");
    return;
  }
  if (exts.some((e) => e.position === "start")) {
    c.reason(
      "trip-extension.start-not-always",
      "approval-required",
      "Verlengen aan het begin van de reis mag niet altijd. De precieze voorwaarden staan in de CAO Rijk.",
      "Extending at the start of the trip is not always allowed; the CAO Rijk sets the exact conditions.",
    );
  }
  if (env.nowMs >= departure) {
    c.reason(
      "trip-extension.approval-before-departure",
      "not-permitted",
      "Je vraagt de verlenging aan na vertrek. Schriftelijke goedkeuring moet er vóór vertrek zijn.",
      "You request the extension after departure. Written approval must be given before departure.",
    );
  } else {
    c.reason(
      "trip-extension.approval-before-departure",
      "approval-required",
      "Je hebt schriftelijke goedkeuring nodig van je werkgever, vóór vertrek.",
      "You need written approval from your employer, before departure.",
    );
  }
  c.oblige("trip-extension.approval-before-departure", "written-approval-before-departure");
  c.finding(
    "trip-extension.extra-costs",
    "approval-required",
    "Je betaalt zelf de extra kosten. Het werk gaat voor.",
    "You pay the extra costs yourself. Work comes first.",
    ["pay-extra-costs-yourself", "service-interest-first"],
  );
}
