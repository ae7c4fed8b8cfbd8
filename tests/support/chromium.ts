// How the end-to-end tests (playwright.config.ts) and scripts/screenshots.ts start Chromium. Playwright cannot
// download browsers on our build machines: use the system Chromium when present (Debian's `chromium`, installed by
// .ci/run), or CHROMIUM_PATH; otherwise Playwright's own.
import fs from "node:fs";

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
