// The connections the portal makes and the addresses it answers on: the database (DATABASE_URL or the
// embedded PGlite), single sign-on (OIDC_*), the session key and public address (NEXTAUTH_*), and SMTP.
// Each check throws a ConfigError naming the setting and never quotes a secret. Part of lib/config (decision 045).
import path from "node:path";
import { ConfigError, isLocalHost, value, type Env } from "./settings";
import { demoRequested } from "./demo";

const SECRET_MIN_LENGTH = 32;
const SECRET_MIN_DISTINCT = 8;

export type DbTarget =
  | { kind: "postgres"; connectionString: string; display: string }
  | { kind: "pglite"; dataDir: string; display: string };

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** Hides the password of a connection string for messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    // "user:secret@host" parses as a URL of scheme "user:" with no host: its "password" is in the path.
    if (!url.host && raw.includes("@")) return "(unparseable URL)";
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    // Not a URL: hide everything between "user:" and the last "@" (a password may itself hold an "@");
    // text with an "@" in another shape is not shown at all.
    const masked = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:).*@/i, "$1***@");
    return masked !== raw || !raw.includes("@") ? masked : "(unparseable URL)";
  }
}

/**
 * The database: DATABASE_URL; else the embedded PGlite in PGLITE_DATA_DIR (set explicitly: single-instance
 * use and tests); else, in demo mode only, the embedded PGlite in .data/pglite. Neither: stop.
 */
export function resolveDbTarget(env: Env = process.env): DbTarget {
  const raw = value(env, "DATABASE_URL");
  if (raw === undefined) {
    const explicit = value(env, "PGLITE_DATA_DIR");
    if (explicit === undefined && !demoRequested(env)) {
      throw new ConfigError(
        "DATABASE_URL",
        "DATABASE_URL is not set. Outside demo mode the portal needs a database: set DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DATABASE " +
          "(or PGLITE_DATA_DIR for the embedded database of a single instance). For the demo with invented people, run `npm start` or set PORTAL_DEMO=on.",
      );
    }
    // Run-time data, never a build input: not for the build's file tracing (decision 045).
    const dataDir = path.resolve(/*turbopackIgnore: true*/ explicit ?? path.join(process.cwd(), ".data", "pglite"));
    return { kind: "pglite", dataDir, display: `embedded PGlite at ${dataDir}` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "DATABASE_URL",
      "DATABASE_URL is not a valid URL. Use the form postgresql://USER:PASSWORD@HOST:5432/DATABASE.",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      "DATABASE_URL",
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"). The portal only supports PostgreSQL.`,
    );
  }
  if (!url.hostname || url.pathname.replace("/", "") === "") {
    throw new ConfigError(
      "DATABASE_URL",
      `DATABASE_URL ${redactUrl(raw)} lacks a host or a database name. Use postgresql://USER:PASSWORD@HOST:5432/DATABASE.`,
    );
  }
  return { kind: "postgres", connectionString: raw, display: `PostgreSQL at ${redactUrl(raw)}` };
}

/** Single sign-on: null when none of the three is set; a ConfigError naming the missing ones when half of it is. */
export function readOidcSettings(env: Env = process.env, options: { requireHttps?: boolean } = {}): OidcConfig | null {
  const keys = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
  const present = keys.filter((k) => value(env, k) !== undefined);
  if (present.length === 0) return null;
  const missing = keys.filter((k) => value(env, k) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      missing[0]!,
      `Single sign-on is half configured: ${present.join(", ")} set, but ${missing.join(", ")} missing. ` +
        "Set all three (see README, 'Single sign-on'), or none to run without single sign-on.",
    );
  }
  let issuer: URL;
  try {
    issuer = new URL(value(env, "OIDC_ISSUER")!);
  } catch {
    throw new ConfigError(
      "OIDC_ISSUER",
      "OIDC_ISSUER is not a URL (for example https://login.microsoftonline.com/<tenant>/v2.0).",
    );
  }
  if (options.requireHttps && issuer.protocol !== "https:" && !isLocalHost(issuer.hostname)) {
    throw new ConfigError(
      "OIDC_ISSUER",
      "OIDC_ISSUER must be an https:// address (only a provider on this machine may use http).",
    );
  }
  return {
    issuer: issuer.toString().replace(/\/$/, ""),
    clientId: value(env, "OIDC_CLIENT_ID")!,
    clientSecret: value(env, "OIDC_CLIENT_SECRET")!,
    name: value(env, "OIDC_NAME") ?? "Single sign-on",
  };
}

/** NEXTAUTH_SECRET (or AUTH_SECRET), checked; null in demo mode without one (the generated demo key is used). */
export function authSecretSetting(env: Env, demo: boolean): string | null {
  const name =
    value(env, "NEXTAUTH_SECRET") !== undefined
      ? "NEXTAUTH_SECRET"
      : value(env, "AUTH_SECRET") !== undefined
        ? "AUTH_SECRET"
        : "NEXTAUTH_SECRET";
  const secret = value(env, name);
  if (secret === undefined) {
    if (demo) return null;
    throw new ConfigError(
      "NEXTAUTH_SECRET",
      "NEXTAUTH_SECRET is not set. Outside demo mode it is required: the key that signs sessions, the same on every instance. " +
        "Generate one with: openssl rand -base64 32",
    );
  }
  if (secret.length < SECRET_MIN_LENGTH) {
    throw new ConfigError(
      name,
      `${name} is too short (${secret.length} characters; at least ${SECRET_MIN_LENGTH} are needed). Generate one with: openssl rand -base64 32`,
    );
  }
  if (new Set(secret).size < SECRET_MIN_DISTINCT) {
    throw new ConfigError(
      name,
      `${name} is too weak (it repeats a few characters). Generate one with: openssl rand -base64 32`,
    );
  }
  return secret;
}

export function checkNextAuthUrl(env: Env, demo: boolean): string | null {
  const raw = value(env, "NEXTAUTH_URL");
  if (raw === undefined) {
    if (demo) return null;
    throw new ConfigError(
      "NEXTAUTH_URL",
      "NEXTAUTH_URL is not set. Outside demo mode it is required: the public address people use, e.g. https://integriteit.example.nl " +
        "(e-mail links and secure cookies depend on it).",
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "NEXTAUTH_URL",
      "NEXTAUTH_URL is not a URL. Use the public address, e.g. https://integriteit.example.nl.",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError("NEXTAUTH_URL", "NEXTAUTH_URL must start with https://.");
  }
  if (!demo && url.protocol !== "https:" && !isLocalHost(url.hostname)) {
    throw new ConfigError(
      "NEXTAUTH_URL",
      `NEXTAUTH_URL must be an https:// address outside demo mode (got http:// for ${url.hostname}); only localhost may use http.`,
    );
  }
  return raw.replace(/\/$/, "");
}

/** SMTP_URL: absent, or smtp:// / smtps:// with a host. Never quotes the value (it may hold a password). */
export function checkSmtpUrl(env: Env = process.env): string | null {
  const raw = value(env, "SMTP_URL");
  if (raw === undefined) return null;
  const shape =
    "Use smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465, or leave SMTP_URL unset to keep e-mail in the outbox.";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("SMTP_URL", `SMTP_URL is not a valid URL. ${shape}`);
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new ConfigError(
      "SMTP_URL",
      `SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//"). ${shape}`,
    );
  }
  if (!url.hostname) throw new ConfigError("SMTP_URL", `SMTP_URL has no host. ${shape}`);
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536))
    throw new ConfigError("SMTP_URL", `SMTP_URL has an invalid port. ${shape}`);
  return raw;
}
