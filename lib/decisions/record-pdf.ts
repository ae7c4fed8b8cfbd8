// The printable record of a declaration as a PDF (issue 16 item 2, decision 065): tagged (a structure tree with
// headings, paragraphs, lists and a table; page furniture marked as artifacts), with a title and the language of the
// reader, and a real text layer in an embedded Unicode font (DejaVu Sans: "€", "ë", "ş" come out as typed).
// No I/O besides reading the two font files; the data (and who may have it) comes from ./record.ts.
import path from "node:path";
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { createTranslator } from "use-intl/core";
import { formatDate, formatDateTime, TIME_ZONE, type Locale } from "@/lib/format";
import { getMessages } from "@/lib/i18n/messages";
import { loose } from "@/lib/i18n/keys";
import { codeName, getProfile, readableCitation } from "@/lib/rules";
import type { DeclarationRecord, AuditReference } from "./record";

type Struct = PDFKit.PDFStructureElement;
type Doc = PDFKit.PDFDocument;

/** The font files, read once: from the dejavu-fonts-ttf package (its licence allows embedding; decision 065). */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= {
    regular: readFileSync(path.join(dir, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(dir, "DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const MARGIN = 56;
const LABEL_WIDTH = 190;
const GAP = 12;
const INK = "#000000";
const MUTED = "#444444";

/** Builds the PDF of a record in the reader's language. */
export function renderRecordPdf(record: DeclarationRecord, locale: Locale): Promise<Buffer> {
  const t = createTranslator({ locale, messages: getMessages(locale), timeZone: TIME_ZONE });
  const tr = loose(t, "record");
  const td = loose(t, "declarations");
  const title = tr("title", { reference: record.reference });
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 16, left: MARGIN, right: MARGIN },
    tagged: true,
    lang: locale === "nl" ? "nl-NL" : "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    bufferPages: true,
    font: regular as unknown as string,
    info: {
      Title: title,
      Subject: `${td(`types.${record.type}`)}: ${record.title}`,
      Author: record.organisationName,
      Creator: "Integriteitsportaal",
      CreationDate: new Date(record.madeAt),
    },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const w = new Writer(doc, locale);

  // The heading and the facts that identify the declaration.
  w.para(root, tr("kicker"), { size: 10, color: MUTED });
  w.heading(root, "H1", title, 20);
  w.rule();
  w.facts(root, [
    [tr("facts.reference"), record.reference],
    [tr("facts.type"), td(`types.${record.type}`)],
    [tr("facts.subject"), record.title],
    [tr("facts.person"), record.personFunction ? `${record.personName} (${record.personFunction})` : record.personName],
    [tr("facts.organisation"), record.organisationName],
    [tr("facts.status"), td(`status.${record.status}`)],
    [tr("facts.submittedOn"), record.submittedAt ? formatDateTime(record.submittedAt, locale) : "–"],
  ]);

  // The decision(s), in time order: an escalation or a question comes before the decision that followed it.
  const decisions = w.section(root, tr("decisions"));
  if (record.decisions.length === 0) w.para(decisions, tr("noDecision"));
  for (const x of record.decisions) {
    w.heading(decisions, "H3", td(`decisionOutcome.${x.outcome}`), 12);
    const by = x.onBehalfOfName
      ? tr("decidedByOnBehalf", {
          name: x.deciderName,
          manager: x.onBehalfOfName,
          date: formatDateTime(x.createdAt, locale),
        })
      : tr("decidedBy", { name: x.deciderName, date: formatDateTime(x.createdAt, locale) });
    w.para(decisions, by);
    if (x.againstCode)
      w.para(decisions, tr("againstCode", { outcome: tr(`codeOutcome.${x.codeOutcome ?? "not-permitted"}`) }), {
        bold: true,
      });
    if (x.reason) w.labelled(decisions, tr("reason"), x.reason);
    if (x.conditions) w.labelled(decisions, tr("conditions"), x.conditions);
    if (x.acknowledgedAt) w.para(decisions, tr("acknowledged", { date: formatDateTime(x.acknowledgedAt, locale) }));
    if (x.audit) w.para(decisions, tr("auditEvent", auditValues(x.audit)), { size: 8, color: MUTED });
  }

  // The code's verdict at filing, each reason with its readable source (decision 059).
  const verdict = w.section(root, tr("verdict"));
  const v = record.verdict;
  if (!v) w.para(verdict, tr("noVerdict"));
  else {
    if (record.verdictRecomputed && record.submittedAt)
      w.para(verdict, tr("verdictRecomputed", { date: formatDate(record.submittedAt.slice(0, 10), locale) }), {
        color: MUTED,
      });
    w.labelled(verdict, tr("outcome"), td(`outcome.${v.outcome}`));
    if (v.obligations.length > 0) {
      w.heading(verdict, "H3", td("form.obligations"), 11);
      w.list(
        verdict,
        v.obligations.map((o) => ({ text: o.text[locale] })),
      );
    }
    w.heading(verdict, "H3", td("form.reasons"), 11);
    w.list(
      verdict,
      v.reasons.map((r) => ({ text: r.message[locale], source: readableCitation(r.ruleId)?.label ?? null })),
      `${tr("source")}: `,
    );
    w.para(verdict, td("citation.checkedAgainst", { code: codeName(getProfile(v.profileId).source) }), {
      color: MUTED,
      size: 9,
    });
  }

  // The answers as the declaration page shows them.
  const answers = w.section(root, tr("answers"));
  w.facts(
    answers,
    record.answers.map((a) => [a.label, a.value ?? "–"]),
  );

  if (record.messages.length > 0) {
    const messages = w.section(root, tr("messages"));
    for (const m of record.messages) {
      w.para(messages, tr("messageBy", { name: m.authorName, date: formatDateTime(m.createdAt, locale) }), {
        bold: true,
        size: 9,
      });
      w.para(messages, m.body);
    }
  }

  const about = w.section(root, tr("print.title"));
  w.para(about, tr("print.made", { date: formatDateTime(record.madeAt, locale), name: record.madeBy }));
  w.para(about, tr("print.logged", auditValues(record.download)), { size: 9 });

  root.end();
  w.footers(record.reference, formatDate(record.madeAt, locale), tr);
  doc.end();
  return done;
}

function auditValues(a: AuditReference) {
  return { seq: String(a.seq), hash: a.hash };
}

interface ParaOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  /** The language of this piece when it differs from the document's (a Dutch source heading in English). */
  lang?: string;
}

/** Writes tagged content in reading order: every piece of text is the content of one structure element. */
class Writer {
  constructor(
    private readonly doc: Doc,
    private readonly locale: Locale,
  ) {}

  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A structure element under `parent` whose content is what `draw` puts on the page. */
  private tag(parent: Struct, type: string, draw: () => void, options: { lang?: string } = {}) {
    const el = this.doc.struct(type, options);
    parent.add(el);
    el.add(draw);
    el.end();
    return el;
  }

  /** Page furniture (rules, footers): marked as artifacts, outside the structure tree. */
  private artifact(draw: () => void, type: "Pagination" | "Layout" = "Layout") {
    this.doc.markContent("Artifact", { type } as never);
    draw();
    this.doc.endMarkedContent();
  }

  private keepSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(parent: Struct, level: "H1" | "H2" | "H3", text: string, size: number) {
    // A heading stays with at least a few lines of what it heads.
    this.keepSpace(level === "H2" ? 110 : size * 4);
    if (level !== "H1") this.doc.moveDown(level === "H2" ? 0.8 : 0.4);
    this.doc.font("bold").fontSize(size).fillColor(INK);
    this.tag(parent, level, () => this.doc.text(text, MARGIN, this.doc.y, { width: this.width }));
    this.doc.moveDown(0.2);
  }

  /** A section with its heading (H2) and a thin rule under it. */
  section(root: Struct, title: string): Struct {
    const sect = this.doc.struct("Sect");
    root.add(sect);
    this.heading(sect, "H2", title, 14);
    this.rule();
    return sect;
  }

  rule() {
    const y = this.doc.y + 2;
    this.artifact(() =>
      this.doc
        .moveTo(MARGIN, y)
        .lineTo(MARGIN + this.width, y)
        .lineWidth(0.75)
        .strokeColor("#888888")
        .stroke(),
    );
    this.doc.y = y + 8;
  }

  para(parent: Struct, text: string, o: ParaOptions = {}) {
    this.doc
      .font(o.bold ? "bold" : "regular")
      .fontSize(o.size ?? 10.5)
      .fillColor(o.color ?? INK);
    this.tag(parent, "P", () => this.doc.text(text, MARGIN, this.doc.y, { width: this.width, lineGap: 2 }), {
      lang: o.lang,
    });
    this.doc.moveDown(0.35);
    this.doc.fillColor(INK);
  }

  /** "Reden: …": the label in bold, the text below it (free text keeps its line breaks). */
  labelled(parent: Struct, label: string, text: string) {
    this.para(parent, label, { bold: true });
    this.doc.moveDown(-0.3);
    this.para(parent, text);
  }

  /** A bulleted list (L > LI > Lbl + LBody); an item may carry its source on a line of its own (Dutch: the code's heading). */
  list(parent: Struct, items: { text: string; source?: string | null }[], sourcePrefix = "") {
    const list = this.doc.struct("L");
    parent.add(list);
    const indent = 14;
    for (const item of items) {
      this.doc.font("regular").fontSize(10.5).fillColor(INK);
      const height = this.doc.heightOfString(item.text, { width: this.width - indent }) + (item.source ? 24 : 0);
      this.keepSpace(Math.min(height, 200));
      const li = this.doc.struct("LI");
      list.add(li);
      const y = this.doc.y;
      this.tag(li, "Lbl", () => this.doc.text("•", MARGIN, y, { width: indent, lineBreak: false }));
      const body = this.doc.struct("LBody");
      li.add(body);
      this.tag(body, "P", () =>
        this.doc.text(item.text, MARGIN + indent, y, { width: this.width - indent, lineGap: 2 }),
      );
      if (item.source) {
        this.doc.font("regular").fontSize(9).fillColor(MUTED);
        // The code's name and section are Dutch as the source prints them, also in the English record.
        this.tag(
          body,
          "P",
          () =>
            this.doc.text(`${sourcePrefix}${item.source}`, MARGIN + indent, this.doc.y + 1, {
              width: this.width - indent,
            }),
          { lang: this.locale === "nl" ? undefined : "nl-NL" },
        );
      }
      body.end();
      li.end();
      this.doc.fillColor(INK);
      this.doc.moveDown(0.4);
    }
    list.end();
  }

  /** Label-value rows as a table (TH per row, scope Row): side by side, or stacked when a value is long. */
  facts(parent: Struct, rows: [string, string][]) {
    const table = this.doc.struct("Table");
    parent.add(table);
    const valueX = MARGIN + LABEL_WIDTH + GAP;
    const valueWidth = this.width - LABEL_WIDTH - GAP;
    for (const [label, value] of rows) {
      this.doc.font("bold").fontSize(10);
      const labelHeight = this.doc.heightOfString(label, { width: LABEL_WIDTH });
      this.doc.font("regular").fontSize(10.5);
      const valueHeight = this.doc.heightOfString(value, { width: valueWidth, lineGap: 2 });
      const stacked = valueHeight > 400;
      const row = this.doc.struct("TR");
      table.add(row);
      this.keepSpace(stacked ? labelHeight + 40 : Math.max(labelHeight, valueHeight));
      const y = this.doc.y;
      const th = this.doc.struct("TH", { scope: "Row" } as never);
      row.add(th);
      this.doc.font("bold").fontSize(10).fillColor(INK);
      th.add(() => this.doc.text(label, MARGIN, y, { width: stacked ? this.width : LABEL_WIDTH }));
      th.end();
      const labelEnd = this.doc.y;
      this.doc.font("regular").fontSize(10.5);
      this.tag(row, "TD", () =>
        stacked
          ? this.doc.text(value, MARGIN, labelEnd + 2, { width: this.width, lineGap: 2 })
          : this.doc.text(value, valueX, y, { width: valueWidth, lineGap: 2 }),
      );
      const end = stacked ? this.doc.y : Math.max(labelEnd, this.doc.y);
      row.end();
      this.doc.x = MARGIN;
      this.doc.y = end + 5;
    }
    table.end();
    this.doc.moveDown(0.3);
  }

  /** "GES-2026-00005 · gemaakt op 4 december 2026 · pagina 1 van 2" at the foot of every page. */
  footers(reference: string, date: string, tr: (key: string, values?: Record<string, string | number>) => string) {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0;
      this.doc.font("regular").fontSize(8).fillColor(MUTED);
      const text = tr("print.footer", { reference, date, page: i - range.start + 1, pages: range.count });
      this.artifact(
        () =>
          this.doc.text(text, MARGIN, this.doc.page.height - MARGIN + 8, {
            width: this.width,
            align: "center",
            lineBreak: false,
          }),
        "Pagination",
      );
      this.doc.page.margins.bottom = bottom;
    }
  }
}
