// Matching a single sign-on identity to a person. The first sign-in matches by e-mail, but only when the
// identity provider vouches for the address (email_verified, or OIDC_TRUST_EMAIL=true for a provider such
// as Entra ID whose addresses come from the organisation's own directory); it then links the provider's
// subject to the person, and every later sign-in must present that same subject. An address that is
// later reassigned at the provider therefore cannot take over an existing person.
//
// Every refusal has a reason code (docs/decisions/033-single-sign-on.md). refuseSignIn() logs it without
// the address or any token, and records it as an audit event of the person's organisation when the
// person is known.
import { recordAudit } from "@/lib/audit/record";
import { log } from "@/lib/log";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface OidcIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean | null;
}

export type SignInRefusal =
  /** The provider sent no subject. */
  | "no-subject"
  /** No e-mail claim, neither in the ID token nor from the userinfo endpoint. */
  | "no-email"
  /** The address is not verified by the provider (and OIDC_TRUST_EMAIL is not set). */
  | "email-unverified"
  /** No active person has this address. */
  | "unknown-address"
  /** The person with this address is linked to another subject at the provider. */
  | "subject-mismatch"
  /** The person's account is closed (access withdrawn). */
  | "account-closed"
  /** The person's employment has ended. */
  | "employment-ended"
  /** Too many failed attempts (lib/auth/sign-in-limit.ts). */
  | "rate-limited";

export type OidcResolution =
  | { ok: true; person: { id: string; sessionVersion: number } }
  | { ok: false; reason: SignInRefusal; person?: { id: string; organisationId: string } };

const SELECT = {
  id: true,
  sessionVersion: true,
  employmentEnd: true,
  disabledAt: true,
  oidcSubject: true,
  organisationId: true,
} as const;

export async function resolveOidcPerson(
  db: PrismaClient,
  identity: OidcIdentity,
  env: Record<string, string | undefined> = process.env,
): Promise<OidcResolution> {
  if (!identity.subject) return { ok: false, reason: "no-subject" };
  // The subject first: a linked person signs in by subject alone (the address may have changed since).
  const linked = await db.person.findFirst({ where: { oidcSubject: identity.subject }, select: SELECT });
  if (linked) return usable(linked);
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { ok: false, reason: "no-email" };
  const trusted = identity.emailVerified === true || env.OIDC_TRUST_EMAIL === "true";
  const person = await db.person.findFirst({ where: { email }, select: SELECT });
  if (!trusted)
    return person
      ? { ok: false, reason: "email-unverified", person: known(person) }
      : { ok: false, reason: "email-unverified" };
  if (!person) return { ok: false, reason: "unknown-address" };
  // Already linked to another subject: this is not the same account.
  if (person.oidcSubject) return { ok: false, reason: "subject-mismatch", person: known(person) };
  const state = usable(person);
  if (!state.ok) return state;
  const linkedNow = await db.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({
      where: { id: person.id, oidcSubject: null },
      data: { oidcSubject: identity.subject },
    });
    if (updated.count === 1) {
      await recordAudit(tx, {
        organisationId: person.organisationId,
        actorId: person.id,
        action: "person.sso-linked",
        entityType: "Person",
        entityId: person.id,
      });
    }
    return updated.count === 1;
  });
  // Someone else linked this person between our read and write (a concurrent sign-in with another subject).
  if (!linkedNow) {
    const again = await db.person.findUnique({ where: { id: person.id }, select: { oidcSubject: true } });
    if (again?.oidcSubject !== identity.subject)
      return { ok: false, reason: "subject-mismatch", person: known(person) };
  }
  return state;
}

function known(p: { id: string; organisationId: string }) {
  return { id: p.id, organisationId: p.organisationId };
}

function usable(p: {
  id: string;
  organisationId: string;
  sessionVersion: number;
  employmentEnd: Date | null;
  disabledAt: Date | null;
}): OidcResolution {
  if (p.disabledAt) return { ok: false, reason: "account-closed", person: known(p) };
  if (p.employmentEnd && p.employmentEnd.getTime() < Date.now() - 86_400_000)
    return { ok: false, reason: "employment-ended", person: known(p) };
  return { ok: true, person: { id: p.id, sessionVersion: p.sessionVersion } };
}

/**
 * Logs a refused sign-in (reason code and ids only: never the address, subject or a token) and, when the
 * person is known, records it in their organisation's audit trail. The number of refusals is bounded by the
 * sign-in rate limit, which counts every failed attempt. Never throws: a refusal stays a refusal.
 */
export async function refuseSignIn(
  db: PrismaClient,
  reason: SignInRefusal,
  person?: { id: string; organisationId: string },
): Promise<void> {
  log("warn", "auth.sign-in-refused", { reason, personId: person?.id, organisationId: person?.organisationId });
  if (!person) return;
  try {
    await db.$transaction(async (tx) => {
      await recordAudit(tx, {
        organisationId: person.organisationId,
        actorId: null,
        action: "person.sign-in-refused",
        entityType: "Person",
        entityId: person.id,
        data: { reason, method: "oidc" },
      });
    });
  } catch (error) {
    log("error", "auth.sign-in-refused.audit-failed", {
      reason,
      personId: person.id,
      errorName: error instanceof Error ? error.name : "unknown",
    });
  }
}
