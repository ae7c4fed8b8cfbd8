// Search across declarations (decision 069) on a real database: the trigger fills the Dutch search column, the
// search stays inside the viewer's organisation, filters and pages work, Dutch stemming matches, every search is audited.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportSearchForWoo, runSearch, searchDeclarations, snippetParts } from "@/lib/search/declarations";
import { parseSearchFilters, type SearchFilters } from "@/lib/search/schemas";
import { codeOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import type { TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";
import { fileDeclaration, giftAnswers, sideJobAnswers } from "@/tests/support/declarations";
import { wooRow } from "@/lib/search/woo";

const filters = (params: Record<string, string>): SearchFilters => {
  const parsed = parseSearchFilters(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.value;
};

describe("search across declarations (PGlite)", () => {
  let db: TestDb;
  let v: Record<string, Viewer>;
  const supplier = `Leverancier${randomUUID().slice(0, 6)}`;
  let mine: { id: string };
  let other: { id: string };

  beforeAll(async () => {
    db = await openSeededDb("pglite");
    v = await demoViewers(db.prisma);
    mine = await fileDeclaration(
      v.fatima!,
      "gift",
      giftAnswers({ giver: `${supplier} BV`, description: "Kerstpakket" }),
    );
    await fileDeclaration(
      v.thomas!,
      "gift",
      giftAnswers({ description: "Boeket bloemen", explanation: "Twee geschenken ontvangen" }),
    );
    // Another organisation's declaration with the same supplier.
    other = await fileDeclaration(v.daan!, "gift", giftAnswers({ giver: `${supplier} BV` }));
  }, 120_000);
  afterAll(async () => db?.close());

  it("finds the supplier in the own organisation only, with a highlighted snippet", async () => {
    const { hits, total } = await searchDeclarations(v.ahmed!, filters({ zoek: supplier }));
    expect(total).toBe(1);
    expect(hits.map((h) => h.id)).toEqual([mine.id]);
    expect(hits[0]!.personName).toBe("Fatima El Amrani");
    expect(
      snippetParts(hits[0]!.snippet)
        .filter((p) => p.match)
        .map((p) => p.text.toLowerCase()),
    ).toContain(supplier.toLowerCase());
    const theirs = await searchDeclarations(v.esther!, filters({ zoek: supplier }));
    expect(theirs.hits.map((h) => h.id)).toEqual([other.id]);
  });

  it("stems Dutch: 'geschenk' finds 'geschenken'", async () => {
    const { hits } = await searchDeclarations(v.ahmed!, filters({ zoek: "geschenk" }));
    expect(hits.some((h) => h.personName === "Thomas Jansen")).toBe(true);
  });

  it("filters by type, status and period, and pages", async () => {
    expect((await runSearch(v.ahmed!.organisationId, filters({ zoek: supplier, soort: "side-job" }))).total).toBe(0);
    expect((await runSearch(v.ahmed!.organisationId, filters({ zoek: supplier, soort: "gift" }))).total).toBe(1);
    expect((await runSearch(v.ahmed!.organisationId, filters({ zoek: supplier, status: "WITHDRAWN" }))).total).toBe(0);
    expect(
      (await runSearch(v.ahmed!.organisationId, filters({ zoek: supplier, van: "2000-01-01", tot: "2000-12-31" })))
        .total,
    ).toBe(0);
    expect((await runSearch(v.ahmed!.organisationId, filters({ zoek: supplier, uitkomst: "REFUSED" }))).total).toBe(0);
    const all = await runSearch(v.ahmed!.organisationId, filters({}), 1);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const second = await runSearch(v.ahmed!.organisationId, filters({ pagina: "2" }), 1);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]!.id).not.toBe(all.hits[0]!.id);
  });

  it("audits every search with who and what", async () => {
    await searchDeclarations(v.ahmed!, filters({ zoek: "audit-me", soort: "gift" }));
    const event = await db.prisma.auditEvent.findFirst({
      where: { actorId: v.ahmed!.id, action: "declaration.search" },
      orderBy: { seq: "desc" },
    });
    expect(event?.data).toMatchObject({ q: "audit-me", type: "GIFT" });
  });

  it("exports for a Woo request: names only of senior staff, organisations but not private givers, no free text", async () => {
    const secret = `Vertrouwelijk ${randomUUID().slice(0, 6)}`;
    await fileDeclaration(
      v.sanne!,
      "side-job",
      sideJobAnswers({ organisation: `${supplier} Holding`, explanation: `${secret} over Fatima El Amrani` }),
    );
    const { rows, total } = await exportSearchForWoo(v.ahmed!, filters({ zoek: supplier }));
    expect(total).toBe(2);
    const labels = {
      type: (t: string) => t,
      status: (s: string) => s,
      outcome: (o: string) => o,
      withheld: "[persoon: niet openbaar]",
      noFunction: "Medewerker",
    };
    const csv = rows.map((r) => wooRow(r, labels).join(";")).join("\n");
    // Fatima (scale 11) is her function; Sanne (top-management group) is named, as on the public register.
    expect(csv).not.toContain("Fatima");
    expect(csv).toContain("Beleidsmedewerker");
    expect(csv).toContain("Sanne Visser");
    // The side job's organisation goes out; the gift's giver (a person and an organisation) does not.
    expect(csv).toContain(`${supplier} Holding`);
    expect(csv).not.toContain(`${supplier} BV`);
    expect(csv).toContain("[persoon: niet openbaar]");
    // Free text never goes out.
    expect(csv).not.toContain(secret);
    expect(csv).not.toContain("Kerstpakket");
    const event = await db.prisma.auditEvent.findFirst({
      where: { actorId: v.ahmed!.id, action: "declaration.search.export" },
      orderBy: { seq: "desc" },
    });
    expect(event?.data).toMatchObject({ q: supplier });
  });

  it("refuses managers, employees and HR", async () => {
    for (const who of ["jeroen", "fatima", "linda"]) {
      expect(await codeOf(searchDeclarations(v[who]!, filters({ zoek: supplier })))).toBe("FORBIDDEN");
      expect(await codeOf(exportSearchForWoo(v[who]!, filters({ zoek: supplier })))).toBe("FORBIDDEN");
    }
  });
});
