import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openFromQueue, sendGiftByLabels, signInAs } from "./helpers";

// Issue 19 item 9 (decision 043): the home page says what the person must do now, per kind a count, the oldest
// date and a link; "nothing to do" when there is nothing. Looked at as a manager and as an employee, with axe, at
// desktop width and at 320 px (no sideways scrolling).

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function shoot(page: Page, name: string) {
  // Only when asked (TODO_SCREENSHOTS=/tmp/...): to look at the page, never into the repository.
  const dir = process.env.TODO_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

test("an employee with nothing to do is told so; after a question, the question is on the home page with its link", async ({
  page,
}) => {
  const title = unique("Boek");
  // Noor Bos (Eerste Kamer) is in no other spec and has nothing open in the demo data: nothing to do. Fatima, whom
  // other specs use, may already have conditions or drafts waiting; her question is counted on top of what she has.
  await signInAs(page, "Noor Bos");
  const todo = page.getByTestId("home-todo");
  await expect(todo.getByRole("heading", { level: 2, name: "Wat je nu moet doen" })).toBeVisible();
  await expect(page.getByTestId("todo-none")).toHaveText("Je hoeft nu niets te doen.");
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signInAs(page, "Fatima El Amrani");
  const before = page.getByTestId("todo-answerQuestion");
  const questionsBefore = (await before.count()) === 0 ? 0 : Number((await before.textContent())!.match(/\d+/)![0]);

  await sendGiftByLabels(page, title, "Drukkerij Peeters", "85,00");
  await page.context().clearCookies();
  await signInAs(page, "Jeroen Bakker");
  await openFromQueue(page, title);
  await page.getByLabel("Meer informatie vragen", { exact: true }).check();
  await page.locator("#field-reason").fill("Wie van de drukkerij stuurde het?");
  await page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByTestId("notice")).toBeVisible();
  await page.context().clearCookies();

  await signInAs(page, "Fatima El Amrani");
  await expect(page.getByTestId("todo-none")).toHaveCount(0);
  const line = page.getByTestId("todo-answerQuestion");
  await expect(line).toContainText(
    questionsBefore === 0 ? "1 vraag om te beantwoorden" : `${questionsBefore + 1} vragen om te beantwoorden`,
  );
  await expect(line).toContainText(/Wacht sinds \d{1,2} \w+ \d{4}/);
  await expectNoAxeViolations(page);
  await shoot(page, "home-employee-1280");
  await page.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(page);
  await shoot(page, "home-employee-320");
  await line.getByRole("link").click();
  // One question: the link opens that declaration; more: the list, where this one is.
  if (questionsBefore > 0) await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("a manager sees the declarations to decide with the oldest date, and the link opens the queue or the declaration", async ({
  page,
}) => {
  await signInAs(page, "Jeroen Bakker");
  const line = page.getByTestId("todo-decide");
  await expect(line).toContainText(/\d+ melding(en)? om over te beslissen/);
  await expect(line).toContainText(/Wacht sinds \d{1,2} \w+ \d{4}/);
  const count = Number((await line.getByRole("link").textContent())!.match(/\d+/)![0]);
  await expect(page.getByTestId("todo-none")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "home-manager-1280");
  await page.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await shoot(page, "home-manager-320");
  await page.setViewportSize({ width: 1280, height: 800 });
  await line.getByRole("link").click();
  if (count === 1) await expect(page).toHaveURL(/\/beslissen\/[a-z0-9]+$/);
  else {
    await expect(page).toHaveURL(/\/beslissen$/);
    await expect(page.getByTestId("queue-row")).toHaveCount(count);
  }
});
