// The request context of tests/support/request-context.ts works end to end: a server action run with a
// signed session cookie sees that person, and without one it sends the visitor to sign in.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { useDatabaseForTests } from "@/lib/db";
import { saveDeclarationAction } from "@/lib/declarations/actions";
import { createSeededTestDb, type TestDb } from "@/tests/support/db";
import { resetRequest, runAction, signInAs } from "@/tests/support/request-context";

describe("server actions in a test request", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createSeededTestDb("pglite");
    useDatabaseForTests(db);
  });
  afterAll(async () => db?.close());

  it("sends a visitor without a session to sign in, and stores nothing", async () => {
    resetRequest();
    const before = await db.prisma.declaration.count();
    const form = new FormData();
    form.set("_type", "gift");
    const outcome = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
    expect(outcome.redirect).toBe("/aanmelden");
    expect(await db.prisma.declaration.count()).toBe(before);
  });

  it("runs the action as the signed-in person", async () => {
    resetRequest();
    const fatima = await db.prisma.person.findFirstOrThrow({ where: { name: "Fatima El Amrani" } });
    await signInAs(db.prisma, fatima.id);
    const form = new FormData();
    form.set("_type", "gift");
    const before = await db.prisma.declaration.count({ where: { personId: fatima.id } });
    const outcome = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
    // An empty gift is saved as a draft of hers (drafts may be incomplete).
    const draft = await db.prisma.declaration.findFirstOrThrow({
      where: { personId: fatima.id },
      orderBy: { createdAt: "desc" },
    });
    expect(await db.prisma.declaration.count({ where: { personId: fatima.id } })).toBe(before + 1);
    expect(outcome.result).toMatchObject({ status: "success", id: draft.id });
  });
});
