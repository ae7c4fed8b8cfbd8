// The readable citations of the rules on private relationships and supplier contacts (see ./texts.ts).
import type { ReadableText } from "./types";
import { EERSTE_KAMER_REPORT_IN_ADVANCE, RIJK_REPORT_IN_ADVANCE } from "./texts-shared";

export const TEXTS_RELATIONS: Readonly<Record<string, ReadableText>> = {
  "private-relationship.report@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijk heid als goed ambtenaar om hiervan melding te doen bij de (naasthogere) leidinggevende.",
    summary:
      "If a private relationship may cause a problem or an integrity risk, you must report it to your (next higher) manager.",
  },
  "private-relationship.report@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de (naasthogere) leidinggevende.",
    summary:
      "If a private relationship may cause a problem or an integrity risk, you must report it to your (next higher) manager.",
  },
  "private-relationship.report@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote:
      "Dan is het belangrijk dit te melden bij jouw leidinggevende en samen te bekijken of er speciale maatregelen of afspraken moeten komen.",
    summary: "Report it to your manager and look together at whether special measures or agreements are needed.",
  },
  "private-relationship.report@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Als de privérelatie hiervoor een probleem kan zijn en een integriteitsrisico kan vormen, is het jouw verantwoordelijkheid als goed ambtenaar om hiervan melding te doen bij de leidinggevende.",
    summary: "If a private relationship may cause a problem or an integrity risk, you must report it to your manager.",
  },
  "private-relationship.risk-higher@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.risk-higher@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.risk-higher@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Maar in sommige gevallen kan het een probleem zijn of worden en kan het een integriteitsrisico opleveren.",
    summary: "In some cases it can become a problem and an integrity risk.",
  },
  "private-relationship.risk-higher@provincie": {
    source: "003",
    section: "Privérelaties",
    quote: "Het risico is groter als de functies elkaar op de een of andere manier raken.",
    summary: "The risk is greater when the jobs touch each other in some way.",
  },
  "private-relationship.measures@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Het is bijvoorbeeld niet wenselijk dat partners elkaars werk beoordelen, controleren, of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Het is bijvoorbeeld niet wenselijk dat partners elkaars werk beoordelen, controleren, of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Zo willen we bijvoorbeeld niet dat partners elkaars werk beoordelen, controleren of goedkeuren.",
    summary: "For example, partners should not assess, check or approve each other's work.",
  },
  "private-relationship.measures@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Zo nodig worden er werkafspraken gemaakt of taken anders verdeeld, maar ook een overplaatsing naar een team of domein of ontslag kan aan de orde zijn.",
    summary: "If needed, work is arranged or divided differently; a transfer or dismissal may also be considered.",
  },
  "private-relationship.no-risk@rijk": {
    source: "000",
    section: "6.2 Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@eerste-kamer": {
    source: "001",
    section: "6.2 Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@gemeente": {
    source: "002",
    section: "6. Gedrag in de privesfeer",
    quote: "Daar is op zich niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.no-risk@provincie": {
    source: "003",
    section: "Privérelaties",
    quote: "Daar is op zichzelf niets mis mee.",
    summary: "In itself there is nothing wrong with that.",
  },
  "private-relationship.ask-transfer@provincie": {
    source: "003",
    section: "Privérelaties",
    quote:
      "Je kan natuurlijk zelf ook om overplaatsing of ontslag vragen als voor jou je privérelatie je het goed uitoefenen van je werk in de weg staat.",
    summary: "You may also ask for a transfer or to leave yourself if the relationship stands in the way of your work.",
  },
  "supplier-contact.report-in-advance@rijk": RIJK_REPORT_IN_ADVANCE,
  "supplier-contact.report-in-advance@eerste-kamer": EERSTE_KAMER_REPORT_IN_ADVANCE,
  "supplier-contact.report-in-advance@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Je kunt de schijn van belangenverstrengeling bijvoorbeeld tegengaan door het niet behandelen van een kwestie van een bekende of door je persoonlijke belang te melden bij je leidinggevende.",
    summary:
      "Counter the appearance of a conflict of interest, for example by not handling a matter involving someone you know, or by reporting your interest to your manager.",
  },
  "supplier-contact.report-in-advance@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote:
      "Loop je hier tegenaan? Meld dit vooraf, dan kan er worden geregeld dat niet jij, maar iemand anders de procedure kan behandelen.",
    summary: "If this happens, report it in advance so someone else can handle the procedure.",
  },
  "supplier-contact.private-dealings@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Of door privé geen zaken te doen met partijen waar je in je werk bij de gemeente ook zaken mee doet, of dit anders te melden.",
    summary: "Or by not doing private business with parties you deal with at work, or else reporting it.",
  },
  "supplier-contact.not-reporting-is-breach@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote:
      "Het niet melden van een (mogelijk) verstrengelde situatie bij je leidinggevende, of het niet bespreekbaar maken ervan, wordt ook beschouwd als een schending van de gedragscode.",
    summary:
      "Not reporting a (possible) conflict of interest to your manager, or not raising it, is itself a breach of the code.",
  },
  "supplier-contact.not-involved@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je bij de andere partij privécontacten hebt.",
    summary: "You should not be able to influence the process if you have private contacts at the other party.",
  },
  "supplier-contact.not-involved@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je bij de andere partij privécontacten hebt.",
    summary: "You should not be able to influence the process if you have private contacts at the other party.",
  },
  "supplier-contact.not-involved@gemeente": {
    source: "002",
    section: "2. Het tegengaan van belangenverstrengeling",
    quote: "Wat wel en niet kan hangt vaak af van de functie die je hebt.",
    summary: "What is and is not possible often depends on your job.",
  },
  "supplier-contact.not-involved@provincie": {
    source: "003",
    section: "Inkoop, inhuur en aanbesteding",
    quote:
      "Het is bijvoorbeeld niet de bedoeling dat je invloed kunt uitoefenen op het proces als je privécontacten hebt met de andere partij.",
    summary: "You should not be able to influence the process if you have private contacts with the other party.",
  },
  "supplier-contact.four-eyes@rijk": {
    source: "000",
    section: "4.8 Inkoop, inhuur en aanbesteding",
    quote:
      "Ter voorkoming van problemen behoren er meerdere personen betrokken te zijn bij de besluitvorming over inkoop, inhuur en aanbesteding en doe je gesprekken met leveranciers bij voorkeur met zijn tweeën.",
    summary:
      "Several people should take part in decisions on purchasing and tenders, and talks with suppliers are preferably held in pairs.",
  },
  "supplier-contact.four-eyes@eerste-kamer": {
    source: "001",
    section: "4.7 Inkoop, inhuur en aanbesteding",
    quote:
      "Ter voorkoming van problemen behoren er meerdere personen betrokken te zijn bij de besluitvorming over inkoop, inhuur en aanbesteding en doe je gesprekken met leveranciers bij voorkeur met zijn tweeën.",
    summary:
      "Several people should take part in decisions on purchasing and tenders, and talks with suppliers are preferably held in pairs.",
  },
};
