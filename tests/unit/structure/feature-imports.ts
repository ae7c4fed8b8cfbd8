// The feature-level import graph of lib/ (decision 057): a feature is the first folder under lib/ (lib/declarations,
// lib/policy, …); a file directly in lib/ (lib/log.ts) is a feature of its own. An edge A → B means some file of A
// imports a file of B at run time. `import type` and `import { type X }` do not count: they vanish at build and
// cannot make a load-order cycle (as in ESLint's import/no-cycle, decision 053). Dynamic `import()` counts: it is
// still a dependency of A on B.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Sources = Map<string, string>; // path relative to the repository ("lib/x/y.ts") → text

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** Every .ts/.tsx file under lib/ except the generated client, read from disk. */
export function readLib(root: string): Sources {
  const out: Sources = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(rel);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        out.set(rel, fs.readFileSync(path.join(root, rel), "utf8"));
      }
    }
  };
  walk("lib");
  return out;
}

/** The feature a file of lib/ belongs to: its first folder, or the file's own name for a file directly in lib/. */
export function featureOf(file: string): string {
  const parts = file.split("/");
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.tsx?$/, "");
}

/** The module specifiers a file imports at run time. */
export function runtimeImports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause !== undefined &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.length > 0 &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The lib/ file a specifier names, or null for a package or a file outside lib/. */
export function resolveInLib(from: string, specifier: string, files: Sources): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  if (!base.startsWith("lib/")) return null;
  if (files.has(base)) return base;
  for (const ext of EXTENSIONS) if (files.has(base + ext)) return base + ext;
  return null;
}

export interface Edge {
  from: string;
  to: string;
  file: string;
  imports: string;
}

/** Feature → feature edges, each with one file that makes it (the first found, for the failure message). */
export function featureEdges(files: Sources): Edge[] {
  const seen = new Map<string, Edge>();
  for (const [file, text] of files) {
    for (const specifier of runtimeImports(file, text)) {
      const target = resolveInLib(file, specifier, files);
      if (!target) continue;
      const from = featureOf(file);
      const to = featureOf(target);
      if (from === to || seen.has(`${from}→${to}`)) continue;
      seen.set(`${from}→${to}`, { from, to, file, imports: target });
    }
  }
  return [...seen.values()];
}

/** The strongly connected groups of more than one feature (Tarjan), each sorted: every one is a cycle. */
export function featureCycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) connect(v);
  return groups;
}

/** The edges inside one cycle group, as "a → b (lib/a/x.ts imports lib/b/y.ts)", for a readable failure. */
export function describeCycle(group: string[], edges: Edge[]): string[] {
  return edges
    .filter((e) => group.includes(e.from) && group.includes(e.to))
    .map((e) => `${e.from} → ${e.to} (${e.file} imports ${e.imports})`)
    .sort();
}
