// A real OpenID provider for the single sign-on tests (tests/e2e/sso.spec.ts) and for trying the README's
// single sign-on section by hand: `oidc-provider` on localhost with its own login and consent pages
// (devInteractions: any password is accepted, the login name picks the account below).
//
// Its claims configuration is the library's default, as most providers ship: `conformIdTokenClaims` stays
// on, so claims asked for by scope (email, email_verified, name) go ONLY to the userinfo endpoint, never
// into the ID token. The only addition is the standard mapping of the `email` and `profile` scopes to their
// claims (the library's default maps `openid` to `sub` alone).
//
//   npx tsx tests/support/oidc-provider.ts        (env: OIDC_PROVIDER_PORT=3105, PORTAL_URL=http://localhost:3000)
//
// Client: id "integriteitsportaal", secret "test-secret-not-for-production", redirect URI
// <PORTAL_URL>/api/auth/callback/oidc, post-logout redirect URI <PORTAL_URL>/aanmelden.
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PROVIDER_PORT ?? 3105);
const portal = (process.env.PORTAL_URL ?? "http://localhost:3000").replace(/\/$/, "");
const issuer = `http://localhost:${port}`;

export const SSO_CLIENT = { id: "integriteitsportaal", secret: "test-secret-not-for-production" };

interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

/** Login name -> account. The subject is the login name. */
export const SSO_ACCOUNTS: Record<string, TestAccount> = {
  // Fatima El Amrani (demo employee, BZK): known, verified.
  fatima: { email: "fatima.el.amrani@bzk.example", email_verified: true, name: "Fatima El Amrani" },
  // Fatima's account recreated at the provider: the same verified address, a new subject.
  "fatima-nieuw": { email: "fatima.el.amrani@bzk.example", email_verified: true, name: "Fatima El Amrani" },
  // Pieter Mulder (demo administrator, BZK).
  pieter: { email: "pieter.mulder@bzk.example", email_verified: true, name: "Pieter Mulder" },
  // An address the portal does not know.
  onbekend: { email: "onbekend@elders.example", email_verified: true, name: "Onbekende Persoon" },
  // Thomas Jansen's address, but the provider has not verified it.
  onbevestigd: { email: "thomas.jansen@bzk.example", email_verified: false, name: "Thomas Jansen" },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: SSO_CLIENT.id,
      client_secret: SSO_CLIENT.secret,
      redirect_uris: [`${portal}/api/auth/callback/oidc`],
      post_logout_redirect_uris: [`${portal}/aanmelden`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: {
    acr: null,
    sid: null,
    auth_time: null,
    iss: null,
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["name"],
  },
  cookies: { keys: ["oidc-provider-test-cookie-key-not-for-production"] },
  async findAccount(_ctx, sub) {
    const account = SSO_ACCOUNTS[sub];
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...account }) };
  },
});

provider.listen(port, () => {
  console.log(`oidc-provider for the portal at ${portal}: ${issuer}/.well-known/openid-configuration`);
});
