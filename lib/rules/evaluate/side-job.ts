// Side jobs (catalogue N-1 to N-10): the schema, the publication test and the evaluator; the rules are in lib/rules/registry/side-job.ts.
import { z } from "zod";
import { RuleInputError } from "../errors";
import { SIDE_JOB_QUESTIONS, ALL_SIDE_JOB_QUESTION_IDS } from "../side-job-questions";
import type { Collector, Env } from "./collector";
import { calendarDate, endNotBeforeStart } from "./shared";
import type { PolicyProfile } from "../profiles";
import type { PersonFacts } from "../types";

const answer = z.enum(["yes", "no", "doubt"]);

export const SideJobDeclarationSchema = z
  .strictObject({
    type: z.literal("side-job"),
    status: z.enum(["current", "intended"]),
    change: z.enum(["new", "changed", "ended"]),
    paid: z.boolean(),
    role: z.enum([
      "board-member",
      "supervisory-board",
      "employee",
      "own-business",
      "partner-or-shareholder",
      "volunteer",
      "writing-or-speaking",
      "political-office",
      "other",
    ]),
    /** Membership of a body whose membership is incompatible with a Rijk job by law (000 L893-898). */
    mandate: z.enum(["none", "eerste-kamer", "tweede-kamer", "european-parliament"]),
    startDate: calendarDate,
    endDate: calendarDate.nullable(),
    /** Self-assessment answers keyed by question id (SIDE_JOB_QUESTIONS[profile]). */
    answers: z.partialRecord(z.enum(ALL_SIDE_JOB_QUESTION_IDS as [string, ...string[]]), answer),
  })
  .superRefine((v, ctx) => {
    endNotBeforeStart(v, ctx);
    if (v.change === "ended" && v.endDate === null) {
      ctx.addIssue({
        code: "custom",
        path: ["endDate"],
        message: "An ended side job needs an end date.",
        params: {
          ruleCode: "missing",
          nl: "Vul de einddatum in van de gestopte nevenwerkzaamheid.",
          en: "Enter the end date of the side job that ended.",
        },
      });
    }
  });
export type SideJobDeclaration = z.infer<typeof SideJobDeclarationSchema>;

/**
 * Is this person's permitted side job published under the profile (N-10: Rijk top-management group 000 L784-787,
 * Gemeente topfunctionarissen 002 L341-342, Provincie scale 14 or higher 003 L377-379, plus a tightened scale)?
 * Also used by the register to take entries off when a person leaves the designated group.
 */
export function meetsPublication(
  p: PolicyProfile,
  person: Pick<PersonFacts, "salaryScale" | "topManagementGroup" | "topOfficial">,
): boolean {
  const crit = p.sideJob.publication;
  let yes = false;
  if (crit.kind === "top-management-group") yes = person.topManagementGroup;
  else if (crit.kind === "top-official") yes = person.topOfficial;
  else if (crit.kind === "salary-scale") yes = person.salaryScale !== null && person.salaryScale >= crit.minScale;
  const extra = p.sideJob.extraPublicationMinScale;
  if (extra !== null && person.salaryScale !== null && person.salaryScale >= extra) yes = true;
  return yes;
}

export function evaluateSideJob(d: SideJobDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  const questions = SIDE_JOB_QUESTIONS[p.id];
  const allowed = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(d.answers)) {
    if (!allowed.has(key)) {
      throw new RuleInputError(`answers.${key}`, "unknown-field", {
        nl: `Vraag "${key}" hoort niet bij de toetsvragen van deze organisatie.`,
        en: `Question "${key}" is not one of this organisation's self-assessment questions.`,
      });
    }
  }
  for (const q of questions) {
    if (d.answers[q.id] === undefined) {
      throw new RuleInputError(`answers.${q.id}`, "missing", {
        nl: `Beantwoord de vraag: ${q.text.nl}`,
        en: `Answer the question: ${q.text.en}`,
      });
    }
  }

  if (d.change === "ended") {
    c.finding(
      "side-job.ended",
      "register",
      "Je bent gestopt met deze nevenwerkzaamheid. Meld dat, zodat de registratie klopt.",
      "You stopped this side job. Report it so the registration is correct.",
      ["report-end-of-side-job"],
    );
    return;
  }

  if (d.mandate !== "none") {
    if (p.sideJob.incompatibleMandates) {
      c.finding(
        "side-job.incompatible",
        "not-permitted",
        "Lid zijn van de Eerste Kamer, Tweede Kamer of het Europees Parlement kan niet samen met je functie. Dat staat in de wet.",
        "Membership of the Senate, the House of Representatives or the European Parliament cannot be combined with your job; the law says so.",
        ["do-not-start-or-stop"],
        "manager",
      );
      return;
    }
    c.reason(
      "side-job.mandate-not-in-code",
      "approval-required",
      "Je gedragscode noemt geen politieke functies die niet samengaan met je werk. Zo'n functie kan je werk wel raken. Meld het.",
      "Your code names no political office that is incompatible with your job, but such an office can affect your work. Report it.",
    );
  }

  const flagged = questions.filter((q) => d.answers[q.id] === "yes" || d.answers[q.id] === "doubt");
  for (const q of questions.filter((q) => q.prohibitedIfYes)) {
    const a = d.answers[q.id];
    if (a === "yes") {
      // 003 L406-408 forbids the use of the information, not the side job: the side job is assessed as any other,
      // on the condition that the use stops (decision 038).
      c.finding(
        "side-job.information-use",
        "approval-required",
        "Je mag informatie van de provincie niet gebruiken in je nevenwerk. Dat gebruik is verboden, niet het nevenwerk zelf. Stop met dat gebruik. Je leidinggevende beoordeelt of het nevenwerk kan zonder die informatie.",
        "You may not use the province's information in your side job. That use is forbidden, not the side job itself. Stop that use; your manager assesses whether the side job can go ahead without that information.",
        ["do-not-use-work-information"],
      );
    } else if (a === "doubt") {
      c.finding(
        "side-job.information-use",
        "approval-required",
        "Je twijfelt of je informatie van de provincie gebruikt. Dat mag niet. Bespreek het.",
        "You are unsure whether you use the province's information. That is not allowed; discuss it.",
        ["do-not-use-work-information"],
      );
    }
  }
  const topOfficialMustReport = p.sideJob.topOfficialsReportAll && person.topOfficial;
  const reportable = flagged.length > 0 || topOfficialMustReport || d.mandate !== "none";

  if (c.reasons.some((r) => r.outcome === "not-permitted")) {
    c.route("manager");
    return;
  }

  if (!reportable) {
    c.reason(
      "side-job.report",
      "no-duty",
      "Je hebt alle toetsvragen met nee beantwoord. Je hoeft dit niet te melden. Je mag het wel laten registreren.",
      "You answered no to every self-assessment question. You need not report this, but you may have it registered.",
    );
    c.voluntary = true;
    return;
  }

  if (flagged.length > 0) {
    const listNl = flagged.map((q) => `"${q.text.nl}"`).join(" ");
    const listEn = flagged.map((q) => `"${q.text.en}"`).join(" ");
    c.reason(
      "side-job.self-assessment",
      "approval-required",
      `Je antwoordde ja of twijfel op: ${listNl}`,
      `You answered yes or doubt to: ${listEn}`,
    );
  }
  if (topOfficialMustReport) {
    c.reason(
      "side-job.top-official-report-all",
      "approval-required",
      "Je bent topfunctionaris. Je meldt altijd elke voorgenomen nevenwerkzaamheid.",
      "You are a top official. You always report every intended side job.",
    );
  }
  c.reason(
    "side-job.report",
    "approval-required",
    "Je nevenwerkzaamheid kan je werk raken. Meld het bij je leidinggevende.",
    "Your side job may affect your work. Report it to your manager.",
  );
  c.reason(
    "side-job.assessment",
    "approval-required",
    "Je leidinggevende bekijkt vooraf of het kan. Die kan voorwaarden stellen of het weigeren.",
    "Your manager assesses in advance whether it is allowed, and may set conditions or refuse.",
  );
  c.oblige("side-job.report", "report-to-manager");
  if (p.id !== "gemeente") c.oblige("side-job.reassess", "reassess-on-change");
  c.route("manager");

  if (meetsPublication(p, person)) {
    const nl =
      p.sideJob.publication.kind === "top-management-group" && person.topManagementGroup
        ? "Je hoort bij de topmanagementgroep. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt, met de voorwaarden."
        : p.sideJob.publication.kind === "top-official" && person.topOfficial
          ? "Je bent topfunctionaris. Je nevenwerkzaamheden worden openbaar gemaakt."
          : `Je zit in schaal ${person.salaryScale ?? "?"}. Als je nevenwerk is toegestaan, wordt het openbaar gemaakt.`;
    const en =
      p.sideJob.publication.kind === "top-management-group" && person.topManagementGroup
        ? "You belong to the top-management group. Once allowed, your side job is published with its conditions."
        : p.sideJob.publication.kind === "top-official" && person.topOfficial
          ? "You are a top official. Your side jobs are published."
          : `You are in salary scale ${person.salaryScale ?? "?"}. Once allowed, your side job is published.`;
    c.reason("side-job.publication", "approval-required", nl, en);
    c.oblige("side-job.publication", "publish-in-register");
    c.publish = true;
  } else if (p.id === "eerste-kamer" && person.topManagementGroup) {
    c.reason(
      "side-job.publication",
      "no-duty",
      "De gedragscode van de Eerste Kamer zegt niet welke nevenwerkzaamheden openbaar worden. Er wordt daarom niets gepubliceerd.",
      "The Senate code does not say which side jobs are published, so nothing is published.",
    );
  } else if (p.id === "provincie" && person.salaryScale === null) {
    c.reason(
      "side-job.publication",
      "no-duty",
      "Je schaal is niet bekend. Publicatie geldt vanaf schaal 14. Laat je schaal controleren.",
      "Your salary scale is unknown. Publication applies from scale 14; have your scale checked.",
    );
  }
}
