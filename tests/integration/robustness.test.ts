// Every server action, called as a signed-in person who may use it, with hostile FormData (seeded
// fast-check samples): it never throws (except Next's redirect), answers with an error state holding a
// message or field errors in Dutch, and stores NOTHING (tests/support/db-fingerprint.ts: every table's rows,
// the audit trail included, before and after).
// Hostile-but-valid text (markup, SQL, Unicode) is stored exactly as typed. The table below must name every
// action tests/support/server-code.ts finds, so an action added later without an entry fails the suite.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { getMessages } from "@/lib/i18n/messages";
import { changedTables, databaseFingerprint } from "@/tests/support/db-fingerprint";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { arbHostileForm, arbHostileString, arbHugeString, NASTY_FRAGMENTS } from "@/tests/support/hostile";
import { importExport, serverActionNames } from "@/tests/support/server-code";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";
import { POLICY_FORM_FIELDS } from "@/lib/policy/fields";
import { PERSON_FORM_FIELDS } from "@/lib/people/values";

const SAMPLES = 12;
const ZOD_DEFAULT = /(Invalid input|Invalid option|Too (big|small)|expected string|Expected)/;

/** A hostile value that cannot be valid for the field it breaks. */
const BREAK = {
  id: [
    "",
    "   ",
    "\u0000",
    "x".repeat(65),
    '\'; DROP TABLE "Person"; --',
    "<script>alert(1)</script>",
    "../../etc/passwd",
  ],
  version: ["", "0", "-1", "abc", "1e309", "NaN", "\u0000", "1.5"],
  date: ["", "2026-02-30", "2026-13-01", "99999-01-01", "31-12-2026", "\u0000", "<b>"],
  text: ["", "   ", "\u0000", "\u0000\u0000<script>"],
};

interface ActionCase {
  /** The person who may use the action (demo data). */
  who: string;
  /** The form's field names (hostile values go into a random subset of them). */
  fields: string[];
  /** At least one of these fields gets a value that makes the input invalid. */
  breaks: Record<string, readonly string[]>;
  /** The action ignores its input (no fields): it is only checked not to throw on a hostile form. */
  ignoresInput?: true;
  /** Reads the form with (prev, formData); setLocaleAction takes only formData. */
  formOnly?: true;
}

/** An action `who` may use whose fields are the ones `breaks` names, in that order, then the fields `unbroken`. */
const breaking = (who: string, breaks: ActionCase["breaks"], ...unbroken: string[]): ActionCase => ({
  who,
  fields: [...Object.keys(breaks), ...unbroken],
  breaks,
});

const ACTIONS: Record<string, ActionCase> = {
  "lib/attachments/actions.ts#removeAttachmentAction": breaking("Fatima El Amrani", {
    id: BREAK.id,
    attachmentId: BREAK.id,
  }),
  // Hostile text where the file belongs is no file ("fileMissing"); hostile files are tests/unit/attachments.
  "lib/attachments/actions.ts#uploadAttachmentAction": {
    who: "Fatima El Amrani",
    fields: ["id", "to", "file"],
    breaks: { id: BREAK.id, to: ["", "everything", "\u0000"] },
  },
  "lib/campaigns/actions.ts#answerCampaignAction": breaking("Fatima El Amrani", {
    campaignId: BREAK.id,
    answer: ["", "YES", "complete", "\u0000"],
  }),
  "lib/campaigns/actions.ts#checkOpenCampaignAction": breaking("Linda Smit", {
    title: BREAK.text,
    year: ["", "26", "20266", "abcd"],
    dueOn: BREAK.date,
  }),
  "lib/campaigns/actions.ts#closeCampaignAction": breaking("Linda Smit", { id: BREAK.id, version: BREAK.version }),
  "lib/campaigns/actions.ts#openCampaignAction": breaking("Linda Smit", {
    title: BREAK.text,
    year: ["", "26", "20266", "abcd"],
    dueOn: BREAK.date,
  }),
  "lib/campaigns/actions.ts#remindNowAction": breaking("Linda Smit", { id: BREAK.id }),
  "lib/campaigns/actions.ts#remindTeamNowAction": breaking("Jeroen Bakker", { id: BREAK.id }),
  "lib/campaigns/actions.ts#setPublicationAction": breaking("Linda Smit", {
    id: BREAK.id,
    version: BREAK.version,
    published: ["", "true", "ja", "\u0000"],
  }),
  "lib/decisions/actions.ts#acknowledgeConditionsAction": breaking("Fatima El Amrani", { id: BREAK.id }),
  "lib/decisions/bulk-actions.ts#bulkDecideAction": breaking("Jeroen Bakker", {
    items: ["", "   ", "\u0000", "d1", "d1:", ":1", "d1:-1", "d1:1.5", "d1:abc", `${"x".repeat(65)}:1`],
  }),
  "lib/decisions/actions.ts#createDelegationAction": breaking("Jeroen Bakker", {
    deputyId: BREAK.id,
    startsOn: BREAK.date,
    endsOn: BREAK.date,
  }),
  "lib/decisions/actions.ts#decideAction": {
    who: "Jeroen Bakker",
    // The decision's own fields, then its recusal part's.
    fields: [
      ...["id", "version", "kind", "reason", "conditions", "giftDestination", "handedInOn", "reassessOn"],
      ...["recusalKind", "recusalSubject", "recusalEndsOn"],
    ],
    breaks: {
      id: BREAK.id,
      version: BREAK.version,
      kind: ["", "approved", "DELETE", "\u0000"],
      recusalEndsOn: ["2026-02-30", "2026-13-01", "31-12-2026", "\u0000", "<b>"],
    },
  },
  "lib/decisions/actions.ts#remindOverdueAction": breaking("Ahmed Yilmaz", { id: BREAK.id }),
  "lib/decisions/actions.ts#revokeDelegationAction": breaking("Jeroen Bakker", { id: BREAK.id }),
  "lib/declarations/actions.ts#discardDraftAction": breaking("Fatima El Amrani", {
    id: BREAK.id,
    version: BREAK.version,
  }),
  "lib/declarations/actions.ts#saveDeclarationAction": {
    who: "Fatima El Amrani",
    fields: ["_type", "_id", "_version", "_intent", "description", "giver", "valueEuros", "date"],
    breaks: {
      _type: ["", "GIFT", "gift\u0000", "__proto__", "constructor", "<script>"],
      _id: ["!!", "x".repeat(65), "'; --", "a b"],
      _version: ["0", "-1", "abc", "1e309", "1.5"],
    },
  },
  "lib/declarations/actions.ts#startFromExistingAction": breaking("Fatima El Amrani", {
    id: BREAK.id,
    mode: ["", "COPY", "delete", "\u0000"],
  }),
  "lib/declarations/actions.ts#submitDeclarationAction": breaking(
    "Fatima El Amrani",
    {
      id: BREAK.id,
      version: BREAK.version,
      submissionKey: ["", "not-a-uuid", "\u0000", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6"],
    },
    "answer",
  ),
  "lib/declarations/actions.ts#withdrawDeclarationAction": breaking(
    "Fatima El Amrani",
    { id: BREAK.id, version: BREAK.version },
    "note",
  ),
  "lib/i18n/actions.ts#setLocaleAction": {
    who: "Fatima El Amrani",
    fields: ["locale"],
    breaks: { locale: ["", "xx", "\u0000", "nl; Path=/; HttpOnly"] },
    formOnly: true,
  },
  "lib/notifications/actions.ts#markAllReadAction": {
    who: "Fatima El Amrani",
    fields: ["id"],
    breaks: {},
    ignoresInput: true,
  },
  "lib/people/actions.ts#applyImportAction": breaking("Linda Smit", { id: BREAK.id }),
  "lib/people/actions.ts#discardImportAction": breaking("Linda Smit", { id: BREAK.id }),
  "lib/people/actions.ts#previewImportAction": breaking("Linda Smit", { file: ["", "naam;email\nx;y", "\u0000"] }),
  "lib/people/actions.ts#savePersonAction": {
    who: "Linda Smit",
    fields: ["id", "version", ...PERSON_FORM_FIELDS],
    breaks: {
      name: BREAK.text,
      email: ["", "geen-adres", "a\u0000@b.nl", "@", "a@"],
      salaryScale: ["0", "19", "abc", "-1"],
      roles: ["GOD", "admin"],
    },
  },
  "lib/people/actions.ts#saveUnitAction": {
    who: "Linda Smit",
    fields: ["id", "updatedAt", "name", "code", "parentId"],
    breaks: { name: BREAK.text },
  },
  "lib/people/actions.ts#setPersonAccessAction": {
    who: "Linda Smit",
    fields: ["id", "version", "enabled"],
    breaks: { id: BREAK.id },
  },
  "lib/people/actions.ts#unlinkOidcSubjectAction": breaking("Pieter Mulder", {
    id: BREAK.id,
    reason: [...BREAK.text, "x".repeat(501)],
  }),
  "lib/policy/actions.ts#policySettingAction": {
    who: "Ahmed Yilmaz",
    fields: [...POLICY_FORM_FIELDS, "basedOn", "_intent"],
    breaks: { effectiveFrom: BREAK.date, reason: BREAK.text, giftCapEuros: ["abc", "-5", "1e309", "\u0000"] },
  },
  "lib/privacy/actions.ts#runPurgeAction": { who: "Pieter Mulder", fields: ["id"], breaks: {}, ignoresInput: true },
  "lib/privacy/actions.ts#saveRetentionAction": {
    who: "Pieter Mulder",
    fields: [
      "months_CLOSED_DECLARATIONS",
      "version_CLOSED_DECLARATIONS",
      "months_DRAFTS",
      "version_DRAFTS",
      "months_REGISTER_HISTORY",
      "version_REGISTER_HISTORY",
    ],
    breaks: { months_CLOSED_DECLARATIONS: ["", "abc", "0", "99999", "\u0000"], months_DRAFTS: ["", "-1", "1.5", "25"] },
  },
  "lib/recusals/actions.ts#endRecusalAction": breaking("Jeroen Bakker", {
    id: BREAK.id,
    version: BREAK.version,
    reason: [...BREAK.text, "x".repeat(1001)],
  }),
  "lib/register/actions.ts#eraseAction": breaking("Linda Smit", {
    id: BREAK.id,
    version: BREAK.version,
    ground: ["", "AVG", "avg_17_unlawful", "\u0000"],
    confirm: ["", "nee", "JA", "\u0000"],
  }),
  "lib/register/actions.ts#publishAction": breaking("Linda Smit", {
    id: BREAK.id,
    version: BREAK.version,
    acknowledge: ["nee", "true", "\u0000"],
  }),
  "lib/register/actions.ts#removeAction": breaking("Linda Smit", {
    id: BREAK.id,
    version: BREAK.version,
    reason: BREAK.text,
  }),
  "lib/register/actions.ts#saveWordingAction": {
    who: "Linda Smit",
    fields: ["id", "version", "acknowledge", "functionTitle", "sideJob", "sideJobOrganisation", "conditions"],
    breaks: { id: BREAK.id, version: BREAK.version, sideJob: BREAK.text },
  },
  "lib/scim/actions.ts#createScimTokenAction": breaking("Linda Smit", {
    name: [...BREAK.text, "x".repeat(101)],
    roles: ["GOD", "admin", "EMPLOYEE\u0000"],
  }),
  "lib/scim/actions.ts#revokeScimTokenAction": breaking("Linda Smit", { id: BREAK.id }),
  "lib/scim/actions.ts#rotateScimTokenAction": breaking("Linda Smit", { id: BREAK.id }),
};

/** A hostile form for the case: random values in random fields, and at least one field broken for sure. */
function arbForm(c: ActionCase): fc.Arbitrary<FormData> {
  const breakable = Object.entries(c.breaks);
  const arbBreak =
    breakable.length === 0
      ? fc.constant([] as [string, string][])
      : fc
          .subarray(breakable, { minLength: 1 })
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map(([field, values]) => fc.constantFrom(...values).map((v) => [field, v] as [string, string])),
            ),
          );
  return fc.tuple(arbHostileForm(c.fields), arbBreak, fc.boolean()).map(([values, broken, withFile]) => {
    const form = new FormData();
    const all = { ...values, ...Object.fromEntries(broken) };
    for (const [k, v] of Object.entries(all)) for (const one of [v].flat()) form.append(k, one);
    // A file where text is expected (and garbage where a file is expected).
    if (withFile)
      form.append(
        c.fields[0]!,
        new File([new Uint8Array([0, 255, 0xfe, 0x0a, 0x3b])], "x\u0000.csv", { type: "text/csv" }),
      );
    return form;
  });
}

function leaves(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof node === "string") out.add(node);
  else if (node && typeof node === "object") for (const v of Object.values(node)) leaves(v, out);
  return out;
}
const NL_TEXTS = leaves(getMessages("nl"));
/** "Something went wrong": the answer to an unexpected error, never to input the action could have checked. */
function generics(node: unknown, out: Set<string> = new Set()): Set<string> {
  if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "generic" && typeof v === "string") out.add(v);
      else generics(v, out);
    }
  return out;
}
const GENERIC = generics(getMessages("nl"));
const EN_ONLY = new Set([...leaves(getMessages("en"))].filter((t) => !NL_TEXTS.has(t)));

/** Error texts of an action state: a message or field errors, non-empty, in Dutch. */
function expectDutchError(name: string, state: unknown): void {
  const s = state as { status?: string; message?: string; fieldErrors?: Record<string, string> };
  expect(s?.status, `${name} returned ${JSON.stringify(s)?.slice(0, 300)}`).toBe("error");
  const texts = [s.message, ...Object.values(s.fieldErrors ?? {})].filter(
    (t): t is string => typeof t === "string" && t.trim() !== "",
  );
  expect(texts.length, `${name}: no message`).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t, name).not.toMatch(ZOD_DEFAULT);
    expect(EN_ONLY.has(t), `${name}: English text "${t}"`).toBe(false);
    expect(GENERIC.has(t), `${name}: only the generic "${t}"`).toBe(false);
  }
}

describe.each(DB_KINDS)("server actions under hostile input (%s)", (kind) => {
  let db: TestDb;
  const ids = new Map<string, string>();

  const fingerprint = async () => databaseFingerprint(db.prisma);

  beforeAll(async () => {
    db = await openSeededDb(kind);
    for (const p of await db.prisma.person.findMany({ select: { id: true, name: true } })) ids.set(p.name, p.id);
  }, 180_000);
  afterAll(async () => db?.close());

  it("has a case for every server action in the source tree", () => {
    expect(serverActionNames().filter((n) => !ACTIONS[n])).toEqual([]);
    expect(Object.keys(ACTIONS).filter((n) => !serverActionNames().includes(n))).toEqual([]);
  });

  it.each(Object.keys(ACTIONS))(
    "%s: never throws, answers in Dutch, stores nothing",
    async (name) => {
      const c = ACTIONS[name]!;
      const action = (await importExport(name)) as (...args: unknown[]) => Promise<unknown>;
      resetRequest();
      await signInAs(db.prisma, ids.get(c.who)!);
      const call = (form: FormData) => runAction(() => (c.formOnly ? action(form) : action({ status: "idle" }, form)));
      if (c.ignoresInput) {
        // No input to be hostile with: it must still not trip over a hostile form (it acts as asked).
        for (const form of fc.sample(arbForm(c), { numRuns: 3, seed: 7 })) await call(form);
        return;
      }
      const seed = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 17);
      for (const form of fc.sample(arbForm(c), { numRuns: SAMPLES, seed })) {
        const before = await fingerprint();
        const outcome = await call(form);
        const after = await fingerprint();
        const sent = JSON.stringify(
          Object.fromEntries(
            [...form.keys()].map((k) => [
              k,
              form.getAll(k).map((v) => (typeof v === "string" ? v.slice(0, 60) : "[file]")),
            ]),
          ),
        );
        expect(changedTables(before, after), `${name} stored something for ${sent}`).toEqual([]);
        if (c.formOnly) continue; // setLocaleAction returns nothing; it falls back to the default locale.
        expect(outcome.redirect, `${name} redirected for ${sent}`).toBeUndefined();
        expectDutchError(`${name} ${sent}`, outcome.result);
      }
    },
    120_000,
  );

  describe("hostile-but-valid text is stored as typed, never executed", () => {
    const TEXTS = [
      "<script>alert(1)</script><img src=x onerror=alert(1)>",
      'Robert\'); DROP TABLE "Declaration";-- $1 %s',
      "Zoë 😀 \u05E9\u05DC\u05D5\u05DD \u202Eabc e\u0301",
    ];

    it("a declaration draft keeps markup, SQL and Unicode verbatim (and drops NUL characters)", async () => {
      const { saveDeclarationAction } = await import("@/lib/declarations/actions");
      resetRequest();
      await signInAs(db.prisma, ids.get("Fatima El Amrani")!);
      for (const text of [...TEXTS, `a\u0000b${NASTY_FRAGMENTS[2]}`]) {
        const form = new FormData();
        form.set("_type", "gift");
        form.set("description", text);
        form.set("giver", text);
        const { result } = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
        const id = (result as { id?: string }).id!;
        const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id }, select: { answers: true } });
        const expected = text.replace(/\u0000/g, "");
        expect((stored.answers as Record<string, unknown>).description).toBe(expected);
        expect((stored.answers as Record<string, unknown>).giver).toBe(expected);
      }
      // The tables are all still there (the SQL fragment was data).
      expect(await db.prisma.declaration.count()).toBeGreaterThan(0);
    });

    it("a lone surrogate (broken UTF-16 from a bad client) is saved, not a crash", async () => {
      const { saveDeclarationAction } = await import("@/lib/declarations/actions");
      resetRequest();
      await signInAs(db.prisma, ids.get("Fatima El Amrani")!);
      for (const text of ["a\uD800b", "\uDC00", "x\uDBFF"]) {
        const form = new FormData();
        form.set("_type", "gift");
        form.set("description", text);
        const { result } = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
        expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
        const id = (result as { id?: string }).id!;
        const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id }, select: { answers: true } });
        // Not representable in UTF-8: it becomes the replacement character U+FFFD.
        expect((stored.answers as Record<string, unknown>).description).toBe(
          text.replace(/[\uD800-\uDFFF]/g, "\uFFFD"),
        );
      }
    });

    it("a huge description is refused at submission and stores nothing; saved as a draft it stays bounded", async () => {
      const { saveDeclarationAction } = await import("@/lib/declarations/actions");
      resetRequest();
      await signInAs(db.prisma, ids.get("Fatima El Amrani")!);
      const huge = fc.sample(arbHugeString, { numRuns: 1, seed: 3 })[0]!;
      const form = new FormData();
      form.set("_type", "gift");
      form.set("_intent", "continue");
      form.set("description", huge);
      const before = await db.prisma.declaration.count();
      const { result, redirect } = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
      expect(redirect).toBeUndefined();
      expectDutchError("saveDeclarationAction huge", result);
      // A refused "continue" saves no draft (issue 19 item 5: never a draft saved silently).
      expect((result as { id?: string }).id).toBeUndefined();
      expect(await db.prisma.declaration.count()).toBe(before);
      form.set("_intent", "draft");
      const saved = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
      expect(saved.result, JSON.stringify(saved.result)).toMatchObject({ status: "success" });
      const id = (saved.result as { id?: string }).id!;
      const stored = await db.prisma.declaration.findUniqueOrThrow({ where: { id }, select: { answers: true } });
      expect(String((stored.answers as Record<string, unknown>).description).length).toBeLessThanOrEqual(300);
    });

    it("editing a real person with hostile text: stored exactly as the rules say, or refused and nothing stored", async () => {
      const { savePersonAction } = await import("@/lib/people/actions");
      resetRequest();
      await signInAs(db.prisma, ids.get("Linda Smit")!);
      const create = new FormData();
      create.set("name", "Robuust Persoon");
      create.set("email", "robuust.persoon@example.nl");
      expect((await runAction(() => savePersonAction({ status: "idle" }, create))).redirect).toBeDefined();
      const { id } = await db.prisma.person.findFirstOrThrow({
        where: { email: "robuust.persoon@example.nl" },
        select: { id: true },
      });
      const samples = fc.sample(
        fc.tuple(fc.oneof(arbHostileString, fc.constantFrom(...NASTY_FRAGMENTS)), arbHostileString),
        { numRuns: SAMPLES * 2, seed: 29 },
      );
      let stored = 0;
      for (const [name, functionTitle] of samples) {
        const { version } = await db.prisma.person.findUniqueOrThrow({ where: { id }, select: { version: true } });
        const form = new FormData();
        form.set("id", id);
        form.set("version", String(version));
        form.set("name", name);
        form.set("email", "robuust.persoon@example.nl");
        form.set("functionTitle", functionTitle);
        const before = await fingerprint();
        const outcome = await runAction(() => savePersonAction({ status: "idle" }, form));
        if (outcome.redirect) {
          stored++;
          const row = await db.prisma.person.findUniqueOrThrow({
            where: { id },
            select: { name: true, functionTitle: true },
          });
          // What the browser sends (FormData repairs lone surrogates), trimmed; runs of whitespace in a name are one space.
          expect(row.name).toBe(String(form.get("name")).trim().replace(/\s+/g, " "));
          expect(row.functionTitle).toBe(String(form.get("functionTitle")).trim());
        } else {
          expectDutchError(
            `savePersonAction ${JSON.stringify([name.slice(0, 40), functionTitle.slice(0, 40)])}`,
            outcome.result,
          );
          expect(await fingerprint()).toEqual(before);
        }
      }
      // Both branches were exercised.
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(samples.length);
    });

    it("HR's register wording under hostile text: stored cleaned exactly as the rules say, or refused and nothing stored", async () => {
      const { saveWordingAction } = await import("@/lib/register/actions");
      resetRequest();
      const hr = ids.get("Linda Smit")!;
      // An entry waiting for HR's review (the demo data has only published ones), on a declaration of a colleague.
      const { saveDeclarationAction } = await import("@/lib/declarations/actions");
      await signInAs(db.prisma, ids.get("Fatima El Amrani")!);
      const draft = new FormData();
      draft.set("_type", "side-job");
      const { result } = await runAction(() => saveDeclarationAction({ status: "idle" }, draft));
      const declaration = await db.prisma.declaration.findUniqueOrThrow({
        where: { id: (result as { id: string }).id },
        select: { id: true, personId: true, organisationId: true },
      });
      const organisationId = declaration.organisationId;
      resetRequest();
      await signInAs(db.prisma, hr);
      const entry = await db.prisma.registerEntry.create({
        data: {
          organisationId,
          declarationId: declaration.id,
          personId: declaration.personId,
          personName: "Robuust",
          functionTitle: "Adviseur",
          sideJob: "Bestuurslid",
          sideJobOrganisation: "Vereniging",
          paid: false,
        },
        select: { id: true },
      });
      const clean = (v: FormDataEntryValue | null) =>
        String(v ?? "")
          .replace(/\u0000/g, "")
          .replace(/\r\n?/g, "\n")
          .trim();
      const samples = fc.sample(
        fc.tuple(
          arbHostileString,
          arbHostileString,
          fc.constantFrom(...NASTY_FRAGMENTS, "Voorzitter"),
          arbHostileString,
        ),
        { numRuns: SAMPLES * 2, seed: 31 },
      );
      let stored = 0;
      for (const [functionTitle, sideJob, sideJobOrganisation, conditions] of samples) {
        const { version } = await db.prisma.registerEntry.findUniqueOrThrow({
          where: { id: entry.id },
          select: { version: true },
        });
        const form = new FormData();
        form.set("id", entry.id);
        form.set("version", String(version));
        form.set("functionTitle", functionTitle);
        form.set("sideJob", sideJob);
        form.set("sideJobOrganisation", sideJobOrganisation);
        form.set("conditions", conditions);
        const before = await fingerprint();
        const outcome = await runAction(() => saveWordingAction({ status: "idle" }, form));
        const state = outcome.result as { status?: string };
        expect(outcome.redirect).toBeUndefined();
        if (state?.status === "success") {
          stored++;
          const row = await db.prisma.registerEntry.findUniqueOrThrow({
            where: { id: entry.id },
            select: { functionTitle: true, sideJob: true, sideJobOrganisation: true, conditions: true },
          });
          expect([row.functionTitle, row.sideJob, row.sideJobOrganisation]).toEqual([
            clean(form.get("functionTitle")),
            clean(form.get("sideJob")),
            clean(form.get("sideJobOrganisation")),
          ]);
          expect(row.conditions ?? "").toBe(clean(form.get("conditions")));
        } else {
          expectDutchError(
            `saveWordingAction ${JSON.stringify([functionTitle, sideJob, sideJobOrganisation].map((v) => v.slice(0, 30)))}`,
            state,
          );
          expect(await fingerprint()).toEqual(before);
        }
      }
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(samples.length);
    });

    it("a person's name and a unit's name keep markup and Unicode verbatim", async () => {
      const { savePersonAction, saveUnitAction } = await import("@/lib/people/actions");
      resetRequest();
      await signInAs(db.prisma, ids.get("Linda Smit")!);
      for (const [i, text] of TEXTS.entries()) {
        const person = new FormData();
        person.set("name", text);
        person.set("email", `robust${i}@example.nl`);
        const p = await runAction(() => savePersonAction({ status: "idle" }, person));
        expect(p.redirect, JSON.stringify(p.result)).toBeDefined();
        expect(await db.prisma.person.count({ where: { name: text.replace(/\s+/g, " ").trim() } })).toBe(1);
        const unit = new FormData();
        unit.set("name", `${text} ${i}`);
        const u = await runAction(() => saveUnitAction({ status: "idle" }, unit));
        expect(u.redirect, JSON.stringify(u.result)).toBeDefined();
        expect(await db.prisma.unit.count({ where: { name: `${text} ${i}`.replace(/\s+/g, " ").trim() } })).toBe(1);
      }
    });
  });
});
