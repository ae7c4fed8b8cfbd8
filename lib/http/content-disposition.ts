// Content-Disposition for a download whose name a person chose (an attachment): always `attachment`, never `inline`,
// with an ASCII fallback in `filename` and the exact name in `filename*` (RFC 6266 with RFC 5987 encoding), so no
// quote, semicolon, line break or non-ASCII character in a name can break or inject into the header.

/** The name as RFC 5987 `ext-value` characters: UTF-8, percent-encoded beyond attr-char. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="fallback"; filename*=UTF-8''exact` for the (already cleaned) file name. */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^A-Za-z0-9._ -]/g, "_").trim() || "download";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}
