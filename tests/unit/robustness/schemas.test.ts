// Hostile input against every schema a server action (or a page reading the URL) parses with: huge strings,
// Unicode of every kind, NUL characters, markup and SQL, wrong types, missing and extra fields. Properties:
// the schema never throws; a failure names a message key that exists in Dutch and English (after the mapping
// the action applies); a success holds no NUL character (PostgreSQL text refuses it) and no unbounded text;
// valid input is accepted. A new actions module or schema export without an entry here fails the suite.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { BootstrapSchema } from "@/lib/bootstrap/schemas";
import { RemoveAttachmentSchema, UploadAttachmentSchema } from "@/lib/attachments/schemas";
import {
  AnswerSchema,
  CloseCampaignSchema,
  OpenCampaignSchema,
  PublicationSchema,
  RemindNowSchema,
} from "@/lib/campaigns/schemas";
import { IdFormSchema, RecordIdSchema } from "@/lib/actions/schemas";
import { BulkDecisionSchema } from "@/lib/decisions/bulk-schemas";
import { DecisionFormSchema, DecisionSchema, DelegationSchema } from "@/lib/decisions/schemas";
import { FromExistingSchema, IdSchema, RecordSchema, SubmitSchema, VersionSchema } from "@/lib/declarations/schemas";
import { parseGiftRegisterParams } from "@/lib/gifts/schemas";
import { optionalYear, parseExportYear, parseOverviewParams } from "@/lib/overview/schemas";
import { parsePeopleQuery, PersonFormSchema, UnitFormSchema } from "@/lib/people/schemas";
import { PolicySettingSchema } from "@/lib/policy/schemas";
import { monthsField, RetentionSchema, versionField } from "@/lib/privacy/schemas";
import { RETENTION_CATEGORIES, RETENTION_POLICY } from "@/lib/privacy/retention";
import { EndRecusalSchema, RecusalPartSchema } from "@/lib/recusals/schemas";
import { EraseSchema, PublishSchema, RemoveSchema, WordingSchema } from "@/lib/register/schemas";
import { parseSearchFilters } from "@/lib/search/schemas";
import { ScimTokenFormSchema } from "@/lib/scim/schemas";
import {
  arbHostileForm,
  arbHostileObject,
  arbHostileValue,
  containsNul,
  longestString,
  lookup,
  messageTree,
} from "@/tests/support/hostile";
import { serverActionModules } from "@/tests/support/server-code";
import { POLICY_FORM_FIELDS } from "@/lib/policy/fields";
import { PERSON_FORM_FIELDS } from "@/lib/people/values";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const RUNS = { numRuns: 150, seed: 20261122 };
/** The longest text any schema lets through (a textarea: 4,000 characters). */
const MAX_ACCEPTED_TEXT = 4000;

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  keys: readonly string[];
  /** Message namespace the action translates with (`<ns>.<key>`). */
  namespace: string;
  /** The key the action shows for this field's first issue (id/version mapped to "not found", ...). */
  keyOf?: (field: string, message: string) => string;
  /** What the action does to the form's values before parsing (e.g. every field present, "" when empty). */
  prepare?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** Fields sent as lists (checkboxes). */
  lists?: readonly string[];
  valid: Record<string, unknown>[];
}

/** Forms of hidden fields only (ids, versions): every problem reads as "not found". Rows: [name, schema, keys, valid]. */
const hiddenForms = (
  namespace: string,
  rows: [name: string, schema: z.ZodType, keys: readonly string[], valid: Record<string, unknown>[]][],
): SchemaCase[] =>
  rows.map(([name, schema, keys, valid]) => ({ name, schema, keys, namespace, keyOf: () => "notFound", valid }));

const idVersionNotFound = (field: string, message: string) =>
  field === "id" || field === "version" ? "notFound" : message;
/** Forms with a hidden id and version (read as "not found") before their `keys`. Rows: [name, schema, keys, valid]. */
const idVersionForms = (
  namespace: string,
  rows: [name: string, schema: z.ZodType, keys: readonly string[], valid: Record<string, unknown>[]][],
): SchemaCase[] =>
  rows.map(([name, schema, keys, valid]) => ({
    name,
    schema,
    keys: ["id", "version", ...keys],
    namespace,
    keyOf: idVersionNotFound,
    valid,
  }));
/** The decision's own fields (DecisionSchema, DecisionFormSchema): valid as a plain approval, and as version 2 with `other`. */
const decisionForm = (name: string, schema: z.ZodType, other: Record<string, unknown>) =>
  idVersionForms("decisions.errors", [
    [
      name,
      schema,
      ["kind", "reason", "conditions", "giftDestination", "handedInOn", "reassessOn"],
      [
        { id: "d1", version: "1", kind: "APPROVED" },
        { id: "d1", version: "2", ...other },
      ],
    ],
  ]);
const retentionValid = Object.fromEntries(
  RETENTION_CATEGORIES.flatMap((c) => [
    [monthsField(c), String(RETENTION_POLICY[c].defaultMonths)],
    [versionField(c), "0"],
  ]),
);

const POLICY_FIELDS = [...POLICY_FORM_FIELDS, "basedOn"];

const SCHEMAS: SchemaCase[] = [
  // Attachments (decision 066): the hidden fields (the declaration, what the file goes with, the attachment) read
  // as "not found"; a missing file as "fileMissing". The file's content is checked in the data layer.
  {
    name: "attachments UploadAttachmentSchema",
    schema: UploadAttachmentSchema,
    keys: ["id", "to", "file"],
    namespace: "attachments.errors",
    keyOf: (f, m) => (f === "file" ? m : "notFound"),
    valid: [{ id: "d1", to: "declaration", file: new File(["%PDF-1.4"], "offerte.pdf") }],
  },
  ...hiddenForms("attachments.errors", [
    [
      "attachments RemoveAttachmentSchema",
      RemoveAttachmentSchema,
      ["id", "attachmentId"],
      [{ id: "d1", attachmentId: "a1" }],
    ],
  ]),
  {
    name: "campaigns OpenCampaignSchema",
    schema: OpenCampaignSchema,
    keys: ["title", "year", "dueOn"],
    namespace: "campaigns.errors",
    valid: [
      { title: "Jaarverklaring 2026", year: "2026", dueOn: "2026-12-31" },
      { title: "<b>2026</b> 'x'; --", year: " 2027 ", dueOn: "2028-02-29" },
    ],
  },
  // campaigns/actions.ts shows hidden fields' problems as "not found" (invalid()).
  {
    name: "campaigns AnswerSchema",
    schema: AnswerSchema,
    keys: ["campaignId", "answer"],
    namespace: "campaigns.errors",
    keyOf: (f, m) => (f === "answer" ? m : "notFound"),
    valid: [{ campaignId: "c1", answer: "COMPLETE" }],
  },
  {
    name: "campaigns PublicationSchema",
    schema: PublicationSchema,
    keys: ["id", "version", "published"],
    namespace: "campaigns.errors",
    keyOf: (f, m) => (f === "published" ? m : "notFound"),
    valid: [{ id: "c1", version: "3", published: "no" }],
  },
  ...hiddenForms("campaigns.errors", [
    ["campaigns CloseCampaignSchema", CloseCampaignSchema, ["id", "version"], [{ id: "c1", version: "1" }]],
  ]),
  // The reminder's only field is hidden: its problems read as "not found" like the close form's.
  ...hiddenForms("campaigns.errors", [["campaigns RemindNowSchema", RemindNowSchema, ["id"], [{ id: "c1" }]]]),
  // The confirmed declarations arrive as repeated "id:version" fields; every problem reads as one message.
  {
    name: "decisions BulkDecisionSchema",
    schema: BulkDecisionSchema,
    keys: ["items"],
    namespace: "bulkDecisions.errors",
    lists: ["items"],
    valid: [{ items: ["d1:0"] }, { items: ["cmabc123:4", "cmdef456:12"] }],
  },
  ...decisionForm("decisions DecisionSchema", DecisionSchema, {
    kind: "REFUSED",
    reason: "<script>alert(1)</script>' OR 1=1",
    giftDestination: "CHARITY",
    handedInOn: "2026-01-01",
  }),
  // The decision form: DecisionSchema and RecusalPartSchema together (each also covered on its own, the recusal
  // part's keys in "recusals.errors" there); here the decision's fields, the hidden ones shown as "not found".
  ...decisionForm("decisions DecisionFormSchema", DecisionFormSchema, {
    kind: "APPROVED",
    recusalKind: "SUPPLIER",
    recusalSubject: "Schoonmaak <BV>",
    recusalEndsOn: "2027-06-30",
  }),
  // lib/actions: a form whose only field is a hidden id; every problem is "not found" (the shared "actions" texts).
  ...hiddenForms("actions", [
    ["actions RecordIdSchema", RecordIdSchema, [], []],
    ["actions IdFormSchema", IdFormSchema, ["id"], [{ id: "abc123" }, { id: " p1 " }]],
  ]),
  {
    name: "decisions DelegationSchema",
    schema: DelegationSchema,
    keys: ["deputyId", "startsOn", "endsOn"],
    namespace: "decisions.errors",
    valid: [{ deputyId: "p1", startsOn: "2026-01-01", endsOn: "2026-01-01" }],
  },
  // declarations/actions.ts answers every id/version/key problem with declarations.form.notFound.
  ...hiddenForms("declarations.form", [
    ["declarations IdSchema", IdSchema, [], []],
    ["declarations VersionSchema", VersionSchema, [], []],
  ]),
  {
    name: "declarations SubmitSchema",
    schema: SubmitSchema,
    keys: ["id", "version", "submissionKey", "answer"],
    namespace: "declarations",
    keyOf: (f, m) => (f === "answer" ? m.replace(/^declarations\./, "") : "form.notFound"),
    valid: [{ id: "abc123", version: "1", submissionKey: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d" }],
  },
  ...hiddenForms("declarations.form", [
    [
      "declarations RecordSchema",
      RecordSchema,
      ["id", "version", "note"],
      [{ id: "abc123", version: "2", note: "'; DROP TABLE x; --" }],
    ],
    ["declarations FromExistingSchema", FromExistingSchema, ["id", "mode"], [{ id: "abc123", mode: "copy" }]],
  ]),
  {
    name: "people PersonFormSchema",
    schema: PersonFormSchema,
    keys: ["id", "version", ...PERSON_FORM_FIELDS],
    lists: ["roles", "designations"],
    namespace: "people.errors",
    valid: [
      { name: "Jan <b>de</b> Vries", email: "Jan@Example.nl", roles: [], designations: [] },
      {
        id: "p1",
        version: "3",
        name: "Ελένη 😀",
        email: "e@x.nl",
        roles: ["MANAGER"],
        designations: ["topOfficial"],
        salaryScale: "11",
        employmentStart: "2020-01-01",
        employmentEnd: "2026-01-01",
      },
    ],
  },
  {
    name: "people UnitFormSchema",
    schema: UnitFormSchema,
    keys: ["id", "updatedAt", "name", "code", "parentId"],
    namespace: "people.errors",
    valid: [
      { name: "Financiën" },
      { id: "u1", updatedAt: "2026-01-01T00:00:00.000Z", name: "IT", code: "IT-1", parentId: "u0" },
    ],
  },
  // The SCIM token form (decision 070): a name and the roles a token may hand out; the data layer checks the
  // roles again against the administrator's own reach.
  {
    name: "scim ScimTokenFormSchema",
    schema: ScimTokenFormSchema,
    keys: ["name", "roles"],
    lists: ["roles"],
    namespace: "scim.errors",
    valid: [
      { name: "Entra ID productie", roles: [] },
      { name: "Keycloak <b>test</b> 😀", roles: ["MANAGER", "HR"] },
    ],
  },
  {
    name: "policy PolicySettingSchema",
    schema: PolicySettingSchema,
    keys: POLICY_FIELDS,
    namespace: "policy.errors",
    prepare: (v) => Object.fromEntries(POLICY_FIELDS.map((k) => [k, typeof v[k] === "string" ? v[k] : ""])),
    valid: [
      {
        giftCapEuros: "",
        tripExtensionMaxHours: "",
        rehireCoolingMonths: "",
        sideJobPublicationMinScale: "",
        effectiveFrom: "2026-01-01",
        reason: "Strenger",
        basedOn: "none",
      },
      {
        giftCapEuros: "25,00",
        giftAlwaysHandIn: "yes",
        tripExtensionMaxHours: "24",
        rehireCoolingMonths: "24",
        sideJobPublicationMinScale: "10",
        effectiveFrom: "2026-07-01",
        reason: "<i>x</i>",
        basedOn: "s1",
      },
    ],
  },
  // privacy/actions.ts answers a broken version field as a conflict.
  {
    name: "privacy RetentionSchema",
    schema: RetentionSchema,
    keys: Object.keys(retentionValid),
    namespace: "privacy.errors",
    keyOf: (f, m) => (f.startsWith("version_") ? "conflict" : m),
    valid: [retentionValid],
  },
  ...idVersionForms("register.errors", [
    [
      "register WordingSchema",
      WordingSchema,
      ["acknowledge", "functionTitle", "sideJob", "sideJobOrganisation", "conditions"],
      [
        {
          id: "r1",
          version: "1",
          functionTitle: "Beleidsmedewerker",
          sideJob: "Voorzitter <vereniging>",
          sideJobOrganisation: "O'Brien & Zn.",
        },
        { id: "r1", version: "2", acknowledge: "ja", functionTitle: "x", sideJob: "€ 5", sideJobOrganisation: "y" },
      ],
    ],
    [
      "register PublishSchema",
      PublishSchema,
      ["acknowledge"],
      [
        { id: "r1", version: "1" },
        { id: "r1", version: "1", acknowledge: "ja" },
      ],
    ],
    [
      "register EraseSchema",
      EraseSchema,
      ["ground", "confirm"],
      [{ id: "r1", version: "1", ground: "AVG_17_UNLAWFUL", confirm: "ja" }],
    ],
  ]),
  // decisions/actions.ts parses the recusal part beside DecisionSchema; its messages are in "recusals.errors" (decision 041).
  {
    name: "recusals RecusalPartSchema",
    schema: RecusalPartSchema,
    keys: ["recusalKind", "recusalSubject", "recusalEndsOn"],
    namespace: "recusals.errors",
    valid: [
      {},
      { recusalKind: "", recusalSubject: "", recusalEndsOn: "" },
      { recusalKind: "SUPPLIER", recusalSubject: "Schoonmaak <BV>", recusalEndsOn: "2027-06-30" },
    ],
  },
  ...idVersionForms("recusals.errors", [
    [
      "recusals EndRecusalSchema",
      EndRecusalSchema,
      ["reason"],
      [{ id: "r1", version: "1", reason: "Overgeplaatst naar een ander team" }],
    ],
  ]),
  ...idVersionForms("register.errors", [
    ["register RemoveSchema", RemoveSchema, ["reason"], [{ id: "r1", version: "1", reason: "Einde dienstverband" }]],
  ]),
];

type Parsed = { ok: true; value: unknown } | { ok: false; fieldErrors: Record<string, string> };
interface ParserCase {
  name: string;
  parse: (sp: Record<string, string | string[] | undefined>) => Parsed | unknown;
  keys: readonly string[];
  namespace: string | null;
  valid: Record<string, string>[];
}

/** URL filters: a page parses them; they must never throw, and their messages must exist. */
const PARSERS: ParserCase[] = [
  {
    name: "gifts parseGiftRegisterParams",
    parse: parseGiftRegisterParams,
    keys: ["jaar", "gever", "bestemming", "pagina"],
    namespace: "overview.errors",
    valid: [{ jaar: "2026", gever: "<b>Bouw</b>", bestemming: "NONE", pagina: "2" }, {}],
  },
  {
    name: "overview parseOverviewParams",
    parse: (sp) => parseOverviewParams(sp, "2026-06-01"),
    keys: ["jaar", "van", "tot", "afdeling", "soort"],
    namespace: "overview.errors",
    valid: [{ jaar: "2025" }, { van: "2026-01-01", tot: "2026-03-31", soort: "gift" }],
  },
  {
    name: "overview parseExportYear",
    parse: (sp) => parseExportYear(sp, "2026-06-01"),
    keys: ["jaar"],
    namespace: "overview.errors",
    valid: [{ jaar: "2026" }],
  },
  {
    name: "search parseSearchFilters",
    parse: parseSearchFilters,
    keys: ["zoek", "soort", "status", "uitkomst", "afdeling", "van", "tot", "pagina"],
    namespace: "search.errors",
    valid: [
      { zoek: '"Bouw <b>BV</b>" -kerst', soort: "gift", status: "REFUSED", uitkomst: "APPROVED", pagina: "2" },
      { van: "2026-01-01", tot: "2026-01-01", afdeling: "u1" },
      {},
    ],
  },
  {
    name: "people parsePeopleQuery",
    parse: parsePeopleQuery,
    keys: ["zoek", "afdeling", "rol", "aanwijzing", "status", "sorteer", "richting", "pagina"],
    namespace: null,
    valid: [{ zoek: "jan", pagina: "3" }],
  },
];

/**
 * Every actions module and what covers its input here. An actions module that is not listed fails the
 * suite: add its schemas to SCHEMAS (or say why it takes no input).
 */
const ACTION_MODULE_COVERAGE: Record<string, string[]> = {
  "lib/campaigns/actions.ts": [
    "campaigns OpenCampaignSchema",
    "campaigns AnswerSchema",
    "campaigns PublicationSchema",
    "campaigns CloseCampaignSchema",
    "campaigns RemindNowSchema",
  ],
  "lib/attachments/actions.ts": ["attachments UploadAttachmentSchema", "attachments RemoveAttachmentSchema"],
  "lib/decisions/bulk-actions.ts": ["decisions BulkDecisionSchema"],
  "lib/decisions/actions.ts": [
    "decisions DecisionFormSchema",
    "decisions DecisionSchema",
    "decisions DelegationSchema",
    "recusals RecusalPartSchema",
    "actions IdFormSchema",
  ],
  "lib/declarations/actions.ts": [
    "declarations IdSchema",
    "declarations VersionSchema",
    "declarations SubmitSchema",
    "declarations RecordSchema",
    "declarations FromExistingSchema",
    "(the form: tests/unit/robustness/declaration-forms.test.ts)",
  ],
  "lib/i18n/actions.ts": ["(setLocaleAction: toLocale() maps anything unknown to the default locale)"],
  "lib/notifications/actions.ts": ["(markAllReadAction: no input)"],
  "lib/people/actions.ts": [
    "people PersonFormSchema",
    "people UnitFormSchema",
    "actions IdFormSchema",
    "(access, unlink: an id schema of their own beside the action; import: the CSV parser, tests/unit/people)",
  ],
  "lib/policy/actions.ts": ["policy PolicySettingSchema"],
  "lib/scim/actions.ts": ["scim ScimTokenFormSchema", "actions IdFormSchema"],
  "lib/privacy/actions.ts": ["privacy RetentionSchema", "(runPurgeAction: no input)"],
  "lib/recusals/actions.ts": ["recusals EndRecusalSchema"],
  "lib/register/actions.ts": [
    "register WordingSchema",
    "register PublishSchema",
    "register RemoveSchema",
    "register EraseSchema",
  ],
};

/** The first issue per field, as the actions report it. */
function firstIssues(error: z.ZodError): [string, string][] {
  const out = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!out.has(field)) out.set(field, issue.message);
  }
  return [...out];
}

let nl: Record<string, unknown>;
let en: Record<string, unknown>;
beforeAll(async () => {
  nl = await messageTree("nl");
  en = await messageTree("en");
});

function expectTranslated(namespace: string, key: string, context: string): void {
  for (const [locale, tree] of [
    ["nl", nl],
    ["en", en],
  ] as const) {
    const text = lookup(tree, `${namespace}.${key}`);
    if (typeof text !== "string" || text.trim() === "")
      throw new Error(`${context}: no ${locale} message ${namespace}.${key}`);
  }
}

function checkSchemaResult(c: SchemaCase, raw: unknown): void {
  const input = c.prepare && raw && typeof raw === "object" ? c.prepare(raw as Record<string, unknown>) : raw;
  const result = c.schema.safeParse(input);
  if (result.success) {
    if (containsNul(result.data)) throw new Error(`${c.name} accepted a NUL character (PostgreSQL refuses it)`);
    if (longestString(result.data) > MAX_ACCEPTED_TEXT)
      throw new Error(`${c.name} accepted ${longestString(result.data)} characters`);
    return;
  }
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const [field, message] of firstIssues(result.error)) {
    expectTranslated(
      c.namespace,
      (c.keyOf ?? ((_f: string, m: string) => m))(field, message),
      `${c.name} field "${field}" (${JSON.stringify(String(input && typeof input === "object" ? (input as Record<string, unknown>)[field] : input).slice(0, 40))})`,
    );
  }
}

describe("every actions module has robustness coverage", () => {
  it("lists each actions module found in the source tree", () => {
    const names = new Set(SCHEMAS.map((s) => s.name));
    for (const file of serverActionModules()) {
      expect(ACTION_MODULE_COVERAGE[file], `${file} has no entry in ACTION_MODULE_COVERAGE`).toBeDefined();
      for (const entry of ACTION_MODULE_COVERAGE[file]!)
        if (!entry.startsWith("(")) expect(names.has(entry), entry).toBe(true);
    }
  });

  it("covers every schema and URL parser exported by lib/*/schemas.ts", async () => {
    // optionalYear is a building block of the URL parsers below, covered through them.
    const covered = new Set<unknown>([
      ...SCHEMAS.map((s) => s.schema),
      BootstrapSchema,
      optionalYear,
      parseGiftRegisterParams,
      parseOverviewParams,
      parseExportYear,
      parsePeopleQuery,
      parseSearchFilters,
    ]);
    const missing: string[] = [];
    for (const dir of fs.readdirSync(path.join(ROOT, "lib"))) {
      const file = path.join(ROOT, "lib", dir, "schemas.ts");
      if (!fs.existsSync(file)) continue;
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const isSchema =
          typeof value === "object" &&
          value !== null &&
          typeof (value as { safeParse?: unknown }).safeParse === "function";
        const isParser = typeof value === "function" && /^parse[A-Z]/.test(name);
        if ((isSchema || isParser) && !covered.has(value)) missing.push(`lib/${dir}/schemas.ts#${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe.each(SCHEMAS)("$name under hostile input", (c) => {
  it("accepts valid input", () => {
    for (const input of c.valid) {
      const r = c.schema.safeParse(input);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    }
  });

  it("never throws on any value, wrong types included", () => {
    fc.assert(
      fc.property(fc.oneof(arbHostileValue, arbHostileObject(c.keys)), (input) => {
        expect(() => c.schema.safeParse(input)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("answers form-shaped hostile input with a translated message, or a clean value", () => {
    const lists = new Set(c.lists ?? []);
    const arb =
      c.keys.length === 0
        ? arbHostileForm(["value"]).map((o) => o.value)
        : arbHostileForm(c.keys).map((o) =>
            Object.fromEntries(
              Object.entries(o).map(([k, v]) => [k, lists.has(k) ? [v].flat() : Array.isArray(v) ? v.at(-1) : v]),
            ),
          );
    fc.assert(
      fc.property(arb, (input) => checkSchemaResult(c, input)),
      RUNS,
    );
  });

  it("keeps hostile-but-valid text as typed (markup and SQL are text, not code)", () => {
    if (c.valid.length === 0) return;
    const base = c.valid[0]!;
    const textKeys = Object.keys(base).filter(
      (k) =>
        typeof base[k] === "string" &&
        /^(name|title|reason|sideJob|sideJobOrganisation|conditions|note|functionTitle)$/.test(k),
    );
    for (const key of textKeys) {
      for (const text of [
        "<script>alert(1)</script>",
        '\'; DROP TABLE "Person"; --',
        "Zoë 😀 \u05E9\u05DC\u05D5\u05DD",
      ]) {
        const r = c.schema.safeParse({ ...base, [key]: text });
        expect(r.success, `${c.name} ${key}`).toBe(true);
        expect(JSON.stringify(r.data)).toContain(JSON.stringify(text).slice(1, -1));
      }
    }
  });
});

describe.each(PARSERS)("$name under hostile URL parameters", (p) => {
  it("accepts valid parameters", () => {
    for (const sp of p.valid) {
      const r = p.parse(sp) as Parsed;
      if (p.namespace) expect(r.ok, JSON.stringify(r)).toBe(true);
    }
  });

  it("never throws and names translated messages", () => {
    fc.assert(
      fc.property(arbHostileForm(p.keys), (sp) => {
        const r = p.parse(sp) as Parsed;
        if (!p.namespace || !r || typeof r !== "object" || !("ok" in r) || r.ok) return;
        for (const [field, key] of Object.entries(r.fieldErrors))
          expectTranslated(p.namespace, key, `${p.name} ${field}`);
      }),
      RUNS,
    );
  });
});

// The bootstrap command's arguments are an operator's, in English on the command line (no form, no translation):
// hostile values never throw, a success holds no NUL and no unbounded text, and valid arguments are accepted.
describe("bootstrap BootstrapSchema under hostile input", () => {
  const KEYS = ["slug", "name", "profile", "referralTitle", "tooiUri", "adminEmail", "adminName", "adminFunction"];
  it("accepts valid arguments", () => {
    const r = BootstrapSchema.safeParse({
      slug: "gemeente-utrecht",
      name: "Gemeente Utrecht",
      profile: "gemeente",
      adminEmail: "Beheer@Utrecht.nl",
      adminName: "Jan de Beheerder",
    });
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    const withTooi = BootstrapSchema.safeParse({
      slug: "gemeente-utrecht",
      name: "Gemeente Utrecht",
      profile: "gemeente",
      tooiUri: "https://identifier.overheid.nl/tooi/id/gemeente/gm0344",
      adminEmail: "Beheer@Utrecht.nl",
      adminName: "Jan de Beheerder",
    });
    expect(withTooi.success, JSON.stringify(withTooi.error?.issues)).toBe(true);
  });
  it("never throws, and refuses with a message or returns bounded text without NUL", () => {
    fc.assert(
      fc.property(arbHostileObject(KEYS), (input) => {
        const r = BootstrapSchema.safeParse(input);
        if (r.success) {
          expect(containsNul(r.data)).toBe(false);
          expect(longestString(r.data)).toBeLessThanOrEqual(200);
        } else {
          for (const issue of r.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});
