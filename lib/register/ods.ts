// A streaming OpenDocument spreadsheet (.ods) writer on fflate's streaming zip (decision 021): rows are
// written into content.xml as they arrive, so a large register is never held in memory at once.
// The package has what ODF 1.2 requires: "mimetype" first and stored, META-INF/manifest.xml, content.xml.
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from "fflate";

const MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${MIMETYPE}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

const CONTENT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"';

/** Escapes text for XML and drops characters XML 1.0 cannot hold (control characters). */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function cell(value: string): string {
  if (value === "") return "<table:table-cell/>";
  // Line breaks become separate paragraphs, as spreadsheets store them.
  const paragraphs = value
    .split(/\r?\n/)
    .map((line) => `<text:p>${xmlText(line)}</text:p>`)
    .join("");
  return `<table:table-cell office:value-type="string">${paragraphs}</table:table-cell>`;
}

export function odsRow(values: string[]): string {
  return `<table:table-row>${values.map(cell).join("")}</table:table-row>`;
}

export interface OdsWriter {
  /** Adds rows (already as text cells). */
  rows(rows: string[][]): void;
  /** Finishes the file. */
  end(): void;
}

/**
 * Starts an .ods file with one sheet and a header row. `emit` receives the zip bytes as they are produced.
 */
export function createOdsWriter(options: {
  sheetName: string;
  title: string;
  header: string[];
  about?: [string, string][];
  emit: (chunk: Uint8Array) => void;
  onEnd: () => void;
  onError: (error: Error) => void;
}): OdsWriter {
  const zip = new Zip((error, chunk, final) => {
    if (error) return options.onError(error);
    if (chunk.length) options.emit(chunk);
    if (final) options.onEnd();
  });
  const mimetype = new ZipPassThrough("mimetype");
  zip.add(mimetype);
  mimetype.push(strToU8(MIMETYPE), true);
  const manifest = new ZipDeflate("META-INF/manifest.xml", { level: 6 });
  zip.add(manifest);
  manifest.push(strToU8(MANIFEST), true);
  const meta = new ZipDeflate("meta.xml", { level: 6 });
  zip.add(meta);
  // The licence and source as document properties (File > Properties > Custom properties) and dc:description, as
  // JSON has them in its envelope (decision 042).
  const about = options.about ?? [];
  const userDefined = about
    .map(([k, v]) => `<meta:user-defined meta:name="${xmlText(k)}">${xmlText(v)}</meta:user-defined>`)
    .join("");
  const description = about
    .filter(([k]) => k.startsWith("licentie") || k === "bron")
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
  meta.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${CONTENT_NS}><office:meta><dc:title>${xmlText(options.title)}</dc:title>${description ? `<dc:description>${xmlText(description)}</dc:description>` : ""}<meta:generator>Integriteitsportaal</meta:generator>${userDefined}</office:meta></office:document-meta>`,
    ),
    true,
  );
  const content = new ZipDeflate("content.xml", { level: 6 });
  zip.add(content);
  content.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${CONTENT_NS}><office:body><office:spreadsheet><table:table table:name="${xmlText(options.sheetName)}">${odsRow(options.header)}`,
    ),
  );
  return {
    rows(rows) {
      if (rows.length) content.push(strToU8(rows.map(odsRow).join("")));
    },
    end() {
      // A second sheet "Over dit bestand" says the same for whoever opens the file and never looks at its properties.
      const aboutSheet = about.length
        ? `<table:table table:name="Over dit bestand">${about.map(([k, v]) => odsRow([k, v])).join("")}</table:table>`
        : "";
      content.push(
        strToU8(`</table:table>${aboutSheet}</office:spreadsheet></office:body></office:document-content>`),
        true,
      );
      zip.end();
    },
  };
}
