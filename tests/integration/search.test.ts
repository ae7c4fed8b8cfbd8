// Search across declarations (decision 069) on a real database: the trigger fills the Dutch search column, the
// search stays inside the viewer's organisation, filters and pages work, Dutch stemming matches, every search is audited.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  parseSearchFilters,
  runSearch,
  searchDeclarations,
  snippetParts,
  type SearchFilters,
} from "@/lib/search/declarations";
import { codeOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import type { TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";
import { fileDeclaration, giftAnswers } from "@/tests/support/declarations";

const filters = (params: Record<string, string>): SearchFilters => {
  const parsed = parseSearchFilters(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filters;
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
    const { hits, total } = await searchDeclarations(v.ahmed!, filters({ q: supplier }));
    expect(total).toBe(1);
    expect(hits.map((h) => h.id)).toEqual([mine.id]);
    expect(hits[0]!.personName).toBe("Fatima El Amrani");
    expect(
      snippetParts(hits[0]!.snippet)
        .filter((p) => p.match)
        .map((p) => p.text.toLowerCase()),
    ).toContain(supplier.toLowerCase());
    const theirs = await searchDeclarations(v.esther!, filters({ q: supplier }));
    expect(theirs.hits.map((h) => h.id)).toEqual([other.id]);
  });

  it("stems Dutch: 'geschenk' finds 'geschenken'", async () => {
    const { hits } = await searchDeclarations(v.ahmed!, filters({ q: "geschenk" }));
    expect(hits.some((h) => h.personName === "Thomas Jansen")).toBe(true);
  });

  it("filters by type, status and period, and pages", async () => {
    expect((await runSearch(v.ahmed!.organisationId, filters({ q: supplier, type: "SIDE_JOB" }))).total).toBe(0);
    expect((await runSearch(v.ahmed!.organisationId, filters({ q: supplier, type: "GIFT" }))).total).toBe(1);
    expect((await runSearch(v.ahmed!.organisationId, filters({ q: supplier, status: "WITHDRAWN" }))).total).toBe(0);
    expect(
      (await runSearch(v.ahmed!.organisationId, filters({ q: supplier, from: "2000-01-01", to: "2000-12-31" }))).total,
    ).toBe(0);
    expect((await runSearch(v.ahmed!.organisationId, filters({ q: supplier, outcome: "REFUSED" }))).total).toBe(0);
    const all = await runSearch(v.ahmed!.organisationId, filters({}), 1);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const second = await runSearch(v.ahmed!.organisationId, filters({ page: "2" }), 1);
    expect(second.hits).toHaveLength(1);
    expect(second.hits[0]!.id).not.toBe(all.hits[0]!.id);
  });

  it("audits every search with who and what", async () => {
    await searchDeclarations(v.ahmed!, filters({ q: "audit-me", type: "GIFT" }));
    const event = await db.prisma.auditEvent.findFirst({
      where: { actorId: v.ahmed!.id, action: "declaration.search" },
      orderBy: { seq: "desc" },
    });
    expect(event?.data).toMatchObject({ q: "audit-me", type: "GIFT" });
  });

  it("refuses managers, employees and HR", async () => {
    for (const who of ["jeroen", "fatima", "linda"]) {
      expect(await codeOf(searchDeclarations(v[who]!, filters({ q: supplier })))).toBe("FORBIDDEN");
    }
  });
});
