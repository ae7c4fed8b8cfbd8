// The claims a single sign-on identity is judged by: those of the validated ID token, with `email` and
// `email_verified` filled in from the provider's userinfo endpoint where the ID token lacks them.
// Most providers in their default set-up (Keycloak's client scopes, ADFS, Entra ID without optional claims,
// oidc-provider) put the address only in userinfo; the ID token alone would turn every employee away.
// openid-client's userinfo() refuses an answer whose `sub` differs from the ID token's, so userinfo can
// add an address but never change whose identity this is (docs/decisions/033-single-sign-on.md).
import type { Client, TokenSet } from "openid-client";

type Claims = Record<string, unknown>;

export interface UserinfoSource {
  userinfo(tokens: TokenSet): Promise<Claims>;
}

export async function oidcClaims(tokens: TokenSet, client: Pick<Client, "userinfo"> | UserinfoSource): Promise<Claims> {
  const claims: Claims = { ...tokens.claims() };
  const hasEmail = typeof claims.email === "string" && claims.email.trim() !== "";
  if (hasEmail && claims.email_verified !== undefined) return claims;
  if (!tokens.access_token) return claims;
  const info = (await (client as UserinfoSource).userinfo(tokens)) as Claims;
  if (!hasEmail) {
    if (typeof info.email === "string") claims.email = info.email;
    if (info.email_verified !== undefined) claims.email_verified = info.email_verified;
  } else if (
    typeof info.email === "string" &&
    info.email.toLowerCase() === String(claims.email).toLowerCase() &&
    info.email_verified !== undefined
  ) {
    // The ID token named the address but not whether it is verified: userinfo may say so for that same address.
    claims.email_verified = info.email_verified;
  }
  if (claims.name === undefined && typeof info.name === "string") claims.name = info.name;
  return claims;
}
