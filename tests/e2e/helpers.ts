import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { lanePorts } from "../support/e2e-lanes";

/** Signs in through the demo sign-in page, the way a person does. For the tests about signing in. */
export async function signInThroughUi(page: Page, name: string) {
  await page.goto("/aanmelden");
  await page.getByRole("button", { name: new RegExp(`Aanmelden als ${name}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
}

// The sign-in cookies (next-auth's session, CSRF and callback cookies; not the language) of each person signed in
// through the page in this run, per portal: Playwright's storage state, kept by the worker
// (docs/decisions/044-faster-tests.md).
const signedIn = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>["cookies"]>();
const AUTH_COOKIE = /next-auth/;

/**
 * Signs `name` in and opens the home page. The first time in a run through the demo sign-in page (as
 * signInThroughUi); after that with the session cookies that sign-in gave, unless the portal no longer accepts
 * them (idle timeout, access withdrawn): then through the page again.
 */
export async function signInAs(page: Page, name: string) {
  const { baseURL } = test.info().project.use;
  // On a demo portal, this worker's own (tests/support/e2e-lanes.ts): two tests on one portal would see each other.
  if (baseURL?.endsWith(`:${lanePorts(0).portal}`) || baseURL?.endsWith(`:${lanePorts(1).portal}`))
    expect(baseURL, "the demo portal of this worker's lane").toBe(
      `http://localhost:${lanePorts(test.info().parallelIndex).portal}`,
    );
  const key = `${baseURL ?? ""} ${name}`;
  const cookies = signedIn.get(key);
  if (cookies) {
    const context = page.context();
    await context.clearCookies({ name: AUTH_COOKIE });
    await context.addCookies(cookies);
    await page.goto("/");
    if (!new URL(page.url()).pathname.startsWith("/aanmelden")) {
      await expect(page.getByRole("heading", { level: 1, name: `Welkom, ${name}` })).toBeVisible();
      return;
    }
    signedIn.delete(key);
  }
  await signInThroughUi(page, name);
  signedIn.set(
    key,
    (await page.context().storageState()).cookies.filter((c) => AUTH_COOKIE.test(c.name)),
  );
}

/** Fails with the list of violations when axe finds any WCAG 2.1 A/AA problem on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation (a server action that redirects) the new page's <title> arrives with its streamed
  // metadata: wait for it, so axe checks the page as it stands rather than the moment in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`,
  );
  expect(summary).toEqual([]);
}

// ---- Helpers for the declaration journeys (tests/e2e/declare-*.spec.ts) -----------------------

/** The status texts of "Mijn meldingen" (nl.json declarations.status). */
export const STATUS_TEXT = {
  DRAFT: "Concept",
  REGISTERED: "Geregistreerd",
  SUBMITTED: "Wacht op besluit",
  ESCALATED: "Bij integriteitsadviseur",
  /** Escalated because the rules refer it to the top (Secretaris-Generaal, gemeentesecretaris, ...). */
  ESCALATED_TOP: "Voorgelegd aan de top",
} as const;

/** The outcome texts of the verdict panel (nl.json declarations.outcome). */
export const OUTCOME_TEXT = {
  "no-duty": "Geen meldplicht",
  register: "Melden en registreren",
  "approval-required": "Toestemming nodig",
  "not-permitted": "Niet toegestaan",
} as const;
export type Outcome = keyof typeof OUTCOME_TEXT;

/** A title nobody else types, so a row in "Mijn meldingen" can be found whatever else the shared database holds. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
}

/** Today in Europe/Amsterdam plus `days`, as YYYY-MM-DD (fillDate types it into a date input). */
export function isoDate(days = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Types a date (YYYY-MM-DD) into a GOV.UK date input: the fieldset named by its legend, then its day, month and
 * year fields (decision 051), as a person types them (no leading zeros); a moment (YYYY-MM-DDTHH:MM) also its time.
 */
export async function fillDate(page: Page, legend: string, iso: string) {
  // The legend, with the "(niet verplicht)" an optional field adds.
  const group = page.getByRole("group", {
    name: new RegExp(`^${escapeRegExp(legend)}( \\((niet verplicht|optional)\\))?$`),
  });
  const [date, time] = iso.split("T") as [string, string | undefined];
  const [year, month, day] = date.split("-") as [string, string, string];
  await group.getByLabel(/^(Dag|Day)$/).fill(String(Number(day)));
  await group.getByLabel(/^(Maand|Month)$/).fill(String(Number(month)));
  await group.getByLabel(/^(Jaar|Year)$/).fill(year);
  if (time !== undefined) await group.getByLabel(/^(Tijd|Time)\b/).fill(time);
}

/** 15 January of next year: always in the future and far from a daylight-saving change. */
export function nextJanuary(day: number, time: string): string {
  const year = Number(isoDate().slice(0, 4)) + 1;
  return `${year}-01-${String(day).padStart(2, "0")}T${time}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The question (a fieldset) whose legend is `question`. */
export function question(page: Page, label: string) {
  return page.getByRole("group", { name: new RegExp(`^${escapeRegExp(label)}`) });
}

/** Picks an answer of a radio or checkbox question, by the visible texts, the way a person does. */
export async function choose(page: Page, questionLabel: string, answer: string) {
  const group = question(page, questionLabel);
  const option = group
    .getByRole("radio", { name: new RegExp(`^${escapeRegExp(answer)}`) })
    .or(group.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(answer)}`) }));
  await option.check();
}

/** The main menu; on a narrow screen (below the small breakpoint) it is folded behind the "Menu" button: opened first. */
export async function mainMenu(page: Page) {
  const fold = page.getByTestId("header-menu");
  if ((await fold.isVisible()) && (await fold.getAttribute("open")) === null) await fold.locator("summary").click();
  return page.getByRole("navigation", { name: "Hoofdmenu" });
}

/** Opens "Melden" from the main menu and picks the declaration type by its link text. */
export async function startDeclaration(page: Page, typeLink: string, formHeading: string) {
  await (await mainMenu(page)).getByRole("link", { name: "Melden", exact: true }).click();
  await expect(page).toHaveURL(/\/melden$/);
  await page.getByRole("link", { name: typeLink, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: formHeading })).toBeVisible();
}

/** Signed in as the declarant: saves a gift received from `giver` as a draft titled `title` (nothing sent). */
export async function saveGiftDraft(page: Page, title: string, giver: string) {
  await startDeclaration(page, "Geschenk of ander voordeel", "Geschenk of ander voordeel melden");
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await page.getByLabel("Omschrijving", { exact: true }).fill(title);
  await page.getByLabel("Van wie komt het?").fill(giver);
  await page.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Je concept is opgeslagen.");
}

/** The live verdict shows `outcome`, every text in `texts` (an obligation or a reason), none in `absent`; `axe`: then axe. */
export async function expectVerdict(
  page: Page,
  outcome: Outcome,
  texts: string[] = [],
  { absent = [], axe = false }: { absent?: string[]; axe?: boolean } = {},
) {
  const verdict = page.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-outcome", outcome);
  await expect(verdict.getByTestId("verdict-outcome")).toHaveText(OUTCOME_TEXT[outcome]);
  for (const text of texts) await expect(verdict).toContainText(text);
  for (const text of absent) await expect(verdict).not.toContainText(text);
  if (axe) await expectNoAxeViolations(page);
}

/** Signs `person` in and opens the form of one declaration type (signInAs, then startDeclaration). */
export async function declareAs(page: Page, person: string, typeLink: string, formHeading: string) {
  declarant.set(page, person);
  await signInAs(page, person);
  await startDeclaration(page, typeLink, formHeading);
}

/**
 * "Verder naar controleren": the check-answers page shows the answers and the same verdict; with `axe`, then
 * the axe check of that page.
 */
export async function continueToCheck(page: Page, answers: string[], outcome: Outcome, { axe = false } = {}) {
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/]+\/controleren$/);
  await expect(page.getByRole("heading", { level: 1, name: "Controleer je melding" })).toBeVisible();
  const list = page.getByTestId("answers");
  for (const answer of answers) await expect(list).toContainText(answer);
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-outcome", outcome);
  if (axe) await expectNoAxeViolations(page);
}

/**
 * "Melding versturen", the confirmation with the reference (also on the declaration page; matching
 * `referencePattern` when given, e.g. the type's prefix), and the row with this title, reference and status in
 * "Mijn meldingen". Returns the reference.
 */
export async function submitAndFindInList(
  page: Page,
  title: string,
  status: keyof typeof STATUS_TEXT,
  referencePattern?: RegExp,
): Promise<string> {
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page).toHaveURL(/\/meldingen\/[^/?]+\?verstuurd=1$/);
  await expect(page.getByTestId("notice")).toHaveText("Je melding is verstuurd.");
  const reference = (await page.getByTestId("reference").textContent()) ?? "";
  expect(reference).toMatch(/^[A-Z]{3}-\d{4}-\d{5}$/);
  if (referencePattern) expect(reference).toMatch(referencePattern);
  await expect(page.getByTestId("confirmation-reference")).toHaveText(
    `Je kenmerk is ${reference}. Noem dit kenmerk als je contact opneemt over deze melding.`,
  );
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await (await mainMenu(page)).getByRole("link", { name: "Mijn meldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn meldingen" })).toBeVisible();
  const row = page.getByTestId("declaration-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", status === "ESCALATED_TOP" ? "ESCALATED" : status);
  await expect(row).toContainText(STATUS_TEXT[status]);
  await expect(row.getByTestId("row-reference")).toHaveText(reference);
  return reference;
}

/** After filling a form: continueToCheck (answers, `outcome`, `axe`), then submitAndFindInList. Returns the reference. */
export async function checkAndSend(
  page: Page,
  title: string,
  answers: string[],
  outcome: Outcome,
  status: keyof typeof STATUS_TEXT,
  { axe = false, reference }: { axe?: boolean; reference?: RegExp } = {},
): Promise<string> {
  await continueToCheck(page, answers, outcome, { axe });
  return submitAndFindInList(page, title, status, reference);
}

/** checkAndSend ("SUBMITTED"), then decideAndShow: the manager sees `outcome`, records `kind`; the declarant sees `shows`. */
export async function sendAndDecide(
  page: Page,
  title: string,
  check: { answers: string[]; outcome: Outcome; axe?: boolean; reference?: RegExp },
  decision: { kind: string; shows: string; fields?: Record<string, string> },
) {
  await checkAndSend(page, title, check.answers, check.outcome, "SUBMITTED", check);
  await decideAndShow(page, title, OUTCOME_TEXT[check.outcome], decision.kind, decision.shows, decision.fields);
}

/** Screenshots of the page 320 and 1280 px wide (to `pathFor(width)`), each after the reflow check; ends at 1280 x 900. */
export async function screenshotAtWidths(page: Page, pathFor: (width: number) => string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoHorizontalOverflow(page, width);
    await page.screenshot({ path: pathFor(width), fullPage: true });
  }
}

/** Nothing sticks out sideways: the page is no wider than the viewport (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalOverflow(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

/** Signs the browser out by dropping its cookies (the next signInAs puts a person's own session back). */
export async function signOut(page: Page) {
  await page.context().clearCookies();
}

/** The manager opens the declaration titled `title` from their queue (`queuePath`, "Beslissen" unless said) and sees its page. */
export async function openFromQueue(page: Page, title: string, queuePath = "/beslissen") {
  await page.goto(queuePath);
  const row = page.getByTestId("queue-row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: /Beoordelen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The manager opens the declaration from their queue, checks the verdict and records a decision. */
export async function decideFromQueue(
  page: Page,
  manager: string,
  title: string,
  outcomeText: string,
  kind: string,
  fields: Record<string, string> = {},
) {
  await signOut(page);
  await signInAs(page, manager);
  await openFromQueue(page, title);
  await expect(page.getByTestId("verdict-outcome")).toHaveText(outcomeText);
  await expectNoAxeViolations(page);
  await page.getByLabel(kind, { exact: true }).check();
  for (const [id, value] of Object.entries(fields)) await page.locator(`#field-${id}`).fill(value);
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("queue-row").filter({ hasText: title })).toHaveCount(0);
}

// Who declared last on each page (declareAs), for decideAndShow.
const declarant = new WeakMap<Page, string>();

/** The manager who decides each demo person's declarations (the demo data's manager links). */
const MANAGER_OF: Record<string, string> = {
  "Fatima El Amrani": "Jeroen Bakker",
  "Lotte Janssen": "Rob Lemmens",
  "Daan Meijer": "Annemiek Hendriks",
  "Eva van Leeuwen": "Martijn de Graaf",
};

/**
 * The manager of the person who declared on this page (declareAs) decides from their queue (decideFromQueue, with
 * the verdict text their page shows, the decision and its fields), then that person sees `decisionText` on their
 * list (expectDecided).
 */
async function decideAndShow(
  page: Page,
  title: string,
  outcomeText: string,
  kind: string,
  decisionText: string,
  fields: Record<string, string> = {},
) {
  const employee = declarant.get(page);
  const manager = employee && MANAGER_OF[employee];
  if (!employee || !manager) throw new Error(`decideAndShow: no demo manager known for ${employee ?? "nobody"}`);
  await decideFromQueue(page, manager, title, outcomeText, kind, fields);
  await expectDecided(page, employee, title, decisionText);
}

/** The employee sees the decision on their declaration. */
export async function expectDecided(page: Page, employee: string, title: string, decisionText: string) {
  await signOut(page);
  await signInAs(page, employee);
  await page.goto("/meldingen");
  const row = page.getByTestId("declaration-row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toContainText(decisionText);
}

/**
 * Fills the gift form (or the policy simulator's) by its labels: received, an object, this description, giver and
 * value, dated 2 November 2026, the four yes/no questions "no" (by their field names).
 */
export async function fillGiftByLabels(page: Page, title: string, giver: string, value: string) {
  await page.getByLabel("Ik heb het gekregen").check();
  await page.getByLabel("Een cadeau of ander voorwerp").check();
  await page.getByLabel("Omschrijving").fill(title);
  await page.getByLabel(/Van wie komt het/).fill(giver);
  await page.getByLabel(/Geschatte waarde/).fill(value);
  await fillDate(page, "Datum", "2026-11-02");
  for (const name of [
    "giverInProcurementOrAwaitingDecision",
    "deliveredToHomeAddress",
    "foreignRelation",
    "refusalWouldOffend",
  ]) {
    await page.locator(`input[name=${name}][value=no]`).check();
  }
}

/**
 * Sends a gift through its form, filled by fillGiftByLabels and then changed by `adjust` when given; ends on the
 * sent declaration's page, with the notice that it was sent.
 */
export async function sendGiftByLabels(
  page: Page,
  title: string,
  giver: string,
  value: string,
  adjust?: () => Promise<void>,
) {
  await page.goto("/melden/gift");
  await fillGiftByLabels(page, title, giver, value);
  await adjust?.();
  await page.getByRole("button", { name: "Verder naar controleren" }).click();
  await expect(page).toHaveURL(/controleren$/);
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
}

/** Fills the gift form as received, an object of the given value, every other question "Nee" (also tests/e2e/every-page.spec.ts). */
export async function fillGift(
  page: Page,
  g: { title: string; giver: string; value: string; gemeenteGround?: string },
) {
  await choose(page, "Wat is er gebeurd?", "Ik heb het gekregen");
  await choose(page, "Wat voor voordeel is het?", "Een cadeau of ander voorwerp");
  await page.getByLabel("Omschrijving", { exact: true }).fill(g.title);
  await page.getByLabel("Van wie komt het?").fill(g.giver);
  await page.getByLabel("Geschatte waarde in euro").fill(g.value);
  await fillDate(page, "Datum", isoDate(-3));
  await choose(page, "Doet de gever mee aan een aanbesteding", "Nee");
  await choose(page, "Is het naar je huisadres gestuurd?", "Nee");
  await choose(page, "Komt het van een buitenlandse of diplomatieke relatie?", "Nee");
  await choose(page, "Zou weigeren of teruggeven de gever erg kwetsen", "Nee");
  if (g.gemeenteGround) await choose(page, "Welke redenen gelden?", g.gemeenteGround);
}
