import { describe, expect, it } from "vitest";
import { ConfigError, isDemoMode, likelyTypo, loadConfig, redactUrl, resolveDbTarget, type Env } from "@/lib/config";
import { readOidcConfig } from "@/lib/auth/oidc";

const SECRET = "k3Jq9vXe2LmPz8RtY5wNb7HcD4sFg6Ua"; // 32 characters, varied
const OIDC: Env = {
  OIDC_ISSUER: "https://login.example/tenant/v2.0",
  OIDC_CLIENT_ID: "portal",
  OIDC_CLIENT_SECRET: "s3cret",
};
/** A complete, valid production configuration; each case below breaks one thing. */
const PRODUCTION: Env = {
  DATABASE_URL: "postgresql://portal:geheim@db.example:5432/portal",
  NEXTAUTH_SECRET: SECRET,
  NEXTAUTH_URL: "https://integriteit.example.nl",
  SMTP_URL: "smtps://user:Zq7pw9@smtp.example.nl:465",
  ...OIDC,
};

function failure(env: Env): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("loadConfig accepted the configuration");
}

describe("loadConfig: a valid configuration", () => {
  it("accepts a complete production configuration, outside demo mode, without warnings", () => {
    const config = loadConfig(PRODUCTION);
    expect(config.demo).toBe(false);
    expect(config.database.kind).toBe("postgres");
    expect(config.auth).toEqual({ secret: SECRET, url: "https://integriteit.example.nl" });
    expect(config.oidc?.issuer).toBe("https://login.example/tenant/v2.0");
    expect(config.warnings).toEqual([]);
    expect(config.mail.digestMinutes).toBe(15);
  });

  it("warns (but starts) when SMTP_URL is unset outside demo mode: e-mail stays in the outbox", () => {
    const { SMTP_URL: _smtp, ...withoutSmtp } = PRODUCTION;
    expect(loadConfig(withoutSmtp).warnings).toEqual([
      expect.objectContaining({ setting: "SMTP_URL", reason: "mail-outbox-only" }),
    ]);
  });

  it("accepts the embedded database outside demo mode only when PGLITE_DATA_DIR is set explicitly", () => {
    const { DATABASE_URL: _db, ...env } = PRODUCTION;
    expect(loadConfig({ ...env, PGLITE_DATA_DIR: "/srv/portal/pglite" }).database).toMatchObject({
      kind: "pglite",
      dataDir: "/srv/portal/pglite",
    });
    expect(failure(env).setting).toBe("DATABASE_URL");
  });

  it("accepts http NEXTAUTH_URL for localhost and 127.0.0.1 only", () => {
    expect(loadConfig({ ...PRODUCTION, NEXTAUTH_URL: "http://localhost:3000" }).auth.url).toBe("http://localhost:3000");
    expect(loadConfig({ ...PRODUCTION, NEXTAUTH_URL: "http://127.0.0.1:3000/" }).auth.url).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("runs the demo with nothing else set when PORTAL_DEMO=on: embedded database, generated key, no SSO, no warning", () => {
    const config = loadConfig({ PORTAL_DEMO: "on" });
    expect(config.demo).toBe(true);
    expect(config.database).toMatchObject({ kind: "pglite" });
    expect(config.database.kind === "pglite" && config.database.dataDir.endsWith(".data/pglite")).toBe(true);
    expect(config.auth.secret).toBeNull();
    expect(config.oidc).toBeNull();
    expect(config.warnings).toEqual([]);
    expect(config.mail.digestMinutes).toBe(0);
  });

  it("runs the demo on a PostgreSQL on this machine (PORTAL_DEMO=local-postgres, as CI does)", () => {
    expect(
      loadConfig({ PORTAL_DEMO: "local-postgres", DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/e2e" }).demo,
    ).toBe(true);
    expect(loadConfig({ PORTAL_DEMO: "on", DATABASE_URL: "postgresql://u:p@localhost:5432/e2e" }).demo).toBe(true);
  });
});

// Each bad setting -> the setting named, and the words an operator reads. Never the secret's value.
const BAD: Array<[string, Env, string, RegExp]> = [
  [
    "no DATABASE_URL and no PORTAL_DEMO (the forgotten DATABASE_URL of issue 20)",
    { ...PRODUCTION, DATABASE_URL: undefined },
    "DATABASE_URL",
    /DATABASE_URL is not set/,
  ],
  ["an empty DATABASE_URL", { ...PRODUCTION, DATABASE_URL: "  " }, "DATABASE_URL", /DATABASE_URL is not set/],
  ["DATABASE_URL not a URL", { ...PRODUCTION, DATABASE_URL: "not a url" }, "DATABASE_URL", /not a valid URL/],
  [
    "DATABASE_URL of another database",
    { ...PRODUCTION, DATABASE_URL: "mysql://u:p@h:3306/db" },
    "DATABASE_URL",
    /must start with postgresql:\/\//,
  ],
  [
    "DATABASE_URL without a database",
    { ...PRODUCTION, DATABASE_URL: "postgresql://u:p@h:5432" },
    "DATABASE_URL",
    /lacks a host or a database name/,
  ],
  [
    "no NEXTAUTH_SECRET",
    { ...PRODUCTION, NEXTAUTH_SECRET: undefined },
    "NEXTAUTH_SECRET",
    /NEXTAUTH_SECRET is not set.*openssl rand/,
  ],
  [
    "a short NEXTAUTH_SECRET",
    { ...PRODUCTION, NEXTAUTH_SECRET: "changeme-changeme" },
    "NEXTAUTH_SECRET",
    /too short \(17 characters; at least 32/,
  ],
  ["a repetitive NEXTAUTH_SECRET", { ...PRODUCTION, NEXTAUTH_SECRET: "ab".repeat(20) }, "NEXTAUTH_SECRET", /too weak/],
  [
    "a short AUTH_SECRET (the alias)",
    { ...PRODUCTION, NEXTAUTH_SECRET: undefined, AUTH_SECRET: "short" },
    "AUTH_SECRET",
    /AUTH_SECRET is too short/,
  ],
  [
    "no NEXTAUTH_URL",
    { ...PRODUCTION, NEXTAUTH_URL: undefined },
    "NEXTAUTH_URL",
    /NEXTAUTH_URL is not set.*https:\/\//,
  ],
  [
    "NEXTAUTH_URL over http for a public host",
    { ...PRODUCTION, NEXTAUTH_URL: "http://integriteit.example.nl" },
    "NEXTAUTH_URL",
    /must be an https:\/\/ address/,
  ],
  ["NEXTAUTH_URL not a URL", { ...PRODUCTION, NEXTAUTH_URL: "integriteit.example.nl" }, "NEXTAUTH_URL", /not a URL/],
  [
    "no sign-in method",
    { ...PRODUCTION, OIDC_ISSUER: undefined, OIDC_CLIENT_ID: undefined, OIDC_CLIENT_SECRET: undefined },
    "OIDC_ISSUER",
    /No sign-in method is configured/,
  ],
  ["half of single sign-on", { ...PRODUCTION, OIDC_CLIENT_SECRET: undefined }, "OIDC_CLIENT_SECRET", /half configured/],
  [
    "an http issuer on another machine",
    { ...PRODUCTION, OIDC_ISSUER: "http://login.example/realm" },
    "OIDC_ISSUER",
    /must be an https:\/\/ address/,
  ],
  [
    "a malformed SMTP_URL",
    { ...PRODUCTION, SMTP_URL: "smtp.example.nl:25" },
    "SMTP_URL",
    /must start with smtp:\/\/ or smtps:\/\//,
  ],
  [
    "SMTP_URL not a URL",
    { ...PRODUCTION, SMTP_URL: "smtp//mail.example.nl" },
    "SMTP_URL",
    /SMTP_URL is not a valid URL/,
  ],
  ["SMTP_URL without a host", { ...PRODUCTION, SMTP_URL: "smtp://" }, "SMTP_URL", /SMTP_URL/],
  [
    "MAIL_FROM not an address",
    { ...PRODUCTION, MAIL_FROM: "Integriteitsportaal" },
    "MAIL_FROM",
    /must be an e-mail address/,
  ],
  [
    "a misspelt NEXTAUTH_SECRET",
    { ...PRODUCTION, NEXTAUTH_SECERT: SECRET },
    "NEXTAUTH_SECERT",
    /did you mean NEXTAUTH_SECRET\?/,
  ],
  [
    "a misspelt DATABASE_URL",
    { ...PRODUCTION, DATABSE_URL: "postgresql://u:p@h/db" },
    "DATABSE_URL",
    /did you mean DATABASE_URL\?/,
  ],
  ["a misspelt SMTP_URL", { ...PRODUCTION, SMPT_URL: "smtp://h" }, "SMPT_URL", /did you mean SMTP_URL\?/],
  [
    "a misspelt OIDC_CLIENT_ID",
    { ...PRODUCTION, OIDC_CLIENTID: "x" },
    "OIDC_CLIENTID",
    /did you mean OIDC_CLIENT_ID\?/,
  ],
  ["PORTAL_DEMO with single sign-on", { ...OIDC, PORTAL_DEMO: "on" }, "PORTAL_DEMO", /together with single sign-on/],
  [
    "PORTAL_DEMO on a database elsewhere",
    { PORTAL_DEMO: "on", DATABASE_URL: "postgresql://u:p@db.example:5432/portal" },
    "PORTAL_DEMO",
    /another machine/,
  ],
  ["PORTAL_DEMO with an unknown value", { ...PRODUCTION, PORTAL_DEMO: "yes" }, "PORTAL_DEMO", /must be "on"/],
  [
    "SESSION_IDLE_MINUTES not a number",
    { ...PRODUCTION, SESSION_IDLE_MINUTES: "30m" },
    "SESSION_IDLE_MINUTES",
    /must be a positive number/,
  ],
  [
    "RATE_LIMIT_SUBMIT_PER_HOUR zero",
    { ...PRODUCTION, RATE_LIMIT_SUBMIT_PER_HOUR: "0" },
    "RATE_LIMIT_SUBMIT_PER_HOUR",
    /positive whole number/,
  ],
  [
    "DATABASE_POOL_SIZE not whole",
    { ...PRODUCTION, DATABASE_POOL_SIZE: "2.5" },
    "DATABASE_POOL_SIZE",
    /positive whole number/,
  ],
  ["PORTAL_JOBS neither on nor off", { ...PRODUCTION, PORTAL_JOBS: "no" }, "PORTAL_JOBS", /must be one of: on, off/],
  [
    "OIDC_TRUST_EMAIL neither true nor false",
    { ...PRODUCTION, OIDC_TRUST_EMAIL: "yes" },
    "OIDC_TRUST_EMAIL",
    /must be one of: true, false/,
  ],
  [
    "MAIL_DIGEST_MINUTES negative",
    { ...PRODUCTION, MAIL_DIGEST_MINUTES: "-1" },
    "MAIL_DIGEST_MINUTES",
    /whole number, 0 or more/,
  ],
];

describe("loadConfig: each bad setting stops the start with its own message", () => {
  it.each(BAD)("%s", (_label, env, setting, message) => {
    const error = failure(env);
    expect(error.setting).toBe(setting);
    expect(error.message).toMatch(message);
    // No secret value in the message.
    for (const secret of [SECRET, "geheim", "s3cret", "Zq7pw9"]) expect(error.message).not.toContain(secret);
  });

  it("refuses, outside demo mode, the demo's generated key in .data/auth-secret", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-config-"));
    const cwd = process.cwd();
    try {
      fs.mkdirSync(path.join(dir, ".data"));
      fs.writeFileSync(path.join(dir, ".data", "auth-secret"), SECRET);
      process.chdir(dir);
      const error = failure(PRODUCTION);
      expect(error.setting).toBe("NEXTAUTH_SECRET");
      expect(error.message).toMatch(/demo's generated key/);
      expect(loadConfig({ ...PRODUCTION, NEXTAUTH_SECRET: SECRET.split("").reverse().join("") }).demo).toBe(false);
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("demo mode", () => {
  it("is on only when asked for, on a database on this machine, without single sign-on", () => {
    expect(isDemoMode({})).toBe(false);
    expect(isDemoMode({ PGLITE_DATA_DIR: "/tmp/x" })).toBe(false);
    expect(isDemoMode({ PORTAL_DEMO: "on" })).toBe(true);
    expect(isDemoMode({ PORTAL_DEMO: "ON" })).toBe(true);
    expect(isDemoMode({ PORTAL_DEMO: "off" })).toBe(false);
    expect(isDemoMode({ PORTAL_DEMO: "1" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@db.example:5432/portal" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@db.example:5432/portal", PORTAL_DEMO: "local-postgres" })).toBe(
      false,
    );
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/portal", PORTAL_DEMO: "local-postgres" })).toBe(
      true,
    );
    expect(isDemoMode({ PORTAL_DEMO: "on", OIDC_ISSUER: "https://login.example" })).toBe(false);
  });
});

describe("likely typos", () => {
  it.each([
    ["NEXTAUTH_SECRT", "NEXTAUTH_SECRET"],
    ["NEXT_AUTH_URL", "NEXTAUTH_URL"],
    ["PORTAL_DEMOS", "PORTAL_DEMO"],
    ["OIDC_ISSUR", "OIDC_ISSUER"],
    ["SESSION_IDLE_MINUTE", "SESSION_IDLE_MINUTES"],
  ])("%s -> %s", (typo, known) => expect(likelyTypo(typo)).toBe(known));

  it.each([
    "PATH",
    "HOME",
    "HOSTNAME",
    "NODE_ENV",
    "NODE_OPTIONS",
    "PORTAL_BENCH",
    "TEST_DATABASE_URL",
    "AUTH_SECRET",
    "npm_config_cache",
    "LANG",
  ])("%s is not a typo", (name) => expect(likelyTypo(name)).toBeNull());
});

describe("database target", () => {
  it("honours PGLITE_DATA_DIR", () => {
    expect(resolveDbTarget({ PGLITE_DATA_DIR: "/tmp/elsewhere" })).toMatchObject({
      kind: "pglite",
      dataDir: "/tmp/elsewhere",
    });
  });

  it("never falls back to the embedded database unless demo mode or PGLITE_DATA_DIR asks for it", () => {
    for (const env of [{}, { DATABASE_URL: "" }, { DATABASE_URL: "  " }])
      expect(() => resolveDbTarget(env)).toThrow(/DATABASE_URL is not set/);
    expect(resolveDbTarget({ PORTAL_DEMO: "on" }).kind).toBe("pglite");
  });

  it("uses PostgreSQL for a postgresql:// URL and hides the password in messages", () => {
    const target = resolveDbTarget({ DATABASE_URL: "postgresql://portal:geheim@db.example:5432/portal" });
    expect(target.kind).toBe("postgres");
    expect(target.display).not.toContain("geheim");
    expect(redactUrl("postgresql://u:geheim@h/db")).toBe("postgresql://u:***@h/db");
  });
});

describe("single sign-on configuration", () => {
  it("is off when no OIDC variable is set", () => {
    expect(readOidcConfig({})).toBeNull();
  });

  it("names the missing variables when half configured", () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: "https://login.example/tenant/v2.0" })).toThrow(
      /OIDC_ISSUER set, but OIDC_CLIENT_ID, OIDC_CLIENT_SECRET missing/,
    );
  });

  it("refuses an issuer that is not a URL", () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: "login", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" })).toThrow(
      /OIDC_ISSUER is not a URL/,
    );
  });

  it("reads a complete configuration", () => {
    expect(
      readOidcConfig({
        OIDC_ISSUER: "https://kc.example/realms/rijk/",
        OIDC_CLIENT_ID: "portal",
        OIDC_CLIENT_SECRET: "s",
        OIDC_NAME: "Rijkspas",
      }),
    ).toEqual({ issuer: "https://kc.example/realms/rijk", clientId: "portal", clientSecret: "s", name: "Rijkspas" });
  });
});

describe("mail transport", () => {
  it("is never the demo transport outside demo mode: SMTP when configured, else none (the outbox keeps the e-mails)", async () => {
    const { createMailTransport } = await import("@/lib/notifications/transport");
    // Single sign-on on the embedded database: on the old code this was the demo transport, recording mail as sent.
    const production = { ...OIDC, NEXTAUTH_SECRET: SECRET, PGLITE_DATA_DIR: "/srv/portal/pglite" };
    expect(createMailTransport(production)).toBeNull();
    expect(createMailTransport({ ...production, SMTP_URL: "smtp://mail.example.nl:25" })?.name).toBe("smtp");
    expect(createMailTransport({ PORTAL_DEMO: "on" })?.name).toBe("demo");
    expect(createMailTransport({ PGLITE_DATA_DIR: "/srv/portal/pglite" })).toBeNull();
    expect(() => createMailTransport({ ...production, SMTP_URL: "mail.example.nl:25" })).toThrow(
      /SMTP_URL must start with smtp:\/\//,
    );
  });
});
