import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMessages } from "@/lib/i18n/messages";
import { collectMyData } from "@/lib/privacy/my-data";
import { FILE_KEYS, reportSections } from "@/lib/privacy/my-data-report";
import type { Viewer } from "@/lib/auth/session";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import type { TestDb } from "@/tests/support/db";
import { decideWith, fileDeclaration, giftAnswers, POLITENESS } from "@/tests/support/declarations";

// The readable report (app/mijn-gegevens/overzicht) is made from the same object as the JSON download: every
// top-level part of the export is a section with words in both languages, and the content is the export's.
describe("the readable 'my data' report", () => {
  let db: TestDb;
  let fatima: Viewer;
  let jeroen: Viewer;
  beforeAll(async () => {
    db = await openSeededDb("pglite");
    ({ fatima, jeroen } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("shows every top-level section of the export, with its declarations and decisions", async () => {
    const mine = await fileDeclaration(
      fatima,
      "gift",
      giftAnswers({ ...POLITENESS, description: "Taart voor het rapport" }),
    );
    await decideWith(jeroen, mine.id, mine.version, "APPROVED_WITH_CONDITIONS", "", "Deel het met het team.");
    const data = await collectMyData(fatima);
    const sections = reportSections(data);
    const topLevel = Object.keys(data).filter((k) => !(FILE_KEYS as readonly string[]).includes(k));
    expect(sections.map((s) => s.key)).toEqual(topLevel);
    for (const locale of ["nl", "en"] as const) {
      const words = getMessages(locale).privacy.report as { sections: Record<string, string> };
      for (const key of topLevel) expect(words.sections[key], `${locale}: ${key}`).toBeTruthy();
    }
    const declarations = sections.find((s) => s.key === "declarations")!;
    const own = declarations.entries.find((fields) =>
      fields.some((f) => f.key === "id" && f.value.kind === "text" && f.value.text === mine.id),
    );
    expect(own).toBeDefined();
    const decisions = own!.find((f) => f.key === "decisions")!.value;
    expect(decisions.kind).toBe("entries");
    expect(JSON.stringify(decisions)).toContain("Deel het met het team.");
    expect(sections.find((s) => s.key === "person")!.entries[0]).toContainEqual({
      key: "email",
      value: { kind: "text", text: fatima.email },
    });
    // Every field the export names has a label in both languages.
    const fieldKeys = new Set<string>();
    const walk = (fields: { key: string; value: { kind: string } }[], top: boolean) => {
      for (const f of fields) {
        fieldKeys.add(f.key);
        const v = f.value as { kind: string; entries?: (typeof fields)[]; fields?: typeof fields };
        if (v.kind === "entries") v.entries!.forEach((e) => walk(e, true));
        // The designations and a stored verdict are records of the portal's own fields (audit params are not).
        if (v.kind === "fields" && top && ["designations", "verdict"].includes(f.key)) walk(v.fields!, false);
      }
    };
    for (const s of sections) for (const e of s.entries) walk(e, true);
    // The verdict's parts are among them, and none of the machine's (decision 059).
    expect([...fieldKeys]).toEqual(
      expect.arrayContaining(["verdict", "outcome", "reasons", "message", "deciderLabel"]),
    );
    expect([...fieldKeys].filter((k) => ["ruleId", "citation", "profileId"].includes(k))).toEqual([]);
    for (const locale of ["nl", "en"] as const) {
      const labels = (getMessages(locale).privacy.report as { fields: Record<string, string> }).fields;
      expect(
        [...fieldKeys].filter((k) => !labels[k]),
        locale,
      ).toEqual([]);
    }
  });
});
