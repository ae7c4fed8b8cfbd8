// The policy in force for an organisation on a day: its code's profile, tightened by the newest setting that is
// effective by then (PolicySetting rows are validated by lib/rules tightenProfile when they are saved).
import type { Prisma, PrismaClient, PolicyProfile as DbProfile } from "@/lib/generated/prisma/client";
import { getProfile, tightenProfile, type PolicyProfile } from "@/lib/rules";
import { PROFILE_TO_RULES } from "@/lib/declarations/types";

type Db = PrismaClient | Prisma.TransactionClient;

export interface EffectivePolicy {
  profile: PolicyProfile;
  /** The setting in force, or null when the code applies as written. */
  settingId: string | null;
}

/** `day` is a calendar date (YYYY-MM-DD) in Europe/Amsterdam. */
export async function effectivePolicy(
  db: Db,
  organisationId: string,
  base: DbProfile,
  day: string,
): Promise<EffectivePolicy> {
  const setting = await db.policySetting.findFirst({
    where: { organisationId, effectiveFrom: { lte: new Date(`${day}T00:00:00Z`) } },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
    select: { id: true, settings: true },
  });
  return policyFromSetting(base, setting);
}

/** The policy from the setting in force (read by the caller, e.g. inside a transaction), or the code as written. */
export function policyFromSetting(base: DbProfile, setting: { id: string; settings: unknown } | null): EffectivePolicy {
  const profile = getProfile(PROFILE_TO_RULES[base]);
  if (!setting) return { profile, settingId: null };
  const tightened = tightenProfile(profile, setting.settings);
  // A stored setting was validated when it was saved; if the rules changed since, fall back to the code itself.
  return tightened.ok ? { profile: tightened.profile, settingId: setting.id } : { profile, settingId: null };
}
