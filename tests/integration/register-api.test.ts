// The public register as open data (decision 071), through its route handlers against a real database: every answer
// of the JSON API is checked against the OpenAPI document it serves (the document itself validated as OpenAPI 3.1, the
// bodies against its schemas with Ajv's JSON Schema 2020-12), polling with ETags gets 304, nothing unpublished or
// confidential ever appears, and the DCAT description parses as RDF with its dataset, three distributions and licence.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { Parser, type Quad } from "n3";
import { validate as validateOpenApi, compileErrors } from "@readme/openapi-parser";
import { GET as getRegister } from "@/app/api/register/v1/[slug]/route";
import { GET as getHistory } from "@/app/api/register/v1/[slug]/geschiedenis/route";
import { GET as getOpenApi } from "@/app/api/register/v1/openapi.json/route";
import { GET as getDcat } from "@/app/register/[slug]/dcat/route";
import { decideDeclaration } from "@/lib/decisions/data";
import { DecisionSchema } from "@/lib/decisions/schemas";
import { amsterdamNow } from "@/lib/format";
import { eraseEntry, publishEntry, removeEntry } from "@/lib/register/data";
import { DONL, PREFIXES } from "@/lib/register/dcat";
import { SIDE_JOB_QUESTIONS } from "@/lib/rules";
import { sideJobQuestionField } from "@/lib/declarations/forms/side-job";
import type { Viewer } from "@/lib/auth/session";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { fileDeclaration } from "@/tests/support/declarations";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";

const ORIGIN = "http://localhost:3000";
/** Only the declaration knows these: they must never reach any open-data answer. */
const SECRET = { hours: "37", explanation: `Vertrouwelijk: inkomen 12345 euro ${randomUUID().slice(0, 8)}` };

const sideJob = (org: string) => ({
  status: "current",
  change: "new",
  organisation: org,
  role: "supervisory-board",
  mandate: "none",
  description: `Lid raad van toezicht ${SECRET.explanation}`,
  paid: "yes",
  hoursPerMonth: SECRET.hours,
  startDate: "2025-01-01",
  ...Object.fromEntries(SIDE_JOB_QUESTIONS.rijk.map((q, i) => [sideJobQuestionField(q.id), i === 0 ? "yes" : "no"])),
  explanation: SECRET.explanation,
});

// ---- calling the handlers ----------------------------------------------------------------------------------------

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

const request = (path: string, headers: Record<string, string> = {}) => new Request(`${ORIGIN}${path}`, { headers });
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

const api = {
  register: async (slug: string, query = "", headers: Record<string, string> = {}) =>
    answer(await getRegister(request(`/api/register/v1/${slug}${query}`, headers), slugParams(slug))),
  history: async (slug: string, query = "", headers: Record<string, string> = {}) =>
    answer(await getHistory(request(`/api/register/v1/${slug}/geschiedenis${query}`, headers), slugParams(slug))),
  openapi: async (headers: Record<string, string> = {}) =>
    answer(await getOpenApi(request("/api/register/v1/openapi.json", headers))),
  dcat: async (slug: string, query = "", headers: Record<string, string> = {}) =>
    answer(await getDcat(request(`/register/${slug}/dcat${query}`, headers), slugParams(slug))),
};

// ---- conformance to the OpenAPI document ------------------------------------------------------------------------

// Ajv 8 with the JSON Schema 2020-12 dialect of OpenAPI 3.1; the formats the document uses checked for real by
// ajv-formats (Ajv ignores formats it does not know).
type OpenApiDoc = {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, OpenApiResponse> } }>;
  components: { schemas: Record<string, object> };
};
type OpenApiResponse = {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: object }>;
};

class Conformance {
  private readonly ajv: Ajv2020;
  constructor(private readonly doc: OpenApiDoc) {
    this.ajv = addFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true }), {
      formats: ["date", "uri"],
      mode: "full",
    });
    // Stricter than RFC 3339: the API writes every moment in UTC.
    this.ajv.addFormat(
      "date-time",
      (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
    );
    this.ajv.addSchema({ $id: "https://portal.test/openapi.json", components: doc.components });
  }

  /** The answer is one the document describes for this path and status: headers and body against its schema. */
  check(pathTemplate: string, a: Answer) {
    const described = this.doc.paths[pathTemplate]?.get.responses[String(a.status)];
    expect(described, `${pathTemplate} documents status ${a.status}`).toBeDefined();
    for (const [name, header] of Object.entries(described!.headers ?? {}))
      if (header.required) expect(a.headers.get(name), `${pathTemplate} ${a.status} header ${name}`).not.toBeNull();
    if (!described!.content) {
      expect(a.text, `${pathTemplate} ${a.status} has no body`).toBe("");
      return;
    }
    const type = a.headers.get("content-type")!.split(";")[0]!;
    const media = described!.content[type];
    expect(media, `${pathTemplate} ${a.status} documents ${type}`).toBeDefined();
    const schema = JSON.parse(
      JSON.stringify(media!.schema).replaceAll('"#/components/', '"https://portal.test/openapi.json#/components/'),
    );
    const valid = this.ajv.compile(schema);
    const body = a.json();
    expect(valid(body) ? [] : valid.errors, `${pathTemplate} ${a.status} body matches its schema`).toEqual([]);
  }
}

// ---- RDF helpers ------------------------------------------------------------------------------------------------

const P = (prefix: keyof typeof PREFIXES, local: string) => PREFIXES[prefix] + local;
const objects = (quads: Quad[], s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const subjectsOfType = (quads: Quad[], type: string) =>
  quads.filter((q) => q.predicate.value === P("rdf", "type") && q.object.value === type).map((q) => q.subject.value);

/** The expanded, flattened JSON-LD back to "s p o" lines (full IRIs), to compare with the Turtle's triples. */
function jsonLdTriples(doc: { "@graph": Record<string, unknown>[] }): string[] {
  const lines: string[] = [];
  for (const node of doc["@graph"]) {
    const s = node["@id"] as string;
    for (const [p, values] of Object.entries(node)) {
      if (p === "@id") continue;
      for (const v of values as (string | Record<string, string>)[]) {
        if (p === "@type") lines.push(`${s} ${P("rdf", "type")} ${v as string}`);
        else {
          const o = v as Record<string, string>;
          lines.push(`${s} ${p} ${o["@id"] ?? o["@value"]}`);
        }
      }
    }
  }
  return lines.sort();
}

describe.each(DB_KINDS)("the register as open data on %s", (kind) => {
  let db: TestDb;
  let sanne: Viewer, marieke: Viewer, linda: Viewer;
  let slug: string;
  let doc: OpenApiDoc;
  let conformance: Conformance;
  const names = { published: "", pending: "", ended: "", erased: "" };
  let erasedNumber = "";

  /** Sanne (Rijk top-management group) files a side job, Marieke approves it: an entry in HR's review. */
  async function approvedEntry(org: string) {
    const { id, version } = await fileDeclaration(sanne, "side-job", sideJob(org));
    await decideDeclaration(
      marieke,
      DecisionSchema.parse({ id, version, reason: "", reassessOn: "2027-01-01", kind: "APPROVED" }),
    );
    return db.prisma.registerEntry.findUniqueOrThrow({ where: { declarationId: id } });
  }
  async function publishedEntry(org: string) {
    const entry = await approvedEntry(org);
    await publishEntry(linda, { id: entry.id, version: entry.version });
    return db.prisma.registerEntry.findUniqueOrThrow({ where: { id: entry.id } });
  }

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ sanne, marieke, linda } = await demoViewers(db.prisma));
    slug = sanne.organisationSlug;
    const tag = randomUUID().slice(0, 6);
    names.published = `Stichting Open ${tag}`;
    names.pending = `Stichting In Review ${tag}`;
    names.ended = `Stichting Beeindigd ${tag}`;
    names.erased = `Stichting Gewist ${tag}`;
    await publishedEntry(names.published);
    await approvedEntry(names.pending);
    const ended = await publishedEntry(names.ended);
    await removeEntry(linda, { id: ended.id, version: ended.version, reason: "Vertrouwelijke reden van HR" });
    const erased = await publishedEntry(names.erased);
    erasedNumber = erased.registerNumber!;
    await eraseEntry(linda, { id: erased.id, version: erased.version, ground: "AVG_17_UNLAWFUL", confirm: "ja" });

    const a = await api.openapi();
    expect(a.status).toBe(200);
    doc = a.json() as OpenApiDoc;
    conformance = new Conformance(doc);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("serves an OpenAPI 3.1 document that validates, and conforms to itself", async () => {
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual([
      "/api/register/v1/{organisatie}",
      "/api/register/v1/{organisatie}/geschiedenis",
      "/api/register/v1/openapi.json",
    ]);
    conformance.check("/api/register/v1/openapi.json", await api.openapi());
  });

  it("the conformance check itself refuses what the document does not describe (a field too many, a wrong type)", async () => {
    const real = await api.register(slug, `?q=${encodeURIComponent(names.published)}`);
    const body = real.json() as { rijen: Record<string, unknown>[] };
    const forged = (change: (row: Record<string, unknown>) => void): Answer => {
      const copy = structuredClone(body);
      change(copy.rijen[0]!);
      const text = JSON.stringify(copy);
      return { ...real, text, json: () => JSON.parse(text) };
    };
    const path = "/api/register/v1/{organisatie}";
    expect(() =>
      conformance.check(
        path,
        forged((r) => (r.email = "sanne@example.nl")),
      ),
    ).toThrow();
    expect(() =>
      conformance.check(
        path,
        forged((r) => (r.bezoldigd = "ja")),
      ),
    ).toThrow();
    expect(() =>
      conformance.check(
        path,
        forged((r) => (r.sinds = "1 januari 2025")),
      ),
    ).toThrow();
    expect(() => conformance.check(path, { ...real, status: 418 })).toThrow();
  });

  it("the current register: the published entry with its public columns, as described; nothing unpublished", async () => {
    const a = await api.register(slug, `?q=${encodeURIComponent(names.published)}`);
    expect(a.status).toBe(200);
    expect(a.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(a.headers.get("access-control-allow-origin")).toBe("*");
    expect(a.headers.get("cache-control")).toBe("public, max-age=300");
    expect(a.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(a.headers.get("link")).toContain('rel="license"');
    conformance.check("/api/register/v1/{organisatie}", a);
    const body = a.json() as { rijen: Record<string, unknown>[]; pagina: { totaal: number }; peildatum: null };
    expect(body.pagina.totaal).toBe(1);
    expect(body.peildatum).toBeNull();
    expect(body.rijen[0]).toMatchObject({
      naam: "Sanne Visser",
      organisatie: names.published,
      bezoldigd: true,
      beeindigd_op: null,
      registratienummer: expect.stringMatching(/^REG-\d{4}-\d{5}$/),
    });

    const all = await api.register(slug);
    conformance.check("/api/register/v1/{organisatie}", all);
    expect(all.text).toContain(names.published);
    for (const hidden of [names.pending, names.ended, names.erased, erasedNumber, SECRET.explanation, sanne.id])
      expect(all.text, hidden).not.toContain(hidden);
  });

  it("the history: added and ended entries (with the reason's public text), never the pending or the erased one", async () => {
    const a = await api.history(slug);
    expect(a.status).toBe(200);
    conformance.check("/api/register/v1/{organisatie}/geschiedenis", a);
    const body = a.json() as { gebeurtenissen: { gebeurtenis: string; registratie: Record<string, unknown> }[] };
    const ofEnded = body.gebeurtenissen.filter((e) => e.registratie.organisatie === names.ended);
    expect(ofEnded.map((e) => e.gebeurtenis).sort()).toEqual(["beeindigd", "toegevoegd"]);
    expect(ofEnded[0]!.registratie.reden_beeindiging).toBe("Van het register gehaald door HR");
    for (const hidden of [names.pending, names.erased, erasedNumber, SECRET.explanation, "Vertrouwelijke reden van HR"])
      expect(a.text, hidden).not.toContain(hidden);
  });

  it("as of a day: the day before anything was published is empty; today is the current register", async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
    const before = await api.register(slug, `?peildatum=2001-01-01`);
    conformance.check("/api/register/v1/{organisatie}", before);
    expect(before.json()).toMatchObject({ peildatum: "2001-01-01", rijen: [], pagina: { totaal: 0, paginas: 1 } });
    const past = await api.register(slug, `?peildatum=${yesterday}&q=${encodeURIComponent(names.published)}`);
    conformance.check("/api/register/v1/{organisatie}", past);
    expect(past.json()).toMatchObject({ peildatum: yesterday, rijen: [] });
    const today = await api.register(
      slug,
      `?peildatum=${amsterdamNow().today}&q=${encodeURIComponent(names.published)}`,
    );
    expect(today.json()).toMatchObject({ peildatum: null, pagina: { totaal: 1 } });
  });

  it("answers what it cannot answer with problem details: bad peildatum, bad page, unknown organisation", async () => {
    for (const query of [
      "?peildatum=2999-01-01",
      "?peildatum=2026-02-30",
      "?peildatum=1999-12-31",
      "?pagina=0",
      "?pagina=x",
    ]) {
      const a = await api.register(slug, query);
      expect(a.status, query).toBe(400);
      expect(a.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      conformance.check("/api/register/v1/{organisatie}", a);
    }
    expect((await api.register(slug, "?peildatum=2999-01-01")).json()).toMatchObject({
      detail: expect.stringContaining("toekomst"),
    });
    const history = await api.history(slug, "?pagina=-1");
    expect(history.status).toBe(400);
    conformance.check("/api/register/v1/{organisatie}/geschiedenis", history);
    for (const unknown of ["bestaat-niet", "Ministerie BZK", "../x"]) {
      const a = await api.register(unknown);
      expect(a.status, unknown).toBe(404);
      conformance.check("/api/register/v1/{organisatie}", a);
      expect(a.headers.get("access-control-allow-origin")).toBe("*");
      const h = await api.history(unknown);
      expect(h.status).toBe(404);
      conformance.check("/api/register/v1/{organisatie}/geschiedenis", h);
      expect((await api.dcat(unknown)).status).toBe(404);
    }
  });

  it("pages link to each other and stay within the schema past the last page", async () => {
    const first = (await api.history(slug)).json() as { links: { vorige: null; volgende: string | null } };
    expect(first.links.vorige).toBeNull();
    const far = await api.history(slug, "?pagina=9999");
    conformance.check("/api/register/v1/{organisatie}/geschiedenis", far);
    expect(far.json()).toMatchObject({ gebeurtenissen: [], links: { volgende: null } });
  });

  it("polling is cheap: the same ETag gets 304 without a body until the register changes", async () => {
    for (const [path, call] of [
      ["/api/register/v1/{organisatie}", (h: Record<string, string>) => api.register(slug, "", h)],
      ["/api/register/v1/{organisatie}/geschiedenis", (h: Record<string, string>) => api.history(slug, "", h)],
      ["/api/register/v1/openapi.json", (h: Record<string, string>) => api.openapi(h)],
    ] as const) {
      const first = await call({});
      const etag = first.headers.get("etag")!;
      expect((await call({})).headers.get("etag"), `${path}: the same answer, the same tag`).toBe(etag);
      const again = await call({ "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      conformance.check(path, again);
      expect((await call({ "if-none-match": `W/${etag}, "other"` })).status, "weak comparison, a list").toBe(304);
      expect((await call({ "if-none-match": '"something-else"' })).status).toBe(200);
    }
    const before = await api.register(slug);
    const etag = before.headers.get("etag")!;
    await publishedEntry(`Stichting Nieuw ${randomUUID().slice(0, 6)}`);
    const after = await api.register(slug, "", { "if-none-match": etag });
    expect(after.status, "a new publication changes the answer").toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  describe("the DCAT description", () => {
    let turtle: Answer;
    let quads: Quad[];
    const base = () => `${ORIGIN}/register/${slug}`;

    beforeAll(async () => {
      turtle = await api.dcat(slug, "", { accept: "text/turtle" });
      quads = new Parser({ format: "text/turtle" }).parse(turtle.text);
    });

    it("parses as RDF: one dataset with the profile's properties", async () => {
      expect(turtle.status).toBe(200);
      expect(turtle.headers.get("content-type")).toBe("text/turtle; charset=utf-8");
      expect(turtle.headers.get("vary")).toBe("Accept");
      expect(turtle.headers.get("access-control-allow-origin")).toBe("*");
      const datasets = subjectsOfType(quads, P("dcat", "Dataset"));
      expect(datasets).toEqual([`${base()}/dcat#dataset`]);
      const ds = datasets[0]!;
      expect(objects(quads, ds, P("dct", "license"))).toEqual([DONL.licence]);
      expect(objects(quads, ds, P("dcat", "theme"))).toEqual(["http://standaarden.overheid.nl/owms/terms/Bestuur"]);
      expect(objects(quads, ds, P("dct", "language"))).toEqual([DONL.language]);
      expect(objects(quads, ds, P("dct", "accrualPeriodicity"))).toEqual([DONL.frequency]);
      expect(objects(quads, ds, P("dcat", "landingPage"))).toEqual([base()]);
      expect(objects(quads, ds, P("dct", "identifier"))).toEqual([ds]);
      expect(objects(quads, ds, P("dct", "title")).length).toBe(2);
      const [publisher] = objects(quads, ds, P("dct", "publisher"));
      const org = await db.prisma.organisation.findUniqueOrThrow({ where: { slug } });
      expect(objects(quads, publisher!, P("foaf", "name"))).toEqual([org.name]);
      expect(objects(quads, publisher!, P("rdf", "type"))).toEqual([P("foaf", "Agent")]);
      const [contact] = objects(quads, ds, P("dcat", "contactPoint"));
      expect(objects(quads, contact!, P("vcard", "fn"))).toEqual([org.name]);
      const [period] = objects(quads, ds, P("dct", "temporal"));
      expect(objects(quads, period!, P("dcat", "startDate"))[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(objects(quads, ds, P("dct", "modified"))).toHaveLength(1);
    });

    it("names the three distributions (CSV, JSON, ODS) with their licence, download URL and media type", () => {
      const ds = `${base()}/dcat#dataset`;
      const distributions = objects(quads, ds, P("dcat", "distribution")).sort();
      expect(distributions).toEqual(["csv", "json", "ods"].map((f) => `${base()}/dcat#${f}`));
      expect(subjectsOfType(quads, P("dcat", "Distribution")).sort()).toEqual(distributions);
      for (const f of ["csv", "json", "ods"] as const) {
        const d = `${base()}/dcat#${f}`;
        expect(objects(quads, d, P("dct", "license")), f).toEqual([DONL.licence]);
        expect(objects(quads, d, P("dcat", "downloadURL"))).toEqual([`${base()}/download?formaat=${f}`]);
        expect(objects(quads, d, P("dcat", "accessURL"))).toEqual([base()]);
        expect(objects(quads, d, P("dct", "format"))).toEqual([DONL.fileType[f]]);
        expect(objects(quads, d, P("dcat", "mediaType"))).toEqual([DONL.mediaType[f]]);
      }
      const [service] = subjectsOfType(quads, P("dcat", "DataService"));
      expect(objects(quads, service!, P("dcat", "endpointDescription"))).toEqual([
        `${ORIGIN}/api/register/v1/openapi.json`,
      ]);
      expect(objects(quads, service!, P("dcat", "servesDataset"))).toEqual([ds]);
    });

    it("JSON-LD holds the same triples; content negotiation, 406 and 304 work", async () => {
      const jsonld = await api.dcat(slug, "", { accept: "application/ld+json" });
      expect(jsonld.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
      const fromTurtle = quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).sort();
      expect(jsonLdTriples(jsonld.json() as { "@graph": Record<string, unknown>[] })).toEqual(fromTurtle);
      expect((await api.dcat(slug)).headers.get("content-type"), "no Accept: JSON-LD").toMatch(
        /^application\/ld\+json/,
      );
      expect(
        (await api.dcat(slug, "?formaat=turtle", { accept: "application/json" })).headers.get("content-type"),
      ).toMatch(/^text\/turtle/);
      const refused = await api.dcat(slug, "", { accept: "application/rdf+xml" });
      expect(refused.status).toBe(406);
      expect(refused.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const etag = turtle.headers.get("etag")!;
      expect((await api.dcat(slug, "", { accept: "text/turtle", "if-none-match": etag })).status).toBe(304);
      // The JSON-LD has another tag: a cache never answers one with the other.
      expect((await api.dcat(slug, "", { accept: "application/ld+json", "if-none-match": etag })).status).toBe(200);
    });

    it("names the publisher by its TOOI identifier when the organisation has one, else by name under its own URI", async () => {
      // The demo ministry has its TOOI identifier (the donl:organization list's URI for BZK).
      const bzk = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034";
      expect((await db.prisma.organisation.findUniqueOrThrow({ where: { slug } })).tooiUri).toBe(bzk);
      const ds = `${base()}/dcat#dataset`;
      const [service] = subjectsOfType(quads, P("dcat", "DataService"));
      expect(objects(quads, ds, P("dct", "publisher"))).toEqual([bzk]);
      expect(objects(quads, ds, P("dct", "creator"))).toEqual([bzk]);
      expect(objects(quads, service!, P("dct", "publisher"))).toEqual([bzk]);
      expect(quads.some((q) => q.subject.value.endsWith("#uitgever") || q.object.value.endsWith("#uitgever"))).toBe(
        false,
      );

      // The demo municipality has none: the organisation by name, a foaf:Agent under the description's own URI.
      const other = "gemeente-maastricht";
      const org = await db.prisma.organisation.findUniqueOrThrow({ where: { slug: other } });
      expect(org.tooiUri).toBeNull();
      const answer = await api.dcat(other, "", { accept: "text/turtle" });
      expect(answer.status).toBe(200);
      const theirs = new Parser({ format: "text/turtle" }).parse(answer.text);
      const own = `${ORIGIN}/register/${other}/dcat#uitgever`;
      expect(objects(theirs, `${ORIGIN}/register/${other}/dcat#dataset`, P("dct", "publisher"))).toEqual([own]);
      expect(objects(theirs, `${ORIGIN}/register/${other}/dcat#dataset`, P("dct", "creator"))).toEqual([own]);
      expect(objects(theirs, own, P("foaf", "name"))).toEqual([org.name]);
      expect(theirs.some((q) => q.object.value.includes("identifier.overheid.nl"))).toBe(false);
    });

    it("holds no entry of the register, published or not", () => {
      for (const hidden of Object.values(names)) expect(turtle.text).not.toContain(hidden);
    });
  });
});
