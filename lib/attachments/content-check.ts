// The content check of an uploaded attachment (issue 16 item 1, decision 066): the type is read from the bytes
// (`file-type`), never from the name alone, and the name's extension must agree with it; text types that
// file-type cannot detect (.eml) get a check of their own. Hostile files are refused with a code that the UI
// turns into a Dutch (and English) message; nothing is stored for a refusal. Pure: no database, no session.
import { fileTypeFromBuffer } from "file-type";
import { unzipSync } from "fflate";

export const ATTACHMENT_DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Longest file name accepted (characters, after cleaning); longer names are refused, not cut. */
export const ATTACHMENT_MAX_NAME_LENGTH = 200;
/** Office files (ZIP): what their entries may unpack to, in total and relative to the packed size. */
export const ZIP_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const ZIP_MAX_RATIO = 100;
export const ZIP_MAX_ENTRIES = 5000;

export type AttachmentRefusal =
  | "empty"
  | "too-large"
  | "name-missing"
  | "name-too-long"
  | "type-not-allowed"
  | "type-mismatch"
  | "polyglot"
  | "zip-bomb"
  | "damaged";

export type AttachmentCheck =
  { ok: true; name: string; mime: string; size: number } | { ok: false; refusal: AttachmentRefusal };

/** Extension → the mime types file-type may report for it. Old Office (.doc/.xls) and Outlook (.msg) are CFB. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  pdf: ["application/pdf"],
  png: ["image/png"],
  jpg: ["image/jpeg"],
  jpeg: ["image/jpeg"],
  webp: ["image/webp"],
  heic: ["image/heic", "image/heif"],
  docx: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  pptx: ["application/vnd.openxmlformats-officedocument.presentationml.presentation"],
  odt: ["application/vnd.oasis.opendocument.text"],
  ods: ["application/vnd.oasis.opendocument.spreadsheet"],
  doc: ["application/x-cfb"],
  xls: ["application/x-cfb"],
  msg: ["application/x-cfb"],
  eml: ["message/rfc822"],
};

/** The mime stored and served for a CFB file, by its (checked) extension. */
const CFB_MIME: Readonly<Record<string, string>> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  msg: "application/vnd.ms-outlook",
};

const ZIP_TYPES = new Set(["docx", "xlsx", "pptx", "odt", "ods"]);

export const ALLOWED_EXTENSIONS: readonly string[] = Object.keys(ALLOWED);

/**
 * The name as stored: the last path segment, Unicode NFC, without control characters, bidirectional overrides
 * and isolates (the "invoice\u202Efdp.exe" trick), zero-width characters, and with runs of spaces folded.
 * Empty when nothing usable is left.
 */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? "";
  return lastSegment
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
}

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || dot === name.length - 1) return null;
  return name.slice(dot + 1).toLowerCase();
}

const decoder = new TextDecoder("latin1");

/** Markup a browser would sniff as HTML/SVG/script, looked for where sniffers look: the first 1024 bytes. */
function startsLikeMarkup(bytes: Uint8Array): boolean {
  const head = decoder.decode(bytes.subarray(0, 1024)).toLowerCase();
  return /<\s*(!doctype|html|head|body|script|iframe|svg|object|embed|meta|a\s|img\s|style|\?xml)/.test(head);
}

/** A ZIP's end-of-central-directory record near the end: what a ZIP reader finds in a file of another type. */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/**
 * The sizes the ZIP's directory declares for its entries, read without unpacking anything (fflate's filter sees
 * each entry and we keep none). Declared sizes can lie, but we never unpack: a lie only harms whoever unpacks.
 */
function zipLooksLikeBomb(bytes: Uint8Array): boolean | "damaged" {
  let entries = 0;
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return "damaged";
  }
  return entries > ZIP_MAX_ENTRIES || unpacked > ZIP_MAX_UNPACKED_BYTES || unpacked > bytes.length * ZIP_MAX_RATIO;
}

/**
 * An e-mail file (RFC 5322): starts with header lines, printable ASCII, up to a blank line, with a From header and
 * at least one of Date, Subject, Message-ID; no NUL bytes anywhere.
 */
function looksLikeEmail(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  const text = decoder.decode(bytes.subarray(0, 64 * 1024));
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = text.slice(0, end).split(/\r?\n/);
  const names = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (/[^\t\x20-\x7e]/.test(line)) return false;
    if (/^[\t ]/.test(line) && index > 0) continue; // folded continuation of the previous header
    const match = /^([A-Za-z0-9-]+):/.exec(line);
    if (!match) return false;
    names.add((match[1] ?? "").toLowerCase());
  }
  return names.has("from") && (names.has("date") || names.has("subject") || names.has("message-id"));
}

export async function checkAttachment(
  rawName: string,
  bytes: Uint8Array,
  maxBytes: number = ATTACHMENT_DEFAULT_MAX_BYTES,
): Promise<AttachmentCheck> {
  if (rawName.length > ATTACHMENT_MAX_NAME_LENGTH * 4) return { ok: false, refusal: "name-too-long" };
  const name = sanitiseFileName(rawName);
  if (name === "") return { ok: false, refusal: "name-missing" };
  if ([...name].length > ATTACHMENT_MAX_NAME_LENGTH) return { ok: false, refusal: "name-too-long" };
  if (bytes.length === 0) return { ok: false, refusal: "empty" };
  if (bytes.length > maxBytes) return { ok: false, refusal: "too-large" };

  const ext = extensionOf(name);
  const allowed = ext ? ALLOWED[ext] : undefined;
  if (!ext || !allowed) return { ok: false, refusal: "type-not-allowed" };

  if (ext === "eml") {
    if (!looksLikeEmail(bytes)) return { ok: false, refusal: "type-mismatch" };
    return { ok: true, name, mime: "message/rfc822", size: bytes.length };
  }

  if (startsLikeMarkup(bytes)) return { ok: false, refusal: "polyglot" };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return { ok: false, refusal: "type-mismatch" };
  if (!allowed.includes(detected.mime)) {
    // A file of an allowed type under another allowed extension is a mismatch; anything else is not allowed.
    const detectedAllowed = Object.values(ALLOWED).some((mimes) => mimes.includes(detected.mime));
    return { ok: false, refusal: detectedAllowed ? "type-mismatch" : "type-not-allowed" };
  }

  if (ZIP_TYPES.has(ext)) {
    const bomb = zipLooksLikeBomb(bytes);
    if (bomb === "damaged") return { ok: false, refusal: "damaged" };
    if (bomb) return { ok: false, refusal: "zip-bomb" };
  } else if (hasZipDirectory(bytes)) {
    return { ok: false, refusal: "polyglot" };
  }

  return { ok: true, name, mime: CFB_MIME[ext] ?? detected.mime, size: bytes.length };
}
