import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { spreadsheetSafe } from "@/lib/csv";
import { cellText } from "@/lib/register/columns";
import { createOdsWriter, odsRow, xmlText } from "@/lib/register/ods";

describe("CSV cells never run as a formula", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+31 6 1234", "'+31 6 1234"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["Stichting = goed", "Stichting = goed"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(spreadsheetSafe(input)).toBe(expected);
  });
});

describe("register cells", () => {
  it("writes booleans as ja/nee and null as empty", () => {
    expect([cellText(true), cellText(false), cellText(null), cellText("x")]).toEqual(["ja", "nee", "", "x"]);
  });
});

describe("ODS writer", () => {
  it("escapes XML and drops control characters XML cannot hold", () => {
    expect(xmlText(`a<b>&"c"\u0001\u0008d`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;d");
    expect(odsRow(["", "x\ny"])).toBe(
      '<table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>x</text:p><text:p>y</text:p></table:table-cell></table:table-row>',
    );
  });

  it("makes a package with the mimetype first and stored, a manifest and the rows in content.xml", () => {
    const chunks: Uint8Array[] = [];
    let ended = false;
    const writer = createOdsWriter({
      sheetName: "Register",
      title: "T",
      header: ["naam"],
      emit: (c) => chunks.push(c),
      onEnd: () => (ended = true),
      onError: (e) => {
        throw e;
      },
    });
    writer.rows([["Éva <b>"], ["=1+1"]]);
    writer.end();
    expect(ended).toBe(true);
    const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c)));
    expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");
    expect(bytes.subarray(30, 38).toString("latin1")).toBe("mimetype");
    expect(bytes.readUInt16LE(8)).toBe(0); // stored, not compressed (ODF 1.2 part 3, 3.3)
    const files = unzipSync(new Uint8Array(bytes));
    expect(strFromU8(files.mimetype!)).toBe("application/vnd.oasis.opendocument.spreadsheet");
    const content = strFromU8(files["content.xml"]!);
    expect(content).toContain("<text:p>Éva &lt;b&gt;</text:p>");
    expect(content).toContain('office:value-type="string"><text:p>=1+1</text:p>');
  });
});
