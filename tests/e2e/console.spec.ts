// No console error or warning, and no failed request, on the portal's pages (issue 19 item 11, decision 045):
// the Permissions-Policy names only features Chromium knows (it logged "Unrecognized feature: 'bluetooth'"
// on every page), and public/ has a favicon (the browser's favicon request was a 404 on every page).
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

/** Collects console errors and warnings, and every same-origin response of 400 or more, from the moment a page opens. */
function watch(page: Page, baseURL: string): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.name}`));
  page.on("response", (response) => {
    if (response.url().startsWith(baseURL) && response.status() >= 400)
      problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return problems;
}

const PAGES: { who: string | null; paths: string[] }[] = [
  { who: null, paths: ["/aanmelden"] },
  {
    who: "Fatima El Amrani",
    paths: ["/", "/melden", "/meldingen", "/berichten", "/gedragscode", "/mijn-gegevens", "/register"],
  },
  { who: "Jeroen Bakker", paths: ["/beslissen", "/vervanging"] },
  { who: "Linda Smit", paths: ["/beheer", "/beheer/mensen"] },
];

for (const { who, paths } of PAGES) {
  test(`no console error, warning or failed request: ${who ?? "signed out"}`, async ({ page, baseURL }) => {
    const problems = watch(page, baseURL!);
    if (who) await signInAs(page, who);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(problems, `on ${path}`).toEqual([]);
    }
  });
}

test("the favicon is served from public/ and the pages point to it", async ({ page, request }) => {
  await page.goto("/aanmelden");
  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(icons).toContain("/favicon.svg");
  for (const path of ["/favicon.svg", "/favicon.ico"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(
      path.endsWith(".svg") ? /image\/svg\+xml/ : /image\/(x-icon|vnd\.microsoft\.icon)/,
    );
  }
});
