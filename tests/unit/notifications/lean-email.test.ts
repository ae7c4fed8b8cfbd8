// Every notification and e-mail template says only the reference, the kind of declaration, what is expected of the
// recipient and a link (docs/decisions/037-reference-numbers-and-lean-email.md). Each kind (taken from the database
// enum, so a new kind is checked the day it is added) is rendered in both languages, alone and in a digest, with the
// declaration's free text, amounts and other people's names offered under every parameter name a caller might use:
// none of it may reach the subject, the body or the link.
import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { composeDigest } from "@/lib/notifications/deliver";
import { notificationText } from "@/lib/notifications/texts";

const KINDS = Object.values(NotificationKind);
const LOCALES = ["nl", "en"] as const;
const BASE = "https://integriteit.example.nl";
const DECLARATION_ID = "cmdeclaration0000000000001";

/** Free text as people type it in a declaration, and what must never leave in an e-mail. */
const FREE_TEXT = {
  title: "Kerstpakket van Bouwbedrijf Peters",
  description: "Fles Château Margaux 1996 <script>alert(1)</script>",
  giver: "Bouwbedrijf Peters B.V.",
  counterparty: "Stichting Geheime Vrienden",
  organisation: "Gemeente Voorbeeldstad",
  person: "Jan-Willem de Vries-Öztürk",
  declarant: "Jan-Willem de Vries-Öztürk",
  manager: "Annemarie van Manager",
  name: "Annemarie van Manager",
  amount: "€ 1.234,56",
  value: "1.234,56",
  valueCents: "123456",
  valueEuros: "1234,56",
  answer: "Ik ken de directeur persoonlijk",
  reason: "Te duur voor een ambtenaar",
  conditions: "Alleen als het pakket wordt gedeeld",
  explanation: "Hij is mijn zwager",
  campaign: "Integriteitsverklaring Directie Geheim",
};
const FORBIDDEN = Object.values(FREE_TEXT).flatMap((v) => [v, ...v.split(/[\s<>()]+/).filter((w) => w.length >= 6)]);

const VALID = {
  reference: "GES-2026-00042",
  type: "gift",
  outcome: "APPROVED_WITH_CONDITIONS",
  days: "12",
  due: "2026-05-01",
  year: "2026",
};

/** Parameters whose shape is fixed, filled with free text instead: they must be refused, not shown. */
const HOSTILE_SHAPED = Object.fromEntries(
  Object.keys(VALID).map((k, i) => [k, Object.values(FREE_TEXT)[i % Object.values(FREE_TEXT).length]]),
);

function expectClean(text: string) {
  for (const word of FORBIDDEN) expect(text, `"${word}" leaked into: ${text}`).not.toContain(word);
  // No placeholder left unfilled, no raw markup.
  expect(text).not.toMatch(/[{}<>]/);
}

// MANAGER_CHANGED is about a person, not a declaration.
const DECLARATION_KINDS = KINDS.filter((k) => !k.startsWith("CAMPAIGN_") && k !== "MANAGER_CHANGED");
// Told to the declarant, the old manager (who may no longer open it) and the new decider at once: no link.
const NO_LINK_KINDS = new Set<string>(["REGISTER_REVIEW_NEEDED", "DECLARATION_MOVED"]);

describe.each(LOCALES)("notification texts in %s", (locale) => {
  it.each(KINDS)("%s says no free text, amount or name, whatever it is given", (kind) => {
    for (const params of [
      { ...FREE_TEXT, ...VALID },
      { ...FREE_TEXT, ...HOSTILE_SHAPED },
    ]) {
      const text = notificationText(kind, params, DECLARATION_ID, locale);
      expect(text.title.trim()).not.toBe("");
      expect(text.body.trim()).not.toBe("");
      expectClean(text.title);
      expectClean(text.body);
      if (text.link) expect(text.link).toMatch(/^\/[a-z/]+(\/[a-z0-9]+)?$/);
    }
  });

  it.each(DECLARATION_KINDS)("%s names the reference and the kind, and links to the declaration", (kind) => {
    const text = notificationText(kind, { ...FREE_TEXT, ...VALID }, DECLARATION_ID, locale);
    expect(text.title).toContain(VALID.reference);
    expect(text.body).toContain(VALID.reference);
    if (!NO_LINK_KINDS.has(kind)) expect(text.link).toContain(DECLARATION_ID);
    if (kind !== "REGISTER_REVIEW_NEEDED" && kind !== "REGISTER_PUBLISHED") {
      expect(text.body.toLowerCase()).toContain(locale === "nl" ? "geschenk" : "gift");
    }
  });

  it.each(KINDS)("%s as an e-mail (alone and in a digest) carries only the recipient's own name besides", (kind) => {
    for (const params of [
      { ...FREE_TEXT, ...VALID },
      { ...FREE_TEXT, ...HOSTILE_SHAPED },
    ]) {
      const single = composeDigest(
        { name: "Fatima El Amrani", locale },
        [{ kind, params, declarationId: DECLARATION_ID }],
        BASE,
      );
      const digest = composeDigest(
        { name: "Fatima El Amrani", locale },
        KINDS.map((k) => ({ kind: k, params, declarationId: DECLARATION_ID })),
        BASE,
      );
      for (const mail of [single, digest]) {
        expectClean(mail.subject);
        expectClean(mail.text);
        expect(mail.text).toContain("Fatima El Amrani");
      }
    }
  });

  it("a hostile declaration id gives no link instead of one that carries it", () => {
    expect(notificationText("DECIDED", VALID, "../../x?<script>", locale).link).toBeNull();
  });

  it("a campaign message names the year and writes the due date out in the reader's language", () => {
    const text = notificationText("CAMPAIGN_OPENED", VALID, null, locale);
    expect(text.title).toContain("2026");
    expect(text.body).toContain(locale === "nl" ? "1 mei 2026" : "1 May 2026");
  });
});
