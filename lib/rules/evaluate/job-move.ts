// Moving to a new job (catalogue T-3): the schema and the evaluator; the rules are in lib/rules/registry/job-move.ts.
import { z } from "zod";
import { compareDates } from "../dates";
import type { Collector, Env } from "./collector";
import { calendarDate, dateOrder } from "./shared";

export const JobMoveDeclarationSchema = z
  .strictObject({
    type: z.literal("job-move"),
    plannedLeaveDate: calendarDate,
    newJobStart: calendarDate,
    /** The new work would be reportable or even prohibited as a side job. */
    newWorkReportableAsSideJob: z.boolean(),
    /** The interests of the service may clash with the new work. */
    interestsMayClash: z.boolean(),
  })
  .superRefine(
    dateOrder({
      earlier: "plannedLeaveDate",
      later: "newJobStart",
      nl: "De nieuwe baan begint voor je vertrek. Meld dan ook een nevenwerkzaamheid.",
      en: "The new job starts before you leave; declare a side job as well.",
    }),
  );
export type JobMoveDeclaration = z.infer<typeof JobMoveDeclarationSchema>;

export function evaluateJobMove(d: JobMoveDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  if (!p.jobMove.coolingOffRule) {
    c.finding(
      "job-move.no-rule",
      "no-duty",
      "Je gedragscode heeft geen regel over een afkoelingsperiode. Je geheimhoudingsplicht blijft wel gelden na je vertrek.",
      "Your code has no cooling-off rule. Your duty of secrecy continues after you leave.",
      ["keep-secrecy-after-leaving"],
    );
    c.voluntary = true;
    return;
  }
  const sensitive = d.interestsMayClash || d.newWorkReportableAsSideJob;
  if (!sensitive) {
    c.reason(
      "job-move.not-sensitive",
      "no-duty",
      "Je nieuwe werk botst niet met de belangen van de dienst. Het is geen gevoelige overstap.",
      "Your new work does not clash with the interests of the service. It is not a sensitive move.",
    );
    c.voluntary = true;
    return;
  }
  const late = compareDates(env.today, d.plannedLeaveDate) >= 0;
  const vulnerableNl = person.vulnerableFunction ? " Je hebt een kwetsbare functie." : "";
  const vulnerableEn = person.vulnerableFunction ? " You hold a vulnerable function." : "";
  c.finding(
    "job-move.sensitive",
    "approval-required",
    late
      ? `Dit is een gevoelige overstap.${vulnerableNl} Je meldt het laat: je vertrekdatum is al bereikt. Meld het toch meteen.`
      : `Dit is een gevoelige overstap.${vulnerableNl} Meld het op tijd en bespreek de risico's.`,
    late
      ? `This is a sensitive move.${vulnerableEn} You report it late: your leaving date has been reached. Report it at once anyway.`
      : `This is a sensitive move.${vulnerableEn} Report it in time and discuss the risks.`,
    ["report-move-in-time", "discuss-risks"],
  );
  c.finding(
    "job-move.cooling-off",
    "approval-required",
    "Spreek een afkoelingsperiode af voor je vertrekt. Dat is altijd maatwerk, bijvoorbeeld over toegang tot informatie en je taken.",
    "Agree a cooling-off period before you leave. It is always tailor-made, for example on access to information and your tasks.",
    ["agree-cooling-off"],
    "manager",
  );
}
