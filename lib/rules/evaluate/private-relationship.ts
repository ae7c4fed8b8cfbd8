// A private relationship that touches one's work (catalogue 1.12 V-1, V-2; decision 041).
// Rijk 000 L1821-1849, Eerste Kamer 001 L713-717, Gemeente 002 L660-663 and L716-728, Provincie 003 L684-704.
import type { Collector, Env } from "./collector";
import type { PrivateRelationshipDeclaration } from "./recusal-input";

export function evaluatePrivateRelationship(d: PrivateRelationshipDeclaration, env: Env, c: Collector): void {
  const policy = env.p.privateRelationship;
  const touches = d.functionsTouch !== "no";
  const risk = touches || d.dependency || d.withOwnManager || d.riskToObjectivity !== "no";
  if (!risk) {
    c.reason(
      "private-relationship.no-risk",
      "no-duty",
      "Een privérelatie op het werk is op zichzelf geen probleem. Jullie werk raakt elkaar niet en je blijft objectief: je hoeft niets te melden. Je mag het wel vastleggen.",
      "A private relationship at work is not a problem in itself. Your work does not touch and you stay objective: you need not report anything, but you may record it.",
    );
    c.voluntary = true;
    return;
  }
  const to =
    policy.reportTo === "manager-or-next-higher"
      ? { nl: "je (naasthogere) leidinggevende", en: "your (next-higher) manager" }
      : { nl: "je leidinggevende", en: "your manager" };
  c.reason(
    "private-relationship.report",
    "register",
    `De relatie kan een integriteitsrisico zijn. Meld het bij ${to.nl}. Die gaat er discreet mee om en bekijkt met jou of er maatregelen nodig zijn.`,
    `The relationship may be an integrity risk. Report it to ${to.en}, who handles it discreetly and considers with you whether measures are needed.`,
  );
  if (touches || d.dependency) {
    c.reason(
      "private-relationship.risk-higher",
      "register",
      d.dependency
        ? "Het risico is groter: een van jullie is afhankelijk van de ander in het werk."
        : "Het risico is groter: jullie werk raakt elkaar.",
      d.dependency
        ? "The risk is higher: one of you depends on the other at work."
        : "The risk is higher: your work touches.",
    );
  }
  c.reason(
    "private-relationship.measures",
    "register",
    "Je leidinggevende kan afspreken welke zaken, leveranciers of mensen je niet behandelt, en tot wanneer.",
    "Your manager can agree which matters, suppliers or people you do not handle, and until when.",
  );
  if (policy.employeeMayAskTransferOrDismissal && d.wantsTransferOrDismissal) {
    c.reason(
      "private-relationship.ask-transfer",
      "register",
      "Je vraagt zelf om overplaatsing of ontslag. Bespreek dat met je leidinggevende.",
      "You ask for a transfer or dismissal yourself. Discuss it with your manager.",
    );
  }
  c.oblige("private-relationship.measures", "discuss-measures", "no-judging-each-others-work");
  // The codes do not want partners to judge each other's work (000 L1845-1846, 002 L726-727, 003 L702): when the
  // other person is the declarant's own manager, that manager does not handle the report; the integrity officer does
  // (the Rijk and the Eerste Kamer name the next-higher manager, whom the portal does not know: decision 041).
  c.decide(d.withOwnManager ? "integrity-officer" : "manager");
}
