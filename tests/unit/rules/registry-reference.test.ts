import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { person } from "./helpers";
import { SOURCE_LINES } from "./sources";
import {
  OBLIGATION_TEXT,
  PROFILES,
  PROFILE_IDS,
  RULES,
  SIDE_JOB_QUESTIONS,
  renderReferenceMarkdown,
  ruleReference,
  type Citation,
} from "@/lib/rules";

const ROOT = path.resolve(import.meta.dirname, "../../..");
// Lines per source file (../shared/sources beside the repository); empty when absent: the range check is skipped.
const sourceLineCount: Record<string, number> = Object.fromEntries(
  Object.entries(SOURCE_LINES).map(([file, lines]) => [file, lines.length]),
);

function checkCitation(c: Citation): void {
  const m = /^L(\d+)(?:-(\d+))?$/.exec(c.lines);
  expect(m, `${c.file} ${c.lines}`).not.toBeNull();
  const from = Number(m![1]);
  const to = m![2] ? Number(m![2]) : from;
  expect(to).toBeGreaterThanOrEqual(from);
  const count = sourceLineCount[c.file];
  if (count !== undefined) expect(to).toBeLessThanOrEqual(count);
}

describe("rule registry", () => {
  it("rule ids are unique", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it("every rule has a title, at least one well-formed citation in range, and a quote", () => {
    for (const r of RULES) {
      expect(r.title.nl && r.title.en, r.id).toBeTruthy();
      expect(r.citation.length, r.id).toBeGreaterThan(0);
      r.citation.forEach(checkCitation);
      expect(r.quote.length, r.id).toBeGreaterThan(5);
    }
  });

  it("a rule for one profile cites that profile's own source (or the Rijk minimum)", () => {
    const own: Record<string, string[]> = {
      rijk: ["000"],
      "eerste-kamer": ["001", "000"],
      gemeente: ["002"],
      provincie: ["003"],
    };
    for (const r of RULES)
      for (const p of r.profiles) for (const c of r.citation) expect(own[p], `${r.id} ${c.file}`).toContain(c.file);
  });

  it("side-job questions carry citations: Rijk 9, Eerste Kamer 9, Gemeente 6 — 000 L803-833, 001 L385-395, 002 L363-391", () => {
    expect(SIDE_JOB_QUESTIONS.rijk).toHaveLength(9);
    expect(SIDE_JOB_QUESTIONS["eerste-kamer"]).toHaveLength(9);
    expect(SIDE_JOB_QUESTIONS.gemeente).toHaveLength(6);
    for (const p of PROFILE_IDS) SIDE_JOB_QUESTIONS[p].forEach((q) => checkCitation(q.citation));
  });

  it("every obligation code has nl and en text", () => {
    for (const profile of Object.values(PROFILES)) {
      for (const fn of Object.values(OBLIGATION_TEXT)) {
        const t = fn(profile);
        expect(t.nl.length).toBeGreaterThan(5);
        expect(t.en.length).toBeGreaterThan(5);
      }
    }
  });
});

describe("rules reference", () => {
  it("lists every rule of the profile", () => {
    for (const p of PROFILE_IDS) {
      const ref = ruleReference(p);
      const listed = new Set([...ref.generalRules, ...ref.rulesByType.flatMap((g) => g.rules)].map((r) => r.id));
      for (const r of RULES.filter((r) => r.profiles.includes(p))) expect(listed.has(r.id), r.id).toBe(true);
    }
  });

  it("docs/rules-reference.md is up to date with the generated reference", () => {
    const committed = readFileSync(path.join(ROOT, "docs/rules-reference.md"), "utf8");
    expect(committed).toBe(renderReferenceMarkdown());
  });
});

describe("CLI scripts/rules.ts", () => {
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  const cli = path.join(ROOT, "scripts/rules.ts");
  const request = {
    profile: "gemeente",
    person: person(),
    now: "2026-03-02T10:00",
    declaration: {
      type: "invitation",
      eventKind: "trip",
      startDate: "2026-04-10",
      endDate: "2026-04-12",
      estimatedValueCents: 90000,
      hostInProcurementOrAwaitingDecision: false,
      functionalOrRepresentative: true,
      appearanceOfCorruptionMinimal: true,
      othersPayTravelOrStay: true,
      tripNecessaryForWork: false,
    },
  };

  it("evaluate prints a verdict (gemeente paid trip, not necessary for the job — 002 L428-431)", () => {
    const out = execFileSync(tsx, [cli, "evaluate"], { input: JSON.stringify(request), encoding: "utf8" });
    const v = JSON.parse(out);
    expect(v.outcome).toBe("not-permitted");
    expect(v.policyVersion).toBe("gemeente-maastricht-2023.1");
  }, 30_000);

  it("bad input exits with code 2 and names the field", () => {
    const bad = { ...request, declaration: { ...request.declaration, estimatedValueCents: -3 } };
    const r = spawnSync(tsx, [cli, "evaluate"], { input: JSON.stringify(bad), encoding: "utf8" });
    expect(r.status).toBe(2);
    const err = JSON.parse(r.stdout);
    expect(err.field).toBe("declaration.estimatedValueCents");
    expect(err.code).toBe("out-of-range");
  }, 30_000);

  it("an unknown profile exits with code 2", () => {
    const r = spawnSync(tsx, [cli, "evaluate"], {
      input: JSON.stringify({ ...request, profile: "waterschap" }),
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).code).toBe("unknown-profile");
  }, 30_000);

  it("loosening settings exit with code 2 and the reasons (000 L100-106)", () => {
    const r = spawnSync(tsx, [cli, "evaluate"], {
      input: JSON.stringify({ ...request, profile: "rijk", settings: { giftCapCents: 10000 } }),
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).errors[0].citation[0].lines).toBe("L100-106");
  }, 30_000);

  it("reference --profile provincie --format json", () => {
    const out = execFileSync(tsx, [cli, "reference", "--profile", "provincie", "--format", "json"], {
      encoding: "utf8",
    });
    const refs = JSON.parse(out);
    expect(refs).toHaveLength(1);
    expect(refs[0].profileId).toBe("provincie");
  }, 30_000);
});
