// The settings the portal reads: their list (SETTINGS, which docs/operations.md's table is tested against),
// how one value is read and checked (a ConfigError naming it), and the typo check. Part of lib/config,
// whose index.ts is the one public face (decision 045).
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
  { name: "RATE_LIMIT_SCIM_PER_MINUTE", default: "600" },
  { name: "SMTP_URL", default: "unset: e-mail stays in the outbox (demo: kept in the portal)" },
  { name: "MAIL_FROM", default: "Integriteitsportaal <no-reply@localhost>" },
  { name: "MAIL_DIGEST_MINUTES", default: "15 (demo: 0)" },
  { name: "DECISION_OVERDUE_DAYS", default: "10" },
  { name: "REMINDERS_PER_DAY", default: "1" },
  { name: "TASK_REMINDER_DAYS", default: "5" },
  { name: "DRAFT_NOTICE_DAYS", default: "14" },
  { name: "ATTACHMENT_MAX_MB", default: "10" },
  { name: "ATTACHMENTS_PER_DECLARATION", default: "10" },
  { name: "ACCESSIBILITY_CONTACT", default: "toegankelijkheid@example.nl (set your own)" },
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

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** One setting's text, trimmed; undefined when unset or empty. */
export function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

/** Runs a Zod schema over one setting; the first issue's message becomes the ConfigError of that setting. */
export function check<T>(env: Env, name: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ConfigError(
    name,
    `${name} ${result.error.issues[0]?.message ?? "has an invalid value"} (got "${raw.slice(0, 40)}").`,
  );
}

export const positiveNumber = z.coerce
  .number({ error: "must be a positive number" })
  .refine((n) => Number.isFinite(n) && n > 0, { error: "must be a positive number" });
export const positiveInteger = z.coerce
  .number({ error: "must be a positive whole number" })
  .refine((n) => Number.isInteger(n) && n > 0, { error: "must be a positive whole number" });
export const nonNegativeInteger = z.coerce
  .number({ error: "must be a whole number, 0 or more" })
  .refine((n) => Number.isInteger(n) && n >= 0, { error: "must be a whole number, 0 or more" });

/** A positive number setting (a mistyped "10h" must not switch a limit off): shared by every module that reads one. */
export function positiveNumberSetting(name: string, fallback: number, env: Env = process.env): number {
  return check(env, name, positiveNumber.transform(Number), fallback);
}

export function positiveIntegerSetting(name: string, fallback: number, env: Env = process.env): number {
  return check(env, name, positiveInteger.transform(Number), fallback);
}

export function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname.toLowerCase());
}

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
