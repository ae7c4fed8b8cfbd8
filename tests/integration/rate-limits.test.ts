// Rate limits stored in the database (lib/rate-limit): the counter is exact under concurrency, declaration
// saves and submissions are limited per person with a clear message and nothing stored, and next-auth's
// sign-in endpoints answer 429 after too many failed attempts per account or per address, while
// successful sign-ins never count. Also the origin check in front of next-auth's POST endpoints.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { saveDeclarationAction, submitDeclarationAction } from "@/lib/declarations/actions";
import { rateLimitSettings } from "@/lib/rate-limit/config";
import { hitRateLimit, purgeRateLimitWindows, windowStartOf } from "@/lib/rate-limit/store";
import { runDailyTasks } from "@/lib/jobs/daily";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { signInRateLimit } from "@/lib/auth/sign-in-limit";
import { refuseCrossOrigin } from "@/lib/http/origin";
import { openSeededDb } from "@/tests/support/seeded";
import { DB_KINDS, type TestDb } from "@/tests/support/db";
import { currentRequest, resetRequest, runAction, signInAs } from "@/tests/support/request-context";

/** The message of an action state, whatever its status. */
const messageOf = (state: unknown): string | undefined => (state as { message?: string } | undefined)?.message;

const ENV_KEYS = [
  "RATE_LIMIT_SUBMIT_PER_HOUR",
  "RATE_LIMIT_SIGN_IN_PER_15_MIN",
  "RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN",
] as const;

describe.each(DB_KINDS)("rate limits on %s", (kind) => {
  let db: TestDb;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    db = await openSeededDb(kind);
  });
  afterAll(async () => db?.close());
  beforeEach(() => {
    resetRequest();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
  });
  afterEach(() => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it("counts exactly under concurrency: one statement inserts or increments the window", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit(db.prisma, "test:concurrent", 5, 60)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const rows = await db.prisma.rateLimitWindow.findMany({ where: { key: "test:concurrent" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(20);
  });

  it("starts a new window when the old one ends, and the daily job removes old windows", async () => {
    const t0 = new Date("2026-03-01T10:14:59Z");
    expect((await hitRateLimit(db.prisma, "test:window", 1, 900, t0)).allowed).toBe(true);
    const second = await hitRateLimit(db.prisma, "test:window", 1, 900, t0);
    expect(second).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
      windowStart: new Date("2026-03-01T10:00:00Z"),
    });
    expect((await hitRateLimit(db.prisma, "test:window", 1, 900, new Date("2026-03-01T10:15:00Z"))).allowed).toBe(true);
    expect(windowStartOf(new Date("2026-03-01T10:44:00Z"), 3600)).toEqual(new Date("2026-03-01T10:00:00Z"));
    const result = await runDailyTasks(db.prisma, new Date("2026-03-03T08:00:00Z"));
    expect(result["rate-limit-cleanup"]).toBe("ok");
    expect(await db.prisma.rateLimitWindow.count({ where: { key: "test:window" } })).toBe(0);
    expect(await purgeRateLimitWindows(db.prisma)).toBe(0);
  });

  it("reads the limits from the environment and refuses invalid values", () => {
    delete process.env.RATE_LIMIT_SUBMIT_PER_HOUR;
    delete process.env.RATE_LIMIT_SIGN_IN_PER_15_MIN;
    expect(rateLimitSettings()).toMatchObject({ submitPerHour: 30, signInPerAccount: 10 });
    process.env.RATE_LIMIT_SUBMIT_PER_HOUR = "1000000";
    expect(rateLimitSettings().submitPerHour).toBe(1_000_000);
    for (const bad of ["0", "-5", "1.5", "30/h", "abc"]) {
      process.env.RATE_LIMIT_SUBMIT_PER_HOUR = bad;
      expect(() => rateLimitSettings()).toThrow(/RATE_LIMIT_SUBMIT_PER_HOUR must be a positive whole number/);
    }
    process.env.RATE_LIMIT_SUBMIT_PER_HOUR = "5";
    process.env.RATE_LIMIT_SIGN_IN_PER_15_MIN = "ten";
    expect(() => rateLimitSettings()).toThrow(/RATE_LIMIT_SIGN_IN_PER_15_MIN/);
  });

  describe("declaration saves and submissions per person", () => {
    async function save(personId: string) {
      await signInAs(db.prisma, personId);
      const form = new FormData();
      form.set("_type", "gift");
      return runAction(() => saveDeclarationAction({ status: "idle" }, form));
    }

    it("refuses the save over the limit with a message in the person's language, stores nothing, and leaves others alone", async () => {
      process.env.RATE_LIMIT_SUBMIT_PER_HOUR = "3";
      const daan = await db.prisma.person.findFirstOrThrow({ where: { name: "Daan Meijer" } });
      const noor = await db.prisma.person.findFirstOrThrow({ where: { name: "Noor Bos" } });
      for (let i = 0; i < 3; i++) expect((await save(daan.id)).result).toMatchObject({ status: "success" });
      const before = await db.prisma.declaration.count();
      const auditBefore = await db.prisma.auditEvent.count();
      const refused = await save(daan.id);
      expect(refused.result?.status).toBe("error");
      expect(messageOf(refused.result)).toMatch(
        /^Je hebt veel meldingen kort na elkaar verstuurd\. Probeer het over \d+ (minuut|minuten) opnieuw\.$/,
      );
      const minutes = Number(/over (\d+)/.exec(messageOf(refused.result)!)![1]);
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(60);
      expect(await db.prisma.declaration.count()).toBe(before);
      expect(await db.prisma.auditEvent.count()).toBe(auditBefore);

      currentRequest().cookies.set(LOCALE_COOKIE, "en");
      const english = await runAction(() =>
        saveDeclarationAction(
          { status: "idle" },
          (() => {
            const f = new FormData();
            f.set("_type", "gift");
            return f;
          })(),
        ),
      );
      expect(messageOf(english.result)).toMatch(
        /^You have sent many declarations in a short time\. Please try again in \d+ minutes?\.$/,
      );

      // Another person has their own count.
      resetRequest();
      expect((await save(noor.id)).result).toMatchObject({ status: "success" });
    });

    it("refuses a submission over the limit and leaves the draft a draft", async () => {
      process.env.RATE_LIMIT_SUBMIT_PER_HOUR = "1";
      const lotte = await db.prisma.person.findFirstOrThrow({ where: { name: "Lotte Janssen" } });
      const first = await save(lotte.id);
      expect(first.result).toMatchObject({ status: "success" });
      const draft = await db.prisma.declaration.findUniqueOrThrow({ where: { id: first.result!.id! } });
      const form = new FormData();
      form.set("id", draft.id);
      form.set("version", String(draft.version));
      form.set("submissionKey", crypto.randomUUID());
      const outcome = await runAction(() => submitDeclarationAction({ status: "idle" }, form));
      expect(outcome.redirect).toBeUndefined();
      expect(messageOf(outcome.result)).toMatch(/^Je hebt veel meldingen kort na elkaar verstuurd\./);
      expect((await db.prisma.declaration.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    });
  });

  describe("sign-in through next-auth's endpoints", () => {
    // next-auth itself reads Next's request scope (require("next/headers")), which exists only in a running
    // server: here it is stood in for by `nextAuth`, which answers as next-auth does (JSON { url } for its
    // client, ?error=CredentialsSignin for a person it does not know). tests/e2e/security.spec.ts runs the
    // same limit against the real next-auth.
    const base = "http://localhost:3000/api/auth";
    let known: Set<string>;
    let calls = 0;
    beforeAll(async () => {
      known = new Set((await db.prisma.person.findMany({ select: { id: true } })).map((p) => p.id));
    });
    async function nextAuth(request: Request): Promise<Response> {
      calls++;
      const personId = new URLSearchParams(await request.text()).get("personId") ?? "";
      const url = known.has(personId)
        ? "http://localhost:3000/"
        : "http://localhost:3000/aanmelden?error=CredentialsSignin&provider=demo";
      return Response.json({ url });
    }

    function demoSignIn(personId: string, ip: string, headers: Record<string, string> = {}) {
      const body = new URLSearchParams({ personId, csrfToken: "x", callbackUrl: "/", json: "true" });
      const request = new Request(`${base}/callback/demo`, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost:3000",
          "x-forwarded-for": `${ip}, 10.0.0.1`,
          ...headers,
        },
      });
      return refuseCrossOrigin(request) ?? signInRateLimit(request, ["callback", "demo"], nextAuth);
    }

    it("lets successful sign-ins through, and they never count towards the limit", async () => {
      process.env.RATE_LIMIT_SIGN_IN_PER_15_MIN = "2";
      process.env.RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN = "2";
      const eva = await db.prisma.person.findFirstOrThrow({ where: { name: "Eva van Leeuwen" } });
      for (let i = 0; i < 5; i++) {
        const response = await demoSignIn(eva.id, "198.51.100.7");
        expect(response.status).toBe(200);
        expect(((await response.json()) as { url: string }).url).toBe("http://localhost:3000/");
      }
      expect(
        await db.prisma.rateLimitWindow.findMany({
          where: { key: { in: [`sign-in:account:${eva.id.toLowerCase()}`, "sign-in:ip:198.51.100.7"] } },
          select: { count: true },
        }),
      ).toEqual([{ count: 0 }, { count: 0 }]);
    });

    it("answers 429 with Retry-After and a message in Dutch and English after too many failed attempts for one account", async () => {
      process.env.RATE_LIMIT_SIGN_IN_PER_15_MIN = "3";
      process.env.RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN = "1000";
      for (let i = 0; i < 3; i++) {
        const response = await demoSignIn("no-such-person", `192.0.2.${i + 1}`);
        expect(((await response.json()) as { url: string }).url).toMatch(/error=CredentialsSignin/);
      }
      // From yet another address the account is still locked (the limit is on the account), and next-auth is not even asked.
      const before = calls;
      const refused = await demoSignIn("no-such-person", "192.0.2.99");
      expect(calls).toBe(before);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(900);
      const body = (await refused.json()) as { url: string; message: { nl: string; en: string } };
      expect(body.url).toBe("/aanmelden?error=RateLimited");
      expect(body.message.nl).toMatch(
        /^Er is te vaak geprobeerd aan te melden\. Probeer het over \d+ minu(ut|ten) opnieuw\.$/,
      );
      expect(body.message.en).toMatch(
        /^There have been too many attempts to sign in\. Please try again in \d+ minutes?\.$/,
      );
    });

    it("answers 429 after too many failed attempts from one address, whatever the account", async () => {
      process.env.RATE_LIMIT_SIGN_IN_PER_15_MIN = "1000";
      process.env.RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN = "3";
      for (let i = 0; i < 3; i++) expect((await demoSignIn(`guess-${i}`, "203.0.113.50")).status).toBe(200);
      expect((await demoSignIn("guess-3", "203.0.113.50")).status).toBe(429);
      // Even the right account is refused from that address until the window ends; other addresses are not.
      const eva = await db.prisma.person.findFirstOrThrow({ where: { name: "Eva van Leeuwen" } });
      expect((await demoSignIn(eva.id, "203.0.113.50")).status).toBe(429);
      expect((await demoSignIn(eva.id, "203.0.113.51")).status).toBe(200);
    });

    it("a browser returning from single sign-on over the limit gets a page in both languages", async () => {
      process.env.RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN = "1";
      const callback = () =>
        signInRateLimit(
          new Request(`${base}/callback/oidc?code=x&state=y`, {
            headers: { accept: "text/html", "x-forwarded-for": "203.0.113.77" },
          }),
          ["callback", "oidc"],
          async () =>
            new Response(null, {
              status: 302,
              headers: { location: "http://localhost:3000/aanmelden?error=Callback" },
            }),
        );
      expect((await callback()).status).toBe(302);
      const refused = await callback();
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toMatch(/text\/html/);
      const html = await refused.text();
      expect(html).toContain("Er is te vaak geprobeerd aan te melden");
      expect(html).toContain("There have been too many attempts to sign in");
    });

    it("leaves next-auth's other endpoints alone", async () => {
      process.env.RATE_LIMIT_SIGN_IN_PER_IP_PER_15_MIN = "1";
      for (let i = 0; i < 3; i++) {
        const response = await signInRateLimit(
          new Request(`${base}/session`, { headers: { "x-forwarded-for": "203.0.113.78" } }),
          ["session"],
          async () => new Response("{}", { status: 400 }),
        );
        expect(response.status).toBe(400);
      }
    });

    it("refuses a cross-origin POST with 403 before next-auth runs, and lets same-origin ones through", async () => {
      const eva = await db.prisma.person.findFirstOrThrow({ where: { name: "Eva van Leeuwen" } });
      expect((await demoSignIn(eva.id, "198.51.100.8", { origin: "https://evil.example" })).status).toBe(403);
      expect((await demoSignIn(eva.id, "198.51.100.8", { origin: "null" })).status).toBe(403);
      const post = (headers: Record<string, string>) =>
        refuseCrossOrigin(
          new Request(`${base}/signout`, { method: "POST", headers: { host: "localhost:3000", ...headers } }),
        );
      expect(post({ origin: "https://evil.example" })?.status).toBe(403);
      expect(post({ origin: "http://localhost:3000.evil.example" })?.status).toBe(403);
      expect(post({ "sec-fetch-site": "cross-site" })?.status).toBe(403);
      expect(post({ "sec-fetch-site": "same-site" })?.status).toBe(403);
      expect(post({ referer: "https://evil.example/page" })?.status).toBe(403);
      expect(post({ origin: "http://localhost:3000" })).toBeNull();
      expect(post({ "sec-fetch-site": "same-origin" })).toBeNull();
      expect(post({ referer: "http://localhost:3000/aanmelden" })).toBeNull();
      // Behind a TLS-terminating proxy the Host header and X-Forwarded-Proto name the portal.
      expect(
        refuseCrossOrigin(
          new Request("http://internal:3000/api/auth/signout", {
            method: "POST",
            headers: { host: "portaal.example.nl", "x-forwarded-proto": "https", origin: "https://portaal.example.nl" },
          }),
        ),
      ).toBeNull();
      // GET is never refused.
      expect(
        refuseCrossOrigin(new Request(`${base}/session`, { headers: { origin: "https://evil.example" } })),
      ).toBeNull();
    });
  });
});
