// Citations people can read (issue 19 item 3, decision 059): every rule has a section heading taken from its source
// text, a quote of whole sentences that holds the rule's own quote, and a plain-English summary. The checks against
// the source texts skip where ../shared/sources is not beside the clone (see ./sources.ts); the others always run.
import { describe, expect, it } from "vitest";
import { RULES, readableCitation, ruleAnchor } from "@/lib/rules";
import { READABLE_TEXTS } from "@/lib/rules/readable/texts";
import { SOURCE_LINES, haveSources } from "./sources";

/**
 * A source file as running text, the way a person reads it: page furniture (page numbers, running heads, the URLs
 * of page breaks) left out, a word broken at a line end joined, list markers kept as "•" and blank lines as "¶" (so
 * the test can see where a sentence or list item begins). `lineAt` gives the line (1-based) of an offset.
 */
function runningText(file: string): {
  text: string;
  lineAt: (offset: number) => number;
  startsLine: (offset: number) => boolean;
} {
  const starts: number[] = [];
  const lineStarts = new Set<number>();
  let text = "";
  let blank = false;
  for (const raw of SOURCE_LINES[file]!) {
    starts.push(text.length);
    let line = raw.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
    if (/^https?:\/\//.test(line) || /^\d+ \|/.test(line) || /^\d+$/.test(line)) continue;
    if (line === "") {
      blank = true;
      continue;
    }
    line = line.replace(/^(- ?)?✓ ?-?/, "• ").replace(/^- /, "• ");
    // A word broken at the end of a line (or of a page) goes on: joined, even across a blank line or a page break.
    if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else {
      if (blank && text) text += " ¶";
      text += text ? " " : "";
      lineStarts.add(text.length);
      text += line;
    }
    blank = false;
  }
  return {
    text,
    startsLine: (offset) => lineStarts.has(offset),
    lineAt: (offset) => {
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
      return i + 1;
    },
  };
}

const RUNNING = Object.fromEntries(Object.keys(SOURCE_LINES).map((f) => [f, runningText(f)]));

/** Where a stored quote stands in its source: words in order, a list marker or paragraph break allowed between. */
function locate(file: string, quote: string): { start: number; end: number } | null {
  const words = quote.replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("(?: [•¶])* ");
  const m = new RegExp(pattern).exec(RUNNING[file]!.text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Letters only, lower case: how a rule's own (shorter, sometimes elided) quote is found inside the whole sentences. */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, "");

// Rules whose own quote is not word for word in the source (kept as they are: they are the rules' source of truth).
const OWN_QUOTE_NOT_VERBATIM: Record<string, string> = {
  "side-job.publication@eerste-kamer": "the source spells 'geregistreeerde'",
  "trip-extension.no-rule@gemeente": "the rule's quote adds '(niet in de gedragscode opgenomen)'",
};

describe("readable citations: one per rule", () => {
  it("every rule has a section, a quote and an English summary, and there is none for a rule that does not exist", () => {
    expect(Object.keys(READABLE_TEXTS).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const r of RULES) {
      const t = READABLE_TEXTS[r.id]!;
      expect(t.section.length, r.id).toBeGreaterThan(3);
      expect(t.quote.length, r.id).toBeGreaterThan(10);
      expect(t.summary.length, r.id).toBeGreaterThan(10);
    }
  });

  it("the summary is plain English, not the Dutch quote again", () => {
    for (const r of RULES) {
      const { summary, quote } = READABLE_TEXTS[r.id]!;
      expect(summary, r.id).not.toBe(quote);
      expect(summary, r.id).toMatch(/^[A-Z'(]/);
      expect(summary, r.id).not.toMatch(/\b(je|jouw|het|niet|een|wordt|mag)\b/);
      expect(summary.length, r.id).toBeLessThanOrEqual(260);
    }
  });

  it("what a person reads carries no file number, line number, rule id or policy version", () => {
    for (const r of RULES) {
      const c = readableCitation(r.id)!;
      for (const text of [c.label, c.quote, c.summary])
        expect(text, r.id).not.toMatch(
          /\bL\d+|\b00\d\b|@(rijk|eerste-kamer|gemeente|provincie)|\b(rijk|eerste-kamer|gemeente-maastricht|provincie-utrecht)-\d{4}\.\d/,
        );
      expect(c.label, r.id).toMatch(/^Gedragscode .+, § /);
      expect(c.href).toBe(`/gedragscode#${ruleAnchor(r.id)}`);
    }
  });

  it("the label reads as the issue asks: the code's name and its section", () => {
    expect(readableCitation("gift.permission@rijk")!.label).toBe(
      "Gedragscode Integriteit Rijk, § 4.1 Geschenken, diensten en andere voordelen of beloningen",
    );
    expect(readableCitation("gift.permission@gemeente")!.label).toBe(
      "Gedragscode ambtelijke organisatie gemeente Maastricht, § 3 Het tegengaan van corruptie",
    );
    expect(readableCitation("no.such-rule@rijk")).toBeNull();
  });

  it("one anchor per topic: no two rules of one organisation share an anchor on /gedragscode", () => {
    for (const p of ["rijk", "eerste-kamer", "gemeente", "provincie"]) {
      const anchors = RULES.filter((r) => r.profiles.includes(p as never)).map((r) => ruleAnchor(r.id));
      expect(new Set(anchors).size, p).toBe(anchors.length);
    }
  });

  it("the whole sentences hold the rule's own quote (its parts, in order, where it leaves words out)", () => {
    for (const r of RULES) {
      if (OWN_QUOTE_NOT_VERBATIM[r.id]) continue;
      const whole = letters(READABLE_TEXTS[r.id]!.quote);
      let from = 0;
      for (const part of r.quote
        .split(/\.\.\.|…/)
        .map(letters)
        .filter(Boolean)) {
        const at = whole.indexOf(part, from);
        expect(at, `${r.id}: "${part}"`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
      }
    }
  });

  it("the exceptions above are still needed (the rule's quote is not inside the whole sentences)", () => {
    for (const id of Object.keys(OWN_QUOTE_NOT_VERBATIM))
      expect(letters(READABLE_TEXTS[id]!.quote)).not.toContain(letters(RULES.find((r) => r.id === id)!.quote));
  });
});

// Skipped without ../shared/sources (haveSources, tests/unit/rules/sources.ts): the codes of conduct are not in this repository; CI places them beside the clone, so there it always runs.
describe.skipIf(!haveSources)("readable citations against the source texts", () => {
  it.each(RULES.map((r) => [r.id] as const))("%s: the quote is whole sentences of the source", (id) => {
    const { source, quote } = READABLE_TEXTS[id]!;
    const at = locate(source, quote);
    expect(at, `${id}: "${quote}" not in ${source}`).not.toBeNull();
    const { text } = RUNNING[source]!;
    const before = text.slice(0, at!.start).trimEnd();
    const after = text.slice(at!.end).trimStart();
    // Begins a sentence, a list item (after "•", ":" or an item letter such as "a."), a paragraph, or a line of its
    // own with a capital (after a heading without a full stop, or in a list of regulations).
    expect(
      before === "" ||
        /[.!?:;•¶'”)]$/.test(before) ||
        /(^|\s)(\p{L}|\d+)\.$/u.test(before) ||
        (RUNNING[source]!.startsLine(at!.start) && /^\p{Lu}/u.test(quote)),
      `${id} starts mid-sentence after "…${before.slice(-40)}"`,
    ).toBe(true);
    // Ends a sentence or a list item: its own punctuation, or the next item or paragraph follows.
    expect(
      /[.!?;:'”)]$/.test(quote) || after === "" || /^[•¶-]/.test(after) || /^\p{Lu}/u.test(after),
      `${id} ends mid-sentence before "${after.slice(0, 40)}…"`,
    ).toBe(true);
  });

  it.each(RULES.map((r) => [r.id] as const))("%s: the section is the source's last heading before the quote", (id) => {
    const { source, quote, section } = READABLE_TEXTS[id]!;
    const lines = SOURCE_LINES[source]!;
    const quoteLine = RUNNING[source]!.lineAt(locate(source, quote)!.start);
    // The headings of this source that the data uses; capitals and accents as the source prints them do not count.
    const fold = (s: string) =>
      s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[^\p{L}\d().,-]+/gu, " ")
        .replace(/-\s+/g, "")
        .trim();
    const startsWith = (line: number, heading: string) =>
      fold(lines.slice(line - 1, line + 4).join(" ")).startsWith(fold(heading));
    const headings = [
      ...new Set(
        Object.values(READABLE_TEXTS)
          .filter((t) => t.source === source)
          .map((t) => t.section),
      ),
    ];
    let own = 0;
    for (let l = quoteLine; l >= 1 && own === 0; l--) if (startsWith(l, section)) own = l;
    expect(own, `${id}: "${section}" not found above line ${quoteLine} of ${source}`).toBeGreaterThan(0);
    for (const other of headings.filter((h) => h !== section))
      for (let l = own + 1; l <= quoteLine; l++)
        expect(startsWith(l, other), `${id}: "${other}" (line ${l}) stands between "${section}" and the quote`).toBe(
          false,
        );
  });
});
