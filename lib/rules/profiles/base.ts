// The four base profiles (the codes as written) and the look-up by id.
import { RuleInputError } from "../errors";
import type { ProfileId } from "../types";
import { PROFILE_IDS } from "../types";
import { eersteKamer } from "./eerste-kamer";
import { gemeente } from "./gemeente";
import { provincie } from "./provincie";
import { rijk } from "./rijk";
import type { PolicyProfile } from "./types";

export const PROFILES: Readonly<Record<ProfileId, PolicyProfile>> = Object.freeze({
  rijk,
  "eerste-kamer": eersteKamer,
  gemeente,
  provincie,
});

export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === "string" && (PROFILE_IDS as readonly string[]).includes(id);
}

export function getProfile(id: string): PolicyProfile {
  if (!isProfileId(id)) {
    throw new RuleInputError("profile", "unknown-profile", {
      nl: `Onbekend profiel "${String(id).slice(0, 40)}". Kies uit: ${PROFILE_IDS.join(", ")}.`,
      en: `Unknown profile "${String(id).slice(0, 40)}". Choose one of: ${PROFILE_IDS.join(", ")}.`,
    });
  }
  return PROFILES[id];
}
