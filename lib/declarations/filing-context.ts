import "server-only";
// What filing a declaration is judged against: the organisation's effective policy and the viewer's own facts
// (read for the viewer only). The form pages, the decision page and the writes in data.ts ask it.
import { cache } from "react";
import { getDb } from "@/lib/db";
import { effectivePolicy } from "@/lib/policy/effective";
import type { Viewer } from "@/lib/auth/session";
import { amsterdamNow } from "@/lib/format";
import type { PersonFacts, PolicyProfile, ProfileId } from "@/lib/rules";
import { PROFILE_TO_RULES } from "./types";

export interface FilingContext {
  profileId: ProfileId;
  profile: PolicyProfile;
  person: PersonFacts;
  today: string;
  now: string;
}

/**
 * The organisation's effective policy (its profile, tightened by the newest setting in force) and the
 * viewer's facts. Memoised per request (React cache), so a page or action that needs it twice reads once.
 */
export const getFilingContext = cache(async function getFilingContext(viewer: Viewer): Promise<FilingContext> {
  const db = await getDb();
  const { today, now } = amsterdamNow();
  const [person, policy, reports] = await Promise.all([
    db.person.findUniqueOrThrow({
      where: { id: viewer.id },
      select: {
        salaryScale: true,
        topManagementGroup: true,
        topOfficial: true,
        financialRiskFunction: true,
        vulnerableFunction: true,
        roles: true,
      },
    }),
    effectivePolicy(db, viewer.organisationId, viewer.profile, today),
    db.person.count({ where: { managerId: viewer.id } }),
  ]);
  const profileId = PROFILE_TO_RULES[viewer.profile];
  const profile = policy.profile;
  return {
    profileId,
    profile,
    today,
    now,
    person: {
      salaryScale: person.salaryScale,
      topManagementGroup: person.topManagementGroup,
      topOfficial: person.topOfficial,
      financialRiskFunction: person.financialRiskFunction,
      vulnerableFunction: person.vulnerableFunction,
      isManager: person.roles.includes("MANAGER") || reports > 0,
    },
  };
});
