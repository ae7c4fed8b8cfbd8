// docs/operations.md §2 lists exactly the settings lib/config reads, with the same defaults: the table is
// tested against the module (issue 20 item 2), so a new setting without documentation fails here.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SETTINGS } from "@/lib/config";

function documentedSettings(): Array<{ name: string; default: string }> {
  const text = fs.readFileSync("docs/operations.md", "utf8");
  const section = text.slice(text.indexOf("## 2. Environment variables"), text.indexOf("## 3. "));
  return section
    .split("\n")
    .filter((line) => /^\| `[A-Z0-9_]+` \|/.test(line))
    .map((line) => {
      const cells = line.split(" | ");
      return { name: cells[0]!.replace(/^\| `|`$/g, ""), default: cells[1]!.trim() };
    });
}

describe("docs/operations.md's settings table", () => {
  it("has one row per setting of lib/config, in the same order, with the same default", () => {
    expect(documentedSettings()).toEqual(SETTINGS.map((s) => ({ name: s.name, default: s.default })));
  });
});
