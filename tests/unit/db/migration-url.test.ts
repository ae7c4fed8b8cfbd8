// MIGRATION_DATABASE_URL (decision 036): the owner role's URL, only beside DATABASE_URL and for the same place.
import { describe, expect, it } from "vitest";
import { resolveMigrationUrl } from "@/lib/db/config";

const app = "postgresql://portal_app:secret@db.example:5432/integriteit";
const owner = "postgresql://portal_owner:other@db.example/integriteit";

describe("MIGRATION_DATABASE_URL", () => {
  it("unset: migrations run with DATABASE_URL as before", () => {
    expect(resolveMigrationUrl({ DATABASE_URL: app })).toBeNull();
    expect(resolveMigrationUrl({})).toBeNull();
  });

  it("the owner's URL for the same server, database and schema (the default port counts as 5432)", () => {
    expect(resolveMigrationUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner })).toBe(owner);
  });

  it("refuses another database, server, port or schema, naming both URLs without passwords", () => {
    for (const other of [
      "postgresql://portal_owner:other@db.example:5432/andere",
      "postgresql://portal_owner:other@db2.example:5432/integriteit",
      "postgresql://portal_owner:other@db.example:5433/integriteit",
      "postgresql://portal_owner:other@db.example:5432/integriteit?schema=portal",
    ]) {
      let message = "";
      try {
        resolveMigrationUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: other });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, other).toMatch(/must name the same server, database and schema; only the user differs/);
      expect(message).not.toMatch(/secret|other@/);
    }
  });

  it("refuses it without DATABASE_URL (the embedded database has no roles) and when it is not PostgreSQL", () => {
    expect(() => resolveMigrationUrl({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /MIGRATION_DATABASE_URL is set but DATABASE_URL is not/,
    );
    expect(() => resolveMigrationUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: "mysql://x@y/z" })).toThrow(
      'MIGRATION_DATABASE_URL must start with postgresql:// (got "mysql://"). The portal only supports PostgreSQL.',
    );
    expect(() => resolveMigrationUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: "not a url" })).toThrow(
      /^MIGRATION_DATABASE_URL is not a valid URL/,
    );
  });
});
