// Private contacts with a supplier or business relation, reported in advance so that someone else handles the
// matter (catalogue 1.9 P-4; decision 041). Rijk 000 L1074-1078, Eerste Kamer 001 L477, Provincie 003 L449-452;
// the Gemeente has no such procurement sentence but rule 2.2 with its examples (002 L266, L281-283, L320-328).
import type { Collector, Env } from "./collector";
import type { SupplierContactDeclaration } from "./recusal-input";

export function evaluateSupplierContact(d: SupplierContactDeclaration, env: Env, c: Collector): void {
  const policy = env.p.supplierContact;
  if (d.involvement === "none") {
    c.reason(
      "supplier-contact.not-involved",
      "no-duty",
      "Je hebt geen rol in de kwestie, dus geen invloed op het proces. Je hoeft niets te melden. Krijg je er toch mee te maken? Meld het dan vooraf.",
      "You have no part in the matter, so no influence on the process. You need not report anything. If you do get involved, report it in advance.",
    );
    c.voluntary = true;
    return;
  }
  const late = d.alreadyStarted;
  if (policy.rule === "report-in-advance") {
    c.reason(
      "supplier-contact.report-in-advance",
      "register",
      late
        ? "Je hebt privécontact bij de andere partij en je werkt al aan de kwestie. Dat had vooraf gemeld moeten worden. Stop ermee tot je leidinggevende heeft geregeld wie het overneemt."
        : "Je hebt privécontact bij de andere partij. Meld het vooraf, dan regelt je leidinggevende dat iemand anders de kwestie behandelt.",
      late
        ? "You have a private contact at the other party and are already working on the matter. This should have been reported in advance. Stop until your manager has arranged who takes over."
        : "You have a private contact at the other party. Report it in advance, so that your manager arranges for someone else to handle the matter.",
    );
  } else {
    c.reason(
      "supplier-contact.report-in-advance",
      "register",
      "Je gaat actief de schijn van belangenverstrengeling tegen: behandel geen kwestie van een bekende en meld je persoonlijke belang bij je leidinggevende.",
      "You actively counter the appearance of a conflict of interest: do not handle a matter of someone you know, and report your personal interest to your manager.",
    );
    c.reason(
      "supplier-contact.not-reporting-is-breach",
      "register",
      "Een (mogelijk) verstrengelde situatie niet melden is ook een schending van de gedragscode.",
      "Not reporting a (possibly) entangled situation is also a breach of the code.",
    );
  }
  if (policy.privateDealingsReportable && d.contactKind === "private-business") {
    c.reason(
      "supplier-contact.private-dealings",
      "register",
      "Je doet privé zaken met een partij waar je in je werk zaken mee doet. Dat meld je.",
      "You do business privately with a party you deal with at work. You report that.",
    );
  }
  if (policy.fourEyes && d.relationRole !== "other-business-relation") {
    c.reason(
      "supplier-contact.four-eyes",
      "register",
      "Bij inkoop en aanbesteding beslissen meer mensen mee, en gesprekken met leveranciers voer je bij voorkeur met zijn tweeën.",
      "In procurement more people take part in the decision, and talks with suppliers are preferably held in pairs.",
    );
  }
  c.oblige("supplier-contact.report-in-advance", "report-before-handling", "someone-else-handles");
  c.decide("manager");
}
