// Creates the first organisation and its administrator in one transaction with their audit events. Used by
// `npm run bootstrap` (scripts/bootstrap.ts), the only way to start a production database: outside demo mode
// nothing is ever seeded (docs/decisions/034-configuration-and-demo-mode.md). Not reachable over HTTP.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { RULES_TO_PROFILE } from "@/lib/declarations/types";
import { getProfile } from "@/lib/rules";
import { BootstrapSchema, type BootstrapInput } from "./schemas";

export interface BootstrapResult {
  organisation: { id: string; slug: string; name: string; profile: string; tooiUri: string | null };
  administrator: { id: string; email: string; roles: string[] };
  auditEvents: number;
}

export async function bootstrapOrganisation(db: PrismaClient, raw: BootstrapInput): Promise<BootstrapResult> {
  const parsed = BootstrapSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues.map((i) => i.message).join("; "));
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    // Refuse rather than touch an existing organisation or person: bootstrap creates, it never changes.
    if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new AppError(
        "CONFLICT",
        `This database already has the organisation "${input.slug}"; nothing was changed.`,
      );
    }
    if (await tx.person.findUnique({ where: { email: input.adminEmail }, select: { id: true } })) {
      throw new AppError("CONFLICT", "A person with this e-mail address already exists; nothing was changed.");
    }
    const profile = RULES_TO_PROFILE[input.profile];
    const code = getProfile(input.profile);
    const organisation = await tx.organisation.create({
      data: {
        slug: input.slug,
        name: input.name,
        profile,
        referralTitle: input.referralTitle ?? code.defaultReferralTitle,
        // A code that has every accepted gift handed in (Gemeente 002 L408-411) starts with a gift register.
        keepsGiftRegister: code.gift.alwaysHandIn,
        tooiUri: input.tooiUri ?? null,
      },
      select: { id: true, slug: true, name: true, profile: true, tooiUri: true },
    });
    const administrator = await tx.person.create({
      data: {
        organisationId: organisation.id,
        email: input.adminEmail,
        name: input.adminName,
        functionTitle: input.adminFunction,
        roles: ["EMPLOYEE", "ADMIN"],
      },
      select: { id: true, email: true, roles: true },
    });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorId: null,
      action: "organisation.bootstrapped",
      entityType: "Organisation",
      entityId: organisation.id,
      data: { slug: organisation.slug, profile, tooiUri: organisation.tooiUri },
    });
    await recordAudit(tx, {
      organisationId: organisation.id,
      actorId: null,
      action: "person.created",
      entityType: "Person",
      entityId: administrator.id,
      data: { roles: ["EMPLOYEE", "ADMIN"], via: "bootstrap" },
    });
    return { organisation, administrator, auditEvents: 2 };
  });
}
