// Signing out: ends the portal session (the session cookie is removed) and, with single sign-on, the
// identity provider's session too (RP-initiated logout, lib/auth/oidc-logout.ts). A POST from the portal's
// own pages only (a plain form, so it works without JavaScript); a sign-out link cannot be forged from
// another site. Anyone may call it: signing out needs no right.
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIES, usesSecureCookies } from "@/lib/auth/cookies";
import { readOidcConfig } from "@/lib/auth/oidc";
import { providerLogoutUrl } from "@/lib/auth/oidc-logout";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { isDemoMode } from "@/lib/db/config";
import { portalAddress } from "@/lib/config";
import { refuseCrossOrigin } from "@/lib/http/origin";
import { log } from "@/lib/log";

export async function POST(request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const jar = await cookies();
  // next-auth splits a large token over "<name>.0", "<name>.1", ...: remove those too.
  const sessionCookies = jar
    .getAll()
    .map((c) => c.name)
    .filter((name) => SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`)));
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  let idToken: string | null = null;
  let personId: string | undefined;
  if (raw) {
    const token = await decode({ token: raw, secret: resolveAuthSecret(isDemoMode()) }).catch(() => null);
    if (token && typeof token.idToken === "string") idToken = token.idToken;
    if (token && typeof token.personId === "string") personId = token.personId;
  }
  const base = portalAddress() ?? new URL(request.url).origin.replace(/\/$/, "");
  const signInPage = `${base}/aanmelden`;
  const oidc = readOidcConfig();
  // With single sign-on, a browser that held a session (even an expired one) also leaves the provider.
  const target =
    (oidc && sessionCookies.length > 0 ? await providerLogoutUrl(oidc, idToken, signInPage) : null) ?? signInPage;
  log("info", "auth.signed-out", { personId, reason: target === signInPage ? "portal" : "provider" });
  const response = new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
  for (const name of sessionCookies) {
    const secure = name.startsWith("__Secure-") || usesSecureCookies();
    response.headers.append(
      "Set-Cookie",
      `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return response;
}
