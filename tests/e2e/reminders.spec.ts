// A reminder sent now and received (issue 16 item 5, decision 068): HR reminds a campaign's non-responders, a
// manager reminds their own people (with JavaScript off: plain forms), and an integrity officer reminds a manager of an
// overdue decision. Each e-mail is delivered by the job runner over real SMTP to a server this spec runs, by a demo
// portal of its own (port + 7, like the other specs that start their own server) configured with SMTP_URL.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { laneDataDir, lanePorts } from "../support/e2e-lanes";
import {
  choose,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  fillDate,
  isoDate,
  signInThroughUi,
  signOut,
} from "./helpers";

const PORT = lanePorts().ownServer;
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = laneDataDir(".data/e2e-reminders");
const YEAR = isoDate().slice(0, 4);
const LOG = "test-results/reminders-portal.log";

test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });

interface Mail {
  to: string[];
  /** The message with folded header lines joined. */
  text: string;
}
const received: Mail[] = [];
let smtp: SMTPServer;
let portal: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      // The bytes are joined before decoding: a UTF-8 character split over two chunks would otherwise be garbled.
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: raw.replace(/\r?\n[ \t]+/g, " ") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${DATA_DIR}.lock`, { recursive: true, force: true });
  fs.mkdirSync("test-results", { recursive: true });
  portal = spawn(process.execPath, ["--no-warnings", "--import", "tsx", "scripts/serve.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PGLITE_DATA_DIR: DATA_DIR,
      PORTAL_DEMO: "on",
      PORT: String(PORT),
      NEXTAUTH_URL: BASE,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Integriteitsportaal <portaal@e2e.example>",
      MAIL_DIGEST_MINUTES: "0",
      NODE_ENV: "production",
    },
    // Its log kept beside the test results, so that a slow or failed delivery can be read after the run.
    stdio: ["ignore", fs.openSync(LOG, "w"), fs.openSync(LOG, "a")],
    detached: true,
  });
  const deadline = Date.now() + 200_000;
  for (;;) {
    if (portal.exitCode !== null) throw new Error(`the portal exited with ${portal.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the portal did not become ready");
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(async () => {
  if (portal?.pid && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal.once("exit", resolve));
    process.kill(-portal.pid, "SIGTERM");
    await exited;
  }
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

/**
 * The e-mails to `address` that carry an event whose title matches, as received by the SMTP server (waits for
 * delivery). An event that is still pending when the next one is written goes out with it in one digest (decision 037:
 * the subject then counts the events and each title is a "- " line of the body), which happens when the runner is slow:
 * both forms count.
 */
async function expectMails(address: string, title: RegExp, count: number): Promise<Mail[]> {
  const carries = (line: string) => (/^Subject: /.test(line) || /^- /.test(line)) && title.test(line);
  const matching = () => received.filter((m) => m.to.includes(address) && m.text.split(/\r?\n/).some(carries));
  await expect.poll(() => matching().length, { timeout: 90_000, intervals: [500] }).toBe(count);
  return matching();
}

/** Screenshots at 320 and 1280 px (looked at when the feature was built), with no sideways scrolling on the phone. */
async function screenshots(page: Page, name: string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 320) await expectNoHorizontalOverflow(page, 320);
    await page.screenshot({ path: `test-results/reminders-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: BASE, locale: "nl-NL" });
  return { context, page: await context.newPage() };
}

test("HR reminds the non-responders now and the e-mail arrives over SMTP", async ({ page }) => {
  test.setTimeout(180_000);
  await signInThroughUi(page, "Linda Smit");
  await page.goto("/beheer/jaarverklaring/nieuw");
  await page.getByLabel("Naam van de controle").fill(`Integriteitsverklaring ${YEAR}`);
  await choose(page, "Over welk jaar gaat de controle?", YEAR);
  await fillDate(page, "Uiterste datum", isoDate(14));
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Controle openen en berichten versturen" }).click();
  await expect(page.getByTestId("notice")).toContainText("De controle is geopend.");
  const campaignUrl = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Nu herinneren" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Wil je de mensen die nog niet antwoordden nu een herinnering sturen?",
    }),
  ).toBeVisible();
  await expect(page.getByTestId("remind-count")).toContainText("krijgen een herinnering");
  await expectNoAxeViolations(page);
  await screenshots(page, "hr-confirm");
  await page.getByRole("button", { name: "Ja, stuur de herinnering" }).click();
  await expect(page.getByTestId("notice-reminded")).toContainText("nu een herinnering per bericht en e-mail");
  const [mail] = await expectMails("fatima.el.amrani@bzk.example", /Herinnering: jaarlijkse controle/, 1);
  expect(mail!.text).toContain(`Herinnering: jaarlijkse controle ${YEAR}`);

  // Once a day: the confirm step now says why not, and offers no button.
  await page.goto(`${campaignUrl}/herinneren`);
  await expect(page.getByTestId("remind-refused")).toContainText("Vandaag is er al een herinnering gestuurd");
  await expect(page.getByRole("button", { name: "Ja, stuur de herinnering" })).toHaveCount(0);

  // HR shares the list of those who did not answer with managers.
  await page.goto(campaignUrl);
  await page.getByLabel("Publiceren voor leidinggevenden").check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByTestId("notice")).toContainText("Je keuze is opgeslagen.");
  await signOut(page);
});

test("a manager sees their own people who did not answer and reminds them, without JavaScript", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Looked at (and checked by axe) with JavaScript on.
  await signInThroughUi(page, "Jeroen Bakker");
  await page.goto("/jaarverklaring");
  await page.getByTestId("team-link").click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Wie van je team heeft nog niet geantwoord?" }),
  ).toBeVisible();
  const fatima = page.getByTestId("team-row").filter({ hasText: "Fatima El Amrani" });
  await expect(fatima).toHaveCount(1);
  await expect(page.getByTestId("team-row").filter({ hasText: "Marieke de Vries" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshots(page, "team");
  await page.getByRole("link", { name: "Herinner ze nu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weet je het zeker?" })).toBeVisible();
  const count = (await page.getByTestId("remind-count").textContent()) ?? "";
  const people = Number(/(\d+) (?:persoon krijgt|mensen krijgen)/.exec(count)?.[1]);
  expect(people).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await screenshots(page, "team-confirm");

  // Sent with JavaScript off: the plain form.
  const plain = await withoutJavaScript(browser);
  await signInThroughUi(plain.page, "Jeroen Bakker");
  await plain.page.goto("/jaarverklaring/team/herinneren");
  await plain.page.getByRole("button", { name: "Ja, stuur de herinnering" }).click();
  await expect(plain.page.getByTestId("notice-reminded")).toContainText("een herinnering gekregen");
  expect(new URL(plain.page.url()).pathname).toBe("/jaarverklaring/team");
  await expect(plain.page.getByTestId("remind-refused")).toContainText("Vandaag is er al een herinnering gestuurd");
  await plain.context.close();

  // Fatima now has HR's reminder and her manager's.
  await expectMails("fatima.el.amrani@bzk.example", /Herinnering: jaarlijkse controle/, 2);
  await page.goto("/jaarverklaring/team?herinnerd=1");
  await expectNoAxeViolations(page);
  await signOut(page);
});

test("an integrity officer reminds the manager of an overdue decision, and the e-mail arrives", async ({ page }) => {
  test.setTimeout(180_000);
  await signInThroughUi(page, "Ahmed Yilmaz");
  await page.goto("/integriteit/overzicht");
  const overdue = page.getByTestId("overdue-row").filter({ hasText: "Cadeaubon van Bouwbedrijf Peters" });
  await overdue.getByRole("link", { name: "Herinner de leidinggevende" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Weet je het zeker?" })).toBeVisible();
  const facts = page.getByTestId("reminder-facts");
  await expect(facts).toContainText("Jeroen Bakker");
  const reference = /[A-Z]{3}-\d{4}-\d{5}/.exec((await facts.textContent()) ?? "")?.[0];
  expect(reference).toBeTruthy();
  await expect(page.getByTestId("remind-count")).toHaveText("Jeroen Bakker krijgt een herinnering.");
  await expectNoAxeViolations(page);
  await screenshots(page, "overdue-confirm");
  await page.getByRole("button", { name: "Ja, stuur de herinnering" }).click();
  await expect(page.getByTestId("notice-reminded")).toContainText("De herinnering is verstuurd.");
  await expectNoAxeViolations(page);
  const [mail] = await expectMails(
    "jeroen.bakker@bzk.example",
    new RegExp(`Herinnering: melding ${reference} wacht al \\d+ dagen`),
    1,
  );
  // The reference, the type and the days: nothing typed by anyone.
  expect(mail!.text).not.toContain("Bouwbedrijf Peters");
  // Once a day per declaration.
  await page.reload();
  await page.goto(new URL(page.url()).pathname);
  await expect(page.getByTestId("remind-refused")).toContainText(
    "Vandaag is er al een herinnering gestuurd over deze melding",
  );
  await signOut(page);
});
