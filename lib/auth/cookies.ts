// next-auth's cookies, spelled out (docs/decisions/028-http-hardening-and-rate-limits.md): all HttpOnly
// (the client reads the CSRF token from /api/auth/csrf, never from the cookie), SameSite=Lax,
// path "/", and when the portal runs on https (NEXTAUTH_URL) Secure with the __Secure- / __Host- prefix,
// so the browser refuses them over plain http and from sub-domains.
import type { CookiesOptions } from "next-auth";
import { portalAddress } from "@/lib/config";

export const SESSION_COOKIE_SECURE = "__Secure-next-auth.session-token";
export const SESSION_COOKIE_PLAIN = "next-auth.session-token";
/** Both names, secure first: lib/auth/session.ts and proxy.ts accept whichever the browser sent. */
export const SESSION_COOKIES = [SESSION_COOKIE_SECURE, SESSION_COOKIE_PLAIN] as const;

export function usesSecureCookies(nextAuthUrl: string | undefined = portalAddress()): boolean {
  return Boolean(nextAuthUrl?.trim().toLowerCase().startsWith("https://"));
}

export function sessionCookieName(secure: boolean): string {
  return secure ? SESSION_COOKIE_SECURE : SESSION_COOKIE_PLAIN;
}

export function authCookies(secure: boolean = usesSecureCookies()): Partial<CookiesOptions> {
  const prefix = secure ? "__Secure-" : "";
  const base = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: sessionCookieName(secure), options: base },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options: base },
    // __Host-: no Domain attribute, path "/", Secure: bound to exactly this host.
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options: base },
    pkceCodeVerifier: { name: `${prefix}next-auth.pkce.code_verifier`, options: { ...base, maxAge: 15 * 60 } },
    state: { name: `${prefix}next-auth.state`, options: { ...base, maxAge: 15 * 60 } },
    nonce: { name: `${prefix}next-auth.nonce`, options: base },
  };
}
