// The text layer of a PDF as pdftotext (poppler-utils, installed by .ci/run) reads it: what a screen reader, a
// search or a copy-paste gets. Used by the record tests (unit and Playwright).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function pdfText(pdf: Buffer | string): string {
  if (typeof pdf === "string") return execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  const dir = mkdtempSync(path.join(tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "record.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with runs of white space (line ends, the layout's gaps) as one space, for phrases that wrap. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}
