// What an import WOULD do, computed from the normalised rows and a snapshot of the organisation: per row
// new / changed (field: old -> new) / unchanged / rejected with reasons, and the writes to make. Pure: the
// data layer loads the snapshot, computes the plan at upload (the preview) and again at apply; when the two
// differ, people changed in between and the preview is stale.
import type { Role } from "@/lib/generated/prisma/client";
import type { ImportRow, Issue } from "./csv";
import { ROLE_ORDER } from "./values";
import {
  managerLinkRefusal,
  managerRoleRemovalRefusal,
  ownChangeRefusal,
  type AuthorityPerson,
} from "./authority-rules";
import {
  type ExistingPerson,
  type PlanContext,
  type PlanField,
  type Change,
  type Outcome,
  type ReportRow,
  type PersonData,
  type PersonWrite,
  type Plan,
} from "./plan-model";

const BOOLEANS = ["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction"] as const;

/**
 * Follows the management chain up from `start` (with `managerOf` as it would be) and returns the chain
 * when it comes back to `start` (["a", "b", "a"]), or null when it ends or runs into a loop elsewhere.
 */
export function findCycle(start: string, managerOf: (node: string) => string | null | undefined): string[] | null {
  const path = [start];
  const seen = new Set(path);
  let current = managerOf(start);
  while (current) {
    if (current === start) return [...path, start];
    if (seen.has(current)) return null;
    seen.add(current);
    path.push(current);
    current = managerOf(current);
  }
  return null;
}

export const rolesText = (roles: readonly Role[]) => ROLE_ORDER.filter((r) => roles.includes(r)).join(",");

/** The plan for these rows against this snapshot. Deterministic: the same input gives the same report. */
export function buildPlan(rows: ImportRow[], ctx: PlanContext): Plan {
  const byId = new Map(ctx.people.map((p) => [p.id, p]));
  const byExternalId = new Map(ctx.people.filter((p) => p.externalId).map((p) => [p.externalId!, p]));
  const byEmail = new Map(ctx.people.map((p) => [p.email, p]));
  const unitsById = new Map(ctx.units.map((u) => [u.id, u]));
  const unitByCode = new Map(ctx.units.filter((u) => u.code).map((u) => [u.code!.toLowerCase(), u]));
  const unitByName = new Map(ctx.units.map((u) => [u.name.toLowerCase(), u]));

  const linesBy = (key: (r: ImportRow) => string) => {
    const map = new Map<string, number[]>();
    for (const r of rows) if (key(r)) map.set(key(r), [...(map.get(key(r)) ?? []), r.line]);
    return map;
  };
  const extLines = linesBy((r) => r.externalId);
  const emailLines = linesBy((r) => r.email);

  // 1. Who each row is: an existing person (by personnel number, then by e-mail) or someone new.
  const reasons = new Map<ImportRow, Issue[]>(rows.map((r) => [r, [...r.issues]]));
  const matched = new Map<ImportRow, ExistingPerson | null>();
  const nodeOf = new Map<ImportRow, string>();
  const others = (lines: number[] | undefined, line: number) => (lines ?? []).filter((l) => l !== line).join(", ");
  for (const row of rows) {
    const issues = reasons.get(row)!;
    if (row.externalId && (extLines.get(row.externalId)?.length ?? 0) > 1)
      issues.push({ code: "duplicateExternalId", params: { lines: others(extLines.get(row.externalId), row.line) } });
    if (row.email && (emailLines.get(row.email)?.length ?? 0) > 1)
      issues.push({ code: "duplicateEmail", params: { lines: others(emailLines.get(row.email), row.line) } });
    let person = row.externalId ? (byExternalId.get(row.externalId) ?? null) : null;
    if (!person && row.email) {
      const sameEmail = byEmail.get(row.email);
      if (sameEmail?.externalId && sameEmail.externalId !== row.externalId) {
        issues.push({
          code: "emailHasOtherExternalId",
          params: { name: sameEmail.name, externalId: sameEmail.externalId },
        });
      } else person = sameEmail ?? null;
    }
    if (row.email && !issues.some((i) => i.code === "emailHasOtherExternalId")) {
      const owner = byEmail.get(row.email);
      if (owner && owner.id !== person?.id) issues.push({ code: "emailBelongsTo", params: { name: owner.name } });
      else if (!owner && ctx.emailsElsewhere.has(row.email)) issues.push({ code: "emailTaken" });
    }
    matched.set(row, person);
    nodeOf.set(row, person ? person.id : `new:${row.line}`);
  }

  // 2. References: unit (code, then name) and manager (personnel number or e-mail, in the file first).
  const fileByExternalId = new Map<string, string>();
  const fileByEmail = new Map<string, string>();
  for (const row of rows) {
    if (row.externalId && !fileByExternalId.has(row.externalId)) fileByExternalId.set(row.externalId, nodeOf.get(row)!);
    if (row.email && !fileByEmail.has(row.email)) fileByEmail.set(row.email, nodeOf.get(row)!);
  }
  const fileNames = new Map(rows.map((r) => [nodeOf.get(r)!, r.name]));
  const nameOf = (node: string) => fileNames.get(node) ?? byId.get(node)?.name ?? node;
  const unitOf = new Map<ImportRow, string | null>();
  const managerNodeOf = new Map<ImportRow, string | null>();
  for (const row of rows) {
    const issues = reasons.get(row)!;
    if (row.unit !== undefined) {
      if (row.unit === null) unitOf.set(row, null);
      else {
        const unit = unitByCode.get(row.unit.toLowerCase()) ?? unitByName.get(row.unit.toLowerCase());
        if (unit) unitOf.set(row, unit.id);
        else issues.push({ code: "unknownUnit", params: { value: row.unit } });
      }
    }
    if (row.manager !== undefined) {
      if (row.manager === null) managerNodeOf.set(row, null);
      else {
        const ref = row.manager;
        const node = ref.includes("@")
          ? (fileByEmail.get(ref.toLowerCase()) ?? byEmail.get(ref.toLowerCase())?.id)
          : (fileByExternalId.get(ref) ?? byExternalId.get(ref)?.id);
        if (!node) issues.push({ code: "unknownManager", params: { value: ref } });
        else if (node === nodeOf.get(row)) issues.push({ code: "selfManager" });
        else managerNodeOf.set(row, node);
      }
    }
  }

  // 3. The management chain as it WOULD be after the import, including managers defined in the same file.
  const managerOfNode = new Map<string, string | null>(ctx.people.map((p) => [p.id, p.managerId]));
  for (const row of rows) {
    const node = nodeOf.get(row)!;
    if (managerNodeOf.has(row)) managerOfNode.set(node, managerNodeOf.get(row)!);
    else if (!matched.get(row)) managerOfNode.set(node, null);
  }
  for (const row of rows) {
    const cycle = findCycle(nodeOf.get(row)!, (n) => managerOfNode.get(n));
    if (cycle) reasons.get(row)!.push({ code: "managerCycle", params: { chain: cycle.map(nameOf).join(" → ") } });
  }

  // 3b. The authority model (decision 032, lib/people/authority-rules.ts), on the organisation as it WOULD be:
  // a new manager link points to an active person holding MANAGER, never to the importer; the importer changes
  // neither their own manager nor their own unit; MANAGER is not taken from someone who keeps reports or open
  // declarations.
  const today = ctx.today ?? "0000-01-01";
  const rowOfNode = new Map(rows.map((r) => [nodeOf.get(r)!, r]));
  const factsAfter = (node: string): AuthorityPerson => {
    const row = rowOfNode.get(node);
    const person = byId.get(node);
    return {
      id: node,
      roles: row?.roles ?? person?.roles ?? ["EMPLOYEE"],
      disabled: ctx.disabledIds?.has(node) ?? false,
      employmentEnd: row && row.employmentEnd !== undefined ? row.employmentEnd : (person?.employmentEnd ?? null),
    };
  };
  for (const row of rows) {
    const issues = reasons.get(row)!;
    const person = matched.get(row) ?? null;
    const own = ownChangeRefusal({
      viewerId: ctx.viewerId,
      targetId: person?.id ?? null,
      roles: false,
      manager: managerNodeOf.has(row) && managerNodeOf.get(row) !== person?.managerId,
      unit: unitOf.has(row) && unitOf.get(row) !== person?.unitId,
    });
    if (own) issues.push({ code: own });
    if (managerNodeOf.has(row) && managerNodeOf.get(row) && managerNodeOf.get(row) !== person?.managerId) {
      const refusal = managerLinkRefusal({
        viewerId: ctx.viewerId,
        targetId: nodeOf.get(row)!,
        candidate: factsAfter(managerNodeOf.get(row)!),
        today,
      });
      if (refusal && refusal !== "managerSelf")
        issues.push({ code: refusal, params: { name: nameOf(managerNodeOf.get(row)!) } });
    }
    if (person && row.roles) {
      const node = nodeOf.get(row)!;
      const reports = [...managerOfNode].filter(([n, m]) => m === node && !ctx.disabledIds?.has(n)).length;
      // Open declarations stay with this person unless their declarant moves to another manager in this file.
      const moves = (personId: string) => {
        const current = byId.get(personId)?.managerId ?? null;
        return current === node && (managerOfNode.get(personId) ?? null) !== current;
      };
      const openAssigned = (ctx.openAssignments ?? []).filter(
        (a) => a.assigneeId === node && !moves(a.personId),
      ).length;
      const refusal = managerRoleRemovalRefusal({ before: person.roles, after: row.roles, reports, openAssigned });
      if (refusal) issues.push({ code: refusal.code, params: refusal.params });
    }
  }
  // 4. Roles: nobody changes their own; nobody hands out or takes away a role beyond their own reach.
  for (const row of rows) {
    if (!row.roles) continue;
    const person = matched.get(row);
    const before = person?.roles ?? ["EMPLOYEE"];
    const changed = ROLE_ORDER.filter((r) => before.includes(r) !== row.roles!.includes(r));
    if (changed.length === 0) continue;
    const issues = reasons.get(row)!;
    if (person && person.id === ctx.viewerId) issues.push({ code: "ownRoles" });
    else
      for (const role of changed.filter((r) => !ctx.grantableRoles.includes(r)))
        issues.push({ code: "roleNotAllowed", params: { role } });
  }

  // 5. What changes, per row.
  const report: ReportRow[] = [];
  const writes: PersonWrite[] = [];
  const unitName = (id: string | null | undefined) => (id ? (unitsById.get(id)?.name ?? null) : null);
  for (const row of rows) {
    const issues = reasons.get(row)!;
    const person = matched.get(row) ?? null;
    const node = nodeOf.get(row)!;
    const base = {
      line: row.line,
      externalId: row.externalId,
      name: row.name,
      personId: person?.id ?? null,
      version: person?.version ?? null,
    };
    if (issues.length) {
      report.push({ ...base, outcome: "rejected", changes: [], reasons: issues });
      continue;
    }
    const changes: Change[] = [];
    const data: PersonData = {};
    const fields: PlanField[] = [];
    // A new person: every value in the file is "new". A match: only the values that differ.
    const set = (field: PlanField, same: boolean, from: string | null, to: string | null, apply: () => void) => {
      if (person && same) return;
      changes.push({ field, from: person ? from : null, to });
      fields.push(field);
      apply();
    };
    const str = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? null : String(v));
    set(
      "externalId",
      person?.externalId === row.externalId,
      person?.externalId ?? null,
      row.externalId,
      () => (data.externalId = row.externalId),
    );
    set("name", person?.name === row.name, person?.name ?? null, row.name, () => (data.name = row.name));
    set("email", person?.email === row.email, person?.email ?? null, row.email, () => (data.email = row.email));
    if (row.functionTitle !== undefined) {
      const to = row.functionTitle;
      set(
        "functionTitle",
        person?.functionTitle === to,
        person?.functionTitle ?? null,
        to,
        () => (data.functionTitle = to),
      );
    }
    if (unitOf.has(row)) {
      const to = unitOf.get(row)!;
      set("unit", person?.unitId === to, unitName(person?.unitId), unitName(to), () => (data.unitId = to));
    }
    let managerNode: string | null | undefined;
    if (managerNodeOf.has(row)) {
      const to = managerNodeOf.get(row)!;
      set(
        "manager",
        person?.managerId === to,
        person?.managerId ? (byId.get(person.managerId)?.name ?? null) : null,
        to ? nameOf(to) : null,
        () => (managerNode = to),
      );
    }
    if (row.roles) {
      const to = rolesText(row.roles);
      set(
        "roles",
        !!person && rolesText(person.roles) === to,
        person ? rolesText(person.roles) : null,
        to,
        () => (data.roles = row.roles),
      );
    }
    if (row.salaryScale !== undefined) {
      const to = row.salaryScale;
      set("salaryScale", person?.salaryScale === to, str(person?.salaryScale), str(to), () => (data.salaryScale = to));
    }
    for (const key of BOOLEANS) {
      const to = row[key];
      if (to !== undefined) set(key, person?.[key] === to, str(person?.[key]), String(to), () => (data[key] = to));
    }
    for (const key of ["employmentStart", "employmentEnd"] as const) {
      const to = row[key];
      if (to !== undefined) set(key, person?.[key] === to, person?.[key] ?? null, to, () => (data[key] = to));
    }
    const outcome: Outcome = !person ? "new" : changes.length ? "changed" : "unchanged";
    report.push({ ...base, outcome, changes: person ? changes : changes.filter((c) => c.to !== null), reasons: [] });
    if (outcome !== "unchanged")
      writes.push({
        line: row.line,
        node,
        personId: person?.id ?? null,
        version: person?.version ?? null,
        data,
        managerNode,
        fields,
      });
  }
  const counts: Record<Outcome, number> = { new: 0, changed: 0, unchanged: 0, rejected: 0 };
  for (const r of report) counts[r.outcome]++;
  return { report: { counts, rows: report }, writes };
}
