// A request for code that runs inside Next.js (server actions, route handlers, requireUser()): the
// cookies and headers of one fake request, and a real signed session cookie for the person "signed in".
// Tests mock only Next's request plumbing with it; authentication, authorisation and the database are real:
//
//   vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
//   vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
//   ...
//   await signInAs(db, person.id);  const state = await someAction(initial, formData);
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A fixed secret, so the session cookies these tests make are the ones lib/auth/session.ts accepts.
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";

export const SESSION_COOKIE = "next-auth.session-token";

interface RequestState {
  cookies: Map<string, string>;
  headers: Headers;
  revalidated: string[];
}

const state: RequestState = { cookies: new Map(), headers: new Headers(), revalidated: [] };

export function currentRequest(): RequestState {
  return state;
}

/** A new, empty request (no session, no headers). */
export function resetRequest(): void {
  state.cookies = new Map();
  state.headers = new Headers({ host: "localhost:3000", origin: "http://localhost:3000" });
  state.revalidated = [];
}
resetRequest();

/** Signs the request in as this person, with a session token like the one next-auth issues at sign-in. */
export async function signInAs(db: PrismaClient, personId: string, options: { authTime?: number } = {}): Promise<void> {
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { sessionVersion: true } });
  const token = await encode({
    token: {
      sub: personId,
      personId,
      sessionVersion: person.sessionVersion,
      authTime: options.authTime ?? Math.floor(Date.now() / 1000),
    },
    secret: process.env.NEXTAUTH_SECRET!,
    maxAge: 30 * 60,
  });
  state.cookies.set(SESSION_COOKIE, token);
}

/** No one signed in. */
export function signOut(): void {
  state.cookies.delete(SESSION_COOKIE);
}

/** What Next's redirect() threw, as a path ("/meldingen/abc"), or null when the error is something else. */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}

/** Runs a server action; a redirect (success, or "sign in first") comes back as { redirect } instead of a throw. */
export async function runAction<T>(call: () => Promise<T>): Promise<{ result?: T; redirect?: string }> {
  try {
    return { result: await call() };
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    return { redirect: target };
  }
}
