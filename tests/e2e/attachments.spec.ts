import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, sendGiftByLabels, signInAs, signOut, uniqueTitle, screenshotAtWidths } from "./helpers";

// Attachments (issue 16 item 1, decision 066): the declarant adds evidence to a sent gift; a hostile file is
// refused with its own message in the error summary; the manager sees the list on the decision page and downloads
// the exact bytes, served as an attachment that no browser renders; a colleague gets 404. axe on every state.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const HTML_AS_PDF = Buffer.from("<html><script>alert(1)</script></html>\n%PDF-1.4\n%%EOF\n");

/** Only when asked (ATTACHMENT_SCREENSHOTS=/tmp/...): to look at the page, never into the repository. */
async function shoot(page: Page, name: string) {
  const dir = process.env.ATTACHMENT_SCREENSHOTS;
  if (dir) await screenshotAtWidths(page, (width) => `${dir}/attach-${name}-${width}.png`);
}

/** Chooses a file in the upload form and sends it. */
async function attach(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Kies een bestand").setInputFiles({ name, mimeType: "application/pdf", buffer });
  await page.getByRole("button", { name: "Bijlage toevoegen" }).click();
}

test("the declarant attaches a file, a hostile one is refused, the manager downloads it and a colleague cannot @db", async ({
  page,
}) => {
  const title = uniqueTitle("Dinerbon");
  await signInAs(page, "Fatima El Amrani");
  await sendGiftByLabels(page, title, "Restaurant De Haven", "85,00");
  const id = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/meldingen/${id}`);
  await expect(page.getByRole("heading", { name: "Bijlagen" })).toBeVisible();
  await expect(page.getByTestId("attachments-empty")).toHaveText("Er zijn geen bijlagen.");
  await expectNoAxeViolations(page);

  // A hostile file: HTML with a script, named .pdf. Refused with its own message; nothing is listed.
  await attach(page, "uitnodiging.pdf", HTML_AS_PDF);
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Er is een probleem");
  await expect(summary.getByRole("link")).toContainText("Het bestand bevat code of een tweede bestand.");
  await expect(summary).toBeFocused();
  await expect(page.getByTestId("file-error")).toContainText("Het bestand bevat code of een tweede bestand.");
  await expect(page).toHaveTitle(/^Fout: /);
  await expect(page.getByTestId("attachment-row")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "refused");

  // A real PDF: listed with its name, type, size in Dutch and who added it.
  await attach(page, "uitnodiging diner.pdf", PDF);
  await expect(page.getByTestId("attachment-message")).toHaveText("Bijlage uitnodiging diner.pdf is toegevoegd.");
  const row = page.getByTestId("attachment-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("uitnodiging diner.pdf");
  await expect(row).toContainText("PDF");
  await expect(row).toContainText(`${PDF.length} bytes`);
  await expect(row).toContainText("Fatima El Amrani");
  await expectNoAxeViolations(page);
  await shoot(page, "declarant");
  const href = (await row.getByRole("link", { name: "uitnodiging diner.pdf" }).getAttribute("href"))!;
  expect(href).toMatch(new RegExp(`^/meldingen/${id}/bijlagen/[^/]+$`));

  // A colleague: not found, as for an attachment that does not exist.
  await signOut(page);
  await signInAs(page, "Thomas Jansen");
  const refused = await page.request.get(href, { maxRedirects: 0 });
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain("%PDF");

  // The manager: the list on the decision page, the exact bytes as a download with safe headers.
  await signOut(page);
  await signInAs(page, "Jeroen Bakker");
  await page.goto(`/beslissen/${id}`);
  const managerRow = page.getByTestId("attachment-row");
  await expect(managerRow).toContainText("uitnodiging diner.pdf");
  await expect(managerRow.getByRole("button", { name: "Verwijder" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "manager");
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    managerRow.getByRole("link", { name: "uitnodiging diner.pdf" }).click(),
  ]);
  expect(saved.suggestedFilename()).toBe("uitnodiging diner.pdf");
  const path = test.info().outputPath("saved.pdf");
  await saved.saveAs(path);
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(path).equals(PDF)).toBe(true);
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toBe(
    `attachment; filename="uitnodiging diner.pdf"; filename*=UTF-8''uitnodiging%20diner.pdf`,
  );
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect((await response.body()).equals(PDF)).toBe(true);

  // Each download is in the declaration's history the declarant sees.
  await signOut(page);
  await signInAs(page, "Fatima El Amrani");
  await page.goto(`/meldingen/${id}`);
  await expect(page.getByTestId("history")).toContainText("Bijlage gedownload (Jeroen Bakker)");
});
