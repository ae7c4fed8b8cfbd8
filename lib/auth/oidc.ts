// Single sign-on over OpenID Connect (Microsoft Entra ID, Keycloak, ADFS), configured by environment and
// checked at start by lib/config (which also requires https outside demo mode).
import { readOidcSettings, type Env, type OidcConfig } from "@/lib/config";

export type { OidcConfig } from "@/lib/config";

/** null when single sign-on is not configured; an error naming the missing variables when half of it is. */
export function readOidcConfig(env: Env = process.env): OidcConfig | null {
  return readOidcSettings(env);
}
