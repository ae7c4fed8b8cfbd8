// The printable record (decision 065): its text layer, read back with pdftotext, holds the reference, the decision,
// the reasons with their readable sources and amounts with "€", in Dutch and in English; the PDF is tagged, titled
// and says its language. The record here is made by hand; tests/integration/declaration-record.test.ts makes it from
// a decided declaration through the data layer.
import { describe, expect, it } from "vitest";
import { inflateSync } from "node:zlib";
import type { Verdict } from "@/lib/rules";
import type { DeclarationRecord } from "@/lib/decisions/record";
import { renderRecordPdf } from "@/lib/decisions/record-pdf";
import { flat, pdfText } from "@/tests/support/pdf-text";

const verdict = {
  profileId: "rijk",
  policyVersion: "rijk-2020.1",
  type: "gift",
  outcome: "not-permitted",
  decider: "manager",
  deciderLabel: { nl: "leidinggevende", en: "manager" },
  publishInRegister: false,
  decisionRequired: true,
  voluntaryRegistrationPossible: false,
  obligations: [
    { code: "decline", ruleId: "gift.value-cap@rijk", text: { nl: "Neem het niet aan.", en: "Do not accept it." } },
  ],
  reasons: [
    {
      ruleId: "gift.value-cap@rijk",
      message: { nl: "Het geschenk is meer dan € 50,00 waard.", en: "The gift is worth more than € 50.00." },
      citation: [{ file: "000", lines: "400-403" }],
    },
  ],
  evaluatedAt: "2026-05-01T10:00:00.000Z",
} as unknown as Verdict;

function record(locale: "nl" | "en"): DeclarationRecord {
  return {
    id: "d1",
    reference: "GES-2026-00005",
    type: "gift",
    title: "Kerstpakket van Bakkerij Bisschop",
    status: "APPROVED_WITH_CONDITIONS",
    organisationName: "Ministerie van BZK",
    personName: "Ayşe Çelik-Brouwër",
    personFunction: "Beleidsmedewerker",
    submittedAt: "2026-05-01T08:30:00.000Z",
    answers: [
      { name: "giver", label: locale === "nl" ? "Van wie" : "From whom", value: "Bakkerij Bisschop" },
      {
        name: "value",
        label: locale === "nl" ? "Waarde" : "Value",
        value: locale === "nl" ? "€ 1.234,56" : "€1,234.56",
      },
    ],
    verdict,
    verdictRecomputed: false,
    decisions: [
      {
        outcome: "ESCALATED",
        reason: "Graag advies van de integriteitsadviseur",
        conditions: null,
        againstCode: false,
        codeOutcome: null,
        deciderName: "Jeroen Bakker",
        onBehalfOfName: null,
        createdAt: "2026-05-02T09:00:00.000Z",
        acknowledgedAt: null,
        audit: { seq: 41, hash: "a".repeat(64) },
      },
      {
        outcome: "APPROVED_WITH_CONDITIONS",
        reason: "Gedeeld met het hele team na overleg",
        conditions: "Het pakket wordt verdeeld over de afdeling.",
        againstCode: true,
        codeOutcome: "not-permitted",
        deciderName: "Sanne Visser",
        onBehalfOfName: "Jeroen Bakker",
        createdAt: "2026-05-03T13:15:00.000Z",
        acknowledgedAt: null,
        audit: { seq: 42, hash: "b".repeat(64) },
      },
    ],
    messages: [],
    madeBy: "Jeroen Bakker",
    madeAt: "2026-05-04T10:00:00.000Z",
    download: { seq: 57, hash: "c".repeat(64) },
  };
}

describe("the printable record of a declaration", () => {
  it("holds the declaration, the decision with its reasons, the sources and the audit references (Dutch)", async () => {
    const pdf = await renderRecordPdf(record("nl"), "nl");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flat(pdfText(pdf));
    for (const phrase of [
      "Melding GES-2026-00005",
      "Geschenk of ander voordeel",
      "Ayşe Çelik-Brouwër (Beleidsmedewerker)",
      "1 mei 2026",
      "Goedgekeurd met voorwaarden",
      "Door Sanne Visser, namens Jeroen Bakker, op 3 mei 2026, 15:15.",
      "Besloten tegen de gedragscode in. De gedragscode zei: niet toegestaan.",
      "Gedeeld met het hele team na overleg",
      "Het pakket wordt verdeeld over de afdeling.",
      "Doorgestuurd",
      "Graag advies van de integriteitsadviseur",
      "Niet toegestaan",
      "Neem het niet aan.",
      "Het geschenk is meer dan € 50,00 waard.",
      "Gedragscode Integriteit Rijk, § 4.1 Geschenken",
      "€ 1.234,56",
      `gebeurtenis 42, controlegetal ${"b".repeat(64)}`,
      `gebeurtenis 57, controlegetal ${"c".repeat(64)}`,
      "pagina 1 van",
    ])
      expect(text).toContain(phrase);
    // Readers get citations they can read, never the machine's (decision 059).
    expect(text).not.toMatch(/000 L|gift\.value-cap@|rijk-2020\.1/);
  });

  it("speaks English to an English reader, with the code's Dutch source heading", async () => {
    const text = flat(pdfText(await renderRecordPdf(record("en"), "en")));
    for (const phrase of [
      "Declaration GES-2026-00005",
      "Approved with conditions",
      "By Sanne Visser, on behalf of Jeroen Bakker, on 3 May 2026 at 15:15.",
      "Decided against the code of conduct. The code said: not permitted.",
      "Reason",
      "Do not accept it.",
      "The gift is worth more than € 50.00.",
      "Gedragscode Integriteit Rijk, § 4.1 Geschenken",
      "€1,234.56",
      "page 1 of",
    ])
      expect(text).toContain(phrase);
    expect(text).not.toContain("Goedgekeurd");
  });

  it("is a tagged PDF with a structure tree, a title shown as such and the reader's language", async () => {
    for (const [locale, lang] of [
      ["nl", "nl-NL"],
      ["en", "en-GB"],
    ] as const) {
      const raw = objects(await renderRecordPdf(record(locale), locale));
      expect(raw).toContain("/StructTreeRoot");
      expect(raw).toMatch(/\/MarkInfo/);
      expect(raw).toMatch(/\/Marked true/);
      expect(raw).toContain(`/Lang (${lang})`);
      expect(raw).toContain("/DisplayDocTitle true");
      for (const tag of ["/H1", "/H2", "/Table", "/TH", "/TD", "/L", "/LI", "/Artifact"]) expect(raw).toContain(tag);
      // The English record marks the Dutch source headings as Dutch.
      if (locale === "en") expect(raw).toContain("/Lang (nl-NL)");
    }
  });
});

/** The PDF's objects as text, with its compressed streams inflated (the page content holds the marked content). */
function objects(pdf: Buffer): string {
  const latin = pdf.toString("latin1");
  const parts = [latin];
  const stream = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = stream.exec(latin))) {
    const start = m.index + m[0].length;
    const end = latin.indexOf("endstream", start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // not a deflated stream (or the font file): skip it
    }
  }
  return parts.join("\n");
}
