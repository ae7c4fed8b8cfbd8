// No two features of lib/ import each other, directly or round a loop (issue 14 item 6, decision 057). ESLint's
// import/no-cycle sees files; this sees folders: lib/declarations → lib/register → lib/declarations is a cycle here
// even when no file imports itself back. Runtime imports only (see feature-imports.ts).
import { describe, expect, it } from "vitest";
import { describeCycle, featureCycles, featureEdges, readLib, type Sources } from "./feature-imports";

/**
 * Imports that still close a cycle today, each "importer → imported" (decision 057 says why each is left and how it
 * goes). The graph without them must have no cycle, so any new import that closes one fails; an entry whose import
 * is gone fails too, so the list only shrinks. Most are features reading the declaration vocabulary (types, statuses,
 * references, forms) that lives in lib/declarations, which itself imports those features.
 */
const KNOWN: string[] = [
  "audit → auth",
  "auth → i18n",
  "campaigns → declarations",
  "decisions → declarations",
  "notifications → declarations",
  "notifications → recusals",
  "overview → declarations",
  "people → declarations",
  "people → register",
  "policy → declarations",
  "policy → register",
  "privacy → declarations",
  "recusals → declarations",
  "register → declarations",
  "register → overview",
  "tasks → declarations",
];

const files = readLib(process.cwd());
const edges = featureEdges(files);

describe("the features of lib/", () => {
  it("import each other in one direction only (no cycle between folders)", () => {
    expect(files.size).toBeGreaterThan(200);
    const rest = edges.filter((e) => !KNOWN.includes(`${e.from} → ${e.to}`));
    const cycles = featureCycles(rest).map((group) => describeCycle(group, rest));
    expect(cycles).toEqual([]);
  });

  it("still have every import the known list excuses (remove an entry when its import goes)", () => {
    const present = new Set(edges.map((e) => `${e.from} → ${e.to}`));
    expect(KNOWN.filter((edge) => !present.has(edge))).toEqual([]);
  });
});

describe("the feature import graph", () => {
  const graphOf = (sources: Record<string, string>) => featureEdges(new Map(Object.entries(sources)) as Sources);

  it("finds a planted cycle between two features, through @/ and relative paths, and names the files", () => {
    const edges = graphOf({
      "lib/a/data.ts": 'import { b } from "@/lib/b/part";\nexport const a = 1;',
      "lib/b/part.ts": 'import { c } from "../c";\nexport const b = 2;',
      "lib/c/index.ts": 'export { a } from "@/lib/a/data";',
      "lib/d.ts": 'import { a } from "./a/data";',
    });
    expect(featureCycles(edges)).toEqual([["a", "b", "c"]]);
    expect(describeCycle(["a", "b", "c"], edges)).toEqual([
      "a → b (lib/a/data.ts imports lib/b/part.ts)",
      "b → c (lib/b/part.ts imports lib/c/index.ts)",
      "c → a (lib/c/index.ts imports lib/a/data.ts)",
    ]);
  });

  it("counts a dynamic import() and a mixed import, not `import type` nor a type-only named import", () => {
    const cyclic = graphOf({
      "lib/a/x.ts": 'const m = await import("@/lib/b/y");',
      "lib/b/y.ts": 'import { type A, a } from "@/lib/a/x";',
    });
    expect(featureCycles(cyclic)).toEqual([["a", "b"]]);
    const typeOnly = graphOf({
      "lib/a/x.ts": 'import { b } from "@/lib/b/y";',
      "lib/b/y.ts":
        'import type { A } from "@/lib/a/x";\nimport { type B } from "@/lib/a/x";\nexport type { C } from "../a/x";',
    });
    expect(featureCycles(typeOnly)).toEqual([]);
  });

  it("keeps imports within one feature, of packages and outside lib/ out of the graph", () => {
    const edges = graphOf({
      "lib/a/x.ts": 'import { y } from "./y";\nimport z from "zod";\nimport { t } from "@/tests/support/db";',
      "lib/a/y.ts": 'import { x } from "@/lib/a/x";',
    });
    expect(edges).toEqual([]);
  });
});
