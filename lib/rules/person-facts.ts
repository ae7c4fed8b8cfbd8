// The facts about a person the rules judge a declaration by (PersonFacts), from their row. No other
// imports: the session (lib/auth), the filing context and the decision layer all use it.
import type { PersonFacts } from "./types";

/** The rules' facts from a person's row and the number of people who report to them (a manager by role or by link). */
export function personFactsOf(
  p: Omit<PersonFacts, "isManager"> & { roles: readonly string[] },
  reports: number,
): PersonFacts {
  return {
    salaryScale: p.salaryScale,
    topManagementGroup: p.topManagementGroup,
    topOfficial: p.topOfficial,
    financialRiskFunction: p.financialRiskFunction,
    vulnerableFunction: p.vulnerableFunction,
    isManager: p.roles.includes("MANAGER") || reports > 0,
  };
}
