import { describe, expect, it } from "vitest";
import { DbConfigError, isDemoMode, redactUrl, resolveDbTarget } from "@/lib/db/config";
import { readOidcConfig } from "@/lib/auth/oidc";

describe("database configuration", () => {
  it("uses the embedded database under .data/pglite when DATABASE_URL is unset or empty", () => {
    for (const env of [{}, { DATABASE_URL: "" }, { DATABASE_URL: "  " }]) {
      const target = resolveDbTarget(env);
      expect(target.kind).toBe("pglite");
      expect(target.kind === "pglite" && target.dataDir.endsWith(".data/pglite")).toBe(true);
    }
  });

  it("honours PGLITE_DATA_DIR", () => {
    const target = resolveDbTarget({ PGLITE_DATA_DIR: "/tmp/elsewhere" });
    expect(target).toMatchObject({ kind: "pglite", dataDir: "/tmp/elsewhere" });
  });

  it("uses PostgreSQL for a postgresql:// URL and hides the password in messages", () => {
    const target = resolveDbTarget({ DATABASE_URL: "postgresql://portal:geheim@db.example:5432/portal" });
    expect(target.kind).toBe("postgres");
    expect(target.display).not.toContain("geheim");
    expect(redactUrl("postgresql://u:geheim@h/db")).toBe("postgresql://u:***@h/db");
  });

  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://u:p@h:3306/db", /must start with postgresql:\/\//],
    ["postgresql://u:p@h:5432", /lacks a host or a database name/],
  ])("refuses DATABASE_URL=%s with a message that says what to fix", (url, message) => {
    expect(() => resolveDbTarget({ DATABASE_URL: url })).toThrow(DbConfigError);
    expect(() => resolveDbTarget({ DATABASE_URL: url })).toThrow(message);
  });

  it("is in demo mode on the embedded database, and on PostgreSQL only by an explicit local opt-in", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@db.example:5432/portal" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@db.example:5432/portal", PORTAL_DEMO: "local-postgres" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/portal", PORTAL_DEMO: "local-postgres" })).toBe(true);
    expect(isDemoMode({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/portal", PORTAL_DEMO: "1" })).toBe(false);
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
    expect(() => readOidcConfig({ OIDC_ISSUER: "login", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" })).toThrow(/OIDC_ISSUER is not a URL/);
  });

  it("reads a complete configuration", () => {
    expect(
      readOidcConfig({ OIDC_ISSUER: "https://kc.example/realms/rijk/", OIDC_CLIENT_ID: "portal", OIDC_CLIENT_SECRET: "s", OIDC_NAME: "Rijkspas" }),
    ).toEqual({ issuer: "https://kc.example/realms/rijk", clientId: "portal", clientSecret: "s", name: "Rijkspas" });
  });
});
