import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import {
  ATTACHMENT_MAX_NAME_LENGTH,
  checkAttachment,
  sanitiseFileName,
  type AttachmentRefusal,
} from "@/lib/attachments/content-check";
import { attachmentMaxBytes, attachmentsPerDeclaration } from "@/lib/config";

// Minimal but real files, built here so the table shows what each case is.
const pdf = strToU8("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const docx = zipSync({
  "[Content_Types].xml": strToU8(contentTypes),
  "word/document.xml": strToU8('<?xml version="1.0"?><w:document/>'),
});
// 50 MB of zeros packs to a few tens of kilobytes: ratio far above the limit.
const docxBomb = zipSync({
  "[Content_Types].xml": strToU8(contentTypes),
  "word/document.xml": new Uint8Array(50 * 1024 * 1024),
});
const pdfZipPolyglot = new Uint8Array([...pdf, ...zipSync({ "a.html": strToU8("<script>alert(1)</script>") })]);
const htmlAsPdf = strToU8("<html><script>alert(1)</script></html>\n%PDF-1.4\n%%EOF\n");
const pdfWithScriptHead = new Uint8Array([...strToU8("%PDF-1.4\n<script>alert(1)</script>\n"), ...pdf]);
const eml = strToU8(
  "From: Jan <jan@example.nl>\r\nTo: piet@example.nl\r\nSubject: Uitnodiging\r\n\tvervolg\r\nDate: Fri, 1 May 2026 10:00:00 +0200\r\n\r\nBeste Piet,\r\n",
);
const notEml = strToU8("Dit is gewoon tekst zonder kopregels.\n\nTweede alinea.\n");

describe("checkAttachment", () => {
  it.each<[string, string, Uint8Array, string]>([
    ["a PDF", "offerte.pdf", pdf, "application/pdf"],
    ["a PNG", "cadeau.PNG", png, "image/png"],
    ["a DOCX", "contract.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["an e-mail file", "uitnodiging.eml", eml, "message/rfc822"],
  ])("accepts %s", async (_label, name, bytes, mime) => {
    const result = await checkAttachment(name, bytes);
    expect(result).toEqual({ ok: true, name, mime, size: bytes.length });
  });

  it.each<[string, string, Uint8Array, AttachmentRefusal, number?]>([
    ["an empty file", "leeg.pdf", new Uint8Array(0), "empty"],
    ["one byte over the limit", "offerte.pdf", pdf, "too-large", pdf.length - 1],
    ["a PDF named .png", "foto.png", pdf, "type-mismatch"],
    ["a PNG named .pdf", "offerte.pdf", png, "type-mismatch"],
    ["a DOCX named .pdf", "offerte.pdf", docx, "type-mismatch"],
    ["an extension not on the list", "script.exe", pdf, "type-not-allowed"],
    ["an HTML file", "pagina.html", htmlAsPdf, "type-not-allowed"],
    ["no extension", "offerte", pdf, "type-not-allowed"],
    ["HTML disguised as PDF", "offerte.pdf", htmlAsPdf, "polyglot"],
    ["a PDF with script in its first bytes", "offerte.pdf", pdfWithScriptHead, "polyglot"],
    ["a PDF that is also a ZIP", "offerte.pdf", pdfZipPolyglot, "polyglot"],
    ["a zip bomb as DOCX", "contract.docx", docxBomb, "zip-bomb"],
    ["plain text named .eml", "bericht.eml", notEml, "type-mismatch"],
    ["a PDF named .eml", "bericht.eml", pdf, "type-mismatch"],
    ["a name that is only a path", "../../", pdf, "name-missing"],
    ["a name of only control characters", "\u0000\u0001", pdf, "name-missing"],
    ["a name one character too long", `${"a".repeat(ATTACHMENT_MAX_NAME_LENGTH - 3)}.pdf`, pdf, "name-too-long"],
    ["an RTL-override name hiding .exe", "factuur\u202Efdp.exe", pdf, "type-not-allowed"],
  ])("refuses %s", async (_label, name, bytes, refusal, maxBytes) => {
    expect(await checkAttachment(name, bytes, maxBytes)).toEqual({ ok: false, refusal });
  });

  it("accepts a name of exactly the longest length, and a file of exactly the limit", async () => {
    const name = `${"a".repeat(ATTACHMENT_MAX_NAME_LENGTH - 4)}.pdf`;
    expect(await checkAttachment(name, pdf, pdf.length)).toMatchObject({ ok: true, name });
  });
});

describe("sanitiseFileName", () => {
  it.each([
    ["C:\\Users\\jan\\offerte.pdf", "offerte.pdf"],
    ["/etc/passwd", "passwd"],
    ["factuur\u202Efdp.pdf", "factuurfdp.pdf"],
    ["  twee   spaties\t.pdf ", "twee spaties.pdf"],
    ["...verborgen.pdf", "verborgen.pdf"],
    ["re\u0301sume\u0301.pdf", "résumé.pdf"],
    ["nul\u0000byte.pdf", "nulbyte.pdf"],
  ])("cleans %j to %j", (raw, clean) => {
    expect(sanitiseFileName(raw)).toBe(clean);
  });
});

describe("ATTACHMENT_MAX_MB and ATTACHMENTS_PER_DECLARATION", () => {
  it.each([
    [undefined, 10 * 1024 * 1024],
    ["1", 1024 * 1024],
    ["25", 25 * 1024 * 1024],
  ])("reads ATTACHMENT_MAX_MB=%s as %i bytes", (raw, bytes) => {
    expect(attachmentMaxBytes({ ATTACHMENT_MAX_MB: raw })).toBe(bytes);
  });

  it.each(["0", "26", "10MB", "-1", "2.5"])("refuses ATTACHMENT_MAX_MB=%s naming the setting", (raw) => {
    expect(() => attachmentMaxBytes({ ATTACHMENT_MAX_MB: raw })).toThrow(/ATTACHMENT_MAX_MB/);
  });

  it("defaults to 10 attachments per declaration and refuses 0", () => {
    expect(attachmentsPerDeclaration({})).toBe(10);
    expect(() => attachmentsPerDeclaration({ ATTACHMENTS_PER_DECLARATION: "0" })).toThrow(
      /ATTACHMENTS_PER_DECLARATION/,
    );
  });
});
