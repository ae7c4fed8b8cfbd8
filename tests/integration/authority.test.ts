// The authority model (issue 12, docs/decisions/032-authority-model.md), against a real database: the three
// escalations found by trying the portal as an attacker, each refused now with nothing changed, and the rules that
// keep a manager link or a delegation from being a right by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { createDelegation, listDelegations } from "@/lib/decisions/deputies";
import { decideDeclaration } from "@/lib/decisions/data";
import { getForDecision } from "@/lib/decisions/read";
import { listManagerQueue, teamOverview } from "@/lib/decisions/queue";
import { DecisionSchema, DelegationSchema } from "@/lib/decisions/schemas";
import { AppError } from "@/lib/errors";
import { amsterdamNow } from "@/lib/format";
import { applyImport, getImport, getPerson, previewImport, savePerson, setPersonAccess } from "@/lib/people/data";
import { createPerson } from "@/tests/factories";
import { errorOf } from "@/tests/support/app-error";
import { demoViewers, openSeededDb } from "@/tests/support/seeded";
import { fileDeclaration, giftAnswers, sideJobAnswers } from "@/tests/support/declarations";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { changedTables, databaseFingerprint } from "@/tests/support/db-fingerprint";
import { viewerFor } from "@/tests/support/viewer";
import { personFormOf } from "@/tests/support/people";

const gift = () => giftAnswers({ foreignRelation: "yes", refusalWouldOffend: "yes" });

const file = (viewer: Viewer, type: "gift" | "side-job" = "gift") =>
  fileDeclaration(viewer, type, type === "gift" ? gift() : sideJobAnswers());

const approve = (id: string, version: number) =>
  DecisionSchema.parse({ id, version, kind: "APPROVED", reason: "", conditions: "" });
const refuse = (id: string, version: number) =>
  DecisionSchema.parse({ id, version, kind: "REFUSED", reason: "Niet toegestaan", conditions: "" });

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));
const day = (offset: number) =>
  new Date(Date.parse(`${amsterdamNow().today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(DB_KINDS)("the authority model on %s", (kind) => {
  let db: TestDb;
  let fatima: Viewer,
    thomas: Viewer,
    jeroen: Viewer,
    marieke: Viewer,
    sanne: Viewer,
    ahmed: Viewer,
    linda: Viewer,
    pieter: Viewer;

  const formOf = personFormOf;
  /** A new person of Linda's organisation (BZK), as a signed-in viewer. */
  const newColleague = async (over: Parameters<typeof createPerson>[2]) =>
    viewerFor(db.prisma, (await createPerson(db.prisma, linda.organisationId, over)).id);

  /** The refusal's code and field messages, and proof that nothing in the database changed. */
  async function refusedUnchanged(p: () => Promise<unknown>): Promise<AppError> {
    const before = await databaseFingerprint(db.prisma);
    const error = await errorOf(p());
    expect(changedTables(before, await databaseFingerprint(db.prisma))).toEqual([]);
    return error;
  }

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ fatima, thomas, jeroen, marieke, sanne, ahmed, linda, pieter } = await demoViewers(db.prisma));
  }, 120_000);
  afterAll(async () => db?.close());

  // ---- escalation (a) --------------------------------------------------------------------------------------

  it.each(["administrator", "HR adviser"])(
    "(a) an %s cannot make themself the top manager's manager, read her declarations or approve her side job",
    async (who) => {
      const attacker = who === "administrator" ? pieter : linda;
      const earlier = await file(marieke);
      const ownManager = attacker.managerId;
      // The attacker reports to her, so first they take themself out from under her (a loop is refused anyway):
      // nobody changes their own manager.
      const own = await refusedUnchanged(async () =>
        savePerson(attacker, await formOf(attacker, attacker.id, { manager: "" })),
      );
      expect(own.details?.fieldErrors).toEqual({ manager: "ownManager" });
      // Even when someone else had done that, making themself her manager through the people form is refused,
      // with a specific message and nothing changed.
      await db.prisma.person.update({ where: { id: attacker.id }, data: { managerId: null } });
      try {
        const error = await refusedUnchanged(async () =>
          savePerson(attacker, await formOf(attacker, marieke.id, { manager: attacker.email })),
        );
        expect(error.details?.fieldErrors).toEqual({ manager: "managerIsViewer" });
      } finally {
        await db.prisma.person.update({ where: { id: attacker.id }, data: { managerId: ownManager } });
      }
      expect((await db.prisma.person.findUniqueOrThrow({ where: { id: marieke.id } })).managerId).toBeNull();
      expect(await getForDecision(attacker, earlier.id)).toBeNull();
      const job = await file(marieke, "side-job");
      expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: job.id } })).assigneeId).not.toBe(
        attacker.id,
      );
      expect((await errorOf(decideDeclaration(attacker, approve(job.id, job.version)))).code).toBe("NOT_FOUND");

      // Even with the link already in the database (made before this rule, or by hand), a link is no right:
      // the decider must hold MANAGER now. Her new side job does not go to the attacker, and an old assignment is not decidable.
      await db.prisma.person.update({ where: { id: attacker.id }, data: { managerId: null } });
      await db.prisma.person.update({ where: { id: marieke.id }, data: { managerId: attacker.id } });
      try {
        expect(await getForDecision(attacker, earlier.id)).toBeNull();
        const next = await file(marieke, "side-job");
        expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: next.id } })).assigneeId).toBeNull();
        const assigned = await file(marieke, "side-job");
        await db.prisma.declaration.update({
          where: { id: assigned.id },
          data: { status: "SUBMITTED", deciderRole: "MANAGER", assigneeId: attacker.id },
        });
        expect((await errorOf(decideDeclaration(attacker, approve(assigned.id, assigned.version)))).code).toBe(
          "NOT_FOUND",
        );
        expect(await getForDecision(attacker, assigned.id)).toBeNull();
        expect((await listManagerQueue(attacker)).map((q) => q.id)).not.toContain(assigned.id);
      } finally {
        await db.prisma.person.update({ where: { id: marieke.id }, data: { managerId: null } });
        await db.prisma.person.update({ where: { id: attacker.id }, data: { managerId: ownManager } });
      }
    },
  );

  // ---- escalation (b) --------------------------------------------------------------------------------------

  it("(b) an employee without MANAGER cannot be named deputy, and cannot refuse a colleague's declaration as one", async () => {
    const error = await refusedUnchanged(() =>
      createDelegation(jeroen, DelegationSchema.parse({ deputyId: fatima.id, startsOn: day(0), endsOn: day(7) })),
    );
    expect(error.details?.fieldErrors).toEqual({ deputyId: "deputyNotManager" });
    expect(await db.prisma.delegation.count({ where: { deputyId: fatima.id } })).toBe(0);
    // The /vervanging list does not offer her either.
    expect((await listDelegations(jeroen)).candidates.map((c) => c.id)).not.toContain(fatima.id);

    // A delegation row made earlier (or by hand) gives her no right: the deputy must hold MANAGER now.
    const legacy = await db.prisma.delegation.create({
      data: {
        managerId: jeroen.id,
        deputyId: fatima.id,
        startsOn: new Date(`${day(-1)}T00:00:00Z`),
        endsOn: new Date(`${day(7)}T00:00:00Z`),
      },
    });
    try {
      const d = await file(thomas);
      expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: d.id } })).assigneeId).toBe(jeroen.id);
      expect((await listManagerQueue(fatima)).map((q) => q.id)).not.toContain(d.id);
      expect(await getForDecision(fatima, d.id)).toBeNull();
      expect((await errorOf(decideDeclaration(fatima, refuse(d.id, d.version)))).code).toBe("NOT_FOUND");
      expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("SUBMITTED");
    } finally {
      await db.prisma.delegation.delete({ where: { id: legacy.id } });
    }
  });

  // ---- escalation (c) --------------------------------------------------------------------------------------

  it("(c) a delegation wholly in the past is refused; so is one longer than 92 days; today onwards is fine", async () => {
    const past = await refusedUnchanged(() =>
      createDelegation(jeroen, DelegationSchema.parse({ deputyId: sanne.id, startsOn: day(-10), endsOn: day(-1) })),
    );
    expect(past.details?.fieldErrors).toEqual({ endsOn: "periodInPast" });
    const long = await refusedUnchanged(() =>
      createDelegation(jeroen, DelegationSchema.parse({ deputyId: sanne.id, startsOn: day(0), endsOn: day(92) })),
    );
    expect(long.details?.fieldErrors).toEqual({ endsOn: "periodTooLong" });
    const ok = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: sanne.id, startsOn: day(-3), endsOn: day(88) }),
    );
    await db.prisma.delegation.update({ where: { id: ok.id }, data: { revokedAt: new Date() } });
  });

  // ---- the right held now ----------------------------------------------------------------------------------

  it("a manager who lost MANAGER (or access) neither reads nor decides, and their deputy no longer stands in", async () => {
    const d = await file(fatima);
    const delegation = await createDelegation(
      jeroen,
      DelegationSchema.parse({ deputyId: sanne.id, startsOn: day(0), endsOn: day(1) }),
    );
    expect(await getForDecision(sanne, d.id)).not.toBeNull();
    await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles: ["EMPLOYEE"] } });
    try {
      expect(await getForDecision(jeroen, d.id)).toBeNull();
      expect((await errorOf(decideDeclaration(jeroen, approve(d.id, d.version)))).code).toBe("NOT_FOUND");
      expect(await listManagerQueue(jeroen)).toEqual([]);
      expect((await teamOverview(jeroen)).counts).toEqual({});
      // The deputy counts only while the delegating manager holds MANAGER.
      expect(await getForDecision(sanne, d.id)).toBeNull();
      expect((await errorOf(decideDeclaration(sanne, approve(d.id, d.version)))).code).toBe("NOT_FOUND");
    } finally {
      await db.prisma.person.update({ where: { id: jeroen.id }, data: { roles: ["EMPLOYEE", "MANAGER"] } });
    }
    // A deputy who lost MANAGER no longer stands in either.
    await db.prisma.person.update({ where: { id: sanne.id }, data: { roles: ["EMPLOYEE"] } });
    try {
      expect(await getForDecision(sanne, d.id)).toBeNull();
    } finally {
      await db.prisma.person.update({ where: { id: sanne.id }, data: { roles: ["EMPLOYEE", "MANAGER"] } });
      await db.prisma.delegation.update({ where: { id: delegation.id }, data: { revokedAt: new Date() } });
    }
    expect(await decideDeclaration(jeroen, approve(d.id, d.version))).toMatchObject({ status: "APPROVED" });
  });

  // ---- the people form -------------------------------------------------------------------------------------

  it("a manager link points only to an active manager; nobody changes their own manager, roles or unit", async () => {
    const target = await newColleague({ name: "Iris Doel", managerId: jeroen.id });
    const cases: [Viewer, Record<string, unknown>, Record<string, string>][] = [
      [linda, { manager: thomas.email }, { manager: "managerNotManager" }],
      [linda, { manager: linda.email }, { manager: "managerIsViewer" }],
      [pieter, { manager: pieter.email }, { manager: "managerIsViewer" }],
    ];
    for (const [viewer, over, expected] of cases) {
      const error = await refusedUnchanged(async () => savePerson(viewer, await formOf(viewer, target.id, over)));
      expect(error.details?.fieldErrors).toEqual(expected);
    }
    const gone = await createPerson(db.prisma, linda.organisationId, {
      name: "Oud Manager",
      roles: ["EMPLOYEE", "MANAGER"],
    });
    await db.prisma.person.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    const error = await refusedUnchanged(async () =>
      savePerson(linda, await formOf(linda, target.id, { manager: gone.email })),
    );
    expect(error.details?.fieldErrors).toEqual({ manager: "managerInactive" });

    // Her own manager, unit and roles: refused for HR and for the administrator.
    const unit = await db.prisma.unit.findFirstOrThrow({
      where: { organisationId: linda.organisationId, id: { not: linda.unitId ?? "" } },
    });
    for (const [viewer, over, expected] of [
      [linda, { manager: jeroen.email }, { manager: "ownManager" }],
      [linda, { unitId: unit.id }, { unitId: "ownUnit" }],
      [pieter, { manager: jeroen.email }, { manager: "ownManager" }],
      [pieter, { roles: ["EMPLOYEE", "ADMIN", "MANAGER"] }, { roles: "ownRoles" }],
    ] as [Viewer, Record<string, unknown>, Record<string, string>][]) {
      const own = await refusedUnchanged(async () => savePerson(viewer, await formOf(viewer, viewer.id, over)));
      expect(own.details?.fieldErrors).toEqual(expected);
    }
    expect(
      (
        await errorOf(
          setPersonAccess(linda, {
            id: linda.id,
            version: (await getPerson(linda, linda.id))!.version,
            enabled: false,
          }),
        )
      ).details,
    ).toEqual({ reason: "ownAccess" });
  });

  it("MANAGER is not taken from someone with reports or open declarations: the refusal names how many", async () => {
    const boss = await newColleague({
      name: "Bas Baas",
      roles: ["EMPLOYEE", "MANAGER"],
      managerId: marieke.id,
    });
    const report = await newColleague({ name: "Rik Rapport", managerId: boss.id });
    await file(report);
    const error = await refusedUnchanged(async () =>
      savePerson(linda, await formOf(linda, boss.id, { roles: ["EMPLOYEE"] })),
    );
    expect(error.details).toMatchObject({
      fieldErrors: { roles: "managerRoleInUse" },
      fieldParams: { roles: { reports: "1", open: "1" } },
    });
    // Move the report first (the open declaration moves along); then the role can go.
    await savePerson(linda, await formOf(linda, report.id, { manager: jeroen.email }));
    await savePerson(linda, await formOf(linda, boss.id, { roles: ["EMPLOYEE"] }));
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: boss.id } })).roles).toEqual(["EMPLOYEE"]);
  });

  it("a change of manager is audited (ids only), tells the person and both managers, and moves open declarations to the new manager", async () => {
    const person = await newColleague({ name: "Mila Verhuis", managerId: jeroen.id });
    const waiting = await file(person);
    const asked = await file(person);
    await decideDeclaration(
      jeroen,
      DecisionSchema.parse({
        id: asked.id,
        version: asked.version,
        kind: "INFO_REQUESTED",
        reason: "Welke bakkerij?",
        conditions: "",
      }),
    );
    const decided = await file(person);
    await decideDeclaration(jeroen, approve(decided.id, decided.version));

    await savePerson(linda, await formOf(linda, person.id, { manager: sanne.email }));

    const changed = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: person.id, action: "person.manager-changed" },
    });
    expect(changed.data).toMatchObject({ oldManagerId: jeroen.id, newManagerId: sanne.id, moved: 2, via: "form" });
    expect(JSON.stringify(changed.data)).not.toMatch(/Jeroen|Sanne|Mila/);
    expect(changed.actorId).toBe(linda.id);
    const moves = await db.prisma.auditEvent.findMany({
      where: { action: "declaration.reassigned", entityId: { in: [waiting.id, asked.id, decided.id] } },
    });
    expect(moves.map((m) => m.entityId).sort()).toEqual([waiting.id, asked.id].sort());
    for (const m of moves) expect(m.data).toMatchObject({ fromId: jeroen.id, toId: sanne.id });
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "SUBMITTED",
      assigneeId: sanne.id,
    });
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: asked.id } })).toMatchObject({
      status: "INFO_REQUESTED",
      assigneeId: sanne.id,
    });
    // The notifications: the person and both managers about the change; about each move the person and the old
    // manager; the new manager is asked to decide the waiting one.
    const notes = await db.prisma.notification.findMany({
      where: {
        OR: [
          { kind: "MANAGER_CHANGED", recipientId: { in: [person.id, jeroen.id, sanne.id] } },
          { declarationId: { in: [waiting.id, asked.id] }, kind: { in: ["DECLARATION_MOVED", "DECISION_NEEDED"] } },
        ],
      },
      select: { kind: true, recipientId: true, declarationId: true, params: true },
    });
    const has = (kind: string, recipientId: string, declarationId: string | null = null) =>
      notes.some((n) => n.kind === kind && n.recipientId === recipientId && n.declarationId === declarationId);
    for (const r of [person.id, jeroen.id, sanne.id])
      expect(has("MANAGER_CHANGED", r), `MANAGER_CHANGED to ${r}`).toBe(true);
    for (const r of [person.id, jeroen.id])
      for (const d of [waiting.id, asked.id]) expect(has("DECLARATION_MOVED", r, d)).toBe(true);
    expect(has("DECISION_NEEDED", sanne.id, waiting.id)).toBe(true);
    expect(has("DECLARATION_MOVED", sanne.id, asked.id)).toBe(true);
    // The old manager no longer reads or decides; the new one does.
    expect(await getForDecision(jeroen, waiting.id)).toBeNull();
    expect(await decideDeclaration(sanne, approve(waiting.id, waiting.version + 1))).toMatchObject({
      status: "APPROVED",
    });
  });

  it("with no new manager, open declarations go to the integrity officer", async () => {
    const person = await newColleague({ name: "Noor Zonder", managerId: jeroen.id });
    const waiting = await file(person);
    await savePerson(linda, await formOf(linda, person.id, { manager: "" }));
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "ESCALATED",
      deciderRole: "INTEGRITY_OFFICER",
      assigneeId: null,
    });
    expect(
      await db.prisma.notification.count({
        where: { declarationId: waiting.id, kind: "DECISION_NEEDED", recipientId: ahmed.id },
      }),
    ).toBe(1);
  });

  it("withdrawing a manager's access is not refused, and what waits with them goes to the integrity officer", async () => {
    const boss = await newColleague({
      name: "Gert Gaat",
      roles: ["EMPLOYEE", "MANAGER"],
      managerId: marieke.id,
    });
    const report = await newColleague({ name: "Sara Blijft", managerId: boss.id });
    const waiting = await file(report);
    await setPersonAccess(linda, { id: boss.id, version: (await getPerson(linda, boss.id))!.version, enabled: false });
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "ESCALATED",
      deciderRole: "INTEGRITY_OFFICER",
      assigneeId: null,
    });
    expect(
      (
        await db.prisma.auditEvent.findFirstOrThrow({
          where: { entityId: waiting.id, action: "declaration.reassigned" },
        })
      ).data,
    ).toMatchObject({ fromId: boss.id, toId: null, reason: "access-withdrawn" });
    expect(
      await db.prisma.notification.count({
        where: { declarationId: waiting.id, kind: "DECLARATION_MOVED", recipientId: report.id },
      }),
    ).toBe(1);
    expect(
      await db.prisma.notification.count({
        where: { declarationId: waiting.id, kind: "DECISION_NEEDED", recipientId: ahmed.id },
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("the CSV import follows the same model: refusals per row, and a change of manager moves open declarations", async () => {
    const header = "personeelsnummer;naam;e-mail;leidinggevende";
    const target = await newColleague({
      name: "Ivo Import",
      externalId: "IMP1",
      managerId: jeroen.id,
    });
    const refused = await previewImport(linda, {
      fileName: "a.csv",
      bytes: csv(
        header,
        `IMP1;Ivo Import;${target.email};${linda.email}`,
        `BZK0004;Thomas Jansen;${thomas.email};${fatima.email}`,
      ),
    });
    expect((await getImport(linda, refused.id))!.rows.map((r) => r.reasons.map((x) => x.code))).toEqual([
      ["managerIsViewer"],
      ["managerNotManager"],
    ]);
    expect((await errorOf(applyImport(linda, { id: refused.id }))).details).toEqual({ reason: "rejectedRows" });

    const waiting = await file(target);
    const { id } = await previewImport(linda, {
      fileName: "b.csv",
      bytes: csv(header, `IMP1;Ivo Import;${target.email};${marieke.email}`),
    });
    await applyImport(linda, { id });
    expect(await db.prisma.declaration.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      assigneeId: marieke.id,
    });
    const changed = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: target.id, action: "person.manager-changed" },
    });
    expect(changed.data).toMatchObject({ oldManagerId: jeroen.id, newManagerId: marieke.id, moved: 1, via: "import" });
    expect(
      await db.prisma.notification.count({
        where: { kind: "MANAGER_CHANGED", recipientId: { in: [target.id, jeroen.id, marieke.id] } },
      }),
    ).toBeGreaterThanOrEqual(3);
  });

  it("the /vervanging list offers exactly the colleagues the data layer accepts as deputy", async () => {
    const left = await createPerson(db.prisma, jeroen.organisationId, {
      name: "Vera Vertrokken",
      roles: ["EMPLOYEE", "MANAGER"],
      employmentEnd: new Date(`${day(-2)}T00:00:00Z`),
    });
    const offered = new Set((await listDelegations(jeroen)).candidates.map((c) => c.id));
    expect(offered.has(left.id)).toBe(false);
    const everyone = await db.prisma.person.findMany({
      where: { organisationId: jeroen.organisationId },
      select: { id: true },
    });
    const accepted = new Set<string>();
    for (const p of everyone) {
      try {
        const made = await createDelegation(
          jeroen,
          DelegationSchema.parse({ deputyId: p.id, startsOn: day(30), endsOn: day(31) }),
        );
        accepted.add(p.id);
        await db.prisma.delegation.update({ where: { id: made.id }, data: { revokedAt: new Date() } });
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
      }
    }
    expect([...accepted].sort()).toEqual([...offered].sort());
    expect(accepted.size).toBeGreaterThan(0);
  });
});
