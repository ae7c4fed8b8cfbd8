// next-auth configuration: OpenID Connect for real deployments, a demo sign-in for the demo only.
import type { NextAuthOptions } from "next-auth";
import type { TokenSet } from "openid-client";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { isDemoMode } from "@/lib/config";
import { readOidcConfig } from "./oidc";
import { refuseSignIn, resolveOidcPerson, type OidcIdentity } from "./oidc-link";
import { oidcClaims } from "./oidc-claims";
import { MAX_STORED_ID_TOKEN } from "./oidc-logout";
import { SESSION_IDLE_MINUTES, type SessionClaims } from "./session-lifetime";
import { resolveAuthSecret } from "./secret";
import { authCookies, usesSecureCookies } from "./cookies";

/**
 * The demo sign-in exists only in demo mode: asked for with PORTAL_DEMO on a database on this machine,
 * never together with single sign-on (lib/config refuses that combination at start; isDemoMode is false
 * for it anyway). See docs/decisions/034-configuration-and-demo-mode.md.
 */
export function demoSignInEnabled(): boolean {
  return isDemoMode();
}

async function findActivePerson(where: { id: string }) {
  const db = await getDb();
  const person = await db.person.findFirst({
    where: { ...where, disabledAt: null },
    select: { id: true, sessionVersion: true, employmentEnd: true },
  });
  if (!person) return null;
  if (person.employmentEnd && person.employmentEnd.getTime() < Date.now() - 86_400_000) return null;
  return person;
}

function oidcIdentity(
  signedIn: { id: string; email?: string | null },
  account: { providerAccountId?: string } | null,
): OidcIdentity {
  const user = signedIn as { id: string; email?: string | null; emailVerified?: unknown };
  return {
    subject: String(account?.providerAccountId ?? user.id ?? ""),
    email: typeof user.email === "string" ? user.email : null,
    emailVerified: user.emailVerified === true,
  };
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const oidc = readOidcConfig();
  const demo = demoSignInEnabled();
  const providers: NextAuthOptions["providers"] = [];
  if (oidc) {
    providers.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      // The ID token is validated (signature, issuer, audience, expiry) by openid-client; its claims are the
      // profile, with e-mail and email_verified filled in from the userinfo endpoint where the ID token lacks
      // them, as most providers' default set-ups do (lib/auth/oidc-claims.ts, docs/decisions/033-single-sign-on.md).
      idToken: true,
      // next-auth passes openid-client's TokenSet from client.callback() (typed only as its parameters).
      userinfo: { request: ({ tokens, client }) => oidcClaims(tokens as TokenSet, client) },
      checks: ["pkce", "state"],
      profile(profile: Record<string, unknown>) {
        // Only the "email" claim counts (preferred_username / upn can be changed by users at some providers).
        const email = typeof profile.email === "string" ? profile.email.toLowerCase() : null;
        return {
          id: String(profile.sub),
          email,
          name: String(profile.name ?? email ?? ""),
          emailVerified: profile.email_verified === true || profile.email_verified === "true",
        };
      },
    });
  }
  if (demo) {
    providers.push(
      CredentialsProvider({
        id: "demo",
        name: "Demo",
        credentials: { personId: { label: "Person", type: "text" } },
        async authorize(credentials) {
          if (!demoSignInEnabled()) return null;
          const personId = typeof credentials?.personId === "string" ? credentials.personId : "";
          if (!personId) return null;
          const person = await findActivePerson({ id: personId });
          return person ? { id: person.id } : null;
        },
      }),
    );
  }
  cached = {
    secret: resolveAuthSecret(),
    providers,
    session: { strategy: "jwt", maxAge: SESSION_IDLE_MINUTES * 60, updateAge: 60 },
    jwt: { maxAge: SESSION_IDLE_MINUTES * 60 },
    pages: { signIn: "/aanmelden", error: "/aanmelden" },
    // Explicit cookie names and flags (lib/auth/cookies.ts); SESSION_COOKIES there lists the session cookie's names.
    useSecureCookies: usesSecureCookies(),
    cookies: authCookies(),
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "demo") return demoSignInEnabled();
        // Single sign-on: the identity must match an active person (see lib/auth/oidc-link.ts), else "no access";
        // every refusal is logged with its reason, and audited when the person is known.
        const db = await getDb();
        const result = await resolveOidcPerson(db, oidcIdentity(user, account));
        if (result.ok) return true;
        await refuseSignIn(db, result.reason, result.person);
        return "/geen-toegang";
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          let person: { id: string; sessionVersion: number } | null;
          if (account.provider === "demo") person = await findActivePerson({ id: user.id });
          else {
            const result = await resolveOidcPerson(await getDb(), oidcIdentity(user, account));
            person = result.ok ? result.person : null;
          }
          if (!person) return { ...token, personId: undefined };
          const claims: SessionClaims = {
            personId: person.id,
            sessionVersion: person.sessionVersion,
            authTime: Math.floor(Date.now() / 1000),
            // Minted in demo mode: refused by lib/auth/session.ts and proxy.ts outside it, whatever the key.
            ...(isDemoMode() ? { demo: true } : {}),
          };
          // The ID token stays in the encrypted session cookie (never in the session the browser reads) as the
          // id_token_hint of the provider's logout (app/afmelden/route.ts).
          // A token too long for one cookie is not kept: the logout then names the client instead (client_id).
          const idToken =
            account.provider === "oidc" &&
            typeof account.id_token === "string" &&
            account.id_token.length <= MAX_STORED_ID_TOKEN
              ? account.id_token
              : undefined;
          return { ...token, ...claims, sub: person.id, idToken };
        }
        return token;
      },
      async session({ session, token }) {
        // Only these claims reach the browser; everything else is read from the database per request.
        return {
          expires: session.expires,
          personId: token.personId,
          sessionVersion: token.sessionVersion,
          authTime: token.authTime,
        } as unknown as typeof session;
      },
    },
  };
  return cached;
}
