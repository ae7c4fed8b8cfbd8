// The processing register must account for every field of the schema: a new field cannot be added without
// a purpose, a legal basis, an audience and a retention rule (lib/privacy/catalogue/).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/privacy/catalogue";
import { RETENTION_CATEGORIES } from "@/lib/privacy/retention";

/** Scalar and enum fields per model, read from prisma/schema.prisma (relation fields are left out: their ids are listed). */
function schemaFields(): Map<string, string[]> {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, "../../../prisma/schema.prisma"), "utf8");
  const blocks = [...text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const models = new Set(blocks.map((b) => b[1]!));
  const result = new Map<string, string[]>();
  for (const [, name, body] of blocks) {
    const fields: string[] = [];
    for (const raw of body!.split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("//") || line.startsWith("@@")) continue;
      const [field, type] = line.split(/\s+/);
      if (!field || !type) continue;
      if (models.has(type.replace(/[?[\]]/g, ""))) continue;
      fields.push(field);
    }
    result.set(name!, fields);
  }
  return result;
}

describe("processing register (catalogue)", () => {
  const schema = schemaFields();

  it("reads the schema (the parser finds the models and fields we know)", () => {
    expect(schema.size).toBeGreaterThanOrEqual(18);
    expect(schema.get("Person")).toEqual(
      expect.arrayContaining(["email", "name", "oidcSubject", "sessionVersion", "roles"]),
    );
    expect(schema.get("Person")).not.toContain("manager");
    expect(schema.get("Declaration")).toEqual(expect.arrayContaining(["answers", "verdict", "relatedId"]));
  });

  it("lists every field of every model, exactly once", () => {
    const missing: string[] = [];
    const duplicate: string[] = [];
    for (const [model, fields] of schema) {
      const listed = CATALOGUE.filter((g) => g.model === model).flatMap((g) => g.fields);
      for (const field of fields) {
        const n = listed.filter((f) => f === field).length;
        if (n === 0) missing.push(`${model}.${field}`);
        if (n > 1) duplicate.push(`${model}.${field}`);
      }
    }
    expect(missing, "add these fields to lib/privacy/catalogue/ (the file of their area) with their purpose").toEqual(
      [],
    );
    expect(duplicate).toEqual([]);
  });

  it("names no field or model that the schema does not have", () => {
    const unknown = CATALOGUE.flatMap((g) =>
      g.fields.filter((f) => !schema.get(g.model)?.includes(f)).map((f) => `${g.model}.${f}`),
    );
    expect(unknown).toEqual([]);
  });

  it("gives every group a purpose, legal basis, audience and retention in both languages", () => {
    const ids = new Set<string>();
    for (const g of CATALOGUE) {
      expect(ids.has(g.id), g.id).toBe(false);
      ids.add(g.id);
      for (const key of ["title", "data", "purpose", "legalBasis", "audience"] as const) {
        expect(g[key].nl.trim().length, `${g.id}.${key}.nl`).toBeGreaterThan(1);
        expect(g[key].en.trim().length, `${g.id}.${key}.en`).toBeGreaterThan(1);
      }
      if (Array.isArray(g.retention)) {
        expect(g.retention.length, g.id).toBeGreaterThan(0);
        for (const c of g.retention) expect(RETENTION_CATEGORIES, g.id).toContain(c);
      } else {
        expect(["ACCOUNT", "AUDIT", "SETTING"]).toContain(g.retention);
      }
    }
  });

  it("keeps the audit trail out of the purge, and covers every retention category with at least one group", () => {
    expect(CATALOGUE.find((g) => g.model === "AuditEvent")?.retention).toBe("AUDIT");
    for (const c of RETENTION_CATEGORIES)
      expect(
        CATALOGUE.some((g) => Array.isArray(g.retention) && g.retention.includes(c)),
        c,
      ).toBe(true);
  });
});
