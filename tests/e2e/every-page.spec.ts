// Every page at 320 × 640, for every demo role (issue 19, "Done when"): the list of pages is derived from app/
// (every page.tsx), each role's pages are found by following the links a person of that role sees, and the run
// fails when a page scrolls sideways (WCAG 1.4.10), logs a console error, has an axe violation, lacks the footer link
// to the accessibility statement (decision 063), shows a file/line
// citation, a rule id or a policy version id outside an administrator's view (decision 059), or when a page of
// app/ was reached by nobody (a new page cannot be forgotten: give it a link, or a start address below).
// Runs in the "phone" project, against a portal of its own (playwright.config.ts): it first opens a campaign, checks
// an import and leaves a draft there, so that the pages of those states exist, without changing the other specs' data.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { choose, fillDate, fillGift, isoDate, signInAs, startDeclaration } from "./helpers";

/** Every page route of app/ as a pattern: "/meldingen/[id]/controleren" (route groups left out). */
function pageRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") out.push(prefix || "/");
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name === "api") continue;
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    out.push(...pageRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return out;
}

const ROUTES = pageRoutes();

/** The route pattern a path belongs to ("/meldingen/abc/controleren" → "/meldingen/[id]/controleren"), or null. */
function routeOf(pathname: string): string | null {
  const parts = pathname.split("/").filter(Boolean);
  const candidates = ROUTES.filter(
    (r) =>
      r.split("/").filter(Boolean).length === parts.length &&
      r
        .split("/")
        .filter(Boolean)
        .every((s, i) => s.startsWith("[") || s === parts[i]),
  );
  // A static segment wins over a dynamic one ("/beheer/jaarverklaring/nieuw" over "/beheer/jaarverklaring/[id]").
  const staticCount = (r: string) => r.split("/").filter((s) => s && !s.startsWith("[")).length;
  return candidates.sort((a, b) => staticCount(b) - staticCount(a))[0] ?? null;
}

/** Links a crawler must not follow: downloads (the record PDF and an import's rows to fix too), sign-out, the API. Pages are GET and change nothing. */
const SKIP = /^\/api\/|\/download\b|\/pdf$|\/afgewezen$|[?&]formaat=/;

interface Role {
  who: string | null;
  /** Where the crawl starts: each is visited (a state of its own), and the links on them lead on. */
  starts: string[];
}

const ROLES: Role[] = [
  { who: null, starts: ["/aanmelden", "/register", "/gedragscode"] },
  { who: "Fatima El Amrani", starts: ["/", "/geen-toegang"] },
  // The bulk decision's steps are reached by a form (the queue's checkboxes), not a link: without a choice they say so.
  { who: "Jeroen Bakker", starts: ["/", "/beslissen/meerdere", "/beslissen/meerdere/klaar"] },
  { who: "Ahmed Yilmaz", starts: ["/"] },
  { who: "Linda Smit", starts: ["/", "/beheer/register?lijst=gepubliceerd", "/beheer/register?lijst=beeindigd"] },
  { who: "Pieter Mulder", starts: ["/"] },
  { who: "Lotte Janssen", starts: ["/"] },
  // HR of an organisation without an open campaign: the only one who still sees "Nieuwe controle openen".
  { who: "Mohamed Bouzid", starts: ["/"] },
];

/**
 * Administrator views (decision 059), where source lines, rule ids and policy versions may stay: the administration
 * areas under /beheer (people, the policy and its simulator, the register's review, campaigns, privacy, jobs: HR,
 * integrity officers and administrators) and the audit trail of a declaration (/integriteit/audit/[id]). Every
 * other page is a non-administrator's, for every role: the employee's form and verdict, the check and declaration
 * pages, the decision page, /gedragscode, messages, home, the integrity officer's cases, overview and gift register.
 */
const ADMIN_VIEW = /^\/beheer(\/|$)|^\/integriteit\/audit\//;

/** What a person must not be shown (decision 059): the machine's way of citing, with what each looks like. */
const MACHINE_CITATIONS: [what: string, pattern: RegExp][] = [
  ["a file/line citation", /\b00\d L\d+|\bL\d+(?:[-–]\d+)?\b/],
  ["a rule id", /\b[a-z][a-z-]*\.[a-z][a-z-]*@(?:rijk|eerste-kamer|gemeente|provincie)\b|\bprofile\.not-less-strict\b/],
  ["a policy version id", /\b(?:rijk|eerste-kamer|gemeente-maastricht|provincie-utrecht)-\d{4}\.\d+/],
];

/** The machine citations in a page's visible text, each with the text around it. */
async function machineCitationsOn(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  const found: string[] = [];
  for (const [what, pattern] of MACHINE_CITATIONS) {
    const m = pattern.exec(text);
    if (m) found.push(`shows ${what}: "…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}…"`);
  }
  return found;
}

async function problemsOn(page: Page, consoleErrors: string[]): Promise<string[]> {
  const problems: string[] = [...consoleErrors.splice(0)];
  const width = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (width.scroll > width.client)
    problems.push(`scrolls sideways: ${width.scroll} px wide in a ${width.client} px window`);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const v of axe.violations)
    problems.push(`axe ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
  return problems;
}

/** The accessibility statement is linked from the footer of every page (Besluit digitale toegankelijkheid; decision 063). */
async function footerLinkProblems(page: Page): Promise<string[]> {
  const links = page.locator("footer").getByRole("link", { name: /^(Toegankelijkheid|Accessibility)$/ });
  const count = await links.count();
  if (count !== 1) return [`has ${count} footer links to the accessibility statement, not 1`];
  const href = await links.getAttribute("href");
  return href === "/toegankelijkheid" ? [] : [`its footer link to the accessibility statement goes to ${href}`];
}

/**
 * Makes the states whose pages no link reaches in the demo data: an open campaign (its page, closing it, and the
 * employee's annual declaration), a checked import, and a draft (its edit and check pages). Returns extra start
 * addresses per person.
 */
async function prepare(browser: Browser): Promise<Record<string, string[]>> {
  const context = await browser.newContext();
  let page = await context.newPage();
  await signInAs(page, "Linda Smit");
  await page.goto("/beheer/jaarverklaring/nieuw");
  await page.getByLabel("Naam van de controle").fill("Jaarlijkse controle (alle pagina's)");
  await choose(page, "Over welk jaar gaat de controle?", isoDate().slice(0, 4));
  await fillDate(page, "Uiterste datum", isoDate(14));
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Controle openen en berichten versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  const campaign = new URL(page.url()).pathname;
  // Shared with managers, so that a manager's reminder of their own people (/jaarverklaring/team/herinneren) exists.
  await page.goto(campaign);
  await page.getByLabel("Publiceren voor leidinggevenden").check();
  await page.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Je keuze is opgeslagen.");
  await page.goto("/beheer/mensen/import");
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles(path.join(import.meta.dirname, "..", "fixtures", "people", "mensen-met-fout.csv"));
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page).toHaveURL(/\/beheer\/mensen\/import\/[^/?]+$/);
  const importCheck = new URL(page.url()).pathname;
  await context.close();
  const employee = await browser.newContext();
  page = await employee.newPage();
  await signInAs(page, "Fatima El Amrani");
  await startDeclaration(page, "Geschenk of ander voordeel", "Geschenk of ander voordeel melden");
  await fillGift(page, { title: "Boek (alle pagina's)", giver: "Uitgeverij Noord", value: "20,00" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/controleren$/);
  const check = new URL(page.url()).pathname;
  // A question to answer (its own page, issue 19 item 8): a gift sent, and her manager asks for more information.
  await startDeclaration(page, "Geschenk of ander voordeel", "Geschenk of ander voordeel melden");
  await fillGift(page, { title: "Bos bloemen (alle pagina's)", giver: "Bloemist Zuid", value: "85,00" });
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  const asked = new URL(page.url()).pathname;
  await employee.close();
  const manager = await browser.newContext();
  page = await manager.newPage();
  await signInAs(page, "Jeroen Bakker");
  await page.goto(asked.replace(/^\/meldingen/, "/beslissen"));
  await page.getByLabel("Meer informatie vragen", { exact: true }).check();
  await page.locator("#field-reason").fill("Wie van de bloemist stuurde het?");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await manager.close();
  return {
    "Linda Smit": [campaign, importCheck],
    "Jeroen Bakker": ["/jaarverklaring/team/herinneren"],
    "Fatima El Amrani": [
      "/jaarverklaring",
      check,
      check.replace(/controleren$/, "bewerken"),
      // The draft's own confirmation page (its declaration page links to it; the crawl may meet a sent one first).
      check.replace(/controleren$/, "verwijderen"),
      asked,
    ],
  };
}

/** Crawls one role's pages: each route pattern once, found by following the links the role sees. */
async function crawl(
  page: Page,
  baseURL: string,
  role: Role,
  visitedBy: Map<string, string>,
): Promise<Record<string, string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  if (role.who) await signInAs(page, role.who);
  const seen = new Set<string>();
  const queued = new Set<string>();
  const queue = role.starts.map((url) => ({ url, start: true }));
  const report: Record<string, string[]> = {};
  while (queue.length > 0) {
    const { url, start } = queue.shift()!;
    const expected = routeOf(new URL(url, baseURL).pathname);
    if (!start && expected && seen.has(expected)) continue;
    const response = await page.goto(url);
    const here = new URL(page.url());
    const route = routeOf(here.pathname);
    if (!route || (!start && seen.has(route))) continue;
    seen.add(route);
    if (!visitedBy.has(route)) visitedBy.set(route, role.who ?? "signed out");
    const problems = await problemsOn(page, consoleErrors);
    problems.push(...(await footerLinkProblems(page)));
    if (!ADMIN_VIEW.test(route)) problems.push(...(await machineCitationsOn(page)));
    if ((response?.status() ?? 200) >= 400) problems.push(`status ${response?.status()}`);
    if (problems.length > 0) report[`${here.pathname}${here.search} (${route})`] = problems;
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const target = new URL(href);
      if (target.origin !== new URL(baseURL).origin || SKIP.test(target.pathname + target.search)) continue;
      const targetRoute = routeOf(target.pathname);
      if (
        !targetRoute ||
        seen.has(targetRoute) ||
        queued.has(targetRoute) ||
        (role.who && targetRoute === "/aanmelden")
      )
        continue;
      queued.add(targetRoute);
      queue.push({ url: target.pathname + target.search, start: false });
    }
  }
  return report;
}

// One test, so that the check "every page was reached" sees every role's crawl even when one of them finds a problem.
test("every page of every demo role at 320 px: no sideways scrolling, console error, axe violation, missing statement link or machine citation", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(15 * 60_000);
  const extra = await test.step("prepare: a campaign, an import and a draft", () => prepare(browser));
  const visitedBy = new Map<string, string>();
  const reports: Record<string, Record<string, string[]>> = {};
  for (const role of ROLES) {
    const name = role.who ?? "signed out";
    await test.step(name, async () => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        locale: "nl-NL",
        timezoneId: "Europe/Amsterdam",
      });
      const report = await crawl(
        await context.newPage(),
        baseURL!,
        { ...role, starts: [...role.starts, ...(extra[name] ?? [])] },
        visitedBy,
      );
      await context.close();
      if (Object.keys(report).length > 0) reports[name] = report;
    });
  }
  expect.soft(reports).toEqual({});
  expect(
    ROUTES.filter((r) => !visitedBy.has(r)),
    "pages of app/ no role reached: give them a link or a start address",
  ).toEqual([]);
});

// The citation check can fail: planted in a page as the verdict panel and /gedragscode showed them before decision 059.
test("the citation check finds a planted file/line citation, rule id and policy version id, and passes readable ones", async ({
  page,
}) => {
  await page.setContent(
    `<main><p>Je neemt geen geschenken aan. <span>(Lees de regel, 000 L400–403; 000 L472–475)</span></p>
     <p>Bron: 000 L398-403 · <code>gift.permission@rijk</code></p><p>Beleidsversie rijk-2020.1</p></main>`,
  );
  expect(await machineCitationsOn(page)).toEqual([
    expect.stringContaining("a file/line citation"),
    expect.stringContaining("a rule id"),
    expect.stringContaining("a policy version id"),
  ]);
  for (const planted of [
    "Zie L419",
    "profile.not-less-strict",
    "gemeente-maastricht-2023.1",
    "gift.value-cap@provincie",
  ]) {
    await page.setContent(`<p>${planted}</p>`);
    expect(await machineCitationsOn(page), planted).toHaveLength(1);
  }
  await page.setContent(
    `<main><p>Je neemt geen geschenken aan.</p>
     <a href="/gedragscode#regel-gift-permission">Gedragscode Integriteit Rijk, § 4.1 Geschenken, diensten en andere voordelen of beloningen</a>
     <p>Getoetst aan de Gedragscode Integriteit Rijk.</p><p>Kenmerk GES-2026-00042, € 50,00, 1 januari 2026</p></main>`,
  );
  expect(await machineCitationsOn(page)).toEqual([]);
  expect(ADMIN_VIEW.test("/beheer/beleid/simulator") && ADMIN_VIEW.test("/integriteit/audit/[id]")).toBe(true);
  expect(
    ["/beslissen/[id]", "/meldingen/[id]", "/gedragscode", "/integriteit/overzicht", "/"].some((r) =>
      ADMIN_VIEW.test(r),
    ),
  ).toBe(false);
});
