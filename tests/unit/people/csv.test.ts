import { describe, expect, it } from "vitest";
import {
  decodeCsv,
  detectDelimiter,
  normaliseRecord,
  parsePeopleCsv,
  readPeopleCsv,
  MAX_BYTES,
} from "@/lib/people/csv";
import { normaliseEmail, parseBoolean, parseDutchDate, parseRoles } from "@/lib/people/values";

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
/** Windows-1252 bytes for the characters these tests use (ü, Ç, €, é, ë). */
function cp1252(s: string): Uint8Array {
  const map: Record<string, number> = { ü: 0xfc, Ç: 0xc7, "€": 0x80, é: 0xe9, ë: 0xeb };
  return new Uint8Array([...s].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

const HEADER = "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende";

describe("decoding", () => {
  it.each([
    ["UTF-8 without BOM", utf8("naam\nMüller Çelik €"), "utf-8"],
    ["UTF-8 with BOM", withBom("naam\nMüller Çelik €"), "utf-8-bom"],
    ["Windows-1252", cp1252("naam\nMüller Çelik €"), "windows-1252"],
  ] as const)("%s: reads Müller, Çelik and € and names the encoding", (_label, bytes, encoding) => {
    const decoded = decodeCsv(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding });
    expect(decoded.ok && decoded.text).toBe("naam\nMüller Çelik €");
  });

  it("does not leave the byte-order mark in the first header", () => {
    const read = readPeopleCsv(withBom(`${HEADER}\n1;A;a@x.nl;;;`));
    expect(read).toMatchObject({
      ok: true,
      encoding: "utf-8-bom",
      columns: ["externalId", "name", "email", "functionTitle", "unit", "manager"],
    });
  });

  it("decodes the Windows-1252 characters that differ from Latin-1 (curly quotes, dashes, Š, Ž)", () => {
    const bytes = new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x8a, 0x8e, 0x9a, 0x9e, 0x20, 0x80]);
    expect(decodeCsv(bytes)).toMatchObject({ ok: true, encoding: "windows-1252", text: "\u201cA\u201d \u2013 ŠŽšž €" });
  });

  it("Windows-1252 text that happens to be plain ASCII is read as UTF-8 (the same characters)", () => {
    expect(decodeCsv(cp1252("naam\nJansen"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty"],
    ["an Excel workbook (zip)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "notText"],
    ["UTF-16 (Excel 'Unicode text')", new Uint8Array([0xff, 0xfe, 0x6e, 0x00]), "utf16"],
    ["a BOM followed by bytes that are not UTF-8", new Uint8Array([0xef, 0xbb, 0xbf, 0x4d, 0xfc]), "badUtf8"],
    ["a file that is too large", new Uint8Array(MAX_BYTES + 1).fill(0x41), "tooLarge"],
  ])("refuses %s as a whole", (_label, bytes, code) => {
    expect(decodeCsv(bytes)).toMatchObject({ ok: false, problem: { code } });
  });
});

describe("columns", () => {
  it.each([
    ["personeelsnummer;naam;e-mail\n", ";"],
    ["personeelsnummer,naam,e-mail\n", ","],
    ["personeelsnummer\tnaam\te-mail\n", "\t"],
    ['"naam, voluit";e-mail;personeelsnummer\n', ";"],
  ])("detects the separator of %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("accepts synonyms, other capitals, underscores and accents in headers", () => {
    const parsed = parsePeopleCsv(
      "Personeelsnr.;Volledige naam;E_mailadres;Salarisschaal;Financiële risicofunctie;Datum in dienst;TMG;Rol\n1;A;a@x.nl;10;nee;1-5-2026;ja;hr\n",
    );
    expect(parsed.ok && parsed.file.columns).toEqual([
      "externalId",
      "name",
      "email",
      "salaryScale",
      "financialRiskFunction",
      "employmentStart",
      "topManagementGroup",
      "roles",
    ]);
  });

  it("names every missing, unknown and doubled column in one problem, and stages nothing", () => {
    const parsed = parsePeopleCsv("naam;email;geboortedatum;functie;functienaam\nA;a@x.nl;1-1-1990;x;y\n");
    expect(parsed).toEqual({
      ok: false,
      problem: {
        code: "columns",
        missing: ["personeelsnummer"],
        unknown: ["geboortedatum"],
        duplicate: ["functienaam"],
      },
    });
  });

  it("a header without data rows is an empty file; an unclosed quote is a malformed file with its line", () => {
    expect(readPeopleCsv(utf8(`${HEADER}\n`))).toMatchObject({ ok: false, problem: { code: "empty" } });
    expect(readPeopleCsv(utf8(`${HEADER}\n1;"A;a@x.nl;;;\n2;B;b@x.nl;;;\n`))).toMatchObject({
      ok: false,
      problem: { code: "malformed" },
    });
  });

  it("numbers rows by their line in the file, skipping empty lines and Excel's ';;;;' rows", () => {
    const read = readPeopleCsv(utf8(`${HEADER}\n1;A;a@x.nl;;;\n\n;;;;;\n2;"B\nC";b@x.nl;;;\n3;D;d@x.nl;;;\n`));
    expect(read.ok && read.rows.map((r) => r.line)).toEqual([2, 5, 7]);
  });

  it("a row with too few fields or extra filled fields says so", () => {
    const read = readPeopleCsv(utf8(`${HEADER}\n1;A;a@x.nl\n2;B;b@x.nl;;;;extra\n3;C;c@x.nl;;;;\n`));
    expect(read.ok && read.rows.map((r) => r.issues.map((i) => i.code))).toEqual([["fieldCount"], ["fieldCount"], []]);
  });
});

describe("values", () => {
  it.each([
    ["2026-05-01", "2026-05-01"],
    ["1-5-2026", "2026-05-01"],
    ["01-05-2026", "2026-05-01"],
    ["1/5/2026", "2026-05-01"],
    ["1.5.2026", "2026-05-01"],
    ["29-2-2028", "2028-02-29"],
    ["29-2-2026", null],
    ["31-4-2026", null],
    ["2026-13-01", null],
    ["5/1/26", null],
    ["morgen", null],
    ["", null],
  ])("date %j -> %j", (input, expected) => {
    expect(parseDutchDate(input)).toBe(expected);
  });

  it.each([
    ["ja", true],
    ["Ja", true],
    ["J", true],
    ["yes", true],
    ["1", true],
    ["x", true],
    ["nee", false],
    ["N", false],
    ["0", false],
    ["", false],
    ["misschien", null],
  ])("boolean %j -> %j", (input, expected) => {
    expect(parseBoolean(input)).toBe(expected);
  });

  it.each([
    [" Fatima.El-Amrani@BZK.example ", "fatima.el-amrani@bzk.example"],
    ["geen-adres", null],
    ["a@b", null],
    ["a b@c.nl", null],
    ["a@@c.nl", null],
  ])("e-mail %j -> %j", (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it("reads roles in Dutch and English, always with employee", () => {
    expect(parseRoles("Leidinggevende, HR")).toEqual({ roles: ["EMPLOYEE", "MANAGER", "HR"], unknown: [] });
    expect(parseRoles("integriteitscoördinator|functioneel beheerder")).toEqual({
      roles: ["EMPLOYEE", "INTEGRITY_OFFICER", "ADMIN"],
      unknown: [],
    });
    expect(parseRoles("")).toEqual({ roles: ["EMPLOYEE"], unknown: [] });
    expect(parseRoles("manager; koning")).toEqual({ roles: ["EMPLOYEE", "MANAGER"], unknown: ["koning"] });
  });
});

describe("a row", () => {
  const row = (cells: Record<string, string>) =>
    normaliseRecord({
      line: 4,
      cells: { externalId: "100", name: "Anna  de Vries", email: "Anna@X.nl", ...cells },
      fieldCountMismatch: null,
    });

  it("normalises what it reads; columns not in the file stay undefined (not changed)", () => {
    expect(
      row({ salaryScale: "11", topOfficial: "ja", employmentStart: "1-5-2026", unit: " FIN ", manager: "" }),
    ).toEqual({
      line: 4,
      externalId: "100",
      name: "Anna de Vries",
      email: "anna@x.nl",
      salaryScale: 11,
      topOfficial: true,
      employmentStart: "2026-05-01",
      unit: "FIN",
      manager: null,
      issues: [],
    });
  });

  it.each([
    [{ name: "" }, "missingValue", { column: "naam" }],
    [{ externalId: " " }, "missingValue", { column: "personeelsnummer" }],
    [{ email: "anna(at)x.nl" }, "invalidEmail", { value: "anna(at)x.nl" }],
    [{ salaryScale: "19" }, "invalidScale", { value: "19" }],
    [{ salaryScale: "0" }, "invalidScale", { value: "0" }],
    [{ salaryScale: "11a" }, "invalidScale", { value: "11a" }],
    [{ employmentEnd: "31-2-2026" }, "invalidDate", { column: "uit dienst", value: "31-2-2026" }],
    [{ employmentStart: "1-6-2026", employmentEnd: "31-5-2026" }, "endBeforeStart", undefined],
    [{ vulnerableFunction: "soms" }, "invalidBoolean", { column: "kwetsbare functie", value: "soms" }],
    [{ roles: "directeur" }, "unknownRole", { value: "directeur" }],
    [{ name: "x".repeat(201) }, "tooLong", { column: "naam" }],
  ])("%j is refused: %s", (cells, code, params) => {
    expect(row(cells as Record<string, string>).issues).toEqual([params ? { code, params } : { code }]);
  });

  it("a scale of 1 and of 18 are fine", () => {
    expect(row({ salaryScale: "1" }).salaryScale).toBe(1);
    expect(row({ salaryScale: "18" }).salaryScale).toBe(18);
    expect(row({ salaryScale: "" }).salaryScale).toBeNull();
  });
});
