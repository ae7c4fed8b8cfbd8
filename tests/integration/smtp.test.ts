import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useDatabaseForTests } from "@/lib/db";
// The language switch is a server action: it reads the request's cookies (the session) and revalidates.
vi.mock("next/headers", () => import("@/tests/support/next-headers-fake"));
vi.mock("next/cache", () => import("@/tests/support/next-cache-fake"));
import { saveDraft, submitDeclaration } from "@/lib/declarations/data";
import { deliverPending } from "@/lib/notifications/deliver";
import { createMailTransport } from "@/lib/notifications/transport";
import { createSeededTestDb, type TestDb } from "@/tests/support/db";
import { viewerByName } from "@/tests/support/viewer";
import { resetRequest, signInAs } from "@/tests/support/request-context";
import { setLocaleAction } from "@/lib/i18n/actions";
import { giftAnswers } from "@/tests/support/declarations";

// Real e-mail over SMTP: nodemailer talks to an SMTP server on this machine and the message arrives.
/** The gift both tests file: its e-mail must carry none of these words. */
const KERSTPAKKET = giftAnswers({ description: "Kerstpakket", giver: "Drukkerij Peeters", valueEuros: "85,00" });

describe("e-mail over SMTP", () => {
  let db: TestDb;
  let server: SMTPServer;
  let port = 0;
  const received: { from: string; to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    db = await createSeededTestDb("pglite");
    useDatabaseForTests(db);
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db?.close();
  });

  it("delivers the manager's notification to the SMTP server, from the configured sender", async () => {
    const fatima = await viewerByName(db.prisma, "Fatima El Amrani");
    const draft = await saveDraft(fatima, {
      type: "gift",
      raw: KERSTPAKKET,
    });
    const { reference } = await submitDeclaration(fatima, {
      id: draft.id,
      version: draft.version,
      submissionKey: randomUUID(),
    });
    expect(reference).toMatch(/^GES-\d{4}-\d{5}$/);
    const transport = createMailTransport({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: "Integriteitsportaal <portaal@bzk.example>",
    });
    expect(transport?.name).toBe("smtp");
    const report = await deliverPending(db.prisma, transport!, { baseUrl: "https://integriteit.example.nl" });
    expect(report).toMatchObject({ messages: 1, events: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe("portaal@bzk.example");
    expect(received[0]!.to).toEqual(["jeroen.bakker@bzk.example"]);
    // The reference and the kind only: what was declared, by whom, stays behind the sign-in (decision 037).
    expect(received[0]!.raw).toContain(`Subject: Besluit nodig: melding ${reference}`);
    expect(received[0]!.raw).not.toMatch(/Kerstpakket|Drukkerij|Peeters|85,00|Fatima/);
    expect(received[0]!.raw).toContain("https://integriteit.example.nl/beslissen/");
  });

  it("sends the e-mail in English to a person who chose English with the language switch; Dutch stays the default (issue 19 item 10)", async () => {
    const fatima = await viewerByName(db.prisma, "Fatima El Amrani");
    const jeroen = await viewerByName(db.prisma, "Jeroen Bakker");
    const file = async () => {
      const draft = await saveDraft(fatima, {
        type: "gift",
        raw: KERSTPAKKET,
      });
      return (await submitDeclaration(fatima, { id: draft.id, version: draft.version, submissionKey: randomUUID() }))
        .reference;
    };
    const transport = createMailTransport({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: "Integriteitsportaal <portaal@bzk.example>",
    })!;
    const lastTo = (address: string) => received.filter((m) => m.to.includes(address)).at(-1)!.raw;

    // Nobody chose: Dutch.
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: jeroen.id } })).locale).toBe("nl");
    const dutch = await file();
    await deliverPending(db.prisma, transport, { baseUrl: "https://integriteit.example.nl" });
    expect(lastTo("jeroen.bakker@bzk.example")).toContain(`Subject: Besluit nodig: melding ${dutch}`);

    // Jeroen switches to English, signed in: the switch stores it with him, and his next e-mail is English.
    resetRequest();
    await signInAs(db.prisma, jeroen.id);
    const form = new FormData();
    form.set("locale", "en");
    await setLocaleAction(form);
    resetRequest();
    expect((await db.prisma.person.findUniqueOrThrow({ where: { id: jeroen.id } })).locale).toBe("en");
    const english = await file();
    await deliverPending(db.prisma, transport, { baseUrl: "https://integriteit.example.nl" });
    const raw = lastTo("jeroen.bakker@bzk.example");
    expect(raw).toContain(`Subject: Decision needed: declaration ${english}`);
    expect(raw).toContain("Hello Jeroen Bakker,");
    expect(raw).not.toContain("Hallo");
  });
});
