// The codes of conduct as the rules cite them: `../shared/sources` beside the repository (as CI has it), read once.
// Empty when the sources are not there; tests that compare quotes then skip, the format checks still run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Citation } from "@/lib/rules";

const SOURCES = path.resolve(import.meta.dirname, "../../../../shared/sources");

/** The lines of each source file, by its number ("000", "001", ...). */
export const SOURCE_LINES: Readonly<Record<string, string[]>> = (() => {
  const out: Record<string, string[]> = {};
  try {
    for (const f of readdirSync(SOURCES))
      if (/^\d{3}_/.test(f)) out[f.slice(0, 3)] = readFileSync(path.join(SOURCES, f), "utf8").split("\n");
  } catch {
    // sources not beside the repository: nothing to compare with
  }
  return out;
})();

// Why the quote checks skip without it: the codes of conduct are not part of this repository (they live in
// ../shared/sources, which CI always places beside the clone, so there the checks always run); a clone without them
// has nothing to compare a quote with. The registry's own tests (citations, ranges) run either way.
export const haveSources = Object.keys(SOURCE_LINES).length > 0;

/** Text compared as the codes are quoted: page-break URLs, hyphenation at line ends, quote marks and spacing folded. */
export const foldQuote = (s: string) =>
  s
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/-\s+/g, "")
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** The cited lines of a rule, joined, folded. */
export function citedText(citations: readonly Citation[]): string {
  return foldQuote(
    citations
      .map((c) => {
        const m = /^L(\d+)(?:-(\d+))?$/.exec(c.lines)!;
        const from = Number(m[1]);
        return SOURCE_LINES[c.file]!.slice(from - 1, m[2] ? Number(m[2]) : from).join("\n");
      })
      .join("\n"),
  );
}
