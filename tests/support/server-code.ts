// Every server action and route handler in the portal, found by reading the source tree: a module whose
// first statement is "use server" exports actions; app/**/route.ts exports HTTP method handlers. Tests that
// must cover all of them (the authorisation matrix, the robustness properties) start from these lists, so
// an action or handler added later is covered or the suite fails.
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", "generated", ".next", ".git", "tests"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Source files (relative to the repository) whose module starts with the "use server" directive. */
export function serverActionModules(): string[] {
  return ["app", "lib", "components"]
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .map(rel)
    .sort();
}

/** "lib/decisions/actions.ts#decideAction" for every exported async function of those modules. */
export function serverActionNames(): string[] {
  return serverActionModules()
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8");
      const names = [...source.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => m[1]!);
      const consts = [...source.matchAll(/^export\s+const\s+(\w+)\s*=\s*(?:async|formAction\b)/gm)].map((m) => m[1]!);
      return [...names, ...consts].map((name) => `${file}#${name}`);
    })
    .sort();
}

/** "app/register/[slug]/download/route.ts#GET" for every HTTP method a route handler exports. */
export function routeHandlerNames(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((file) => /\/route\.ts$/.test(file))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(
        /^export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm,
      ))
        methods.add(m[1]!);
      for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
        for (const part of m[1]!.split(",")) {
          const name = part
            .trim()
            .split(/\s+as\s+/)
            .pop()!
            .trim();
          if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) methods.add(name);
        }
      }
      return [...methods].map((method) => `${rel(file)}#${method}`);
    })
    .sort();
}

/** The module of a "file#export" name, imported (for calling the export in a test). */
export async function importExport(name: string): Promise<unknown> {
  const [file = "", exported = ""] = name.split("#");
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  return mod[exported];
}
