// `npx tsx scripts/screenshots.ts [baseUrl] [outDir]`: screenshots of the main pages per role, desktop
// and 320 px wide, for looking at what we build. Needs a running portal in demo mode.
import { chromium, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { chromiumLaunchOptions } from "../tests/support/chromium";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "screenshots";
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions);

async function shoot(page: Page, name: string) {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function signIn(page: Page, name: string) {
  await page.goto(`${base}/aanmelden`);
  await page.getByRole("button", { name: new RegExp(`Aanmelden als ${name}`) }).click();
  await page.getByRole("heading", { level: 1, name: `Welkom, ${name}` }).waitFor();
}

for (const [label, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["mobile", { width: 320, height: 640 }],
] as const) {
  const context = await browser.newContext({ viewport, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  const page = await context.newPage();
  await page.goto(`${base}/aanmelden`);
  await shoot(page, `${label}-aanmelden`);
  for (const person of ["Fatima El Amrani", "Jeroen Bakker", "Ahmed Yilmaz", "Linda Smit"]) {
    await signIn(page, person);
    await shoot(page, `${label}-home-${person.split(" ")[0]!.toLowerCase()}`);
    await context.clearCookies();
  }
  await page.goto(`${base}/geen-toegang`);
  await shoot(page, `${label}-geen-toegang`);
  await context.close();
}
await browser.close();
