import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyImport,
  discardImport,
  getImport,
  getPerson,
  listImports,
  listPeople,
  listUnits,
  previewImport,
  savePerson,
  saveUnit,
  setPersonAccess,
} from "@/lib/people/data";
import { parsePeopleQuery, PersonFormSchema, UnitFormSchema } from "@/lib/people/schemas";
import { DAILY_TASKS } from "@/lib/jobs/daily";
import { reconcileAllRegisters } from "@/lib/register/sync";
import { codeOf, errorOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import type { Viewer } from "@/lib/auth/session";
import { personFormOf } from "@/tests/support/people";

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));
const HEADER = "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende;schaal;topmanagementgroep;in dienst";
const query = (over: Record<string, string> = {}) => parsePeopleQuery(over);

const formOf = personFormOf;

describe.each(DB_KINDS)("people and organisation on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer,
    pieter: Viewer,
    fatima: Viewer,
    jeroen: Viewer,
    ahmed: Viewer,
    sophie: Viewer,
    sanne: Viewer,
    marieke: Viewer;
  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, pieter, fatima, jeroen, ahmed, sophie, sanne, marieke } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    await db?.close();
  });

  it("employees, managers and integrity officers are refused everywhere, and nothing changes", async () => {
    const before = await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } });
    const imports = await db.prisma.peopleImport.count();
    for (const viewer of [fatima, jeroen, ahmed]) {
      expect(await codeOf(listPeople(viewer, query())), viewer.name).toBe("FORBIDDEN");
      expect(await codeOf(getPerson(viewer, fatima.id))).toBe("FORBIDDEN");
      expect(await codeOf(listUnits(viewer))).toBe("FORBIDDEN");
      expect(await codeOf(savePerson(viewer, await formOf(linda, fatima.id, { name: "Gehackt" })))).toBe("FORBIDDEN");
      expect(await codeOf(setPersonAccess(viewer, { id: fatima.id, version: before.version, enabled: false }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(saveUnit(viewer, UnitFormSchema.parse({ name: "Nieuwe afdeling" })))).toBe("FORBIDDEN");
      expect(
        await codeOf(previewImport(viewer, { fileName: "a.csv", bytes: csv(HEADER, "X1;X;x@bzk.example;;;;;;") })),
      ).toBe("FORBIDDEN");
      expect(await codeOf(listImports(viewer))).toBe("FORBIDDEN");
    }
    expect(await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).toEqual(before);
    expect(await db.prisma.peopleImport.count()).toBe(imports);
    expect(await db.prisma.unit.count({ where: { name: "Nieuwe afdeling" } })).toBe(0);
  });

  it("HR of another organisation neither sees nor changes these people, units or imports", async () => {
    const sophiesList = await listPeople(sophie, query({ status: "alle" }));
    expect(sophiesList.items.map((p) => p.name)).toContain("Lotte Janssen");
    expect(sophiesList.items.map((p) => p.name)).not.toContain("Fatima El Amrani");
    expect(await getPerson(sophie, fatima.id)).toBeNull();
    const form = await formOf(linda, fatima.id, { name: "Overgenomen" });
    expect(await codeOf(savePerson(sophie, form))).toBe("NOT_FOUND");
    expect(await codeOf(setPersonAccess(sophie, { id: fatima.id, version: form.version, enabled: false }))).toBe(
      "NOT_FOUND",
    );
    const rijkUnit = await db.prisma.unit.findFirstOrThrow({ where: { organisationId: linda.organisationId } });
    expect(
      await codeOf(
        saveUnit(
          sophie,
          UnitFormSchema.parse({ id: rijkUnit.id, updatedAt: rijkUnit.updatedAt.toISOString(), name: "Weg" }),
        ),
      ),
    ).toBe("NOT_FOUND");
    // A new person in Sophie's organisation cannot be put in a Rijk unit or under a Rijk manager.
    const bad = PersonFormSchema.parse({
      name: "Nieuw",
      email: "nieuw.maastricht@maastricht.example",
      unitId: rijkUnit.id,
      manager: "jeroen.bakker@bzk.example",
    });
    expect((await errorOf(savePerson(sophie, bad))).details?.fieldErrors).toEqual({
      unitId: "unitUnknown",
      manager: "managerUnknown",
    });
    const imp = await previewImport(linda, {
      fileName: "a.csv",
      bytes: csv(
        HEADER,
        "BZK0003;Fatima El Amrani;fatima.el.amrani@bzk.example;Beleidsmedewerker;DIA;BZK0002;11;nee;1-9-2019",
      ),
    });
    expect(await getImport(sophie, imp.id)).toBeNull();
    expect(await codeOf(applyImport(sophie, imp))).toBe("NOT_FOUND");
    expect(await codeOf(discardImport(sophie, imp))).toBe("NOT_FOUND");
    expect((await listImports(sophie)).map((i) => i.id)).not.toContain(imp.id);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).name).toBe("Fatima El Amrani");
  });

  it("lists, searches, filters (role, unit, designation, status), sorts and pages", async () => {
    const all = await listPeople(linda, query());
    expect(all.total).toBe(8);
    expect(all.items.map((p) => p.name)).toEqual([...all.items.map((p) => p.name)].sort((a, b) => a.localeCompare(b)));
    expect((await listPeople(linda, query({ zoek: "AMRANI" }))).items.map((p) => p.name)).toEqual(["Fatima El Amrani"]);
    expect((await listPeople(linda, query({ zoek: "bzk0007" }))).items.map((p) => p.name)).toEqual(["Linda Smit"]);
    expect((await listPeople(linda, query({ rol: "MANAGER" }))).items.map((p) => p.name).sort()).toEqual([
      "Jeroen Bakker",
      "Marieke de Vries",
      "Sanne Visser",
    ]);
    expect(
      (await listPeople(linda, query({ aanwijzing: "topManagementGroup" }))).items.map((p) => p.name).sort(),
    ).toEqual(["Marieke de Vries", "Sanne Visser"]);
    const dia = await db.prisma.unit.findFirstOrThrow({ where: { organisationId: linda.organisationId, code: "DIA" } });
    expect((await listPeople(linda, query({ afdeling: dia.id }))).total).toBe(3);
    const byScale = await listPeople(linda, query({ sorteer: "schaal", richting: "af" }));
    expect(byScale.items[0]!.name).toBe("Marieke de Vries");
    expect(byScale.items[0]).toMatchObject({
      unitName: "Directoraat-Generaal Overheidsorganisatie",
      managerName: null,
      salaryScale: 18,
      status: "active",
    });
    // Sixty more people: three pages of fifty at most; page numbers beyond the end show the last page.
    const unit = await db.prisma.unit.create({
      data: { organisationId: linda.organisationId, name: "Tijdelijke pool", code: "POOL" },
    });
    await db.prisma.person.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        organisationId: linda.organisationId,
        name: `Pool ${String(i).padStart(2, "0")}`,
        email: `pool${i}@bzk.example`,
        functionTitle: "Uitzendkracht",
        unitId: unit.id,
        roles: ["EMPLOYEE"],
        employmentEnd: i < 5 ? new Date("2020-01-01") : null,
      })),
    });
    const page2 = await listPeople(linda, query({ afdeling: unit.id, pagina: "2" }));
    expect(page2).toMatchObject({ total: 55, page: 2, pageCount: 2 });
    expect(page2.items).toHaveLength(5);
    expect((await listPeople(linda, query({ afdeling: unit.id, pagina: "99" }))).page).toBe(2);
    expect(
      (await listPeople(linda, query({ afdeling: unit.id, status: "vertrokken" }))).items.map((p) => p.status),
    ).toEqual(["left", "left", "left", "left", "left"]);
    expect((await listPeople(linda, query({ afdeling: unit.id, status: "alle" }))).total).toBe(60);
  });

  it("adds a person, and refuses bad input field by field without changing anything", async () => {
    const created = await savePerson(
      linda,
      PersonFormSchema.parse({
        name: "Noor  de Wit",
        email: "Noor.de.Wit@BZK.example",
        functionTitle: "Jurist",
        manager: "BZK0002",
        roles: ["MANAGER"],
        salaryScale: "12",
        designations: ["vulnerableFunction"],
        employmentStart: "2026-05-01",
        externalId: "BZK0100",
      }),
    );
    const noor = await db.prisma.person.findUniqueOrThrow({ where: { id: created.id } });
    expect(noor).toMatchObject({
      name: "Noor de Wit",
      email: "noor.de.wit@bzk.example",
      managerId: jeroen.id,
      roles: ["EMPLOYEE", "MANAGER"],
      salaryScale: 12,
      vulnerableFunction: true,
      organisationId: linda.organisationId,
      externalId: "BZK0100",
    });
    expect((await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id } })).action).toBe(
      "person.created",
    );

    // The same e-mail (in any organisation), personnel number, unknown manager: each a specific message.
    const dupe = PersonFormSchema.parse({
      name: "Tweede",
      email: "lotte.janssen@maastricht.example",
      manager: "onbekend@bzk.example",
      externalId: "BZK0100",
    });
    expect((await errorOf(savePerson(linda, dupe))).details?.fieldErrors).toEqual({
      email: "emailTaken",
      externalId: "externalIdTaken",
      manager: "managerUnknown",
    });
    // The schema: scale 1-18, end not before start, a real e-mail address.
    const parsed = PersonFormSchema.safeParse({
      name: "",
      email: "geen-adres",
      salaryScale: "19",
      employmentStart: "2026-05-02",
      employmentEnd: "2026-05-01",
    });
    expect(Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      name: "nameRequired",
      email: "emailInvalid",
      salaryScale: "scaleRange",
      employmentEnd: "endBeforeStart",
    });
    expect(PersonFormSchema.safeParse({ name: "a", email: "a@b.nl", salaryScale: "1" }).success).toBe(true);
    expect(PersonFormSchema.safeParse({ name: "a", email: "a@b.nl", salaryScale: "18" }).success).toBe(true);
    expect(PersonFormSchema.safeParse({ name: "a", email: "a@b.nl", salaryScale: "0" }).success).toBe(false);
    expect(await db.prisma.person.count({ where: { name: "Tweede" } })).toBe(0);
  });

  it("edits with the version it was opened with: a stale form is a conflict, nothing overwritten", async () => {
    const form = await formOf(linda, fatima.id, { functionTitle: "Senior beleidsmedewerker" });
    await savePerson(linda, form);
    expect(await codeOf(savePerson(linda, { ...form, functionTitle: "Iets anders" }))).toBe("CONFLICT");
    const stored = await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } });
    expect(stored.functionTitle).toBe("Senior beleidsmedewerker");
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: fatima.id, action: "person.updated" },
      orderBy: { seq: "desc" },
    });
    expect(event.data).toEqual({ fields: ["functionTitle"], version: stored.version });
  });

  it("refuses a person as their own manager and a loop in the management chain, naming it", async () => {
    const self = await formOf(linda, jeroen.id, { manager: "jeroen.bakker@bzk.example" });
    expect((await errorOf(savePerson(linda, self))).details?.fieldErrors).toEqual({ manager: "managerSelf" });
    // Marieke (top) under Fatima: Marieke -> Fatima -> Jeroen -> Marieke.
    const loop = await formOf(linda, marieke.id, { manager: "BZK0003" });
    const error = await errorOf(savePerson(linda, loop));
    expect(error.details).toMatchObject({
      fieldErrors: { manager: "managerCycle" },
      fieldParams: { manager: { chain: "Marieke de Vries → Fatima El Amrani → Jeroen Bakker → Marieke de Vries" } },
    });
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: marieke.id } })).managerId).toBeNull();
  });

  it("roles: nobody changes their own; an administrator cannot make someone HR or change an HR adviser", async () => {
    expect(
      (await errorOf(savePerson(linda, await formOf(linda, linda.id, { roles: ["HR", "ADMIN"] })))).details
        ?.fieldErrors,
    ).toEqual({ roles: "ownRoles" });
    expect(
      (await errorOf(savePerson(pieter, await formOf(pieter, fatima.id, { roles: ["HR"] })))).details?.fieldErrors,
    ).toEqual({ roles: "roleNotAllowed" });
    expect(
      (await errorOf(savePerson(pieter, await formOf(pieter, linda.id, { functionTitle: "x" })))).details,
    ).toMatchObject({ reason: "outOfReach" });
    expect((await getPerson(pieter, linda.id))?.editable).toBe(false);
    await savePerson(pieter, await formOf(pieter, fatima.id, { roles: ["MANAGER"] }));
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).roles).toEqual([
      "EMPLOYEE",
      "MANAGER",
    ]);
    await savePerson(linda, await formOf(linda, fatima.id, { roles: [] }));
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).roles).toEqual(["EMPLOYEE"]);
  });

  it("withdrawing access ends every session at once (session version) and can be undone; never your own", async () => {
    const thomas = await db.prisma.person.findFirstOrThrow({ where: { name: "Thomas Jansen" } });
    await setPersonAccess(linda, { id: thomas.id, version: thomas.version, enabled: false });
    const off = await db.prisma.person.findUniqueOrThrow({ where: { id: thomas.id } });
    expect(off.disabledAt).not.toBeNull();
    expect(off.sessionVersion).toBe(thomas.sessionVersion + 1);
    expect(await codeOf(setPersonAccess(linda, { id: thomas.id, version: thomas.version, enabled: true }))).toBe(
      "CONFLICT",
    );
    await setPersonAccess(linda, { id: thomas.id, version: off.version, enabled: true });
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: thomas.id } })).disabledAt).toBeNull();
    const me = await db.prisma.person.findUniqueOrThrow({ where: { id: linda.id } });
    expect(await codeOf(setPersonAccess(linda, { id: linda.id, version: me.version, enabled: false }))).toBe(
      "INVALID_STATE",
    );
    const actions = (
      await db.prisma.auditEvent.findMany({ where: { entityId: thomas.id }, orderBy: { seq: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["person.disabled", "person.enabled"]);
  });

  it("units: add, rename, move under a parent; no loops, no doubles, no stale overwrite", async () => {
    const a = await saveUnit(linda, UnitFormSchema.parse({ name: "Directie Communicatie", code: "COM" }));
    const b = await saveUnit(linda, UnitFormSchema.parse({ name: "Team Web", code: "WEB", parentId: a.id }));
    const units = await listUnits(linda);
    const web = units.find((u) => u.id === b.id)!;
    expect(web).toMatchObject({ parentName: "Directie Communicatie", depth: 1 });
    const com = units.find((u) => u.id === a.id)!;
    expect(
      (
        await errorOf(
          saveUnit(
            linda,
            UnitFormSchema.parse({ id: a.id, updatedAt: com.updatedAt, name: "Directie Communicatie", parentId: b.id }),
          ),
        )
      ).details?.fieldErrors,
    ).toEqual({ parentId: "unitCycle" });
    expect(
      (
        await errorOf(
          saveUnit(
            linda,
            UnitFormSchema.parse({ id: a.id, updatedAt: com.updatedAt, name: "directie financiën", code: "fin" }),
          ),
        )
      ).details?.fieldErrors,
    ).toEqual({ name: "unitNameTaken", code: "unitCodeTaken" });
    await saveUnit(
      linda,
      UnitFormSchema.parse({ id: a.id, updatedAt: com.updatedAt, name: "Directie Communicatie en Web", code: "COM" }),
    );
    expect(
      await codeOf(saveUnit(linda, UnitFormSchema.parse({ id: a.id, updatedAt: com.updatedAt, name: "Oud" }))),
    ).toBe("CONFLICT");
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Directie Communicatie en Web");
  });

  it("a file with the wrong columns is refused with the columns named, and nothing is staged", async () => {
    const before = await db.prisma.peopleImport.count();
    const error = await errorOf(
      previewImport(linda, {
        fileName: "fout.csv",
        bytes: csv("naam;mail;afdeling;salaris", "A;a@bzk.example;DIA;3000"),
      }),
    );
    expect(error.details).toMatchObject({
      problem: { code: "columns", missing: ["personeelsnummer"], unknown: ["salaris"] },
    });
    expect(await db.prisma.peopleImport.count()).toBe(before);
  });

  it("a preview with rejected rows names each row and why; it cannot be applied and nothing changes", async () => {
    const bytes = csv(
      HEADER,
      "BZK0201;Kees Kapitein;kees@bzk.example;Adviseur;DIA;BZK9999;10;nee;1-5-2026",
      "BZK0202;Lies Lot;lies@bzk.example;Adviseur;Onbekende directie;BZK0002;10;nee;2026-05-01",
      "BZK0203;Dirk Dubbel;kees@bzk.example;Adviseur;DIA;BZK0002;21;nee;31-02-2026",
      "BZK0204;Anna A;anna@bzk.example;Adviseur;DIA;BZK0205;10;nee;",
      "BZK0205;Bert B;bert@bzk.example;Adviseur;DIA;BZK0204;10;nee;",
    );
    const { id } = await previewImport(linda, { fileName: "mensen.csv", bytes });
    const view = (await getImport(linda, id))!;
    expect(view).toMatchObject({
      status: "PREVIEWED",
      encoding: "utf-8",
      delimiter: ";",
      counts: { new: 0, changed: 0, unchanged: 0, rejected: 5 },
    });
    expect(view.rows.map((r) => [r.line, r.reasons.map((x) => x.code)])).toEqual([
      [2, ["duplicateEmail", "unknownManager"]],
      [3, ["unknownUnit"]],
      [4, ["invalidScale", "invalidDate", "duplicateEmail"]],
      // (Neither holds MANAGER either: a manager link may only point to a manager, decision 032.)
      [5, ["managerCycle", "managerNotManager"]],
      [6, ["managerCycle", "managerNotManager"]],
    ]);
    expect((await errorOf(applyImport(linda, { id }))).details).toEqual({ reason: "rejectedRows" });
    expect(await db.prisma.person.count({ where: { externalId: { startsWith: "BZK02" } } })).toBe(0);
    expect((await db.prisma.peopleImport.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEWED");
    await discardImport(linda, { id });
    expect((await getImport(linda, id))?.status).toBe("DISCARDED");
    expect(await codeOf(applyImport(linda, { id }))).toBe("INVALID_STATE");
  });

  it("applies a good file in one go: new people (with a manager from the same file), changes, audit; people not in the file stay", async () => {
    // Sevda is made a manager in the same file: a manager link may only point to a manager (decision 032).
    const bytes = csv(
      `${HEADER};rollen`,
      "BZK0301;Sevda Çelik;sevda.celik@bzk.example;Teamleider;DIA;BZK0002;12;nee;1-5-2026;leidinggevende",
      "BZK0302;Jan Müller;jan.muller@bzk.example;Inkoper;DIA;BZK0301;9;nee;2026-05-01;medewerker",
      "BZK0004;Thomas Jansen;thomas.jansen@bzk.example;Senior inkoopadviseur;DIA;BZK0002;11;nee;1-9-2019;medewerker",
    );
    const count = await db.prisma.person.count({ where: { organisationId: linda.organisationId } });
    const { id } = await previewImport(linda, { fileName: "goed.csv", bytes });
    const view = (await getImport(linda, id))!;
    expect(view.counts).toEqual({ new: 2, changed: 1, unchanged: 0, rejected: 0 });
    expect(view.rows[2]!.changes).toEqual([
      { field: "functionTitle", from: "Inkoopadviseur", to: "Senior inkoopadviseur" },
      { field: "salaryScale", from: "10", to: "11" },
    ]);
    expect(await applyImport(linda, { id })).toEqual({ created: 2, updated: 1 });
    const sevda = await db.prisma.person.findFirstOrThrow({ where: { externalId: "BZK0301" } });
    const jan = await db.prisma.person.findFirstOrThrow({ where: { externalId: "BZK0302" } });
    expect(sevda).toMatchObject({
      name: "Sevda Çelik",
      managerId: jeroen.id,
      salaryScale: 12,
      roles: ["EMPLOYEE", "MANAGER"],
      organisationId: linda.organisationId,
    });
    expect(sevda.employmentStart?.toISOString().slice(0, 10)).toBe("2026-05-01");
    expect(jan.managerId).toBe(sevda.id);
    const thomas = await db.prisma.person.findFirstOrThrow({ where: { externalId: "BZK0004" } });
    expect(thomas).toMatchObject({ functionTitle: "Senior inkoopadviseur", salaryScale: 11 });
    expect(await db.prisma.person.count({ where: { organisationId: linda.organisationId } })).toBe(count + 2);
    expect((await getImport(linda, id))?.status).toBe("APPLIED");
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "people-import.applied" },
    });
    expect(event.data).toMatchObject({
      created: 2,
      updated: 1,
      updatedIds: [thomas.id],
      fields: { [thomas.id]: ["functionTitle", "salaryScale"] },
    });
    // Facts only: the audit trail never holds the file's contents.
    expect(JSON.stringify(event.data)).not.toContain("Çelik");
    expect(await codeOf(applyImport(linda, { id }))).toBe("INVALID_STATE");
  });

  it("is all or nothing: a failure halfway leaves no new people and the preview unapplied", async () => {
    // A trigger makes the update of one existing person fail after the new people were written.
    await db.prisma
      .$executeRawUnsafe(`create or replace function people_test_boom() returns trigger language plpgsql as $$
      begin if new."functionTitle" = 'Boom' then raise exception 'boom'; end if; return new; end $$`);
    await db.prisma.$executeRawUnsafe(
      `create trigger people_test_boom before update on "Person" for each row execute function people_test_boom()`,
    );
    try {
      const { id } = await previewImport(linda, {
        fileName: "half.csv",
        bytes: csv(
          HEADER,
          "BZK0401;Half Weg;half@bzk.example;Adviseur;DIA;BZK0002;10;nee;",
          "BZK0003;Fatima El Amrani;fatima.el.amrani@bzk.example;Boom;DIA;BZK0002;11;nee;1-9-2019",
        ),
      });
      expect((await getImport(linda, id))!.counts).toMatchObject({ new: 1, changed: 1, rejected: 0 });
      await expect(applyImport(linda, { id })).rejects.toThrow();
      expect(await db.prisma.person.count({ where: { email: "half@bzk.example" } })).toBe(0);
      expect((await db.prisma.person.findUniqueOrThrow({ where: { id: fatima.id } })).functionTitle).not.toBe("Boom");
      expect((await db.prisma.peopleImport.findUniqueOrThrow({ where: { id } })).status).toBe("PREVIEWED");
      expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "people-import.applied" } })).toBe(0);
    } finally {
      await db.prisma.$executeRawUnsafe(`drop trigger people_test_boom on "Person"`);
    }
  });

  it("a stale preview (people changed since) is refused with nothing changed", async () => {
    const { id } = await previewImport(linda, {
      fileName: "oud.csv",
      bytes: csv(
        HEADER,
        "BZK0501;Nieuw Iemand;nieuw.iemand@bzk.example;Adviseur;DIA;BZK0002;10;nee;",
        "BZK0004;Thomas Jansen;thomas.jansen@bzk.example;Hoofd inkoop;DIA;BZK0002;11;nee;1-9-2019",
      ),
    });
    // Meanwhile someone edits Thomas.
    const thomas = await db.prisma.person.findFirstOrThrow({ where: { externalId: "BZK0004" } });
    await savePerson(linda, await formOf(linda, thomas.id, { name: "Thomas Jansen-Smit" }));
    expect((await errorOf(applyImport(linda, { id }))).details).toEqual({ reason: "stalePreview" });
    expect(await db.prisma.person.count({ where: { email: "nieuw.iemand@bzk.example" } })).toBe(0);
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: thomas.id } })).functionTitle).toBe(
      "Senior inkoopadviseur",
    );
  });

  it("reads Windows-1252 and UTF-8 with BOM files from Dutch Excel", async () => {
    // Latin letters below 0x100 are their own byte in Windows-1252 (ü = 0xfc, ß = 0xdf).
    const latin = new Uint8Array(
      [..."personeelsnummer;naam;e-mail\r\nBZK0601;Jürgen Weiß;jurgen@bzk.example\r\n"].map((ch) => ch.charCodeAt(0)),
    );
    const first = await previewImport(linda, { fileName: "excel.csv", bytes: latin });
    expect(await getImport(linda, first.id)).toMatchObject({
      encoding: "windows-1252",
      rows: [{ name: "Jürgen Weiß", outcome: "new" }],
    });
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode("Personeelsnummer,Naam,E-mailadres\nBZK0602,Ömer Çelik,omer@bzk.example\n"),
    ]);
    const second = await previewImport(linda, { fileName: "bom.csv", bytes: bom });
    expect(await getImport(linda, second.id)).toMatchObject({
      encoding: "utf-8-bom",
      delimiter: ",",
      rows: [{ name: "Ömer Çelik", outcome: "new" }],
    });
  });

  it("keeps the public register in step: clearing topmanagementgroep ends the published entry (edit and import)", async () => {
    async function publishedEntryFor(personId: string, name: string) {
      const declaration = await db.prisma.declaration.create({
        data: {
          organisationId: linda.organisationId,
          personId,
          type: "SIDE_JOB",
          status: "APPROVED",
          title: "Bestuurslid stichting",
        },
      });
      return db.prisma.registerEntry.create({
        data: {
          organisationId: linda.organisationId,
          declarationId: declaration.id,
          personId,
          status: "PUBLISHED",
          personName: name,
          functionTitle: "Directeur",
          sideJob: "Bestuurslid",
          sideJobOrganisation: "Stichting X",
          paid: false,
          publishedAt: new Date(),
        },
      });
    }
    // A leaving date that passes later: the daily task takes the entry off the day after.
    const leaving = await publishedEntryFor(marieke.id, "Marieke de Vries");
    const { id: leaveImport } = await previewImport(linda, {
      fileName: "vertrek.csv",
      bytes: csv(
        "personeelsnummer;naam;e-mail;uit dienst",
        "BZK0001;Marieke de Vries;marieke.de.vries@bzk.example;31-12-2099",
      ),
    });
    await applyImport(linda, { id: leaveImport });
    expect((await db.prisma.registerEntry.findUniqueOrThrow({ where: { id: leaving.id } })).status).toBe("PUBLISHED");
    // The daily register check (alone: the other daily tasks, e.g. the purge, would act on year 2100 too).
    expect(DAILY_TASKS.map((t) => t.name)).toContain("register-reconcile");
    expect(await reconcileAllRegisters(db.prisma, new Date("2100-01-01T12:00:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.registerEntry.findUniqueOrThrow({ where: { id: leaving.id } })).toMatchObject({
      status: "ENDED",
      endReason: "EMPLOYMENT_ENDED",
    });
    await savePerson(linda, await formOf(linda, marieke.id, { employmentEnd: "" }));

    // By import: Sanne leaves the topmanagementgroep.
    const entry = await publishedEntryFor(sanne.id, "Sanne Visser");
    const { id } = await previewImport(linda, {
      fileName: "tmg.csv",
      bytes: csv(
        "personeelsnummer;naam;e-mail;topmanagementgroep",
        "BZK0005;Sanne Visser;sanne.visser@bzk.example;nee",
      ),
    });
    expect((await getImport(linda, id))!.rows[0]!.changes).toEqual([
      { field: "topManagementGroup", from: "true", to: "false" },
    ]);
    await applyImport(linda, { id });
    expect(await db.prisma.registerEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      status: "ENDED",
      endReason: "LEFT_DESIGNATED_GROUP",
    });
    // By the edit form: Marieke leaves the group too.
    const second = await publishedEntryFor(marieke.id, "Marieke de Vries");
    await savePerson(linda, await formOf(linda, marieke.id, { designations: [] }));
    expect(await db.prisma.registerEntry.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: "ENDED",
      endReason: "LEFT_DESIGNATED_GROUP",
    });
  });
});
