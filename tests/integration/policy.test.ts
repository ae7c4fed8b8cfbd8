// Policy settings on both databases: tightening within the code, refused loosening with its source line,
// the area check, dates, concurrent changes, and the policy employees then file against.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { AppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { createPolicySetting, getCodeForViewer, getPolicyOverview } from "@/lib/policy/data";
import { PolicySettingSchema } from "@/lib/policy/schemas";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

async function failure(p: Promise<unknown>): Promise<AppError | "OK"> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

const day = (offset: number) => amsterdamNow(new Date(Date.now() + offset * 86_400_000)).today;
const input = (over: Record<string, string>) =>
  PolicySettingSchema.parse({
    giftCapEuros: "",
    tripExtensionMaxHours: "",
    rehireCoolingMonths: "",
    sideJobPublicationMinScale: "",
    effectiveFrom: day(0),
    reason: "Strenger na incident",
    basedOn: "none",
    ...over,
  });

describe.each(DB_KINDS)("policy settings on %s", (kind) => {
  let db: TestDb;
  let ahmed: Viewer, linda: Viewer, fatima: Viewer, jeroen: Viewer, pieter: Viewer, sophie: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ ahmed, linda, fatima, jeroen, pieter, sophie } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("refuses a looser setting with the code's source line, and stores nothing", async () => {
    const error = await failure(createPolicySetting(ahmed, input({ giftCapEuros: "60,00" })));
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe("VALIDATION");
    expect(e.details?.fieldErrors).toEqual({ giftCapEuros: "looser" });
    expect((e.details?.messages as Record<string, { nl: string; citation: string }>).giftCapEuros).toMatchObject({
      citation: expect.stringContaining("000 L419-421"),
    });
    expect(await db.prisma.policySetting.count()).toBe(0);
  });

  it("only integrity officers and HR of the organisation change the policy", async () => {
    for (const v of [fatima, jeroen, pieter])
      expect((await failure(createPolicySetting(v, input({ giftCapEuros: "25" })))) as AppError, v.name).toMatchObject({
        code: "FORBIDDEN",
      });
    expect((await failure(getPolicyOverview(fatima))) as AppError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.policySetting.count()).toBe(0);
  });

  it("refuses a date in the past", async () => {
    const e = (await failure(
      createPolicySetting(ahmed, input({ giftCapEuros: "25", effectiveFrom: day(-1) })),
    )) as AppError;
    expect(e.details?.fieldErrors).toEqual({ effectiveFrom: "notInPast" });
  });

  it("a setting from today applies at once: employees file against it and see it with the code", async () => {
    await createPolicySetting(ahmed, input({ giftCapEuros: "25,00", tripExtensionMaxHours: "48" }));
    const context = await getFilingContext(fatima);
    expect(context.profile.gift.capCents).toBe(2500);
    expect(context.profile.tripExtension.maxHours).toBe(48);
    expect(context.profile.version).toMatch(/^rijk-2020\.1\+org\.gift2500\.trip48h$/);
    const code = await getCodeForViewer(fatima);
    expect(code.tightening).toMatchObject({
      effectiveFrom: day(0),
      reason: "Strenger na incident",
      settings: { giftCapCents: 2500, tripExtensionMaxHours: 48 },
    });
    // Another organisation is untouched.
    expect((await getCodeForViewer(sophie)).tightening).toBeNull();
    expect((await getPolicyOverview(sophie)).settings).toEqual([]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "policy.setting-created", organisationId: ahmed.organisationId },
    });
    expect(audit.actorId).toBe(ahmed.id);
  });

  it("a second person working from the same page gets a conflict instead of overwriting", async () => {
    const overview = await getPolicyOverview(linda);
    await createPolicySetting(ahmed, input({ giftCapEuros: "20", basedOn: overview.latestId }));
    const e = (await failure(
      createPolicySetting(linda, input({ giftCapEuros: "30", basedOn: overview.latestId })),
    )) as AppError;
    expect(e.code).toBe("CONFLICT");
    expect((await getFilingContext(fatima)).profile.gift.capCents).toBe(2000);
  });

  it("a scheduled setting waits for its date", async () => {
    const overview = await getPolicyOverview(linda);
    await createPolicySetting(linda, input({ giftCapEuros: "10", effectiveFrom: day(30), basedOn: overview.latestId }));
    const after = await getPolicyOverview(linda);
    expect(after.settings.map((s) => s.state)).toEqual(["scheduled", "current", "past"]);
    expect(after.current.gift.capCents).toBe(2000);
  });
});
