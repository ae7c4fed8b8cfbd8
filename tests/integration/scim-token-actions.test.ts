// The SCIM token page's server actions (decision 070): a new token comes back in the action's state (shown once,
// never in a URL) and works at once; rotating hands out a new one and stops the old; revoking stops it; bad input
// gets a specific Dutch message and changes nothing; a token beyond the administrator's reach is refused.
// Who may call them: tests/integration/authorisation-matrix.table.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { createScimTokenAction, revokeScimTokenAction, rotateScimTokenAction } from "@/lib/scim/actions";
import { authenticateScimToken, listScimTokens } from "@/lib/scim/tokens";
import { openSeededDb, demoViewers } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";
import type { Viewer } from "@/lib/auth/session";

/** A token action's answer, read in the test (the state's union narrowed by hand). */
type State = { status: string; message?: string; fieldErrors?: Record<string, string>; token?: string; id?: string };
const stateOf = (r: { result?: unknown }) => r.result as State | undefined;

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};

describe.each(DB_KINDS)("SCIM token actions on %s", (kind) => {
  let db: TestDb;
  let linda: Viewer, pieter: Viewer;
  const count = () => db.prisma.scimToken.count();
  const audit = () => db.prisma.auditEvent.count();

  beforeAll(async () => {
    db = await openSeededDb(kind);
    ({ linda, pieter } = await demoViewers(db.prisma));
  });
  afterAll(async () => {
    resetRequest();
    await db?.close();
  });

  it("creates a token, answers it once in the state, and it works at once", async () => {
    await signInAs(db.prisma, linda.id);
    const { result, redirect } = await runAction(() =>
      createScimTokenAction({ status: "idle" }, form({ name: "  Entra   ID productie ", roles: ["MANAGER"] })),
    );
    expect(redirect).toBeUndefined();
    expect(result).toMatchObject({ status: "success", message: "De sleutel is gemaakt." });
    expect(result!.token).toMatch(/^ipscim_[A-Za-z0-9_-]{43}$/);
    const client = await authenticateScimToken(result!.token!);
    expect(client?.grantableRoles).toEqual(["EMPLOYEE", "MANAGER"]);
    const listed = (await listScimTokens(linda)).find((k) => k.id === result!.id);
    expect(listed).toMatchObject({ name: "Entra ID productie", createdBy: linda.name, revokedAt: null });
    // Only a fingerprint is stored.
    const row = await db.prisma.scimToken.findUniqueOrThrow({ where: { id: result!.id! } });
    expect(JSON.stringify(row)).not.toContain(result!.token!);
  });

  it.each([
    [{ name: "" }, "name", "Vul de naam van de sleutel in."],
    [{ name: "   " }, "name", "Vul de naam van de sleutel in."],
    [{ name: "x".repeat(101) }, "name", "De naam mag hoogstens 100 tekens lang zijn."],
    [{ name: "a\u0000b" }, "name", "Deze tekst bevat een teken dat niet kan worden opgeslagen"],
    [{ name: "Keycloak", roles: ["GOD"] }, "roles", "Je mag een van deze rollen niet toekennen"],
  ])("refuses %j with a message on %s and changes nothing", async (fields, field, text) => {
    await signInAs(db.prisma, linda.id);
    const [tokens, events] = [await count(), await audit()];
    const result = stateOf(await runAction(() => createScimTokenAction({ status: "idle" }, form(fields))));
    expect(result?.status).toBe("error");
    expect(result?.fieldErrors?.[field]).toContain(text);
    expect(result?.token).toBeUndefined();
    expect([await count(), await audit()]).toEqual([tokens, events]);
  });

  it("refuses a role beyond the administrator's own reach (an ADMIN cannot let a token hand out HR)", async () => {
    await signInAs(db.prisma, pieter.id);
    const tokens = await count();
    const result = stateOf(
      await runAction(() => createScimTokenAction({ status: "idle" }, form({ name: "Keycloak", roles: ["HR"] }))),
    );
    expect(result?.status).toBe("error");
    expect(result?.fieldErrors?.roles).toContain("Je mag een van deze rollen niet toekennen");
    expect(await count()).toBe(tokens);
  });

  it("rotates: a new token in the state, the old one refused", async () => {
    await signInAs(db.prisma, linda.id);
    const made = await runAction(() => createScimTokenAction({ status: "idle" }, form({ name: "Te vernieuwen" })));
    const { result } = await runAction(() => rotateScimTokenAction({ status: "idle" }, form({ id: made.result!.id! })));
    expect(result).toMatchObject({ status: "success" });
    expect(result!.token).not.toBe(made.result!.token);
    expect(await authenticateScimToken(made.result!.token!)).toBeNull();
    expect(await authenticateScimToken(result!.token!)).not.toBeNull();
    // Rotating it again is refused: it is revoked.
    const again = await runAction(() => rotateScimTokenAction({ status: "idle" }, form({ id: made.result!.id! })));
    expect(again.result).toMatchObject({ status: "error" });
    expect(stateOf(again)?.message).toContain("al ingetrokken");
  });

  it("revokes: redirects to the page with a notice, never the token, and the token is refused", async () => {
    await signInAs(db.prisma, pieter.id);
    const made = await runAction(() => createScimTokenAction({ status: "idle" }, form({ name: "In te trekken" })));
    const { redirect } = await runAction(() =>
      revokeScimTokenAction({ status: "idle" }, form({ id: made.result!.id! })),
    );
    expect(redirect).toBe("/beheer/mensen/koppeling?ingetrokken=1");
    expect(await authenticateScimToken(made.result!.token!)).toBeNull();
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: made.result!.id!, entityType: "ScimToken" },
      select: { action: true, actorId: true },
      orderBy: { seq: "asc" },
    });
    expect(events).toEqual([
      { action: "scim-token.created", actorId: pieter.id },
      { action: "scim-token.revoked", actorId: pieter.id },
    ]);
  });
});
