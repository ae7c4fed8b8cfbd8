// The accessibility statement claims only what the tests prove (decision 063): each spec it lists exists and performs
// the check it is listed for, every spec that performs a check is listed, and the page and role counts are those of
// the every-page crawl. Then the statement itself, in both languages: the model's parts, the status, the contact
// route of ACCESSIBILITY_CONTACT, and every text present (no key shown raw).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STATEMENT, buildStatement, type CheckId } from "@/lib/accessibility/statement";
import { DEMO_ACCESSIBILITY_CONTACT, accessibilityContact } from "@/lib/config";

const E2E = path.join(process.cwd(), "tests", "e2e");
const specFiles = () =>
  fs
    .readdirSync(E2E)
    .filter((f) => f.endsWith(".spec.ts"))
    .sort();
const source = (f: string) => fs.readFileSync(path.join(E2E, f), "utf8");

/** What makes a spec perform each check (the helpers of tests/e2e/helpers.ts, or the crawl's own code). */
const PERFORMS: Record<CheckId, (file: string, text: string) => boolean> = {
  // The journey helpers' { axe: true } (expectVerdict, continueToCheck, checkAndSend, sendAndDecide) scan with axe too.
  axe: (_f, text) => /expectNoAxeViolations\(|new AxeBuilder\(|\baxe: true\b/.test(text),
  reflow: (_f, text) => /expectNoHorizontalOverflow\(|scrollWidth|screenshotAtWidths\(/.test(text),
  keyboard: (_f, text) => /keyboard\.press\(|\.press\("(Tab|Enter)"\)|toBeFocused\(/.test(text),
  // The no-js project (playwright.config.ts) runs exactly the files named no-js*.spec.ts with scripts off.
  noJs: (file) => /^no-js[^/]*\.spec\.ts$/.test(file),
};

/** Every page.tsx of app/ (the every-page crawl's list of routes, tests/e2e/every-page.spec.ts pageRoutes). */
function countPages(dir = path.join(process.cwd(), "app")): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") n++;
    if (entry.isDirectory() && !entry.name.startsWith("_") && entry.name !== "api")
      n += countPages(path.join(dir, entry.name));
  }
  return n;
}

describe("the statement's facts are what the tests prove", () => {
  it.each(STATEMENT.checks.map((c) => [c.id, c.specs] as const))(
    "%s: the listed specs are exactly those that perform the check",
    (id, specs) => {
      const performing = specFiles().filter((f) => PERFORMS[id](f, source(f)));
      expect(
        [...specs],
        `update SPEC_CHECKS in lib/accessibility/facts.ts: ${id} for the specs that perform it`,
      ).toEqual(performing);
    },
  );

  it("counts the pages of app/ and the roles the every-page crawl visits", () => {
    expect(STATEMENT.pagesCrawled, "update STATEMENT.pagesCrawled: the crawl visits every page.tsx").toBe(countPages());
    const crawl = source("every-page.spec.ts");
    const roles = crawl.slice(crawl.indexOf("const ROLES"), crawl.indexOf("];", crawl.indexOf("const ROLES")));
    expect(STATEMENT.rolesCrawled).toBe(roles.match(/\{ who: /g)?.length);
  });

  it("the crawl asserts the footer link on every page it visits", () => {
    expect(
      source("every-page.spec.ts").includes("footerLinkProblems(page)"),
      "every-page.spec.ts checks the footer link",
    ).toBe(true);
  });

  it("the checks can fail: a spec without the check is not counted", () => {
    expect(PERFORMS.axe("x.spec.ts", "await page.goto('/');")).toBe(false);
    expect(PERFORMS.reflow("x.spec.ts", "await expectNoHorizontalOverflow(page, 320);")).toBe(true);
    expect(PERFORMS.axe("x.spec.ts", 'await expectVerdict(page, "register", [], { axe: true });')).toBe(true);
    expect(PERFORMS.reflow("x.spec.ts", "await screenshotAtWidths(page, (w) => `/tmp/x-${w}.png`);")).toBe(true);
    expect(PERFORMS.keyboard("x.spec.ts", "await page.click('a');")).toBe(false);
    expect(PERFORMS.noJs("no-js-x.spec.ts", "")).toBe(true);
    expect(PERFORMS.noJs("x.spec.ts", "javaScriptEnabled: false")).toBe(false);
  });

  it("uses status C while no independent evaluation exists (A and B need its report)", () => {
    expect(STATEMENT.status).toBe("C");
  });
});

describe("buildStatement", () => {
  const email = { kind: "email", address: "toegankelijkheid@gemeente.nl" } as const;

  it.each(["nl", "en"] as const)("shows every part of the model in %s, with no raw message key", (locale) => {
    const view = buildStatement(locale, email, "https://integriteit.example.nl");
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/accessibility\.[a-zA-Z]+\.[a-zA-Z.]+/);
    expect(view.facts.map((f) => f.value)).toEqual([
      "Integriteitsportaal",
      "https://integriteit.example.nl",
      locale === "nl" ? "C – Eerste maatregelen genomen" : "C – First measures taken",
      "WCAG 2.1 AA (EN 301 549)",
      expect.any(String),
      locale === "nl" ? "5 december 2026" : "5 December 2026",
      locale === "nl" ? "5 december 2026" : "5 December 2026",
    ]);
    expect(view.research.checks.map((c) => c.id)).toEqual(["axe", "reflow", "keyboard", "noJs"]);
    expect(view.research.checks[0]!.text).toContain(`${STATEMENT.pagesCrawled}`);
    expect(view.research.checks[0]!.specs).toContain("tests/e2e/every-page.spec.ts");
    expect(view.problems.items.map((p) => p.id)).toEqual([
      "pdfUa",
      "userAttachments",
      "keyboardWalkthrough",
      "screenReader",
    ]);
    expect(view.problems.items.every((p) => p.title && p.effect && p.reason && p.plan)).toBe(true);
    expect(view.complaint.national.href).toBe("https://www.nationaleombudsman.nl");
    expect(view.complaint.national.label).toMatch(/Nationale ombudsman/);
    expect(view.complaint.municipal).toMatch(locale === "nl" ? /gemeente/ : /municipality/);
    expect(view.contact.response).toContain("5");
  });

  it("names the PDF's missing PDF/UA check and users' attachments honestly", () => {
    const view = buildStatement("nl", email, undefined);
    expect(view.problems.items.find((p) => p.id === "pdfUa")!.effect).toMatch(/PDF\/UA/);
    expect(view.problems.items.find((p) => p.id === "userAttachments")!.reason).toMatch(/buiten onze invloed/i);
  });

  it("leaves the address out when the portal does not know it", () => {
    const labels = buildStatement("nl", email, undefined).facts.map((f) => f.label);
    expect(labels).not.toContain("Adres");
    expect(labels).toContain("Status");
  });

  it("gives the contact route as a mailto: link or as the contact page", () => {
    expect(buildStatement("nl", email, undefined).contact.link).toEqual({
      href: "mailto:toegankelijkheid@gemeente.nl",
      label: "Mail naar toegankelijkheid@gemeente.nl",
    });
    expect(
      buildStatement("en", { kind: "url", href: "https://www.gemeente.nl/contact" }, undefined).contact.link,
    ).toEqual({ href: "https://www.gemeente.nl/contact", label: "Go to the contact form" });
  });
});

describe("ACCESSIBILITY_CONTACT", () => {
  it("defaults to the demo's address", () => {
    expect(accessibilityContact({})).toEqual({ kind: "email", address: DEMO_ACCESSIBILITY_CONTACT });
    expect(accessibilityContact({ ACCESSIBILITY_CONTACT: "  " })).toEqual({
      kind: "email",
      address: DEMO_ACCESSIBILITY_CONTACT,
    });
  });

  it.each([
    ["toegankelijkheid@gemeente.nl", { kind: "email", address: "toegankelijkheid@gemeente.nl" }],
    [" a11y@rijksoverheid.nl ", { kind: "email", address: "a11y@rijksoverheid.nl" }],
    ["https://www.gemeente.nl/contact", { kind: "url", href: "https://www.gemeente.nl/contact" }],
  ])("reads %j", (raw, expected) => {
    expect(accessibilityContact({ ACCESSIBILITY_CONTACT: raw })).toEqual(expected);
  });

  it.each([
    "toegankelijkheid",
    "http://www.gemeente.nl/contact",
    "javascript:alert(1)",
    "mailto:a@b.nl",
    "Team <a@b.nl>",
    "a@b",
    "a b@c.nl",
  ])("refuses %j naming the setting", (raw) => {
    expect(() => accessibilityContact({ ACCESSIBILITY_CONTACT: raw })).toThrow(/ACCESSIBILITY_CONTACT/);
  });
});
