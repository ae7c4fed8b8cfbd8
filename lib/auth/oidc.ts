// Single sign-on over OpenID Connect (Microsoft Entra ID, Keycloak, ADFS), configured by environment.
import { DbConfigError } from "@/lib/db/config";

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

const KEYS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/** null when single sign-on is not configured; an error naming the missing variables when half of it is. */
export function readOidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const present = KEYS.filter((k) => env[k]?.trim());
  if (present.length === 0) return null;
  const missing = KEYS.filter((k) => !env[k]?.trim());
  if (missing.length > 0) {
    throw new DbConfigError(
      `Single sign-on is half configured: ${present.join(", ")} set, but ${missing.join(", ")} missing. ` +
        "Set all three (see README, 'Single sign-on'), or none to run without single sign-on.",
    );
  }
  let issuer: URL;
  try {
    issuer = new URL(env.OIDC_ISSUER!.trim());
  } catch {
    throw new DbConfigError(`OIDC_ISSUER is not a URL (for example https://login.microsoftonline.com/<tenant>/v2.0).`);
  }
  return {
    issuer: issuer.toString().replace(/\/$/, ""),
    clientId: env.OIDC_CLIENT_ID!.trim(),
    clientSecret: env.OIDC_CLIENT_SECRET!.trim(),
    name: env.OIDC_NAME?.trim() || "Single sign-on",
  };
}
