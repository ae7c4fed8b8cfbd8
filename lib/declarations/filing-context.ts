import "server-only";
// What filing a declaration is judged against: the organisation's effective policy and the viewer's own facts
// (read for the viewer only). The form pages, the decision page and the writes in data.ts ask it.
import { cache } from "react";
import { getDb } from "@/lib/db";
import { effectivePolicy } from "@/lib/policy/effective";
import type { Viewer } from "@/lib/auth/session";
import { readPersonFactsIn } from "./person-facts";
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
 * The facts come with the session's read of the person (lib/auth/session.ts getViewer); a viewer built
 * without them (tests, jobs) has them read here.
 */
export const getFilingContext = cache(async function getFilingContext(viewer: Viewer): Promise<FilingContext> {
  const db = await getDb();
  const { today, now } = amsterdamNow();
  const [person, policy] = await Promise.all([
    viewer.facts ?? readPersonFacts(viewer.id),
    effectivePolicy(db, viewer.organisationId, viewer.profile, today),
  ]);
  return filingContextOf(viewer, person, policy.profile, { today, now });
});

/** The context from facts and a policy the caller read itself (the submission reads the policy in its transaction). */
export function filingContextOf(
  viewer: Pick<Viewer, "profile">,
  person: PersonFacts,
  profile: PolicyProfile,
  moment: { today: string; now: string },
): FilingContext {
  return { profileId: PROFILE_TO_RULES[viewer.profile], profile, today: moment.today, now: moment.now, person };
}

/** The viewer's facts, for a viewer that was not read by the session (getViewer reads them with its own row). */
export async function readPersonFacts(personId: string): Promise<PersonFacts> {
  return readPersonFactsIn(await getDb(), personId);
}
