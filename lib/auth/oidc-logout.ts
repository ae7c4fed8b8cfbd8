// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): signing out of the portal also ends the
// session at the identity provider, when its discovery document advertises an end_session_endpoint.
// Without it, on a shared workstation the next person to press the sign-in button would be signed in as the
// previous one by the provider's own session (docs/decisions/033-single-sign-on.md).
import { log } from "@/lib/log";
import type { OidcConfig } from "./oidc";

/** An ID token longer than this is not kept in the session cookie (it would be split over several cookies). */
export const MAX_STORED_ID_TOKEN = 2400;

const discovered = new Map<string, Promise<string | null>>();

async function fetchEndSessionEndpoint(issuer: string): Promise<string | null> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const doc = (await response.json()) as { end_session_endpoint?: unknown };
  if (typeof doc.end_session_endpoint !== "string") return null;
  const url = new URL(doc.end_session_endpoint);
  // Only http(s): the browser is sent there.
  return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
}

/** The provider's end_session_endpoint, or null when it advertises none (asked once per process; a failure is retried next time). */
export async function endSessionEndpoint(config: OidcConfig): Promise<string | null> {
  let pending = discovered.get(config.issuer);
  if (!pending) {
    pending = fetchEndSessionEndpoint(config.issuer);
    discovered.set(config.issuer, pending);
    pending.catch(() => discovered.delete(config.issuer));
  }
  try {
    return await pending;
  } catch (error) {
    log("warn", "auth.end-session-discovery-failed", { errorName: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}

/**
 * Where to send the browser to end the provider's session: end_session_endpoint with id_token_hint (when the
 * session kept it), client_id, and post_logout_redirect_uri back to the portal's sign-in page. Null when the
 * provider offers no such endpoint (then only the portal's session ends).
 */
export async function providerLogoutUrl(
  config: OidcConfig,
  idToken: string | null,
  postLogoutRedirectUri: string,
): Promise<string | null> {
  const endpoint = await endSessionEndpoint(config);
  if (!endpoint) return null;
  const url = new URL(endpoint);
  if (idToken) url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  return url.toString();
}
