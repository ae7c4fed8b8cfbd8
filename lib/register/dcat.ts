// The DCAT description of an organisation's public register (decision 071), in the DCAT-AP-DONL profile of
// data.overheid.nl: one dcat:Dataset with its three distributions (the CSV, JSON and ODS downloads) and the API as a
// dcat:DataService. Built once as RDF triples (n3's DataFactory) and written as Turtle (n3's Writer) or as JSON-LD
// from the same triples, so the two serialisations cannot drift apart. Served at /register/<organisatie>/dcat.
//
// Values come from the profile's value lists where one exists (dataoverheid/dcat-ap-donl, docs/properties/*.md):
// theme from the Taxonomie Beleidsagenda, licence from donl:License, language, format, frequency and access rights from
// the EU Publications Office's authority tables, media types from IANA, status from Overheid:DatasetStatus.
import { DataFactory, Writer, type Quad, type Quad_Object } from "n3";
import { DOWNLOAD_FORMATS, type DownloadFormat } from "./export";
import { API_BASE, OPENAPI_PATH } from "./api";
import { registerSourceUrl } from "./columns";

const { namedNode, literal, quad } = DataFactory;

export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  adms: "http://www.w3.org/ns/adms#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

const iri = (prefix: keyof typeof PREFIXES, local: string) => namedNode(PREFIXES[prefix] + local);

/** The value-list entries this description uses (DCAT-AP-DONL 2.0 and the lists it names). */
export const DONL = {
  /** donl:License: CC0 1.0, as that list spells it (the downloads link the https form of the same deed). */
  licence: "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
  /** Taxonomie Beleidsagenda: "Bestuur" (government administration: integrity of its officials). */
  theme: "http://standaarden.overheid.nl/owms/terms/Bestuur",
  language: "http://publications.europa.eu/resource/authority/language/NLD",
  accessRights: "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
  /** Changes whenever HR publishes, corrects or ends an entry: no fixed rhythm. */
  frequency: "http://publications.europa.eu/resource/authority/frequency/IRREG",
  /** Overheid:DatasetStatus. */
  status: "http://data.overheid.nl/status/beschikbaar",
  fileType: {
    csv: "http://publications.europa.eu/resource/authority/file-type/CSV",
    json: "http://publications.europa.eu/resource/authority/file-type/JSON",
    ods: "http://publications.europa.eu/resource/authority/file-type/ODS",
  } satisfies Record<DownloadFormat, string>,
  mediaType: {
    csv: "http://www.iana.org/assignments/media-types/text/csv",
    json: "http://www.iana.org/assignments/media-types/application/json",
    ods: "http://www.iana.org/assignments/media-types/application/vnd.oasis.opendocument.spreadsheet",
  } satisfies Record<DownloadFormat, string>,
} as const;

const FORMAT_NAME: Record<DownloadFormat, string> = { csv: "CSV", json: "JSON", ods: "ODS" };

export interface DcatInput {
  /** `tooiUri`: the organisation's TOOI identifier (lib/register/tooi.ts), or null when it has none. */
  org: { slug: string; name: string; tooiUri?: string | null };
  /** The portal's public address, without a trailing slash. */
  origin: string;
  /** The first publication still public (start of the temporal coverage), and the last change (dct:modified). */
  firstPublished: Date | null;
  lastChange: Date | null;
}

const AMSTERDAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });

/** The addresses of the description: the document itself, and the things it names (fragments of it). */
export function dcatUrls(origin: string, slug: string) {
  const document = `${registerSourceUrl(origin, slug)}/dcat`;
  return {
    document,
    dataset: `${document}#dataset`,
    distribution: (f: DownloadFormat) => `${document}#${f}`,
    service: `${document}#api`,
    /** The publisher when the organisation has no TOOI identifier. */
    publisher: `${document}#uitgever`,
    contact: `${document}#contactpunt`,
    period: `${document}#periode`,
  };
}

/** The description as RDF triples. */
export function dcatQuads({ org, origin, firstPublished, lastChange }: DcatInput): Quad[] {
  const u = dcatUrls(origin, org.slug);
  const page = registerSourceUrl(origin, org.slug);
  const out: Quad[] = [];
  const add = (s: string, p: ReturnType<typeof iri>, o: Quad_Object) => out.push(quad(namedNode(s), p, o));
  const a = iri("rdf", "type");
  const nl = (text: string) => literal(text, "nl");
  const en = (text: string) => literal(text, "en");
  const dateTime = (d: Date) => literal(d.toISOString(), iri("xsd", "dateTime"));
  const licence = namedNode(DONL.licence);
  const dataset = u.dataset;
  // DCAT-AP-DONL names publisher and creator by the organisation's TOOI identifier (the donl:organization list);
  // without one, the organisation by name under the description's own URI.
  const publisher = org.tooiUri ?? u.publisher;

  add(dataset, a, iri("dcat", "Dataset"));
  add(dataset, iri("dct", "identifier"), literal(dataset));
  add(dataset, iri("dct", "title"), nl(`Openbaar register nevenwerkzaamheden ${org.name}`));
  add(dataset, iri("dct", "title"), en(`Public register of side jobs, ${org.name}`));
  add(
    dataset,
    iri("dct", "description"),
    nl(
      `De nevenwerkzaamheden van aangewezen hogere ambtenaren van ${org.name} die volgens de Ambtenarenwet 2017 ` +
        "(art. 5 lid 1 onder c) openbaar zijn: naam, functie, nevenwerkzaamheid, organisatie, bezoldigd, voorwaarden " +
        "en data. Het huidige register, het register op een peildatum en de geschiedenis (toegevoegd, gecorrigeerd, " +
        "beëindigd).",
    ),
  );
  add(
    dataset,
    iri("dct", "description"),
    en(
      `The side jobs of designated senior staff of ${org.name} that are public under the Ambtenarenwet 2017 ` +
        "(art. 5(1)(c)): name, function, side job, organisation, paid, conditions and dates; now, as of a day, and history.",
    ),
  );
  for (const k of ["nevenwerkzaamheden", "integriteit", "Ambtenarenwet", "openbaar register"])
    add(dataset, iri("dcat", "keyword"), nl(k));
  add(dataset, iri("dcat", "theme"), namedNode(DONL.theme));
  add(dataset, iri("dct", "language"), namedNode(DONL.language));
  add(dataset, iri("dct", "license"), licence);
  add(dataset, iri("dct", "accessRights"), namedNode(DONL.accessRights));
  add(dataset, iri("dct", "accrualPeriodicity"), namedNode(DONL.frequency));
  add(dataset, iri("adms", "status"), namedNode(DONL.status));
  add(dataset, iri("dcat", "landingPage"), namedNode(page));
  add(dataset, iri("dct", "publisher"), namedNode(publisher));
  add(dataset, iri("dct", "creator"), namedNode(publisher));
  add(dataset, iri("dcat", "contactPoint"), namedNode(u.contact));
  if (firstPublished) add(dataset, iri("dct", "issued"), dateTime(firstPublished));
  if (lastChange) add(dataset, iri("dct", "modified"), dateTime(lastChange));
  if (firstPublished) {
    // From the first publication on, open-ended: the register goes on.
    add(dataset, iri("dct", "temporal"), namedNode(u.period));
    add(u.period, a, iri("dct", "PeriodOfTime"));
    add(u.period, iri("dcat", "startDate"), literal(AMSTERDAM_DAY.format(firstPublished), iri("xsd", "date")));
  }

  add(publisher, a, iri("foaf", "Agent"));
  add(publisher, iri("foaf", "name"), nl(org.name));
  add(u.contact, a, iri("vcard", "Organization"));
  add(u.contact, iri("vcard", "fn"), nl(org.name));
  add(u.contact, iri("vcard", "hasURL"), namedNode(page));

  for (const f of DOWNLOAD_FORMATS) {
    const d = u.distribution(f);
    add(dataset, iri("dcat", "distribution"), namedNode(d));
    add(d, a, iri("dcat", "Distribution"));
    add(d, iri("dct", "title"), nl(`Register nevenwerkzaamheden ${org.name} (${FORMAT_NAME[f]})`));
    add(d, iri("dct", "title"), en(`Register of side jobs, ${org.name} (${FORMAT_NAME[f]})`));
    add(
      d,
      iri("dct", "description"),
      nl(
        `Het huidige register als ${FORMAT_NAME[f]}. Met ?peildatum=JJJJ-MM-DD het register op die dag, met ` +
          "?lijst=geschiedenis alles wat ooit is gepubliceerd.",
      ),
    );
    add(d, iri("dcat", "accessURL"), namedNode(page));
    add(d, iri("dcat", "downloadURL"), namedNode(`${page}/download?formaat=${f}`));
    add(d, iri("dct", "format"), namedNode(DONL.fileType[f]));
    add(d, iri("dcat", "mediaType"), namedNode(DONL.mediaType[f]));
    add(d, iri("dct", "license"), licence);
    add(d, iri("dct", "language"), namedNode(DONL.language));
    add(d, iri("dct", "accessRights"), namedNode(DONL.accessRights));
    if (lastChange) add(d, iri("dct", "modified"), dateTime(lastChange));
  }

  add(u.service, a, iri("dcat", "DataService"));
  add(u.service, iri("dct", "title"), nl(`API register nevenwerkzaamheden ${org.name}`));
  add(u.service, iri("dct", "title"), en(`API of the register of side jobs, ${org.name}`));
  add(u.service, iri("dcat", "endpointURL"), namedNode(`${origin}${API_BASE}/${org.slug}`));
  add(u.service, iri("dcat", "endpointDescription"), namedNode(`${origin}${OPENAPI_PATH}`));
  add(u.service, iri("dcat", "servesDataset"), namedNode(dataset));
  add(u.service, iri("dct", "license"), licence);
  add(u.service, iri("dct", "accessRights"), namedNode(DONL.accessRights));
  add(u.service, iri("dct", "publisher"), namedNode(publisher));
  return out;
}

/** The triples as Turtle, with the usual prefixes. */
export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

/** A JSON-LD value of a triple's object (expanded form: full IRIs, no context to resolve). */
function jsonLdObject(o: Quad_Object): Record<string, string> {
  if (o.termType === "NamedNode") return { "@id": o.value };
  if (o.termType === "Literal") {
    if (o.language) return { "@value": o.value, "@language": o.language };
    if (o.datatype.value !== `${PREFIXES.xsd}string`) return { "@value": o.value, "@type": o.datatype.value };
    return { "@value": o.value };
  }
  throw new Error(`Unexpected ${o.termType} in the DCAT description`);
}

/**
 * The triples as JSON-LD in expanded, flattened form (one node object per subject, full IRIs): any JSON-LD processor
 * reads it without fetching a context, and it holds exactly the triples the Turtle holds.
 */
export function toJsonLd(quads: Quad[]): { "@graph": Record<string, unknown>[] } {
  const nodes = new Map<string, Record<string, unknown[]>>();
  for (const q of quads) {
    const node = nodes.get(q.subject.value) ?? {};
    nodes.set(q.subject.value, node);
    const isType = q.predicate.value === `${PREFIXES.rdf}type`;
    const key = isType ? "@type" : q.predicate.value;
    (node[key] ??= []).push(isType ? q.object.value : jsonLdObject(q.object));
  }
  return { "@graph": [...nodes].map(([id, props]) => ({ "@id": id, ...props })) };
}

export type DcatFormat = "turtle" | "jsonld";
export const DCAT_CONTENT_TYPES: Record<DcatFormat, string> = {
  turtle: "text/turtle; charset=utf-8",
  jsonld: "application/ld+json; charset=utf-8",
};

/**
 * Which serialisation to send: ?formaat= (turtle or jsonld, for a link a person can click) wins, then the Accept
 * header by quality (text/turtle; application/ld+json or application/json), JSON-LD when anything goes; null when
 * the client accepts neither (406).
 */
export function negotiateDcat(formatParam: string | null, accept: string | null): DcatFormat | null {
  if (formatParam === "turtle" || formatParam === "ttl") return "turtle";
  if (formatParam === "jsonld" || formatParam === "json-ld") return "jsonld";
  if (!accept?.trim()) return "jsonld";
  const ranges = accept
    .split(",")
    .map((part, i) => {
      const [type = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
      const qParam = params.find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((x, y) => y.q - x.q || x.i - y.i);
  for (const { type } of ranges) {
    if (type === "text/turtle" || type === "application/x-turtle") return "turtle";
    if (type === "application/ld+json" || type === "application/json" || type === "*/*" || type === "application/*")
      return "jsonld";
    if (type === "text/*") return "turtle";
  }
  return null;
}
