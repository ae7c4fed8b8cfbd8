// Policy profiles: the parameters of each organisation's code of conduct, as data, one file per organisation
// (rijk.ts, eerste-kamer.ts, gemeente.ts, provincie.ts). Every number comes from a source line; the citation sits next to it.
import { RuleInputError } from "../errors";
import { getProfile } from "./base";
import { tightenProfile } from "./tightening";
import type { PolicyProfile } from "./types";

export type { PolicyProfile, PublicationCriterion, TighteningSettings } from "./types";
export { PROFILES, isProfileId, getProfile } from "./base";
export { tightenProfile, type TighteningError, type TightenResult } from "./tightening";

/**
 * Check that a value is a usable PolicyProfile (a base profile or the result of tightenProfile).
 * Throws RuleInputError otherwise, so a hand-made or corrupted profile never yields a verdict.
 */
export function assertProfile(p: unknown): PolicyProfile {
  if (typeof p !== "object" || p === null) {
    throw new RuleInputError("profile", "wrong-type", {
      nl: "Het profiel ontbreekt of is geen object.",
      en: "The profile is missing or not an object.",
    });
  }
  const candidate = p as Partial<PolicyProfile>;
  const root = getProfile(String(candidate.id));
  if (candidate.version === root.version) return root;
  // A tightened profile: recompute it from its settings and require an exact match.
  const again = tightenProfile(root, candidate.settings ?? {});
  if (
    !again.ok ||
    again.profile.version !== candidate.version ||
    JSON.stringify(again.profile) !== JSON.stringify(candidate)
  ) {
    throw new RuleInputError("profile", "invalid-value", {
      nl: "Het profiel is geen geldig (aangescherpt) profiel. Maak het met tightenProfile.",
      en: "The profile is not a valid (tightened) profile. Create it with tightenProfile.",
    });
  }
  return again.profile;
}
