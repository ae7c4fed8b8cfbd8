// The Woo export's rows (decision 069): who is named, which counterparty goes out, and that nothing else is copied.
import { describe, expect, it } from "vitest";
import { DeclarationType } from "@/lib/generated/prisma/enums";
import { ORGANISATION_COUNTERPARTY, WOO_COLUMNS, wooRow, type WooSource } from "@/lib/search/woo";

const labels = {
  type: (t: string) => `type:${t}`,
  status: (s: string) => `status:${s}`,
  outcome: (o: string) => `outcome:${o}`,
  withheld: "[persoon: niet openbaar]",
  noFunction: "Medewerker",
};
const source = (over: Partial<WooSource> = {}): WooSource => ({
  reference: "GES-2026-00001",
  type: "GIFT",
  status: "APPROVED",
  outcome: "APPROVED",
  submittedOn: "2026-05-01",
  occursOn: "2026-04-30",
  unitName: "Directie Inkoop",
  personName: "Fatima El Amrani",
  functionTitle: "Beleidsmedewerker",
  senior: false,
  counterparty: "Jan de Vries, Bouwbedrijf X",
  valueCents: 4999,
  ...over,
});
const col = (row: (string | null)[], name: (typeof WOO_COLUMNS)[number]) => row[WOO_COLUMNS.indexOf(name)];

describe("wooRow", () => {
  it("has one value per column", () => {
    expect(wooRow(source(), labels)).toHaveLength(WOO_COLUMNS.length);
  });

  it.each([
    ["staff: the function instead of the name", { senior: false }, "Beleidsmedewerker"],
    ["senior staff: the name", { senior: true, personName: "Sanne Visser" }, "Sanne Visser"],
    ["staff without a function title", { senior: false, functionTitle: "  " }, "Medewerker"],
  ])("declarant of %s", (_name, over, expected) => {
    const row = wooRow(source(over), labels);
    expect(col(row, "melder")).toBe(expected);
    if (!over.senior) expect(row.join(";")).not.toContain("Fatima");
  });

  it.each(Object.values(DeclarationType).map((t) => [t, ORGANISATION_COUNTERPARTY.has(t)] as const))(
    "counterparty of %s goes out: %s",
    (type, kept) => {
      const row = wooRow(source({ type, counterparty: "Partij Y" }), labels);
      expect(col(row, "tegenpartij")).toBe(kept ? "Partij Y" : labels.withheld);
    },
  );

  it("keeps organisations of side jobs and suppliers, never a gift's giver or a host", () => {
    for (const t of ["SIDE_JOB", "SUPPLIER_CONTACT", "FINANCIAL_INTEREST"] as const)
      expect(ORGANISATION_COUNTERPARTY.has(t)).toBe(true);
    for (const t of [
      "GIFT",
      "INVITATION",
      "FORMER_EMPLOYEE_HIRE",
      "PARLIAMENT_CONTACT",
      "EX_MINISTER_CONTACT",
    ] as const)
      expect(ORGANISATION_COUNTERPARTY.has(t)).toBe(false);
  });

  it("leaves empty what is not there, and writes money with a decimal comma", () => {
    const row = wooRow(source({ counterparty: null, outcome: null, valueCents: 100 }), labels);
    expect(col(row, "tegenpartij")).toBeNull();
    expect(col(row, "besluit")).toBeNull();
    expect(col(row, "waarde_euro")).toBe("1,00");
    expect(col(wooRow(source({ valueCents: null }), labels), "waarde_euro")).toBeNull();
  });
});
