// Single sign-on (docs/decisions/033-single-sign-on.md): matching an identity to a person with a reason code
// for every refusal, refusals logged without addresses and audited when the person is known, an
// administrator unlinking a subject, and the sign-out route sending the browser to a real provider's
// end_session_endpoint (oidc-provider, started here).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import net, { type AddressInfo } from "node:net";
import type { Server } from "node:http";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import Provider from "oidc-provider";
import { refuseSignIn, resolveOidcPerson } from "@/lib/auth/oidc-link";
import { oidcClaims } from "@/lib/auth/oidc-claims";
import { setLogSink } from "@/lib/log";
import { getSsoLink, unlinkOidcSubject } from "@/lib/people/data";
import { POST as signOutRoute } from "@/app/api/afmelden/route";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { currentRequest, resetRequest, SESSION_COOKIE } from "@/tests/support/request-context";
import { viewerByName } from "@/tests/support/viewer";

const FATIMA = "fatima.el.amrani@bzk.example";

describe("oidcClaims: e-mail from userinfo where the ID token lacks it", () => {
  const tokens = (claims: Record<string, unknown>) => ({ access_token: "at", claims: () => claims }) as never;
  const client = (info: Record<string, unknown>) => {
    const calls: number[] = [];
    return { calls, userinfo: async () => (calls.push(1), info) };
  };

  it("takes email and email_verified from userinfo when the ID token has only the subject", async () => {
    const c = client({ sub: "s1", email: FATIMA, email_verified: true });
    expect(await oidcClaims(tokens({ sub: "s1" }), c)).toMatchObject({
      sub: "s1",
      email: FATIMA,
      email_verified: true,
    });
    expect(c.calls).toHaveLength(1);
  });

  it("does not ask userinfo when the ID token has both, and never lets userinfo replace the ID token's address", async () => {
    const c = client({ sub: "s1", email: "ander@bzk.example", email_verified: true });
    expect(await oidcClaims(tokens({ sub: "s1", email: FATIMA, email_verified: false }), c)).toMatchObject({
      email: FATIMA,
      email_verified: false,
    });
    expect(c.calls).toHaveLength(0);
    // The ID token names the address without email_verified: userinfo's verdict counts only for that same address.
    expect(await oidcClaims(tokens({ sub: "s1", email: FATIMA }), c)).not.toHaveProperty("email_verified");
    const same = client({ sub: "s1", email: FATIMA.toUpperCase(), email_verified: true });
    expect(await oidcClaims(tokens({ sub: "s1", email: FATIMA }), same)).toMatchObject({
      email: FATIMA,
      email_verified: true,
    });
  });
});

describe.each(DB_KINDS)("single sign-on on %s", (kind) => {
  let db: TestDb;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await openSeededDb(kind);
    setLogSink({ stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
  }, 180_000);
  afterAll(async () => {
    setLogSink();
    await db?.close();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  const person = (email: string) =>
    db.prisma.person.findUniqueOrThrow({
      where: { email },
      select: { id: true, organisationId: true, oidcSubject: true, sessionVersion: true, version: true },
    });
  const refusals = (personId: string) =>
    db.prisma.auditEvent.count({ where: { entityId: personId, action: "person.sign-in-refused" } });

  it("refuses with a reason code, links a verified address once, and then needs that same subject", async () => {
    const p = db.prisma;
    expect(await resolveOidcPerson(p, { subject: "", email: FATIMA, emailVerified: true })).toEqual({
      ok: false,
      reason: "no-subject",
    });
    expect(await resolveOidcPerson(p, { subject: "s-a", email: null, emailVerified: true })).toEqual({
      ok: false,
      reason: "no-email",
    });
    expect(await resolveOidcPerson(p, { subject: "s-a", email: "niemand@bzk.example", emailVerified: true })).toEqual({
      ok: false,
      reason: "unknown-address",
    });
    const fatima = await person(FATIMA);
    expect(await resolveOidcPerson(p, { subject: "s-a", email: FATIMA, emailVerified: false })).toEqual({
      ok: false,
      reason: "email-unverified",
      person: { id: fatima.id, organisationId: fatima.organisationId },
    });
    expect((await person(FATIMA)).oidcSubject).toBeNull();
    // OIDC_TRUST_EMAIL=true trusts an unverified address (a provider whose addresses come from the own directory).
    expect(
      await resolveOidcPerson(p, { subject: "s-a", email: FATIMA, emailVerified: null }, { OIDC_TRUST_EMAIL: "true" }),
    ).toMatchObject({ ok: true, person: { id: fatima.id } });
    expect((await person(FATIMA)).oidcSubject).toBe("s-a");
    expect(await db.prisma.auditEvent.count({ where: { entityId: fatima.id, action: "person.sso-linked" } })).toBe(1);
    // Same subject: in, whatever address it now sends. Another subject with her address: refused.
    expect(await resolveOidcPerson(p, { subject: "s-a", email: null, emailVerified: null })).toMatchObject({
      ok: true,
    });
    expect(await resolveOidcPerson(p, { subject: "s-b", email: FATIMA, emailVerified: true })).toEqual({
      ok: false,
      reason: "subject-mismatch",
      person: { id: fatima.id, organisationId: fatima.organisationId },
    });
  });

  it("refuses closed accounts and people whose employment has ended", async () => {
    const thomas = await person("thomas.jansen@bzk.example");
    await db.prisma.person.update({ where: { id: thomas.id }, data: { disabledAt: new Date() } });
    expect(
      await resolveOidcPerson(db.prisma, { subject: "s-t", email: "thomas.jansen@bzk.example", emailVerified: true }),
    ).toMatchObject({ ok: false, reason: "account-closed" });
    await db.prisma.person.update({
      where: { id: thomas.id },
      data: { disabledAt: null, employmentEnd: new Date(Date.now() - 3 * 86_400_000) },
    });
    expect(
      await resolveOidcPerson(db.prisma, { subject: "s-t", email: "thomas.jansen@bzk.example", emailVerified: true }),
    ).toMatchObject({ ok: false, reason: "employment-ended" });
    expect((await person("thomas.jansen@bzk.example")).oidcSubject).toBeNull();
    await db.prisma.person.update({ where: { id: thomas.id }, data: { employmentEnd: null } });
  });

  it("logs every refusal with its reason and no address, and audits it when the person is known", async () => {
    const fatima = await person(FATIMA);
    const before = await refusals(fatima.id);
    await refuseSignIn(db.prisma, "unknown-address");
    await refuseSignIn(db.prisma, "subject-mismatch", { id: fatima.id, organisationId: fatima.organisationId });
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { level: "warn", event: "auth.sign-in-refused", reason: "unknown-address" },
      {
        level: "warn",
        event: "auth.sign-in-refused",
        reason: "subject-mismatch",
        personId: fatima.id,
        organisationId: fatima.organisationId,
      },
    ]);
    expect(lines.join("\n")).not.toContain("@");
    expect(await refusals(fatima.id)).toBe(before + 1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: fatima.id, action: "person.sign-in-refused" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({
      organisationId: fatima.organisationId,
      actorId: null,
      data: { reason: "subject-mismatch", method: "oidc" },
    });
  });

  it("lets an administrator unlink a subject with a reason (audited, sessions ended), after which a verified sign-in links again", async () => {
    const pieter = await viewerByName(db.prisma, "Pieter Mulder");
    const fatima = await person(FATIMA);
    expect(fatima.oidcSubject).toBe("s-a");
    expect(await getSsoLink(pieter, fatima.id)).toMatchObject({ linked: true, mayUnlink: true });
    await unlinkOidcSubject(pieter, { id: fatima.id, reason: "  Account opnieuw aangemaakt  " });
    const after = await person(FATIMA);
    expect(after).toMatchObject({
      oidcSubject: null,
      sessionVersion: fatima.sessionVersion + 1,
      version: fatima.version + 1,
    });
    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: fatima.id, action: "person.sso-unlinked" },
    });
    expect(event).toMatchObject({ actorId: pieter.id, data: { reason: "Account opnieuw aangemaakt" } });
    expect(await resolveOidcPerson(db.prisma, { subject: "s-b", email: FATIMA, emailVerified: true })).toMatchObject({
      ok: true,
      person: { id: fatima.id },
    });
    expect((await person(FATIMA)).oidcSubject).toBe("s-b");
  });

  it("refuses unlinking by HR, of oneself, of someone not linked, without a reason, and across organisations, changing nothing", async () => {
    const pieter = await viewerByName(db.prisma, "Pieter Mulder");
    const linda = await viewerByName(db.prisma, "Linda Smit");
    const fatima = await person(FATIMA);
    await db.prisma.person.update({ where: { id: pieter.id }, data: { oidcSubject: "s-pieter" } });
    const daan = await person("daan.meijer@eerstekamer.example");
    await db.prisma.person.update({ where: { id: daan.id }, data: { oidcSubject: "s-daan" } });
    const snapshot = async () =>
      db.prisma.person.findMany({
        where: { id: { in: [fatima.id, pieter.id, daan.id] } },
        orderBy: { id: "asc" },
        select: { oidcSubject: true, version: true, sessionVersion: true },
      });
    const events = () => db.prisma.auditEvent.count({ where: { action: "person.sso-unlinked" } });
    const [before, eventsBefore] = [await snapshot(), await events()];
    await expect(unlinkOidcSubject(linda, { id: fatima.id, reason: "HR" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getSsoLink(linda, fatima.id)).toMatchObject({ linked: true, mayUnlink: false });
    await expect(unlinkOidcSubject(pieter, { id: pieter.id, reason: "Zelf" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "ownLink" },
    });
    expect(await getSsoLink(pieter, pieter.id)).toMatchObject({ linked: true, mayUnlink: false });
    await expect(unlinkOidcSubject(pieter, { id: fatima.id, reason: "   " })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { reason: "unlinkReasonRequired" },
    });
    await expect(unlinkOidcSubject(pieter, { id: fatima.id, reason: "x".repeat(501) })).rejects.toMatchObject({
      details: { reason: "unlinkReasonTooLong" },
    });
    await expect(unlinkOidcSubject(pieter, { id: daan.id, reason: "Andere organisatie" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const thomas = await person("thomas.jansen@bzk.example");
    await expect(unlinkOidcSubject(pieter, { id: thomas.id, reason: "Niet gekoppeld" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "notLinked" },
    });
    expect(await snapshot()).toEqual(before);
    expect(await events()).toBe(eventsBefore);
  });

  describe("signing out", () => {
    let server: Server;
    let issuer = "";
    const saved = { ...process.env };

    beforeAll(async () => {
      // A free port first: the provider's issuer must be the URL it is reached at.
      const probe = net.createServer().listen(0);
      await new Promise((r) => probe.once("listening", r));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((r) => probe.close(r));
      issuer = `http://localhost:${port}`;
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: "portaal",
            client_secret: "geheim",
            redirect_uris: ["http://localhost:3000/api/auth/callback/oidc"],
            post_logout_redirect_uris: ["http://localhost:3000/aanmelden"],
          },
        ],
      });
      server = provider.listen(port);
      await new Promise((r) => server.once("listening", r));
    });
    afterAll(() => {
      server?.close();
      process.env = saved;
    });

    const post = (origin?: string) =>
      new NextRequest("http://localhost:3000/api/afmelden", { method: "POST", headers: origin ? { origin } : {} });

    it("without single sign-on: removes the session cookie and goes to the sign-in page", async () => {
      delete process.env.OIDC_ISSUER;
      delete process.env.OIDC_CLIENT_ID;
      delete process.env.OIDC_CLIENT_SECRET;
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      resetRequest();
      currentRequest().cookies.set(SESSION_COOKIE, "x");
      const response = await signOutRoute(post("http://localhost:3000"));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("http://localhost:3000/aanmelden");
      expect(response.headers.get("set-cookie")).toMatch(
        new RegExp(`^${SESSION_COOKIE.replace(/\./g, "\\.")}=; Path=/; Max-Age=0; HttpOnly`),
      );
    });

    it("refuses a sign-out posted from another site", async () => {
      resetRequest();
      expect((await signOutRoute(post("https://elders.example"))).status).toBe(403);
    });

    it("with single sign-on: continues at the provider's end_session_endpoint with id_token_hint and the way back", async () => {
      Object.assign(process.env, {
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: "portaal",
        OIDC_CLIENT_SECRET: "geheim",
        NEXTAUTH_URL: "http://localhost:3000",
      });
      resetRequest();
      const token = await encode({
        token: { personId: "p1", sessionVersion: 1, authTime: 1, idToken: "header.payload.signature" },
        secret: process.env.NEXTAUTH_SECRET!,
        maxAge: 1800,
      });
      currentRequest().cookies.set(SESSION_COOKIE, token);
      const response = await signOutRoute(post("http://localhost:3000"));
      expect(response.status).toBe(303);
      const target = new URL(response.headers.get("location")!);
      expect(`${target.origin}${target.pathname}`).toBe(`${issuer}/session/end`);
      expect(Object.fromEntries(target.searchParams)).toEqual({
        id_token_hint: "header.payload.signature",
        client_id: "portaal",
        post_logout_redirect_uri: "http://localhost:3000/aanmelden",
      });
      expect(response.headers.get("set-cookie")).toContain(`${SESSION_COOKIE}=; Path=/; Max-Age=0`);
      // No session cookie at all: only the portal's sign-in page (nothing to end at the provider for this browser).
      resetRequest();
      expect((await signOutRoute(post("http://localhost:3000"))).headers.get("location")).toBe(
        "http://localhost:3000/aanmelden",
      );
    });
  });
});
