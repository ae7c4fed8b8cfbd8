// The portal's settings: read and checked ONCE at start (lib/startup.ts, before the server answers), in
// this one module. Each failure is a ConfigError that names the setting and says, in an operator's words,
// what is wrong and what to do; the start then stops with exit 1 and one JSON log line (loadConfigOrExit).
// No message ever quotes a secret's value.
//
// Demo mode (invented people, password-less sign-in, mail kept in the portal) is on ONLY when asked for:
// PORTAL_DEMO=on (or the older `local-postgres`) on the embedded database or a PostgreSQL on this machine.
// It is never inferred from a missing variable. See docs/decisions/034-configuration-and-demo-mode.md.
//
// SETTINGS below is the list of settings; docs/operations.md's table is tested against it
// (tests/unit/config-docs.test.ts).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  readonly setting: string;
  constructor(setting: string, message: string) {
    super(message);
    this.name = "ConfigError";
    this.setting = setting;
  }
}

export interface SettingDoc {
  name: string;
  /** As the operator reads it in docs/operations.md. */
  default: string;
}

/** Every setting the portal reads. docs/operations.md §2 lists exactly these (a unit test compares them). */
export const SETTINGS: readonly SettingDoc[] = [
  { name: "PORTAL_DEMO", default: "unset (npm start sets on when DATABASE_URL is unset)" },
  { name: "DATABASE_URL", default: "required outside demo mode (or PGLITE_DATA_DIR)" },
  { name: "MIGRATION_DATABASE_URL", default: "unset → migrations run with `DATABASE_URL`" },
  { name: "DATABASE_POOL_SIZE", default: "10" },
  { name: "PGLITE_DATA_DIR", default: "demo: .data/pglite" },
  { name: "NEXTAUTH_URL", default: "demo: http://localhost:<PORT>" },
  { name: "NEXTAUTH_SECRET", default: "demo: generated into .data/auth-secret" },
  { name: "OIDC_ISSUER", default: "required outside demo mode" },
  { name: "OIDC_CLIENT_ID", default: "required outside demo mode" },
  { name: "OIDC_CLIENT_SECRET", default: "required outside demo mode" },
  { name: "OIDC_NAME", default: "Single sign-on" },
  { name: "OIDC_TRUST_EMAIL", default: "false" },
  { name: "SESSION_IDLE_MINUTES", default: "30" },
  { name: "SESSION_ABSOLUTE_HOURS", default: "10" },
  { name: "RATE_LIMIT_SIGN_IN_PER_15_MIN", default: "10" },
  { name: "RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN", default: "50" },
  { name: "RATE_LIMIT_SUBMIT_PER_HOUR", default: "30" },
  { name: "SMTP_URL", default: "unset: e-mail stays in the outbox (demo: kept in the portal)" },
  { name: "MAIL_FROM", default: "Integriteitsportaal <no-reply@localhost>" },
  { name: "MAIL_DIGEST_MINUTES", default: "15 (demo: 0)" },
  { name: "DECISION_OVERDUE_DAYS", default: "10" },
  { name: "PORTAL_JOBS", default: "on" },
  { name: "AUDIT_CHECKPOINT_KEY", default: "derived from `NEXTAUTH_SECRET`" },
  { name: "AUDIT_CHECKPOINT_FILE", default: "unset → log only" },
  { name: "AUDIT_CHECKPOINT_MINUTES", default: "15" },
  { name: "LOG_LEVEL", default: "info" },
  { name: "PORT", default: "3000" },
  { name: "PORTAL_SHUTDOWN_GRACE_SECONDS", default: "25" },
  { name: "PRISMA_SCHEMA_ENGINE_WASM", default: "bundled" },
];

/**
 * Names the portal does not read as settings but that legitimately appear in its environment (aliases,
 * Next's and the tests' own): never reported as typos.
 */
const OTHER_KNOWN = [
  "AUTH_SECRET",
  "NEXTAUTH_URL_INTERNAL",
  "NODE_ENV",
  "NEXT_RUNTIME",
  "PORTAL_BENCH",
  "TEST_DATABASE_URL",
  "E2E_DATABASE_URL",
  "E2E_PORT",
  "CHROMIUM_PATH",
  "VITEST",
];

const DEMO_VALUES = new Set(["on", "local-postgres"]);
const OFF_VALUES = new Set(["", "off"]);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const SECRET_MIN_LENGTH = 32;
const SECRET_MIN_DISTINCT = 8;

/** Where the demo keeps its generated session key (never accepted outside demo mode). */
export function demoSecretFile(cwd: string = process.cwd()): string {
  return path.join(cwd, ".data", "auth-secret");
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

/** Runs a Zod schema over one setting; the first issue's message becomes the ConfigError of that setting. */
function check<T>(env: Env, name: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(name, `${name} ${result.error.issues[0]?.message ?? "has an invalid value"} (got "${raw.slice(0, 40)}").`);
}

const positiveNumber = z.coerce
  .number({ error: "must be a positive number" })
  .refine((n) => Number.isFinite(n) && n > 0, { error: "must be a positive number" });
const positiveInteger = z.coerce
  .number({ error: "must be a positive whole number" })
  .refine((n) => Number.isInteger(n) && n > 0, { error: "must be a positive whole number" });
const nonNegativeInteger = z.coerce
  .number({ error: "must be a whole number, 0 or more" })
  .refine((n) => Number.isInteger(n) && n >= 0, { error: "must be a whole number, 0 or more" });

/** A positive number setting (a mistyped "10h" must not switch a limit off): shared by every module that reads one. */
export function positiveNumberSetting(name: string, fallback: number, env: Env = process.env): number {
  return check(env, name, positiveNumber.transform(Number), fallback);
}

export function positiveIntegerSetting(name: string, fallback: number, env: Env = process.env): number {
  return check(env, name, positiveInteger.transform(Number), fallback);
}

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------
// Demo decision

/** Whether PORTAL_DEMO asks for the demo (not yet whether the demo is allowed here: loadConfig checks that). */
export function demoRequested(env: Env = process.env): boolean {
  const raw = value(env, "PORTAL_DEMO")?.toLowerCase();
  return raw !== undefined && DEMO_VALUES.has(raw);
}

function oidcTouched(env: Env): boolean {
  return ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"].some((k) => value(env, k) !== undefined);
}

function databaseIsLocal(env: Env): boolean {
  const raw = value(env, "DATABASE_URL");
  if (raw === undefined) return true;
  try {
    return isLocalHost(new URL(raw).hostname);
  } catch {
    return false;
  }
}

/**
 * Demo mode, as every module asks it at run time: asked for (PORTAL_DEMO), on a database on this machine,
 * and without single sign-on. Never throws: any doubt is "not demo" (the start has already refused the
 * contradictory combinations with a message).
 */
export function isDemoMode(env: Env = process.env): boolean {
  return demoRequested(env) && databaseIsLocal(env) && !oidcTouched(env);
}

// ---------------------------------------------------------------------------------------------------
// Typos of known settings

export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

const KNOWN_NAMES = [...SETTINGS.map((s) => s.name), ...OTHER_KNOWN];
const KNOWN = new Set(KNOWN_NAMES);

/** The known setting an unknown environment variable most likely misspells, or null. */
export function likelyTypo(name: string): string | null {
  if (KNOWN.has(name) || !/^[A-Z][A-Z0-9_]*$/.test(name) || name.length < 6) return null;
  let best: { name: string; distance: number } | null = null;
  for (const known of KNOWN_NAMES) {
    const distance = levenshtein(name, known);
    if (!best || distance < best.distance) best = { name: known, distance };
  }
  if (!best) return null;
  // Two edits (a dropped and a swapped letter) for names of 8 characters or more, one for shorter ones.
  const allowed = best.name.length >= 8 ? 2 : 1;
  return best.distance <= allowed ? best.name : null;
}

// ---------------------------------------------------------------------------------------------------
// The configuration

export type DbTarget =
  | { kind: "postgres"; connectionString: string; display: string }
  | { kind: "pglite"; dataDir: string; display: string };

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

export interface ConfigWarning {
  setting: string;
  reason: string;
  message: string;
}

export interface PortalConfig {
  demo: boolean;
  database: DbTarget;
  auth: {
    /** null in demo mode without NEXTAUTH_SECRET: the generated key in .data/auth-secret is used. */
    secret: string | null;
    url: string | null;
  };
  oidc: OidcConfig | null;
  mail: { smtpUrl: string | null; from: string; digestMinutes: number };
  session: { idleMinutes: number; absoluteHours: number };
  rateLimits: { signInPerAccount: number; signInPerIp: number; submitPerHour: number };
  decisionOverdueDays: number;
  databasePoolSize: number;
  jobs: boolean;
  warnings: ConfigWarning[];
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
    throw new ConfigError("OIDC_ISSUER", "OIDC_ISSUER is not a URL (for example https://login.microsoftonline.com/<tenant>/v2.0).");
  }
  if (options.requireHttps && issuer.protocol !== "https:" && !isLocalHost(issuer.hostname)) {
    throw new ConfigError("OIDC_ISSUER", "OIDC_ISSUER must be an https:// address (only a provider on this machine may use http).");
  }
  return {
    issuer: issuer.toString().replace(/\/$/, ""),
    clientId: value(env, "OIDC_CLIENT_ID")!,
    clientSecret: value(env, "OIDC_CLIENT_SECRET")!,
    name: value(env, "OIDC_NAME") ?? "Single sign-on",
  };
}

function readDemoSecretFile(): string | null {
  try {
    return fs.readFileSync(demoSecretFile(), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** NEXTAUTH_SECRET (or AUTH_SECRET), checked; null in demo mode without one (the generated demo key is used). */
export function authSecretSetting(env: Env, demo: boolean): string | null {
  const name = value(env, "NEXTAUTH_SECRET") !== undefined ? "NEXTAUTH_SECRET" : value(env, "AUTH_SECRET") !== undefined ? "AUTH_SECRET" : "NEXTAUTH_SECRET";
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
    throw new ConfigError(name, `${name} is too weak (it repeats a few characters). Generate one with: openssl rand -base64 32`);
  }
  return secret;
}

function checkNextAuthUrl(env: Env, demo: boolean): string | null {
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
    throw new ConfigError("NEXTAUTH_URL", "NEXTAUTH_URL is not a URL. Use the public address, e.g. https://integriteit.example.nl.");
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
  const shape = "Use smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465, or leave SMTP_URL unset to keep e-mail in the outbox.";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("SMTP_URL", `SMTP_URL is not a valid URL. ${shape}`);
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new ConfigError("SMTP_URL", `SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//"). ${shape}`);
  }
  if (!url.hostname) throw new ConfigError("SMTP_URL", `SMTP_URL has no host. ${shape}`);
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw new ConfigError("SMTP_URL", `SMTP_URL has an invalid port. ${shape}`);
  return raw;
}

const oneOf = (values: string[]) => z.string().refine((v) => values.includes(v.toLowerCase()), { error: `must be one of: ${values.join(", ")}` });
const mailAddress = z.string().regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, { error: 'must be an e-mail address, e.g. "Integriteitsportaal <no-reply@example.nl>"' });

/**
 * Reads and checks every setting. Throws the first ConfigError; returns the configuration and the
 * warnings an operator should see (e-mail without SMTP, ...). Pure but for reading the demo key file.
 */
export function loadConfig(env: Env = process.env): PortalConfig {
  // A misspelt setting first: otherwise "NEXTAUTH_SECRET is not set" hides that NEXTAUTH_SECERT is.
  for (const name of Object.keys(env).sort()) {
    const known = likelyTypo(name);
    if (known) throw new ConfigError(name, `${name} is not a setting of the portal; did you mean ${known}? Rename it (the start stops rather than ignore it).`);
  }
  const demoRaw = value(env, "PORTAL_DEMO")?.toLowerCase();
  if (demoRaw !== undefined && !DEMO_VALUES.has(demoRaw) && !OFF_VALUES.has(demoRaw)) {
    throw new ConfigError("PORTAL_DEMO", `PORTAL_DEMO must be "on" (the demo with invented people and password-less sign-in) or "off"; it is "${demoRaw.slice(0, 20)}".`);
  }
  const demo = demoRequested(env);
  if (demo && oidcTouched(env)) {
    throw new ConfigError(
      "PORTAL_DEMO",
      "PORTAL_DEMO is set together with single sign-on (OIDC_*). Demo mode lets anyone sign in without a password as an invented person; " +
        "it never runs beside a real sign-in. Remove PORTAL_DEMO for production, or the OIDC_* settings for the demo.",
    );
  }
  if (demo && !databaseIsLocal(env)) {
    throw new ConfigError(
      "PORTAL_DEMO",
      "PORTAL_DEMO is set but DATABASE_URL points at a server on another machine. Demo mode only runs on the embedded database or a PostgreSQL on this machine; " +
        "remove PORTAL_DEMO for production.",
    );
  }
  const database = resolveDbTarget(env);
  const secret = authSecretSetting(env, demo);
  if (!demo && secret !== null && secret === readDemoSecretFile()) {
    throw new ConfigError(
      value(env, "NEXTAUTH_SECRET") !== undefined ? "NEXTAUTH_SECRET" : "AUTH_SECRET",
      "NEXTAUTH_SECRET is the demo's generated key (.data/auth-secret), which every demo started in this folder shares. Generate a new one with: openssl rand -base64 32",
    );
  }
  const url = checkNextAuthUrl(env, demo);
  const oidc = readOidcSettings(env, { requireHttps: !demo });
  if (!demo && oidc === null) {
    throw new ConfigError(
      "OIDC_ISSUER",
      "No sign-in method is configured. Outside demo mode people sign in through single sign-on: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET " +
        "(README, 'Single sign-on'). For the demo, run `npm start` or set PORTAL_DEMO=on.",
    );
  }
  check(env, "OIDC_TRUST_EMAIL", oneOf(["true", "false"]), "false");
  const smtpUrl = checkSmtpUrl(env);
  const from = check(env, "MAIL_FROM", mailAddress, "Integriteitsportaal <no-reply@localhost>");
  const digestMinutes = check(env, "MAIL_DIGEST_MINUTES", nonNegativeInteger.transform(Number), demo && !smtpUrl ? 0 : 15);
  const jobs = check(env, "PORTAL_JOBS", oneOf(["on", "off"]), "on").toLowerCase() !== "off";
  check(env, "LOG_LEVEL", oneOf(["debug", "info", "warn", "error", "silent", "off"]), "info");
  check(env, "PORT", positiveInteger.refine((n) => n < 65536, { error: "must be a port number (1-65535)" }), 3000);
  // Read for use by lib/shutdown.ts; checked here so a bad value stops the start.
  check(env, "PORTAL_SHUTDOWN_GRACE_SECONDS", nonNegativeInteger.refine((n) => Number(n) <= 600, { error: "must be a number of seconds from 0 to 600" }), 25);
  const warnings: ConfigWarning[] = [];
  if (!demo && smtpUrl === null) {
    warnings.push({
      setting: "SMTP_URL",
      reason: "mail-outbox-only",
      message: "SMTP_URL is not set: e-mails are kept in the outbox and not sent until SMTP_URL is configured.",
    });
  }
  return {
    demo,
    database,
    auth: { secret, url },
    oidc,
    mail: { smtpUrl, from, digestMinutes },
    session: {
      idleMinutes: positiveNumberSetting("SESSION_IDLE_MINUTES", 30, env),
      absoluteHours: positiveNumberSetting("SESSION_ABSOLUTE_HOURS", 10, env),
    },
    rateLimits: {
      signInPerAccount: positiveIntegerSetting("RATE_LIMIT_SIGN_IN_PER_15_MIN", 10, env),
      signInPerIp: positiveIntegerSetting("RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN", 50, env),
      submitPerHour: positiveIntegerSetting("RATE_LIMIT_SUBMIT_PER_HOUR", 30, env),
    },
    decisionOverdueDays: positiveIntegerSetting("DECISION_OVERDUE_DAYS", 10, env),
    databasePoolSize: positiveIntegerSetting("DATABASE_POOL_SIZE", 10, env),
    jobs,
    warnings,
  };
}

/** The warnings of the running configuration (for readiness): never throws. */
export function configWarnings(env: Env = process.env): ConfigWarning[] {
  try {
    return loadConfig(env).warnings;
  } catch {
    return [];
  }
}
