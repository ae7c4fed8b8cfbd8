// The wording check (decision 042): what it must flag before a side job's wording goes public, and what it must
// leave alone (ordinary side-job wording, years, organisation names), table-driven.
import { describe, expect, it } from "vitest";
import { checkWording, describeFinding, findSensitive } from "@/lib/register/sensitive";

const kinds = (text: string) => findSensitive(text).map((f) => [f.kind, f.match]);

describe("findSensitive flags", () => {
  it.each([
    ["vergoeding € 2.500 per jaar", [["amount", "€ 2.500"]]],
    ["vergoeding €2500", [["amount", "€2500"]]],
    ["2500 euro per jaar", [["amount", "2500 euro"]]],
    ["EUR 300 per vergadering", [["amount", "EUR 300"]]],
    ["presentiegeld 12.000,00", [["amount", "12.000,00"]]],
    ["vacatiegeld 150,- per keer", [["amount", "150,-"]]],
    ["ongeveer 25k per jaar", [["amount", "25k"]]],
    ["mail j.jansen@stichting.nl", [["email", "j.jansen@stichting.nl"]]],
    ["bel 06-12345678", [["phone", "06-12345678"]]],
    ["bel 010 123 4567", [["phone", "010 123 4567"]]],
    ["+31 6 1234 5678", [["phone", "+31 6 1234 5678"]]],
    ["KvK 12345678", [["digits", "12345678"]]],
    ["BSN 123456782", [["digits", "123456782"]]],
    ["rekening NL91 ABNA 0417 1643 00", [["digits", "NL91 ABNA 0417 1643 00"]]],
  ])("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe("findSensitive leaves alone", () => {
  it.each([
    "Lid van een raad van toezicht",
    "Bestuurslid: penningmeester van de vereniging",
    "Voorzitter sinds 2019",
    "Stichting 1940-1945 Herdenking",
    "Europese Vereniging voor Bestuurskunde",
    "Lid van de Raad van Commissarissen van Woonstichting 3B",
    "Geen contact met de eigen directie over subsidies.",
  ])("%s", (text) => {
    expect(findSensitive(text)).toEqual([]);
  });
});

it("checkWording looks at every public field and names the field; describeFinding says it in HR's words", () => {
  const findings = checkWording({
    functionTitle: "Directeur",
    sideJob: "Penningmeester, € 40 per uur",
    sideJobOrganisation: "Club (info@club.nl)",
    conditions: null,
  });
  expect(findings.map((f) => [f.field, f.kind])).toEqual([
    ["sideJob", "amount"],
    ["sideJobOrganisation", "email"],
  ]);
  const texts = {
    kinds: { amount: "Bedrag", email: "E-mailadres", phone: "Telefoonnummer", digits: "Cijfers" },
    fields: { sideJob: "Nevenwerkzaamheid" },
  };
  expect(describeFinding(findings[0]!, texts)).toBe("Bedrag (Nevenwerkzaamheid): € 40");
});
