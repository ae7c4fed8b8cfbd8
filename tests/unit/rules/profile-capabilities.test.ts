// Capabilities, not ids (issue 14 item 3, decision 047): outside lib/rules no code asks WHICH organisation's code
// applies (`profileId === "gemeente"`, a switch on the id, an object keyed by the ids); it reads what the code
// says from a field of the (effective) policy profile, so a new or tightened profile needs no change elsewhere.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROFILE_IDS } from "@/lib/rules/types";
import { PROFILE_TO_RULES } from "@/lib/declarations/types";

const ROOTS = ["app", "components", "lib"];
const SKIP_DIRS = new Set(["lib/rules", "lib/generated", "node_modules"]);
/** The one place the rule module's ids and the database enum's names meet (a translation, not a capability). */
const ALLOWED = new Set(["lib/declarations/types.ts"]);

function sources(entry: string): string[] {
  if (SKIP_DIRS.has(entry) || !fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return /\.(ts|tsx)$/.test(entry) ? [entry] : [];
  return fs.readdirSync(entry).flatMap((name) => sources(path.posix.join(entry, name)));
}

// Both spellings of a profile id: the rule module's ("eerste-kamer") and the database enum's ("EERSTE_KAMER").
const IDS = [...PROFILE_IDS, ...Object.keys(PROFILE_TO_RULES)];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const ID = `(?:${IDS.map(esc).join("|")})`;
const Q = "[\"'`]";
const PATTERNS: { what: string; re: RegExp }[] = [
  { what: "compares to an id", re: new RegExp(`[!=]==?\\s*${Q}${ID}${Q}|${Q}${ID}${Q}\\s*[!=]==?`) },
  { what: "switches on an id", re: new RegExp(`\\bcase\\s+${Q}${ID}${Q}\\s*:`) },
  { what: "is keyed by an id", re: new RegExp(`(?:^|[{,])\\s*(?:${ID}|${Q}${ID}${Q})\\s*:(?!:)`) },
];

/** The lines of a source text that branch on a profile id, as "line: text (what)". */
export function idComparisons(text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((line, i) => {
    const hit = PATTERNS.find((p) => p.re.test(line));
    if (hit) out.push(`${i + 1}: ${line.trim()} (${hit.what})`);
  });
  return out;
}

describe("profile ids outside lib/rules", () => {
  it("the check finds each kind of id branch and passes capability reads", () => {
    expect(idComparisons(`if (profileId === "provincie") {`)).toHaveLength(1);
    expect(idComparisons(`...(ctx.profileId === "gemeente" ? [a] : [])`)).toHaveLength(1);
    expect(idComparisons(`if ("eerste-kamer" !== ctx.profileId) return;`)).toHaveLength(1);
    expect(idComparisons(`keepsGiftRegister: profile === "GEMEENTE",`)).toHaveLength(1);
    expect(idComparisons(`    case "rijk":`)).toHaveLength(1);
    expect(idComparisons(`const T = { rijk: "SG", "eerste-kamer": "Griffier" };`)).toHaveLength(1);
    expect(idComparisons(`  gemeente: "gemeentesecretaris",`)).toHaveLength(1);
    expect(idComparisons(`  EERSTE_KAMER: "x",`)).toHaveLength(1);
    expect(idComparisons(`if (ctx.profile.gift.requiresExceptionGround) {`)).toEqual([]);
    expect(idComparisons(`const slug = "gemeente-utrecht"; const x = a === "gemeentes";`)).toEqual([]);
    expect(idComparisons(`{ value: "eerste-kamer", label: { nl: "Eerste Kamer" } },`)).toEqual([]);
  });

  it("no file in app/, components/ or lib/ (outside lib/rules and lib/generated) branches on one", () => {
    const files = ROOTS.flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => idComparisons(fs.readFileSync(file, "utf8")).map((hit) => `${file}:${hit}`));
    expect(offenders).toEqual([]);
  });
});
