// Adding an attachment with JavaScript off (issue 16 item 1, decision 066): the "no-js" project. The gift is sent
// with JavaScript (a context of its own); the upload is a plain multipart form, and a refusal comes back from the
// server with the error summary and the field's message.
import { expect, test } from "@playwright/test";
import { sendGiftByLabels, signInAs, uniqueTitle } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

test("without JavaScript, the declarant adds an attachment and an empty file is refused", async ({ browser, page }) => {
  expect(test.info().project.use.javaScriptEnabled).toBe(false);
  const title = uniqueTitle("Boekenbon");
  const context = await browser.newContext({
    javaScriptEnabled: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const js = await context.newPage();
  await signInAs(js, "Thomas Jansen");
  await sendGiftByLabels(js, title, "Boekhandel Dekker", "85,00");
  const id = new URL(js.url()).pathname.split("/")[2]!;
  const cookies = (await context.storageState()).cookies.filter((c) => /next-auth/.test(c.name));
  await context.close();
  await page.context().addCookies(cookies);

  await page.goto(`/meldingen/${id}`);
  const upload = page.getByTestId("attachment-upload");
  await page
    .getByLabel("Kies een bestand")
    .setInputFiles({ name: "leeg.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await upload.getByRole("button", { name: "Bijlage toevoegen" }).click();
  await expect(page.getByTestId("file-error")).toContainText("Het bestand is leeg. Kies een bestand met inhoud.");
  await expect(page.getByRole("link", { name: "Het bestand is leeg. Kies een bestand met inhoud." })).toHaveAttribute(
    "href",
    "#field-attachment",
  );
  await expect(page.getByTestId("attachment-row")).toHaveCount(0);

  await page
    .getByLabel("Kies een bestand")
    .setInputFiles({ name: "bon.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByTestId("attachment-upload").getByRole("button", { name: "Bijlage toevoegen" }).click();
  await expect(page.getByTestId("attachment-message")).toHaveText("Bijlage bon.pdf is toegevoegd.");
  await expect(page.getByTestId("attachment-row")).toContainText("bon.pdf");
  const href = await page.getByRole("link", { name: "bon.pdf" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect((await response.body()).equals(PDF)).toBe(true);
});
