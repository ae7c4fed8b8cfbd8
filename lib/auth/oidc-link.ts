// Matching a single sign-on identity to a person. The first sign-in matches by e-mail, but only when the
// identity provider vouches for the address (email_verified, or OIDC_TRUST_EMAIL=true for a provider such
// as Entra ID whose addresses come from the organisation's own directory); it then links the provider's
// subject to the person, and every later sign-in must present that same subject. An address that is
// later reassigned at the provider therefore cannot take over an existing person.
import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
}

export async function resolveOidcPerson(db: PrismaClient, identity: OidcIdentity, env: Record<string, string | undefined> = process.env): Promise<{ id: string; sessionVersion: number } | null> {
  if (!identity.subject) return null;
  const active = { disabledAt: null };
  const linked = await db.person.findFirst({ where: { oidcSubject: identity.subject, ...active }, select: { id: true, sessionVersion: true, employmentEnd: true } });
  if (linked) return employed(linked);
  const email = identity.email?.trim().toLowerCase();
  const trusted = identity.emailVerified === true || env.OIDC_TRUST_EMAIL === "true";
  if (!email || !trusted) return null;
  const person = await db.person.findFirst({ where: { email, ...active }, select: { id: true, sessionVersion: true, employmentEnd: true, oidcSubject: true, organisationId: true } });
  // Already linked to another subject: this is not the same account.
  if (!person || person.oidcSubject) return null;
  if (!employed(person)) return null;
  await db.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({ where: { id: person.id, oidcSubject: null }, data: { oidcSubject: identity.subject } });
    if (updated.count === 1) {
      await recordAudit(tx, { organisationId: person.organisationId, actorId: person.id, action: "person.sso-linked", entityType: "Person", entityId: person.id });
    }
  });
  return { id: person.id, sessionVersion: person.sessionVersion };
}

function employed<T extends { id: string; sessionVersion: number; employmentEnd: Date | null }>(p: T): { id: string; sessionVersion: number } | null {
  if (p.employmentEnd && p.employmentEnd.getTime() < Date.now() - 86_400_000) return null;
  return { id: p.id, sessionVersion: p.sessionVersion };
}
