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
import { z } from "zod";
import {
  ConfigError,
  check,
  likelyTypo,
  nonNegativeInteger,
  positiveInteger,
  positiveIntegerSetting,
  positiveNumberSetting,
  value,
  type Env,
} from "./settings";
import { DEMO_VALUES, OFF_VALUES, databaseIsLocal, demoRequested, oidcTouched, readDemoSecretFile } from "./demo";
import {
  authSecretSetting,
  checkNextAuthUrl,
  checkSmtpUrl,
  readOidcSettings,
  resolveDbTarget,
  type DbTarget,
  type OidcConfig,
} from "./connections";

// The public face of lib/config: the parts live in settings.ts (the list and reading one value), demo.ts
// and connections.ts (database, sign-in, address, mail); import them from here (decision 045).
export {
  ConfigError,
  SETTINGS,
  levenshtein,
  likelyTypo,
  positiveIntegerSetting,
  positiveNumberSetting,
  type Env,
  type SettingDoc,
} from "./settings";
export { demoRequested, demoSecretFile, isDemoMode } from "./demo";
export {
  authSecretSetting,
  checkSmtpUrl,
  readOidcSettings,
  redactUrl,
  resolveDbTarget,
  type DbTarget,
  type OidcConfig,
} from "./connections";

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
  rateLimits: { signInPerAccount: number; signInPerIp: number; submitPerHour: number; scimPerMinute: number };
  decisionOverdueDays: number;
  /** How often a reminder on demand may go out per scope (campaign, manager's people, declaration) and day. */
  remindersPerDay: number;
  /** After how many days a waiting task (question, conditions, deputy's decision) is reminded, and again every as many days. */
  taskReminderDays: number;
  /** How many days before an unsent draft is removed its person is told (and the least time after that notice). */
  draftNoticeDays: number;
  attachments: { maxBytes: number; perDeclaration: number };
  /** Where people report an accessibility problem (the accessibility statement, /toegankelijkheid; decision 063). */
  accessibilityContact: AccessibilityContact;
  databasePoolSize: number;
  jobs: boolean;
  warnings: ConfigWarning[];
}

const oneOf = (values: string[]) =>
  z.string().refine((v) => values.includes(v.toLowerCase()), { error: `must be one of: ${values.join(", ")}` });
const mailAddress = z.string().regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, {
  error: 'must be an e-mail address, e.g. "Integriteitsportaal <no-reply@example.nl>"',
});

/**
 * Reads and checks every setting. Throws the first ConfigError; returns the configuration and the
 * warnings an operator should see (e-mail without SMTP, ...). Pure but for reading the demo key file.
 */
export function loadConfig(env: Env = process.env): PortalConfig {
  // A misspelt setting first: otherwise "NEXTAUTH_SECRET is not set" hides that NEXTAUTH_SECERT is.
  for (const name of Object.keys(env).sort()) {
    const known = likelyTypo(name);
    if (known)
      throw new ConfigError(
        name,
        `${name} is not a setting of the portal; did you mean ${known}? Rename it (the start stops rather than ignore it).`,
      );
  }
  const demoRaw = value(env, "PORTAL_DEMO")?.toLowerCase();
  if (demoRaw !== undefined && !DEMO_VALUES.has(demoRaw) && !OFF_VALUES.has(demoRaw)) {
    throw new ConfigError(
      "PORTAL_DEMO",
      `PORTAL_DEMO must be "on" (the demo with invented people and password-less sign-in) or "off"; it is "${demoRaw.slice(0, 20)}".`,
    );
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
  const digestMinutes = check(
    env,
    "MAIL_DIGEST_MINUTES",
    nonNegativeInteger.transform(Number),
    demo && !smtpUrl ? 0 : 15,
  );
  const jobs = check(env, "PORTAL_JOBS", oneOf(["on", "off"]), "on").toLowerCase() !== "off";
  check(env, "LOG_LEVEL", oneOf(["debug", "info", "warn", "error", "silent", "off"]), "info");
  check(
    env,
    "PORT",
    positiveInteger.refine((n) => n < 65536, { error: "must be a port number (1-65535)" }),
    3000,
  );
  // Read for use by lib/shutdown.ts; checked here so a bad value stops the start.
  check(
    env,
    "PORTAL_SHUTDOWN_GRACE_SECONDS",
    nonNegativeInteger.refine((n) => Number(n) <= 600, { error: "must be a number of seconds from 0 to 600" }),
    25,
  );
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
      scimPerMinute: positiveIntegerSetting("RATE_LIMIT_SCIM_PER_MINUTE", 600, env),
    },
    decisionOverdueDays: positiveIntegerSetting("DECISION_OVERDUE_DAYS", 10, env),
    remindersPerDay: positiveIntegerSetting("REMINDERS_PER_DAY", 1, env),
    taskReminderDays: positiveIntegerSetting("TASK_REMINDER_DAYS", 5, env),
    draftNoticeDays: positiveIntegerSetting("DRAFT_NOTICE_DAYS", 14, env),
    attachments: { maxBytes: attachmentMaxBytes(env), perDeclaration: attachmentsPerDeclaration(env) },
    accessibilityContact: accessibilityContact(env),
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

// ---------------------------------------------------------------------------------------------------
// Settings that modules read at run time, each read here (decision 045): the start has already checked
// them with loadConfig, so these only read. Modules do not read process.env for a setting themselves.

/** TASK_REMINDER_DAYS: after how many days a waiting task is reminded, and again every as many days (default 5). */
export function taskReminderDays(env: Env = process.env): number {
  return positiveIntegerSetting("TASK_REMINDER_DAYS", 5, env);
}

/**
 * DRAFT_NOTICE_DAYS: how many days before an unsent draft is removed (its retention, lib/privacy) the person is told,
 * and how long after that notice at the least the draft stays (default 14; decision 061).
 */
export function draftNoticeDays(env: Env = process.env): number {
  return positiveIntegerSetting("DRAFT_NOTICE_DAYS", 14, env);
}

/** The most ATTACHMENT_MAX_MB may be: the server-action body limit in next.config.ts is sized for it (decision 066). */
export const ATTACHMENT_MAX_MB_CEILING = 25;

/**
 * ATTACHMENT_MAX_MB: the largest attachment accepted, in megabytes (default 10, at most 25: the request body
 * limit in next.config.ts and the proxy allow that much and no more; decision 066). Returned in bytes.
 */
export function attachmentMaxBytes(env: Env = process.env): number {
  const megabytes = check(
    env,
    "ATTACHMENT_MAX_MB",
    positiveInteger.refine((n) => n <= ATTACHMENT_MAX_MB_CEILING, {
      error: `must be ${ATTACHMENT_MAX_MB_CEILING} or less`,
    }),
    10,
  );
  return megabytes * 1024 * 1024;
}

/** ATTACHMENTS_PER_DECLARATION: how many attachments one declaration may hold in all (default 10). */
export function attachmentsPerDeclaration(env: Env = process.env): number {
  return positiveIntegerSetting("ATTACHMENTS_PER_DECLARATION", 10, env);
}

/** The contact route of the accessibility statement when ACCESSIBILITY_CONTACT is unset: an address of the demo. */
export const DEMO_ACCESSIBILITY_CONTACT = "toegankelijkheid@example.nl";

/** Where people report an accessibility problem: an e-mail address or a web page (a contact form). */
export type AccessibilityContact = { kind: "email"; address: string } | { kind: "url"; href: string };

const contactAddress = z.string().regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i);
const contactPage = z.url({ protocol: /^https$/ });

/**
 * ACCESSIBILITY_CONTACT: the contact route the accessibility statement gives (decision 063), an e-mail address
 * (`toegankelijkheid@gemeente.nl`) or an https page (`https://www.gemeente.nl/contact`). The prescribed model asks
 * for one; without the setting the demo's address stands there, so production sets its own (docs/operations.md).
 */
export function accessibilityContact(env: Env = process.env): AccessibilityContact {
  const raw = check(
    env,
    "ACCESSIBILITY_CONTACT",
    z.string().refine((v) => contactAddress.safeParse(v).success || contactPage.safeParse(v).success, {
      error: 'must be an e-mail address or an https address, e.g. "toegankelijkheid@example.nl"',
    }),
    DEMO_ACCESSIBILITY_CONTACT,
  );
  return raw.startsWith("https://") ? { kind: "url", href: raw } : { kind: "email", address: raw };
}

/**
 * REMINDERS_PER_DAY: how often HR, a manager or an integrity officer may remind on demand per campaign, per
 * manager's people or per declaration, per Amsterdam day (default 1, decision 068).
 */
export function remindersPerDay(env: Env = process.env): number {
  return positiveIntegerSetting("REMINDERS_PER_DAY", 1, env);
}

/** DECISION_OVERDUE_DAYS: after how many days a waiting decision counts as overdue (default 10). */
export function decisionOverdueDays(env: Env = process.env): number {
  return positiveIntegerSetting("DECISION_OVERDUE_DAYS", 10, env);
}

/**
 * MAIL_DIGEST_MINUTES: how long events are gathered into one e-mail (default 15; 0, at once, when the mail
 * stays in the portal, as in the demo).
 */
export function mailDigestMinutes(mailKeptInPortal: boolean, env: Env = process.env): number {
  return check(env, "MAIL_DIGEST_MINUTES", nonNegativeInteger.transform(Number), mailKeptInPortal ? 0 : 15);
}

/** NEXTAUTH_URL without a trailing slash: the public address people use; undefined when unset. */
export function portalAddress(env: Env = process.env): string | undefined {
  return value(env, "NEXTAUTH_URL")?.replace(/\/+$/, "");
}

/** OIDC_ISSUER as set (trimmed), for the sign-in redirect's place in the page's Content-Security-Policy. */
export function oidcIssuerSetting(env: Env = process.env): string | undefined {
  return value(env, "OIDC_ISSUER");
}

/** PORT: the port the server listens on (default 3000). */
export function listenPort(env: Env = process.env): number {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number (got "${env.PORT}").`);
  return port;
}
