// Session lifetimes and revocation, through a real server action with a real signed session cookie
// (tests/support/request-context.ts): the absolute lifetime, the idle timeout (an expired token), a
// disabled person and a bumped sessionVersion are all refused on the very next request, and the proxy
// slides the idle timeout without stretching the absolute lifetime.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { getViewer } from "@/lib/auth/session";
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from "@/lib/auth/session-lifetime";
import { saveDeclarationAction } from "@/lib/declarations/actions";
import { setPersonAccess } from "@/lib/people/data";
import { proxy } from "@/proxy";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { currentRequest, resetRequest, runAction, SESSION_COOKIE, signInAs } from "@/tests/support/request-context";

const now = () => Math.floor(Date.now() / 1000);

describe.each(DB_KINDS)("sessions on %s", (kind) => {
  let db: TestDb;
  let fatimaId: string;
  let linda: string;

  beforeAll(async () => {
    process.env.RATE_LIMIT_SUBMIT_PER_HOUR = "1000000";
    db = await openSeededDb(kind);
    fatimaId = (await db.prisma.person.findFirstOrThrow({ where: { name: "Fatima El Amrani" } })).id;
    linda = (await db.prisma.person.findFirstOrThrow({ where: { name: "Linda Smit" } })).id;
  });
  afterAll(async () => db?.close());
  beforeEach(() => resetRequest());

  /** A draft save as the person the request is signed in as: "saved", or "sent to sign in" with nothing stored. */
  async function saveDraft(): Promise<"saved" | "signed-out"> {
    const before = await db.prisma.declaration.count();
    const form = new FormData();
    form.set("_type", "gift");
    const outcome = await runAction(() => saveDeclarationAction({ status: "idle" }, form));
    if (outcome.redirect === "/aanmelden") {
      expect(await db.prisma.declaration.count()).toBe(before);
      return "signed-out";
    }
    expect(outcome.result).toMatchObject({ status: "success" });
    return "saved";
  }

  it("accepts a fresh session, and one just inside the absolute lifetime", async () => {
    await signInAs(db.prisma, fatimaId);
    expect(await saveDraft()).toBe("saved");
    await signInAs(db.prisma, fatimaId, { authTime: now() - SESSION_ABSOLUTE_HOURS * 3600 + 60 });
    expect(await saveDraft()).toBe("saved");
  });

  it("ends a session after the absolute lifetime, however active it was (10 hours)", async () => {
    expect(SESSION_ABSOLUTE_HOURS).toBe(10);
    await signInAs(db.prisma, fatimaId, { authTime: now() - SESSION_ABSOLUTE_HOURS * 3600 - 1 });
    expect(await saveDraft()).toBe("signed-out");
    expect(await getViewer()).toBeNull();
  });

  it("ends a session whose token has expired (the idle timeout, 30 minutes)", async () => {
    expect(SESSION_IDLE_MINUTES).toBe(30);
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: fatimaId } });
    const claims = { sub: fatimaId, personId: fatimaId, sessionVersion: person.sessionVersion, authTime: now() - 3600 };
    // Issued 31 minutes ago with the 30-minute idle lifetime, never slid since.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 31 * 60_000);
    const expired = await encode({
      token: claims,
      secret: process.env.NEXTAUTH_SECRET!,
      maxAge: SESSION_IDLE_MINUTES * 60,
    });
    vi.useRealTimers();
    currentRequest().cookies.set(SESSION_COOKIE, expired);
    expect(await saveDraft()).toBe("signed-out");
  });

  it("refuses a forged or tampered token", async () => {
    const forged = await encode({
      token: { sub: fatimaId, personId: fatimaId, sessionVersion: 0, authTime: now() },
      secret: "another-secret-that-is-at-least-32-characters",
      maxAge: 600,
    });
    currentRequest().cookies.set(SESSION_COOKIE, forged);
    expect(await saveDraft()).toBe("signed-out");
    await signInAs(db.prisma, fatimaId);
    const good = currentRequest().cookies.get(SESSION_COOKIE)!;
    currentRequest().cookies.set(SESSION_COOKIE, good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));
    expect(await saveDraft()).toBe("signed-out");
  });

  it("ends every session of a person at once when HR withdraws their access, and not before", async () => {
    const thomas = await db.prisma.person.findFirstOrThrow({ where: { name: "Thomas Jansen" } });
    await signInAs(db.prisma, thomas.id);
    const thomasCookie = currentRequest().cookies.get(SESSION_COOKIE)!;
    expect(await saveDraft()).toBe("saved");

    // HR (Linda Smit, same organisation) withdraws Thomas's access through the people data layer.
    resetRequest();
    await signInAs(db.prisma, linda);
    const hr = (await getViewer())!;
    await setPersonAccess(hr, { id: thomas.id, version: thomas.version, enabled: false });

    // Thomas's next request, with the very same (still unexpired, validly signed) cookie, is refused.
    resetRequest();
    currentRequest().cookies.set(SESSION_COOKIE, thomasCookie);
    expect(await saveDraft()).toBe("signed-out");

    // Giving access back does not revive the old session (its sessionVersion was bumped): he signs in anew.
    const disabled = await db.prisma.person.findUniqueOrThrow({ where: { id: thomas.id } });
    resetRequest();
    await signInAs(db.prisma, linda);
    await setPersonAccess((await getViewer())!, { id: thomas.id, version: disabled.version, enabled: true });
    resetRequest();
    currentRequest().cookies.set(SESSION_COOKIE, thomasCookie);
    expect(await saveDraft()).toBe("signed-out");
    await signInAs(db.prisma, thomas.id);
    expect(await saveDraft()).toBe("saved");
  });

  it("refuses a session when the person's sessionVersion was bumped (sign out everywhere)", async () => {
    await signInAs(db.prisma, fatimaId);
    expect(await saveDraft()).toBe("saved");
    await db.prisma.person.update({ where: { id: fatimaId }, data: { sessionVersion: { increment: 1 } } });
    expect(await saveDraft()).toBe("signed-out");
  });

  it("a token minted in demo mode (demo claim) works in demo mode and is refused outside it, by the session and by the proxy (decision 034)", async () => {
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: fatimaId } });
    const claims = { sub: fatimaId, personId: fatimaId, sessionVersion: person.sessionVersion, authTime: now() - 600 };
    const secret = process.env.NEXTAUTH_SECRET!;
    const maxAge = SESSION_IDLE_MINUTES * 60;
    // Issued ten minutes ago, so the proxy would re-issue it (encode stamps "iat" with the clock).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 600_000);
    const demoToken = await encode({ token: { ...claims, demo: true }, secret, maxAge });
    const plainToken = await encode({ token: claims, secret, maxAge });
    vi.useRealTimers();
    const slide = (token: string) =>
      proxy(new NextRequest("http://localhost:3000/meldingen", { headers: { cookie: `${SESSION_COOKIE}=${token}` } }));

    // The test runner is the demo (PORTAL_DEMO=on, vitest.config.ts): the demo token is a session.
    currentRequest().cookies.set(SESSION_COOKIE, demoToken);
    expect((await getViewer())?.id).toBe(fatimaId);
    expect((await slide(demoToken)).cookies.get(SESSION_COOKIE)).toBeDefined();

    const saved = process.env.PORTAL_DEMO;
    try {
      process.env.PORTAL_DEMO = "off";
      // Outside demo mode, under the very same key: refused, and never re-issued.
      expect(await getViewer()).toBeNull();
      expect((await slide(demoToken)).cookies.get(SESSION_COOKIE)).toBeUndefined();
      // Control: the same claims without the demo claim are a session there.
      currentRequest().cookies.set(SESSION_COOKIE, plainToken);
      expect((await getViewer())?.id).toBe(fatimaId);
      expect((await slide(plainToken)).cookies.get(SESSION_COOKIE)).toBeDefined();
    } finally {
      process.env.PORTAL_DEMO = saved;
    }
  });

  it("the proxy slides the idle timeout but keeps the sign-in time, so the absolute lifetime still ends the session", async () => {
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: fatimaId } });
    const authTime = now() - 3600;
    const claims = { sub: fatimaId, personId: fatimaId, sessionVersion: person.sessionVersion, authTime };
    const secret = process.env.NEXTAUTH_SECRET!;

    // A token issued just now is not re-issued (at most once a minute).
    const fresh = await encode({ token: claims, secret, maxAge: SESSION_IDLE_MINUTES * 60 });
    const quiet = await proxy(
      new NextRequest("http://localhost:3000/meldingen", { headers: { cookie: `${SESSION_COOKIE}=${fresh}` } }),
    );
    expect(quiet.cookies.get(SESSION_COOKIE)).toBeUndefined();

    // One issued 10 minutes ago comes back with a fresh 30-minute expiry and the same authTime.
    // (next-auth's encode() stamps "iat" with the clock: turn the clock back ten minutes for it.)
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 600_000);
    const older = await encode({ token: claims, secret, maxAge: SESSION_IDLE_MINUTES * 60 });
    vi.useRealTimers();
    const slid = await proxy(
      new NextRequest("http://localhost:3000/meldingen", { headers: { cookie: `${SESSION_COOKIE}=${older}` } }),
    );
    const cookie = slid.cookies.get(SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_IDLE_MINUTES * 60 });
    const token = (await decode({ token: cookie.value, secret }))!;
    expect(token.authTime).toBe(authTime);
    expect(Number(token.exp)).toBeGreaterThanOrEqual(now() + SESSION_IDLE_MINUTES * 60 - 5);

    // A request without a session still gets its CSP, but no session cookie; on the sign-in page in demo mode the one
    // cookie is next-auth's CSRF token for the demo sign-in form, which works without JavaScript (decision 060).
    const anonymous = await proxy(new NextRequest("http://localhost:3000/aanmelden"));
    expect(anonymous.cookies.getAll().map((c) => c.name)).toEqual(["next-auth.csrf-token"]);
    expect(anonymous.cookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(anonymous.headers.get("content-security-policy")).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    // Any other page: no cookie at all.
    const elsewhere = await proxy(new NextRequest("http://localhost:3000/gedragscode"));
    expect(elsewhere.cookies.getAll()).toEqual([]);
    // Outside demo mode the sign-in page gets no cookie either: next-auth sets its own CSRF cookie there.
    const saved = process.env.PORTAL_DEMO;
    try {
      process.env.PORTAL_DEMO = "off";
      const production = await proxy(new NextRequest("http://localhost:3000/aanmelden"));
      expect(production.cookies.getAll()).toEqual([]);
    } finally {
      process.env.PORTAL_DEMO = saved;
    }
  });
});
