// The demo sign-in as a plain HTML form (issue 19 item 5: it works without JavaScript). next-auth checks a
// double-submit CSRF token on its credentials callback: the token in the form must match the one in its CSRF
// cookie, which is "<token>|sha256(<token><secret>)". With JavaScript, next-auth's client fetches /api/auth/csrf
// first; a plain form cannot, so proxy.ts gives a browser without the cookie one on the sign-in page (the same
// format next-auth 4 writes and checks in next-auth/core/lib/csrf-token.js), and the page puts the token in each
// demo form. A cookie next-auth does not accept (another secret) is replaced by next-auth itself on the first
// try, which then answers "/aanmelden?csrf=true", where the next try succeeds.
import { createHash, randomBytes } from "node:crypto";
import { authCookies } from "./cookies";

export const DEMO_CSRF_HEADER = "x-portal-demo-csrf";

export function csrfCookieName(): string {
  return authCookies().csrfToken!.name;
}

/** A fresh token and the cookie value next-auth accepts for it. */
export function newCsrfCookie(secret: string): { token: string; cookie: string } {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return { token, cookie: `${token}|${hash}` };
}

/** The token part of a CSRF cookie's value ("" when there is none). */
export function tokenOfCookie(value: string | undefined): string {
  const token = value?.split("|")[0] ?? "";
  return /^[0-9a-f]{16,128}$/.test(token) ? token : "";
}
