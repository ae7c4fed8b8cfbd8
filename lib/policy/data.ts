import "server-only";
// Policy settings per organisation: tightenings of its code, effective from a date. Integrity officers and
// HR (area "policy") of the organisation only; every setting is checked by lib/rules tightenProfile.
import type { Viewer } from "@/lib/auth/session";
import { assertArea } from "@/lib/auth/areas";
import { createAudited } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import { PROFILE_TO_RULES } from "@/lib/declarations/types";
import { AppError, conflict } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getProfile, tightenProfile, type PolicyProfile, type TighteningSettings } from "@/lib/rules";
import { reconcileRegister } from "@/lib/register/sync";
import { effectivePolicy } from "./effective";
import { FIELD_OF, toTighteningSettings, type PolicySettingInput } from "./schemas";

export interface PolicySettingRow {
  id: string;
  effectiveFrom: string;
  settings: TighteningSettings;
  policyVersion: string;
  reason: string;
  createdBy: string | null;
  createdAt: Date;
  state: "past" | "current" | "scheduled";
}

export interface PolicyOverview {
  code: PolicyProfile;
  current: PolicyProfile;
  currentSettingId: string | null;
  settings: PolicySettingRow[];
  /** The id of the newest setting (or "none"): sent back with a new setting to detect concurrent changes. */
  latestId: string;
  today: string;
}

export async function getPolicyOverview(viewer: Viewer): Promise<PolicyOverview> {
  assertArea(viewer, "policy");
  const db = await getDb();
  const today = amsterdamNow().today;
  const [effective, rows] = await Promise.all([
    effectivePolicy(db, viewer.organisationId, viewer.profile, today),
    db.policySetting.findMany({
      where: { organisationId: viewer.organisationId },
      orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
      take: 100,
    }),
  ]);
  const names = new Map(
    (
      await db.person.findMany({
        where: {
          id: { in: rows.map((r) => r.createdById).filter((v): v is string => !!v) },
          organisationId: viewer.organisationId,
        },
        select: { id: true, name: true },
      })
    ).map((p) => [p.id, p.name]),
  );
  const latest = await db.policySetting.findFirst({
    where: { organisationId: viewer.organisationId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return {
    code: getProfile(PROFILE_TO_RULES[viewer.profile]),
    current: effective.profile,
    currentSettingId: effective.settingId,
    latestId: latest?.id ?? "none",
    today,
    settings: rows.map((r) => {
      const day = r.effectiveFrom.toISOString().slice(0, 10);
      return {
        id: r.id,
        effectiveFrom: day,
        settings: r.settings as TighteningSettings,
        policyVersion: r.policyVersion,
        reason: r.reason,
        createdBy: r.createdById ? (names.get(r.createdById) ?? null) : null,
        createdAt: r.createdAt,
        state: r.id === effective.settingId ? "current" : day > today ? "scheduled" : "past",
      };
    }),
  };
}

/** Checks a proposed setting against the code without saving it (the "check your answers" step). */
export function checkSetting(
  viewer: Viewer,
  input: PolicySettingInput,
  today = amsterdamNow().today,
): { profile: PolicyProfile; settings: TighteningSettings } {
  assertArea(viewer, "policy");
  if (input.effectiveFrom < today)
    throw new AppError("VALIDATION", "effective date in the past", { fieldErrors: { effectiveFrom: "notInPast" } });
  const settings = toTighteningSettings(input);
  const result = tightenProfile(getProfile(PROFILE_TO_RULES[viewer.profile]), settings);
  if (!result.ok) {
    const fieldErrors: Record<string, string> = {};
    const messages: Record<string, { nl: string; en: string; citation: string }> = {};
    for (const e of result.errors) {
      const field = FIELD_OF[e.parameter as keyof TighteningSettings] ?? "form";
      fieldErrors[field] = "looser";
      messages[field] = { ...e.message, citation: e.citation.map((c) => `${c.file} ${c.lines}`).join(", ") };
    }
    throw new AppError("VALIDATION", "looser than the code", { fieldErrors, messages });
  }
  return { profile: result.profile, settings };
}

/** Saves a new setting. The code is the floor; the setting applies from its date (today = at once). */
export async function createPolicySetting(viewer: Viewer, input: PolicySettingInput): Promise<{ id: string }> {
  const { profile, settings } = checkSetting(viewer, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // One writer at a time per organisation, and the person saw the newest setting.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`policy:${viewer.organisationId}`}))`;
    const latest = await tx.policySetting.findFirst({
      where: { organisationId: viewer.organisationId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if ((latest?.id ?? "none") !== input.basedOn) throw conflict();
    const created = await createAudited(
      tx,
      viewer,
      tx.policySetting.create({
        data: {
          organisationId: viewer.organisationId,
          effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`),
          settings: settings as Prisma.InputJsonObject,
          policyVersion: profile.version,
          reason: input.reason,
          createdById: viewer.id,
        },
        select: { id: true },
      }),
      {
        action: "policy.setting-created",
        entityType: "PolicySetting",
        data: {
          effectiveFrom: input.effectiveFrom,
          policyVersion: profile.version,
          settings: settings as Prisma.InputJsonObject,
        },
      },
    );
    // A change of whose side jobs are published takes effect on the register at once (later dates: the daily task).
    if (input.effectiveFrom <= amsterdamNow().today)
      await reconcileRegister(tx, viewer.organisationId, "all", viewer.id);
    return created;
  });
}

/** For every employee: the policy in force in their organisation and, if tightened, from when and why. */
export async function getCodeForViewer(viewer: Viewer): Promise<{
  profile: PolicyProfile;
  tightening: { effectiveFrom: string; reason: string; settings: TighteningSettings } | null;
}> {
  const db = await getDb();
  const effective = await effectivePolicy(db, viewer.organisationId, viewer.profile, amsterdamNow().today);
  if (!effective.settingId) return { profile: effective.profile, tightening: null };
  const row = await db.policySetting.findFirstOrThrow({
    where: { id: effective.settingId, organisationId: viewer.organisationId },
    select: { effectiveFrom: true, reason: true, settings: true },
  });
  return {
    profile: effective.profile,
    tightening: {
      effectiveFrom: row.effectiveFrom.toISOString().slice(0, 10),
      reason: row.reason,
      settings: row.settings as TighteningSettings,
    },
  };
}
