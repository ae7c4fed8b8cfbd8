import "server-only";
import { cache } from "react";
// requireUser() / requireRole() / requireArea(): every page, server action and route handler calls one of these itself.
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import type { PolicyProfile, Role } from "@/lib/generated/prisma/client";
import type { PersonFacts } from "@/lib/rules";
import { personFactsOf } from "@/lib/rules/person-facts";
import { canReach, type AdminArea } from "./areas";
import { isDemoMode } from "@/lib/config";
import { resolveAuthSecret } from "./secret";
import { VIEWER_SELECT, viewerOfRow } from "./viewer-row";
import { demoClaimAllowed, sessionExpired, type SessionClaims } from "./session-lifetime";

export interface Viewer {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  profile: PolicyProfile;
  name: string;
  email: string;
  functionTitle: string;
  roles: Role[];
  managerId: string | null;
  unitId: string | null;
  /**
   * The facts the rules judge a declaration by (lib/declarations/filing-context.ts), read with the session's own
   * row so a request reads the person once (issue 15). Absent on a viewer built elsewhere (tests): then read.
   */
  facts?: PersonFacts;
  /** The language the person saved (Person.locale): the interface's when this browser has no choice of its own. */
  locale?: "nl" | "en";
}

/** next-auth's session cookie: "__Secure-…" when it sets secure cookies (NEXTAUTH_URL is https); see lib/auth/cookies.ts. */
export { SESSION_COOKIES } from "./cookies";
import { SESSION_COOKIES } from "./cookies";

async function readClaims(): Promise<SessionClaims | null> {
  // The signed, encrypted next-auth token, read the way next-auth's getServerSession reads it: decode()
  // checks the signature and the expiry (the idle timeout). Reading it here keeps the request's cookies
  // the only input, so tests can sign in by setting a cookie.
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const demo = isDemoMode();
  const token = await decode({ token: raw, secret: resolveAuthSecret(demo) }).catch(() => null);
  if (!token || typeof token.personId !== "string") return null;
  // A token minted by the demo sign-in is worthless outside demo mode, even under the same key.
  if (!demoClaimAllowed(token, demo)) return null;
  if (typeof token.exp === "number" && token.exp * 1000 < Date.now()) return null;
  return { personId: token.personId, sessionVersion: Number(token.sessionVersion), authTime: Number(token.authTime) };
}

/**
 * The signed-in person, or null. Checks the absolute lifetime, disabled people and revoked sessions.
 * Memoised per request (React cache): the layout and the page both ask, the database answers once.
 */
export const getViewer = cache(async function getViewer(): Promise<Viewer | null> {
  const claims = await readClaims();
  if (!claims) return null;
  if (sessionExpired(claims, Math.floor(Date.now() / 1000))) return null;
  const db = await getDb();
  const person = await db.person.findUnique({
    where: { id: claims.personId },
    select: {
      ...VIEWER_SELECT,
      disabledAt: true,
      sessionVersion: true,
      employmentEnd: true,
      salaryScale: true,
      topManagementGroup: true,
      topOfficial: true,
      financialRiskFunction: true,
      vulnerableFunction: true,
      _count: { select: { reports: true } },
      locale: true,
    },
  });
  if (!person || person.disabledAt || person.sessionVersion !== claims.sessionVersion) return null;
  // Employment ended (the end date has passed in full): access ends with it, as at sign-in.
  if (person.employmentEnd && person.employmentEnd.getTime() < Date.now() - 86_400_000) return null;
  return {
    ...viewerOfRow(person),
    facts: personFactsOf(person, person._count.reports),
    locale: person.locale === "en" ? "en" : "nl",
  };
});

export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/aanmelden");
  return viewer;
}

export { hasRole } from "./session-roles";
import { hasRole } from "./session-roles";

/** The viewer, if they hold one of the roles; otherwise the "not allowed" page. */
export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await requireUser();
  if (!hasRole(viewer, ...roles)) redirect("/geen-toegang?reden=rol");
  return viewer;
}

/** The viewer, if they may reach the administration area (lib/auth/areas.ts); otherwise the "not allowed" page. */
export async function requireArea(area: AdminArea): Promise<Viewer> {
  const viewer = await requireUser();
  if (!canReach(viewer, area)) redirect("/geen-toegang?reden=rol");
  return viewer;
}
