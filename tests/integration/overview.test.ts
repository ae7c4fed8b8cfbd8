// The integrity overview, the annual export, the audit trail and the gift register against a real database
// (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), with a known set of declarations and exact numbers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { annualReportFigures, getOverview } from "@/lib/overview/data";
import { getAuditTrail } from "@/lib/overview/audit-trail";
import { ANNUAL_COLUMNS, annualReportRows } from "@/lib/overview/export";
import { toCsv } from "@/lib/overview/csv";
import { exportGiftRegister, getGiftRegister } from "@/lib/gifts/data";
import type { GiftRegisterFilters } from "@/lib/gifts/schemas";
import type { OverviewFilters } from "@/lib/overview/schemas";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/session";
import { createDeclaration, createOrganisation, createPerson, createUnit } from "@/tests/factories";
import { codeOf } from "@/tests/support/app-error";
import { createTestDb, DB_KINDS, type TestDb } from "@/tests/support/db";
import { viewerByName, viewerFor } from "@/tests/support/viewer";
import { seedDemoData } from "@/prisma/seed-data";

const at = (s: string) => new Date(s);
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const year2025: OverviewFilters = {
  period: { from: "2025-01-01", to: "2025-12-31", year: 2025 },
  unitId: null,
  type: null,
};
const year2026: OverviewFilters = {
  period: { from: "2026-01-01", to: "2026-12-31", year: 2026 },
  unitId: null,
  type: null,
};
/** "Now" for overdue decisions: 20 January 2026, 13:00 in Amsterdam. */
const NOW = at("2026-01-20T12:00:00Z");
const DAY = 86_400_000;

describe.each(DB_KINDS)("integrity overview on %s", (kind) => {
  let db: TestDb;
  let io: Viewer,
    hr: Viewer,
    employee: Viewer,
    manager: Viewer,
    otherIo: Viewer,
    gemeenteIo: Viewer,
    gemeenteHr: Viewer;
  let unitInkoop: string, unitFinancien: string, otherUnit: string;
  const ids: Record<string, string> = {};
  const names: string[] = [];

  beforeAll(async () => {
    db = await createTestDb(kind);
    useDatabaseForTests(db);
    const p = db.prisma;
    const org = await createOrganisation(p, { profile: "RIJK" });
    unitInkoop = (await createUnit(p, org.id, { name: "Inkoop" })).id;
    unitFinancien = (await createUnit(p, org.id, { name: "Financiën" })).id;
    const m = await createPerson(p, org.id, { name: "Mirjam Manager", unitId: unitInkoop, roles: ["MANAGER"] });
    const e1 = await createPerson(p, org.id, { name: "Erik Een", unitId: unitInkoop, managerId: m.id });
    const e2 = await createPerson(p, org.id, { name: "Eva Twee", unitId: unitInkoop, managerId: m.id });
    const e3 = await createPerson(p, org.id, { name: "Emre Drie", unitId: unitFinancien, managerId: m.id });
    const ioP = await createPerson(p, org.id, {
      name: "Iris Integriteit",
      unitId: unitFinancien,
      roles: ["INTEGRITY_OFFICER"],
    });
    const hrP = await createPerson(p, org.id, { name: "Hanna HR", roles: ["HR"] });
    names.push(m.name, e1.name, e2.name, e3.name, ioP.name, hrP.name);

    const other = await createOrganisation(p, { profile: "PROVINCIE" });
    otherUnit = (await createUnit(p, other.id, { name: "Mobiliteit" })).id;
    const b1 = await createPerson(p, other.id, { name: "Bram Ander", unitId: otherUnit });
    const ioB = await createPerson(p, other.id, { name: "Ilse Ander", roles: ["INTEGRITY_OFFICER"] });

    /** A declaration of `person`'s (a gift with giftOf): its id. */
    const declarationOf = async (
      person: Parameters<typeof createDeclaration>[1],
      data: Parameters<typeof createDeclaration>[2],
    ) => (await createDeclaration(p, person, data)).id;
    const giftOf = (person: Parameters<typeof createDeclaration>[1], over: Parameters<typeof createDeclaration>[2]) =>
      declarationOf(person, { type: "GIFT" as const, ...over });
    // 2025 in the organisation (sent in 2025, Amsterdam time):
    ids.d1 = await giftOf(e1, {
      status: "APPROVED",
      title: "Fles wijn",
      submittedAt: at("2025-01-10T09:00:00Z"),
      decidedAt: at("2025-01-13T09:00:00Z"),
      occursOn: day("2025-01-09"),
      valueCents: 4000,
      counterparty: "Bouwbedrijf X",
    });
    // 23:30 UTC on 31 January is 00:30 on 1 February in Amsterdam: a February declaration. Its gift is of 31 January.
    ids.d2 = await giftOf(e2, {
      status: "REGISTERED",
      submittedAt: at("2025-01-31T23:30:00Z"),
      occursOn: day("2025-01-31"),
      valueCents: 2500,
      counterparty: "Bouwbedrijf X ",
      ruleOutcome: "REGISTER",
    });
    ids.d3 = await giftOf(e3, {
      status: "REFUSED",
      submittedAt: at("2025-03-05T10:00:00Z"),
      decidedAt: at("2025-03-16T10:00:01Z"),
      occursOn: day("2025-03-04"),
      valueCents: 12000,
      counterparty: "BOUWBEDRIJF   x",
      ruleOutcome: "NOT_PERMITTED",
    });
    // Withdrawn: counted as a declaration, not as a gift.
    ids.d4 = await giftOf(e1, {
      status: "WITHDRAWN",
      submittedAt: at("2025-03-06T10:00:00Z"),
      occursOn: day("2025-03-05"),
      valueCents: 9999,
      counterparty: "Bouwbedrijf X",
    });
    // A draft never counts anywhere.
    ids.draft = await giftOf(e1, {
      status: "DRAFT",
      occursOn: day("2025-03-01"),
      valueCents: 5000,
      counterparty: "Bouwbedrijf X",
    });
    // Sent in 2025, but the gift was received in 2024: a 2025 declaration, a 2024 gift.
    ids.d6 = await giftOf(e3, {
      status: "APPROVED",
      submittedAt: at("2025-03-10T10:00:00Z"),
      occursOn: day("2024-12-28"),
      valueCents: 1500,
      counterparty: "Drukkerij Y",
    });
    ids.d7 = await declarationOf(e2, { type: "SIDE_JOB", status: "APPROVED", submittedAt: at("2025-02-15T10:00:00Z") });
    ids.d8 = await declarationOf(e3, {
      type: "INVITATION",
      status: "SUBMITTED",
      title: "Diner leverancier",
      submittedAt: at("2025-04-01T12:00:00Z"),
      ruleOutcome: "NOT_PERMITTED",
      deciderRole: "MANAGER",
      assigneeId: m.id,
    });
    ids.d11 = await giftOf(e1, {
      status: "APPROVED_WITH_CONDITIONS",
      submittedAt: at("2025-06-01T10:00:00Z"),
      decidedAt: at("2025-06-11T10:00:00Z"),
      occursOn: day("2025-05-30"),
      valueCents: 1000,
      counterparty: "bouwbedrijf  x B.V.", // the same giver: spacing, case and legal form (lib/givers.ts)
    });
    // 2026 (Amsterdam): 23:30 UTC on 31 December 2025 is already 1 January 2026.
    ids.d9 = await declarationOf(e2, {
      type: "SIDE_JOB",
      status: "ESCALATED",
      title: "Bestuurslid stichting",
      submittedAt: at("2025-12-31T23:30:00Z"),
      deciderRole: "INTEGRITY_OFFICER",
    });
    // Overdue boundary: exactly 10 days waiting is not overdue; 10 days and one minute is.
    ids.d12 = await giftOf(e1, {
      status: "SUBMITTED",
      submittedAt: new Date(NOW.getTime() - 10 * DAY),
      assigneeId: m.id,
      deciderRole: "MANAGER",
    });
    ids.d13 = await giftOf(e1, {
      status: "SUBMITTED",
      title: "Taart",
      submittedAt: new Date(NOW.getTime() - 10 * DAY - 60_000),
      assigneeId: m.id,
      deciderRole: "MANAGER",
    });
    // Waiting for the employee's answer: not a late decision.
    ids.d14 = await giftOf(e2, { status: "INFO_REQUESTED", submittedAt: at("2026-01-02T10:00:00Z") });
    // The other organisation: never counted.
    await giftOf(b1, {
      status: "APPROVED",
      submittedAt: at("2025-01-10T09:00:00Z"),
      occursOn: day("2025-01-09"),
      valueCents: 100000,
      counterparty: "Bouwbedrijf X",
    });
    await giftOf(b1, {
      status: "SUBMITTED",
      submittedAt: at("2025-01-01T09:00:00Z"),
      occursOn: day("2024-12-30"),
      valueCents: 500,
      counterparty: "Bouwbedrijf X",
    });

    io = await viewerFor(p, ioP.id);
    hr = await viewerFor(p, hrP.id);
    employee = await viewerFor(p, e1.id);
    manager = await viewerFor(p, m.id);
    otherIo = await viewerFor(p, ioB.id);

    // The Gemeente keeps a gift register.
    const gemeente = await createOrganisation(p, { profile: "GEMEENTE" });
    const gu = (await createUnit(p, gemeente.id, { name: "Vergunningen" })).id;
    const gm = await createPerson(p, gemeente.id, { name: "Guus Manager", unitId: gu, roles: ["MANAGER"] });
    const g1 = await createPerson(p, gemeente.id, { name: "Gina Een", unitId: gu, managerId: gm.id });
    const gio = await createPerson(p, gemeente.id, { name: "Gert Integriteit", roles: ["INTEGRITY_OFFICER"] });
    const ghr = await createPerson(p, gemeente.id, { name: "Greet HR", roles: ["HR"] });
    gemeenteIo = await viewerFor(p, gio.id);
    gemeenteHr = await viewerFor(p, ghr.id);
    const registered = async (
      title: string,
      status: "REGISTERED" | "APPROVED" | "APPROVED_WITH_CONDITIONS" | "REFUSED" | "SUBMITTED" | "WITHDRAWN" | "DRAFT",
      occursOn: string,
      giver: string,
      decisions: {
        destination?: "KEEP" | "RAFFLE" | "RETURN" | "CHARITY";
        handedInAt?: string;
        createdAt: string;
      }[] = [],
    ) => {
      const d = await createDeclaration(p, g1, {
        type: "GIFT",
        status,
        title,
        occursOn: day(occursOn),
        submittedAt: status === "DRAFT" ? null : at(`${occursOn}T12:00:00Z`),
        valueCents: 2000,
        counterparty: giver,
      });
      for (const x of decisions) {
        await p.decision.create({
          data: {
            declarationId: d.id,
            deciderId: gm.id,
            outcome: "APPROVED",
            giftDestination: x.destination ?? null,
            handedInAt: x.handedInAt ? day(x.handedInAt) : null,
            policyVersion: "gemeente-1",
            createdAt: at(x.createdAt),
          },
        });
      }
      ids[title] = d.id;
    };
    await registered("Bos bloemen", "APPROVED", "2025-04-01", "Bloemist Roos", [
      { destination: "RAFFLE", createdAt: "2025-04-02T10:00:00Z" },
    ]);
    // The latest decision with a destination counts: first "keep", later "charity" (handed in on 10 May).
    await registered("Wijnpakket", "APPROVED_WITH_CONDITIONS", "2025-05-01", "Wijnhandel  De Kurk", [
      { destination: "KEEP", createdAt: "2025-05-02T10:00:00Z" },
      { destination: "CHARITY", handedInAt: "2025-05-10", createdAt: "2025-05-03T10:00:00Z" },
      { createdAt: "2025-05-04T10:00:00Z" },
    ]);
    await registered("Pen", "REGISTERED", "2026-01-05", "wijnhandel de kurk");
    await registered("Horloge", "REFUSED", "2026-01-06", "Juwelier", [
      { destination: "RETURN", createdAt: "2026-01-07T10:00:00Z" },
    ]);
    // Not (yet) in the register: waiting, withdrawn, draft.
    await registered("Wachtend", "SUBMITTED", "2026-01-07", "Bloemist Roos");
    await registered("Ingetrokken", "WITHDRAWN", "2026-01-07", "Bloemist Roos");
    await registered("Concept", "DRAFT", "2026-01-07", "Bloemist Roos");
    for (let i = 0; i < 26; i++)
      await registered(`Agenda ${String(i).padStart(2, "0")}`, "REGISTERED", "2024-02-01", "Drukker");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("counts the year's sent declarations per type and status, unit, month and rule outcome; drafts and other organisations never", async () => {
    const o = await getOverview(io, year2025, { now: NOW });
    expect(o.total).toBe(8);
    const byTS = Object.fromEntries(o.byTypeStatus.map((r) => [`${r.type}/${r.status}`, r.count]));
    expect(byTS).toEqual({
      "gift/APPROVED": 2,
      "gift/REGISTERED": 1,
      "gift/REFUSED": 1,
      "gift/WITHDRAWN": 1,
      "gift/APPROVED_WITH_CONDITIONS": 1,
      "side-job/APPROVED": 1,
      "invitation/SUBMITTED": 1,
    });
    expect(o.byUnit.map((u) => [u.unitName, u.count])).toEqual([
      ["Inkoop", 5],
      ["Financiën", 3],
    ]);
    expect(o.byMonth).toHaveLength(12);
    expect(o.byMonth.filter((m) => m.count > 0)).toEqual([
      { month: "2025-01", count: 1 },
      { month: "2025-02", count: 2 },
      { month: "2025-03", count: 3 },
      { month: "2025-04", count: 1 },
      { month: "2025-06", count: 1 },
    ]);
    expect(Object.fromEntries(o.outcomes.map((r) => [r.outcome, r.count]))).toEqual({
      APPROVAL_REQUIRED: 5,
      REGISTER: 1,
      NOT_PERMITTED: 2,
    });
    expect(o.recent.map((r) => r.id)).not.toContain(ids.draft);
    expect(o.recent[0]!.id).toBe(ids.d11);
    // HR sees the same figures.
    expect((await getOverview(hr, year2025, { now: NOW })).total).toBe(8);
  });

  it("places declarations in Amsterdam's calendar: 31 December 23:30 UTC belongs to the next year", async () => {
    const o = await getOverview(io, year2026, { now: NOW });
    expect(o.total).toBe(4);
    expect(o.byMonth[0]).toEqual({ month: "2026-01", count: 4 });
    expect(o.recent.map((r) => r.id)).toContain(ids.d9);
  });

  it("filters by period, unit and type", async () => {
    const period = await getOverview(
      io,
      { period: { from: "2025-02-01", to: "2025-03-31", year: null }, unitId: null, type: null },
      { now: NOW },
    );
    expect(period.total).toBe(5);
    expect(period.byMonth).toEqual([
      { month: "2025-02", count: 2 },
      { month: "2025-03", count: 3 },
    ]);
    // Gifts by the day they were given: only the one of 4 March is in February-March.
    expect(period.gifts).toMatchObject({ giftCount: 1, giverCount: 1, totalCents: 12000 });
    const unit = await getOverview(io, { ...year2025, unitId: unitFinancien }, { now: NOW });
    expect(unit.total).toBe(3);
    expect(unit.unitName).toBe("Financiën");
    expect(unit.byUnit).toEqual([{ unitId: unitFinancien, unitName: "Financiën", count: 3 }]);
    const gifts = await getOverview(io, { ...year2025, type: "gift" }, { now: NOW });
    expect(gifts.total).toBe(6);
  });

  it("sums gifts per giver per year whatever the spelling, without withdrawn gifts, drafts or other organisations", async () => {
    const o = await getOverview(io, year2025, { now: NOW });
    expect(o.gifts.givers).toEqual([{ giver: "Bouwbedrijf X", year: 2025, gifts: 4, people: 3, totalCents: 19500 }]);
    expect(o.gifts).toMatchObject({ giverCount: 1, giftCount: 4, totalCents: 19500 });
    // The gift of December 2024 (sent in March 2025) is a 2024 gift.
    const wide = await getOverview(
      io,
      { period: { from: "2024-01-01", to: "2025-12-31", year: null }, unitId: null, type: null },
      { now: NOW },
    );
    expect(wide.gifts.givers.map((g) => [g.giver, g.year, g.gifts, g.totalCents])).toEqual([
      ["Bouwbedrijf X", 2025, 4, 19500],
      ["Drukkerij Y", 2024, 1, 1500],
    ]);
  });

  it("lists decisions waiting longer than the overdue days, at the boundary, with whom they wait for and since when", async () => {
    const o = await getOverview(io, year2025, { now: NOW, overdueDays: 10 });
    expect(o.overdue.total).toBe(3);
    expect(o.overdue.items.map((d) => d.id)).toEqual([ids.d8, ids.d9, ids.d13]);
    expect(o.overdue.items.map((d) => d.id)).not.toContain(ids.d12);
    expect(o.overdue.items[0]).toMatchObject({
      title: "Diner leverancier",
      type: "invitation",
      unitName: "Financiën",
      waitsFor: { kind: "person", name: "Mirjam Manager" },
      submittedAt: "2025-04-01T12:00:00.000Z",
      daysWaiting: 294,
    });
    expect(o.overdue.items[1]).toMatchObject({ waitsFor: { kind: "INTEGRITY_OFFICER" }, daysWaiting: 19 });
    expect(o.overdue.items[2]).toMatchObject({ title: "Taart", daysWaiting: 10 });
    // One minute later the boundary case is overdue too.
    expect(
      (await getOverview(io, year2025, { now: new Date(NOW.getTime() + 60_000), overdueDays: 10 })).overdue.total,
    ).toBe(4);
    expect(
      (await getOverview(io, { ...year2025, unitId: unitFinancien }, { now: NOW, overdueDays: 10 })).overdue.items.map(
        (d) => d.id,
      ),
    ).toEqual([ids.d8]);
  });

  it("the annual export holds the year's aggregates and no names or contents", async () => {
    const f = await annualReportFigures(io, 2025, { now: NOW, overdueDays: 10 });
    expect(f.overdueOpen).toBe(1);
    expect(f.decidedLate).toBe(1);
    const csv = toCsv(
      ANNUAL_COLUMNS,
      annualReportRows(f, { type: (x) => `T:${x}`, status: (x) => `S:${x}`, outcome: (x) => `O:${x}` }),
    );
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "sectie;jaar;maand;soort;status;afdeling;uitkomst;gever;aantal;aantal_medewerkers;waarde_euro;drempel_dagen;peildatum",
    );
    expect(lines).toContain("meldingen_per_soort_en_status;2025;;T:gift;S:APPROVED;;;;2;;;;");
    expect(lines).toContain("meldingen_per_afdeling;2025;;;;Inkoop;;;5;;;;");
    expect(lines).toContain("meldingen_per_maand;2025;2025-02;;;;;;2;;;;");
    expect(lines).toContain("meldingen_per_maand;2025;2025-05;;;;;;0;;;;");
    expect(lines).toContain("uitkomst_volgens_regels;2025;;;;;O:not-permitted;;2;;;;");
    expect(lines).toContain("geschenken_per_gever;2025;;;;;;Gever 1;4;3;195,00;;");
    expect(lines).toContain("geschenken_totaal;2025;;;;;;;4;;195,00;;");
    expect(lines).toContain("besluiten_te_laat_open;2025;;;;;;;1;;;10;2026-01-20");
    expect(lines).toContain("besluiten_te_laat_genomen;2025;;;;;;;1;;;10;");
    for (const secret of [...names, "Bouwbedrijf", "bouwbedrijf", "Fles wijn", "Diner leverancier", "Drukkerij"])
      expect(csv).not.toContain(secret);
  });

  it("refuses employees and managers, and keeps other organisations out", async () => {
    for (const v of [employee, manager]) {
      expect(await codeOf(getOverview(v, year2025)), v.name).toBe("FORBIDDEN");
      expect(await codeOf(annualReportFigures(v, 2025)), v.name).toBe("FORBIDDEN");
      expect(await codeOf(getAuditTrail(v, ids.d1!)), v.name).toBe("FORBIDDEN");
      expect(await codeOf(getGiftRegister(v, { year: null, giver: null, destination: null, page: 1 })), v.name).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(exportGiftRegister(v, { year: null, giver: null, destination: null })), v.name).toBe(
        "FORBIDDEN",
      );
    }
    // The other organisation's integrity officer sees only their own organisation.
    const theirs = await getOverview(otherIo, year2025, { now: NOW, overdueDays: 10 });
    expect(theirs.total).toBe(2);
    expect(theirs.gifts.givers).toEqual([
      { giver: "Bouwbedrijf X", year: 2025, gifts: 1, people: 1, totalCents: 100000 },
    ]);
    expect(theirs.overdue.total).toBe(1);
    expect(await codeOf(getAuditTrail(otherIo, ids.d1!))).toBe("NOT_FOUND");
    expect(await codeOf(getAuditTrail(io, "does-not-exist"))).toBe("NOT_FOUND");
    const foreignUnit = await getOverview(io, { ...year2025, unitId: otherUnit }).catch((e: unknown) => e);
    expect(foreignUnit).toBeInstanceOf(AppError);
    expect((foreignUnit as AppError).code).toBe("VALIDATION");
    expect((foreignUnit as AppError).details).toEqual({ fieldErrors: { afdeling: "unitUnknown" } });
  });

  it("shows a declaration's audit trail in chain order, checks each hash and link, and detects an altered event", async () => {
    const p = db.prisma;
    const d = await p.declaration.findUniqueOrThrow({
      where: { id: ids.d1! },
      select: { id: true, organisationId: true, personId: true },
    });
    const audit = (
      actorId: string | null,
      action: string,
      entityType: string,
      entityId: string,
      data: Record<string, string | number | null>,
    ) =>
      p.$transaction((tx) =>
        recordAudit(tx, { organisationId: d.organisationId, actorId, action, entityType, entityId, data }),
      );
    await audit(d.personId, "declaration.draft-created", "Declaration", d.id, { type: "GIFT" });
    // Another record's event in between: not part of this trail, but part of the chain.
    await audit(manager.id, "delegation.created", "Delegation", "some-delegation", { deputyId: io.id });
    await audit(d.personId, "declaration.submitted", "Declaration", d.id, {
      status: "SUBMITTED",
      outcome: "approval-required",
      version: 2,
    });
    await audit(manager.id, "declaration.decided", "Declaration", d.id, {
      outcome: "APPROVED",
      status: "APPROVED",
      version: 3,
      onBehalfOf: null,
    });
    const entry = await p.registerEntry.create({
      data: {
        organisationId: d.organisationId,
        declarationId: d.id,
        personName: "x",
        functionTitle: "x",
        sideJob: "x",
        sideJobOrganisation: "x",
        paid: false,
      },
    });
    await audit(manager.id, "register.queued", "RegisterEntry", entry.id, { declarationId: d.id });

    const trail = await getAuditTrail(io, d.id);
    expect(trail.declaration).toMatchObject({
      id: d.id,
      title: "Fles wijn",
      type: "gift",
      status: "APPROVED",
      personName: "Erik Een",
      unitName: "Inkoop",
    });
    expect(trail.events.map((e) => e.action)).toEqual([
      "declaration.draft-created",
      "declaration.submitted",
      "declaration.decided",
      "register.queued",
    ]);
    expect(trail.events.map((e) => e.seq)).toEqual([1, 3, 4, 5]);
    expect(trail.events.map((e) => e.actorName)).toEqual(["Erik Een", "Erik Een", "Mirjam Manager", "Mirjam Manager"]);
    expect(trail.events[2]!.facts).toEqual([
      { key: "status", value: "APPROVED" },
      { key: "outcome", value: "APPROVED" },
      { key: "version", value: "3" },
      { key: "onBehalfOf", value: "–" },
    ]);
    expect(trail.events.every((e) => e.hashOk && e.linkOk)).toBe(true);
    expect(trail.intact).toBe(true);
    // HR may read it as well.
    expect((await getAuditTrail(hr, d.id)).events).toHaveLength(4);

    // Someone edits the facts of an event behind the portal's back (the table owner switches the append-only
    // trigger off first): its own hash no longer recomputes.
    await p.$executeRawUnsafe(`alter table "AuditEvent" disable trigger "AuditEvent_append_only"`);
    await p.$executeRaw`update "AuditEvent" set data = '{"status":"REFUSED","outcome":"approval-required","version":2}'::jsonb where "organisationId" = ${d.organisationId} and seq = 3`;
    let altered = await getAuditTrail(io, d.id);
    expect(altered.intact).toBe(false);
    expect(altered.events.map((e) => [e.seq, e.hashOk, e.linkOk])).toEqual([
      [1, true, true],
      [3, false, true],
      [4, true, true],
      [5, true, true],
    ]);
    // ... and rewrites its hash to cover the edit: now the next event no longer links to it.
    await p.$executeRaw`update "AuditEvent" set hash = ${"f".repeat(64)} where "organisationId" = ${d.organisationId} and seq = 4`;
    altered = await getAuditTrail(io, d.id);
    expect(altered.events.map((e) => [e.seq, e.hashOk, e.linkOk])).toEqual([
      [1, true, true],
      [3, false, true],
      [4, false, true],
      [5, true, false],
    ]);
    await p.$executeRawUnsafe(`alter table "AuditEvent" enable trigger "AuditEvent_append_only"`);
  });

  it("the gift register lists what was received and its latest destination, with filters and pages", async () => {
    const all: GiftRegisterFilters = { year: null, giver: null, destination: null, page: 1 };
    const first = await getGiftRegister(gemeenteIo, all);
    if (!first.kept) throw new Error("the Gemeente keeps a register");
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.years).toEqual([2026, 2025, 2024]);
    expect(first.rows).toHaveLength(25);
    expect(first.rows.slice(0, 4).map((r) => [r.title, r.day, r.status, r.destination])).toEqual([
      ["Horloge", "2026-01-06", "REFUSED", "RETURN"],
      ["Pen", "2026-01-05", "REGISTERED", null],
      ["Wijnpakket", "2025-05-01", "APPROVED_WITH_CONDITIONS", "CHARITY"],
      ["Bos bloemen", "2025-04-01", "APPROVED", "RAFFLE"],
    ]);
    expect(first.rows[2]).toMatchObject({
      giver: "Wijnhandel  De Kurk",
      valueCents: 2000,
      personName: "Gina Een",
      unitName: "Vergunningen",
      handedInAt: "2025-05-10T00:00:00.000Z",
    });
    const second = await getGiftRegister(gemeenteHr, { ...all, page: 2 });
    expect(second.kept && second.rows.length).toBe(5);
    // A page past the end shows the last page.
    const past = await getGiftRegister(gemeenteIo, { ...all, page: 9 });
    expect(past.kept && past.page).toBe(2);

    const titles = async (f: Partial<GiftRegisterFilters>) => {
      const r = await getGiftRegister(gemeenteIo, { ...all, ...f });
      return r.kept ? r.rows.map((x) => x.title) : null;
    };
    expect(await titles({ year: 2025 })).toEqual(["Wijnpakket", "Bos bloemen"]);
    expect(await titles({ giver: "wijnhandel de kurk" })).toEqual(["Pen", "Wijnpakket"]);
    expect(await titles({ giver: "kurk" })).toEqual(["Pen", "Wijnpakket"]);
    expect(await titles({ destination: "CHARITY" })).toEqual(["Wijnpakket"]);
    expect(await titles({ destination: "NONE", year: 2026 })).toEqual(["Pen"]);
    expect(await titles({ giver: "100%_" })).toEqual([]);

    const rows = await exportGiftRegister(gemeenteIo, { year: null, giver: "bloemist", destination: null });
    expect(rows?.map((r) => r.title)).toEqual(["Bos bloemen"]);
    // The Rijk organisation keeps no register.
    expect(await getGiftRegister(io, all)).toEqual({ kept: false });
    expect(await exportGiftRegister(io, { year: null, giver: null, destination: null })).toBeNull();
  });

  it("the demo activity gives the demo overview and gift register something to show, with an intact audit chain", async () => {
    await seedDemoData(db.prisma, { activity: true });
    const ahmed = await viewerByName(db.prisma, "Ahmed Yilmaz");
    const bas = await viewerByName(db.prisma, "Bas Vliegen");
    const wide = { period: { from: "2020-01-01", to: "2022-12-31", year: null }, unitId: null, type: null };
    expect((await getOverview(ahmed, wide)).overdue.items.map((d) => d.title)).toEqual([
      "Cadeaubon van Bouwbedrijf Peters",
      "Horloge van een buitenlandse delegatie",
    ]);
    const register = await getGiftRegister(bas, { year: null, giver: null, destination: null, page: 1 });
    expect(register.kept && register.rows.map((r) => [r.title, r.destination])).toEqual([
      ["Bos bloemen", null],
      ["Designlamp", "RETURN"],
      ["Boekenbon", "CHARITY"],
      ["Fles wijn", "KEEP"],
      ["Doos bonbons", "RAFFLE"],
      ["Kerstpakket", "DISTRIBUTE"],
    ]);
    for (const v of [ahmed, bas]) {
      const ids = await db.prisma.declaration.findMany({
        where: { organisationId: v.organisationId },
        select: { id: true },
      });
      expect(ids.length).toBeGreaterThan(5);
      for (const { id } of ids) {
        const trail = await getAuditTrail(v, id);
        expect(trail.intact, id).toBe(true);
        expect(trail.events[0]!.action).toBe("declaration.draft-created");
      }
    }
  });
});
