// Small real files for the attachment tests (decision 066): a minimal PDF, and a hostile "PDF" that starts as HTML.
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);
export const HTML_AS_PDF = new TextEncoder().encode("<html><script>alert(1)</script></html>\n%PDF-1.4\n%%EOF\n");

/** A File as a browser sends it in a multipart form. */
export const pdfFile = (name = "uitnodiging.pdf", bytes: Uint8Array = PDF_BYTES) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "application/pdf" });
