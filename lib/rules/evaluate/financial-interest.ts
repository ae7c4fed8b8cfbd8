// Financial interests (catalogue F-1 to F-3): the schema and the evaluator; the rules are in lib/rules/registry/financial-interest.ts.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import { calendarDate } from "./shared";

export const FinancialInterestDeclarationSchema = z.strictObject({
  type: z.literal("financial-interest"),
  kind: z.enum(["interest", "securities-holding", "securities-transaction"]),
  moment: z.enum(["at-entry", "on-acquisition", "on-request", "other"]),
  date: calendarDate,
  /** The interest concerns a company or sector you deal with in your job. */
  relatedToFunction: z.boolean(),
  /** You (would) use confidential, price-sensitive information from your work. */
  usesInsideInformation: z.boolean(),
});
export type FinancialInterestDeclaration = z.infer<typeof FinancialInterestDeclarationSchema>;

export function evaluateFinancialInterest(d: FinancialInterestDeclaration, env: Env, c: Collector): void {
  const { p, person } = env;
  if (d.usesInsideInformation) {
    c.finding(
      "financial.inside-information",
      "not-permitted",
      "Je gebruikt koersgevoelige informatie uit je werk. Dat mag niet.",
      "You use price-sensitive information from your work. That is not allowed.",
      ["keep-inside-information-secret", "do-not-hold-or-acquire"],
      "integrity-officer",
    );
  }
  if (p.id === "gemeente" && d.kind === "securities-holding") {
    c.reason(
      "financial.shareholding-side-job",
      "no-duty",
      "Aandeelhouder zijn kan ook een nevenwerkzaamheid zijn. Kijk ook naar de toetsvragen voor nevenwerk.",
      "Being a shareholder can also be a side job. Check the side-job questions too.",
    );
  }
  if (!person.financialRiskFunction) {
    c.reason(
      "financial.designated-functions",
      "no-duty",
      "Je functie is niet aangewezen voor het melden van financiële belangen. Je hoeft niets te melden. Je mag het wel vrijwillig melden.",
      "Your job is not designated for reporting financial interests. You need not report, but you may do so voluntarily.",
    );
    c.voluntary = true;
    return;
  }
  if (!d.relatedToFunction) {
    c.reason(
      "financial.designated-functions",
      "no-duty",
      "Je functie is aangewezen, maar dit belang heeft geen relatie met je werk. Dan hoef je het niet te melden. Twijfel je? Bespreek het.",
      "Your job is designated, but this interest has no relation to your work, so you need not report it. In doubt, discuss it.",
    );
    c.voluntary = true;
    return;
  }
  c.reason(
    "financial.designated-functions",
    "register",
    "Je functie is aangewezen en dit belang heeft te maken met je werk. Meld het.",
    "Your job is designated and this interest relates to your work. Report it.",
  );
  c.reason(
    "financial.harmful-prohibited",
    "register",
    "Schaadt het belang je werk of de dienst? Dan is het verboden. Je werkgever beoordeelt dat.",
    "If the interest harms your work or the service, it is prohibited; your employer assesses this.",
  );
  if (p.financialInterest.timingStated) {
    c.reason(
      "financial.timing",
      "register",
      "Meld het als je in dienst komt of als je het belang aangaat.",
      "Report it when you start the job or when you acquire the interest.",
    );
  }
  c.oblige("financial.designated-functions", "report-financial-interest", "provide-information-on-request");
  c.route("integrity-officer");
}
