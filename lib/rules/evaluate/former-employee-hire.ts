// Hiring a former employee (catalogue T-1): the schema and the evaluator; the rules are in lib/rules/registry/former-employee-hire.ts.
import { z } from "zod";
import { addDaysToDate, monthsLater, compareDates } from "../dates";
import type { Collector, Env } from "./collector";
import { calendarDate, dateOrder } from "./shared";

export const FormerEmployeeHireDeclarationSchema = z
  .strictObject({
    type: z.literal("former-employee-hire"),
    /**
     * The last day of the candidate's employment (the day the employment ended, not the last working day:
     * leave or garden leave at the end still counts as employment); null when the candidate still works here.
     * The candidate is "uit dienst" (002 L270-272) / "na ontslag" (003 L457-458) from the next day (decision 038).
     */
    employmentEndedOn: calendarDate.nullable(),
    plannedStart: calendarDate,
    sameWork: z.boolean(),
    leftWithSeverancePay: z.boolean(),
    /** The hiring manager states weighty reasons (Gemeente) / a very exceptional case (Provincie). */
    weightyReasons: z.boolean(),
  })
  .superRefine(
    dateOrder({
      earlier: "employmentEndedOn",
      later: "plannedStart",
      sameDay: "refused",
      nl: "De inhuur begint voor of op de laatste dag van het dienstverband.",
      en: "The hire starts before or on the last day of employment.",
    }),
  );
export type FormerEmployeeHireDeclaration = z.infer<typeof FormerEmployeeHireDeclarationSchema>;

export function evaluateFormerEmployeeHire(d: FormerEmployeeHireDeclaration, env: Env, c: Collector): void {
  const { p } = env;
  const f = p.formerEmployeeHire;

  if (d.employmentEndedOn === null && f.currentStaffAsExternalException) {
    if (d.weightyReasons) {
      c.finding(
        "former-employee.current-staff",
        "approval-required",
        "Een eigen ambtenaar huur je niet tegelijk in als externe. Dat kan alleen bij hoge uitzondering.",
        "You do not hire your own civil servant as an external at the same time, except very exceptionally.",
        ["exceptional-approval"],
        "top",
      );
    } else {
      c.finding(
        "former-employee.current-staff",
        "not-permitted",
        "Een eigen ambtenaar huur je niet tegelijk in als externe. Er is geen hoge uitzondering opgegeven.",
        "You do not hire your own civil servant as an external at the same time; no exceptional case is given.",
        ["do-not-hire"],
        "manager",
      );
    }
    return;
  }

  if (f.strictness === "alert") {
    evaluateRijkAlert(d, c);
    return;
  }

  if (d.employmentEndedOn === null && p.id === "gemeente") {
    // 002 L270-272 concerns people "korter dan 2 jaar uit dienst": someone still employed is not "uit dienst", so the
    // two-year rule does not reach them (decision 038). The code's conflict-of-interest rules still apply.
    c.finding(
      "former-employee.still-employed",
      "approval-required",
      "De regel van twee jaar geldt niet: de kandidaat werkt nog bij de gemeente. Een eigen medewerker als externe inhuren kan wel lijken op belangenverstrengeling. De kandidaat meldt het als nevenwerkzaamheid. Bespreek het met je leidinggevende.",
      "The two-year rule does not apply: the candidate still works for the municipality. Hiring your own employee as an external can look like a conflict of interest; the candidate reports it as a side job. Discuss it with your manager.",
      ["discuss-in-advance"],
      "manager",
    );
    return;
  }

  const months = f.coolingMonths ?? 0;
  // The count starts on the first day out of service, the day after the last day of employment (decision 038).
  const periodEnd = d.employmentEndedOn === null ? null : monthsLater(addDaysToDate(d.employmentEndedOn, 1), months);
  // A person who has not left yet is inside any period the organisation added itself (decision 011).
  const within = periodEnd === null || compareDates(d.plannedStart, periodEnd) < 0;
  const lastDay = periodEnd === null ? null : addDaysToDate(periodEnd, -1);
  const endNl = lastDay ? ` De periode loopt tot en met ${lastDay}; inhuur kan vanaf ${periodEnd}.` : "";
  const endEn = lastDay ? ` The period runs up to and including ${lastDay}; a hire can start from ${periodEnd}.` : "";
  const periodBase =
    p.id === "provincie"
      ? "former-employee.two-year-ban"
      : p.id === "gemeente"
        ? "former-employee.avoid-two-years"
        : "former-employee.org-period";

  if (!within) {
    c.reason(
      "former-employee.outside-period",
      "no-duty",
      `De persoon is langer dan ${months} maanden weg. De gewone regels voor inhuur gelden.`,
      `The person left more than ${months} months ago. The normal hiring rules apply.`,
    );
    if (p.id === "rijk" || p.id === "eerste-kamer") evaluateRijkAlert(d, c);
    return;
  }
  if (f.strictness === "ban") {
    c.finding(
      periodBase,
      "not-permitted",
      `Een oud-ambtenaar huur je niet in binnen ${months} maanden na ontslag.${endNl}`,
      `You do not hire a former civil servant within ${months} months of the end of their employment.${endEn}`,
      ["do-not-hire"],
      "manager",
    );
    return;
  }
  // "avoid": only for weighty reasons.
  if (d.weightyReasons) {
    c.finding(
      periodBase,
      "approval-required",
      `Inhuur binnen ${months} maanden na vertrek vermijd je. Het kan alleen om zwaarwegende redenen.${endNl}`,
      `Hiring within ${months} months of leaving is avoided; it is possible only for weighty reasons.${endEn}`,
      ["weighty-reasons-approval"],
      "top",
    );
  } else {
    c.finding(
      periodBase,
      "not-permitted",
      `Inhuur binnen ${months} maanden na vertrek vermijd je. Er zijn geen zwaarwegende redenen opgegeven.${endNl}`,
      `Hiring within ${months} months of leaving is avoided, and no weighty reasons are given.${endEn}`,
      ["do-not-hire"],
      "manager",
    );
  }
  if (p.id === "rijk" || p.id === "eerste-kamer") evaluateRijkAlert(d, c);
}

function evaluateRijkAlert(d: FormerEmployeeHireDeclaration, c: Collector): void {
  const severance = d.leftWithSeverancePay && d.sameWork;
  c.finding(
    "former-employee.extra-alert",
    "approval-required",
    severance
      ? "Iemand die met een vertrekpremie is vertrokken, weer inhuren voor hetzelfde werk is ongewenst. Wees extra alert. Kun je het niet verantwoorden? Vraag dan geen offerte aan."
      : "Wees extra alert bij het inhuren van een oud-ambtenaar. Kun je het niet goed uitleggen? Vraag dan geen offerte aan.",
    severance
      ? "Rehiring someone who left with a severance payment for the same work is undesirable. Be extra alert; if you cannot justify it, do not ask for a quote."
      : "Be extra alert when hiring a former civil servant. If you cannot justify it, do not ask for a quote.",
    ["justify-in-writing"],
    "manager",
  );
}
