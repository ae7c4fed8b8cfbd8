// The report of rows to fix after a people import (decision 064): the rejected rows and the rows whose name
// lost characters, as they stood in the file, with the reason; audited; refused outside the import's organisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createTranslator } from "use-intl/core";
import { getImport, previewImport, reportRowsOfImport } from "@/lib/people/data";
import { reportCsv } from "@/lib/people/report-csv";
import { issueText } from "@/components/people/import-rows";
import { peopleTranslator } from "@/components/people/labels";
import { getMessages } from "@/lib/i18n/messages";
import { codeOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";

const HEADER = "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende;schaal;topmanagementgroep;in dienst";
const translate = (locale: "nl" | "en") =>
  createTranslator({ locale, messages: getMessages(locale), timeZone: "Europe/Amsterdam" });

describe.each(DB_KINDS)("the report of rows to fix on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer, fatima: Viewer, ahmed: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, fatima, ahmed } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("holds the rejected rows and the lost-character rows as in the file, with the reason, and is audited", async () => {
    const lines = [
      HEADER,
      "BZK0701;Goed Persoon;goed.persoon@bzk.example;Adviseur;DIA;BZK0002;10;nee;1-5-2026",
      // Rejected (scale 21), with a formula in a cell and spaces as typed.
      "BZK0702; Slecht  Persoon ;slecht@bzk.example;=2+3;DIA;BZK0002;21;nee;1-5-2026",
      // Imported with a warning: a character lost in the file's encoding.
      "BZK0703;Ay?e Yilmaz;ayse.yilmaz@bzk.example;Adviseur;DIA;BZK0002;10;nee;1-5-2026",
    ];
    const { id } = await previewImport(linda, {
      fileName: "mensen.csv",
      bytes: new TextEncoder().encode(lines.join("\r\n")),
    });
    const view = (await getImport(linda, id))!;
    expect(view.counts).toMatchObject({ new: 2, rejected: 1 });
    expect(view.rows.find((r) => r.line === 4)?.outcome).toBe("new");

    const report = await reportRowsOfImport(linda, id);
    expect(report.rows.map((r) => [r.line, r.reasons.map((x) => x.code)])).toEqual([
      [3, ["invalidScale"]],
      [4, ["lostCharacters"]],
    ]);
    // As in the file: not trimmed, not normalised.
    expect(report.rows[0]!.cells.name).toBe(" Slecht  Persoon ");

    for (const locale of ["nl", "en"] as const) {
      const t = translate(locale);
      const text = reportCsv(report.columns, report.rows, {
        reasonHeader: t("people.report.reason"),
        reason: (issue) => issueText(peopleTranslator(t), issue),
      });
      expect(text.startsWith("\uFEFF")).toBe(true);
      const records = parse(text.slice(1), { delimiter: ";" }) as string[][];
      expect(records[0]).toEqual([...HEADER.split(";"), locale === "nl" ? "Reden" : "Reason"]);
      expect(records).toHaveLength(3);
      // The file's own cells, the formula made harmless.
      expect(records[1]!.slice(0, 9)).toEqual([
        "BZK0702",
        " Slecht  Persoon ",
        "slecht@bzk.example",
        "'=2+3",
        "DIA",
        "BZK0002",
        "21",
        "nee",
        "1-5-2026",
      ]);
      expect(records[1]![9]).toBe(t("people.issues.invalidScale", { value: "21" }));
      expect(records[2]![1]).toBe("Ay?e Yilmaz");
      expect(records[2]![9]).toContain(locale === "nl" ? "verloren is gegaan" : "was lost");
    }
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: id, action: "people-import.report-exported", actorId: linda.id },
      }),
    ).toBe(1);
  });

  it("is refused to those who may not see the import, and writes nothing", async () => {
    const { id } = await previewImport(linda, {
      fileName: "mensen.csv",
      bytes: new TextEncoder().encode([HEADER, "BZK0711;Ay?e;a711@bzk.example;;;;;;"].join("\r\n")),
    });
    for (const viewer of [fatima, ahmed]) expect(await codeOf(reportRowsOfImport(viewer, id))).toBe("FORBIDDEN");
    expect(await codeOf(reportRowsOfImport(linda, "bestaat-niet"))).toBe("NOT_FOUND");
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "people-import.report-exported" } })).toBe(
      0,
    );
  });
});
