// The pure parts of the HTTP hardening: the CSP, nonces, client address, cookie names and flags.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { clientIp } from "@/lib/http/client-ip";
import { authCookies, SESSION_COOKIES, sessionCookieName, usesSecureCookies } from "@/lib/auth/cookies";

describe("content security policy", () => {
  it("allows scripts only by nonce, never inline or eval in production", () => {
    const csp = contentSecurityPolicy("abc123==");
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self';",
      "frame-ancestors 'none'",
      "default-src 'self'",
    ])
      expect(csp).toContain(directive);
  });

  it("lets sign-in forms go to the OpenID Connect issuer, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { oidcIssuer: "https://login.example.nl/realms/rijk" })).toContain(
      "form-action 'self' https://login.example.nl;",
    );
    expect(contentSecurityPolicy("n", { oidcIssuer: "not a url" })).toContain("form-action 'self';");
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("has the static headers the issue asks for", () => {
    const headers = Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(headers).toMatchObject({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });
});

describe("client address", () => {
  it("takes the first X-Forwarded-For hop, else X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": " 203.0.113.5 , 10.0.0.1" }))).toBe("203.0.113.5");
    expect(clientIp(new Headers({ "x-real-ip": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp(new Headers())).toBeNull();
  });
});

describe("auth cookies", () => {
  it("are HttpOnly and SameSite=Lax, and Secure with __Secure-/__Host- names only on https", () => {
    expect(usesSecureCookies("https://integriteit.example.nl")).toBe(true);
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    expect(usesSecureCookies(undefined)).toBe(false);
    const secure = authCookies(true);
    expect(secure.sessionToken).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
    expect(secure.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    for (const cookie of Object.values(secure))
      expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    const plain = authCookies(false);
    for (const cookie of Object.values(plain)) {
      expect(cookie.name).not.toMatch(/^__(Secure|Host)-/);
      expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
    }
    // lib/auth/session.ts and proxy.ts read exactly the names next-auth is told to write.
    expect(SESSION_COOKIES).toEqual([sessionCookieName(true), sessionCookieName(false)]);
    expect([secure.sessionToken?.name, plain.sessionToken?.name]).toEqual([...SESSION_COOKIES]);
  });
});
