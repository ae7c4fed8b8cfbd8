// The processing register (AVG art. 30) as data: every field of every table, grouped, with what it is,
// why the portal keeps it, on what legal basis, who sees it and how long it is kept.
// tests/unit/privacy/catalogue.test.ts fails when a field in prisma/schema.prisma is missing here, so a new
// field cannot be added without a purpose. Plain words (B1), Dutch and English. The retention periods are
// proposals for legal/AVG review (docs/privacy.md).
import type { RetentionCategory } from "@/lib/generated/prisma/enums";

export interface Text {
  nl: string;
  en: string;
}

/**
 * How long a group is kept: one or more retention categories (purged by lib/privacy/purge.ts), or
 * ACCOUNT: while the person is in the portal's administration (HR closes accounts; not purged automatically),
 * AUDIT: never purged (facts only, no contents; the trail must stay complete),
 * SETTING: organisation settings and technical data, kept while in use.
 */
export type Retention = RetentionCategory[] | "ACCOUNT" | "AUDIT" | "SETTING";

export interface FieldGroup {
  id: string;
  /** The Prisma model (table). */
  model: string;
  /** The model's scalar fields in this group (relation fields are covered by their id fields). */
  fields: string[];
  /** false: no personal data (organisation data, technical counters); listed so every field is accounted for. */
  personal: boolean;
  title: Text;
  /** What the data is, in plain words. */
  data: Text;
  purpose: Text;
  legalBasis: Text;
  /** Who can see it in the portal. */
  audience: Text;
  retention: Retention;
}

const AVG_C_E = {
  nl: "AVG art. 6 lid 1 sub c (wettelijke plicht) en sub e (taak van algemeen belang)",
  en: "GDPR art. 6(1)(c) (legal obligation) and (e) (public task)",
};
const AW_INTEGRITY = {
  nl: "Ambtenarenwet 2017 art. 4 (integriteitsbeleid)",
  en: "Civil Servants Act 2017 art. 4 (integrity policy)",
};
const join = (...texts: Text[]): Text => ({
  nl: texts.map((t) => t.nl).join("; "),
  en: texts.map((t) => t.en).join("; "),
});

const DECLARATION_BASIS = join(
  {
    nl: "Ambtenarenwet 2017 art. 5 lid 1 sub b en d, art. 8 (melden van nevenwerk, financiële belangen en geschenken)",
    en: "Civil Servants Act 2017 art. 5(1)(b) and (d), art. 8 (declaring side jobs, financial interests and gifts)",
  },
  AW_INTEGRITY,
  AVG_C_E,
);
const DECLARATION_AUDIENCE: Text = {
  nl: "Jij; je leidinggevende of diens vervanger die beslist; bij opschaling de integriteitsadviseur.",
  en: "You; your manager or their deputy who decides; the integrity officer when escalated.",
};
const DECLARATION_RETENTION: RetentionCategory[] = ["CLOSED_DECLARATIONS", "DRAFTS"];
const TECHNICAL: Text = {
  nl: "Technische gegevens: nummers, versies en tijdstippen.",
  en: "Technical data: ids, versions and timestamps.",
};
const TECHNICAL_PURPOSE: Text = {
  nl: "Het portaal werkt ermee: records terugvinden en gelijktijdige wijzigingen herkennen.",
  en: "The portal needs them to find records and to detect changes made at the same time.",
};

export const CATALOGUE: FieldGroup[] = [
  // ---- organisation (no personal data) ------------------------------------------------------------
  {
    id: "organisation",
    model: "Organisation",
    personal: false,
    fields: ["id", "slug", "name", "profile", "referralTitle", "keepsGiftRegister", "createdAt", "updatedAt"],
    title: { nl: "Organisatie", en: "Organisation" },
    data: {
      nl: "Naam, gedragscode en meldpunt van de organisatie.",
      en: "Name, code of conduct and referral point of the organisation.",
    },
    purpose: { nl: "De juiste regels toepassen.", en: "Applying the right rules." },
    legalBasis: AW_INTEGRITY,
    audience: { nl: "Iedereen in de organisatie.", en: "Everyone in the organisation." },
    retention: "SETTING",
  },
  {
    id: "unit",
    model: "Unit",
    personal: false,
    fields: ["id", "organisationId", "name", "code", "parentId", "createdAt", "updatedAt"],
    title: { nl: "Afdelingen", en: "Units" },
    data: { nl: "Naam en code van afdelingen.", en: "Name and code of units." },
    purpose: {
      nl: "Meldingen per afdeling tellen en mensen indelen.",
      en: "Counting declarations per unit and placing people.",
    },
    legalBasis: AW_INTEGRITY,
    audience: { nl: "HR en integriteitsadviseurs.", en: "HR and integrity officers." },
    retention: "SETTING",
  },
  // ---- people --------------------------------------------------------------------------------------
  {
    id: "person-identity",
    model: "Person",
    personal: true,
    fields: ["name", "email", "functionTitle", "unitId", "managerId", "organisationId", "locale"],
    title: { nl: "Medewerker: wie je bent", en: "Employee: who you are" },
    data: {
      nl: "Naam, e-mailadres, functie, afdeling, leidinggevende en taalkeuze.",
      en: "Name, e-mail address, job title, unit, manager and language.",
    },
    purpose: {
      nl: "Je laten aanmelden, je melding naar de juiste leidinggevende sturen en je berichten sturen.",
      en: "Letting you sign in, sending your declaration to the right manager and sending you messages.",
    },
    legalBasis: join({ nl: "Ambtenarenwet 2017 art. 5 en 8", en: "Civil Servants Act 2017 art. 5 and 8" }, AVG_C_E),
    audience: {
      nl: "Jij, je leidinggevende, HR en integriteitsadviseurs van je organisatie.",
      en: "You, your manager, HR and integrity officers of your organisation.",
    },
    retention: "ACCOUNT",
  },
  {
    id: "person-position",
    model: "Person",
    personal: true,
    fields: [
      "salaryScale",
      "roles",
      "topManagementGroup",
      "topOfficial",
      "financialRiskFunction",
      "vulnerableFunction",
      "employmentStart",
      "employmentEnd",
    ],
    title: { nl: "Medewerker: functie en aanwijzingen", en: "Employee: position and designations" },
    data: {
      nl: "Schaal, rollen in het portaal, aanwijzingen (topmanagement, topfunctionaris, financiële risicofunctie, kwetsbare functie), begin en einde dienstverband.",
      en: "Salary scale, roles in the portal, designations (top management, top official, financial-risk function, vulnerable function), start and end of employment.",
    },
    purpose: {
      nl: "Bepalen welke regels voor je gelden, wie beslist en of je nevenwerk openbaar wordt.",
      en: "Deciding which rules apply to you, who decides and whether your side job is published.",
    },
    legalBasis: join(
      { nl: "Ambtenarenwet 2017 art. 5 lid 1 sub c en d", en: "Civil Servants Act 2017 art. 5(1)(c) and (d)" },
      AVG_C_E,
    ),
    audience: { nl: "Jij, HR en integriteitsadviseurs.", en: "You, HR and integrity officers." },
    retention: "ACCOUNT",
  },
  {
    id: "person-account",
    model: "Person",
    personal: true,
    fields: ["id", "externalId", "oidcSubject", "disabledAt", "sessionVersion", "version", "createdAt", "updatedAt"],
    title: { nl: "Medewerker: account", en: "Employee: account" },
    data: {
      nl: "Nummer in het HR-systeem, koppeling met de inlogdienst, of je account gesloten is, en technische tellers.",
      en: "Number in the HR system, link with the sign-in service, whether your account is closed, and technical counters.",
    },
    purpose: {
      nl: "Veilig inloggen en gegevens uit het HR-systeem bijwerken.",
      en: "Signing in securely and updating data from the HR system.",
    },
    legalBasis: join(AVG_C_E, { nl: "AVG art. 32 (beveiliging)", en: "GDPR art. 32 (security)" }),
    audience: { nl: "HR en functioneel beheer.", en: "HR and administrators." },
    retention: "ACCOUNT",
  },
  // ---- declarations ---------------------------------------------------------------------------------
  {
    id: "declaration-contents",
    model: "Declaration",
    personal: true,
    fields: ["type", "title", "occursOn", "valueCents", "counterparty", "answers", "personId", "unitId", "relatedId"],
    title: { nl: "Melding: wat je meldt", en: "Declaration: what you declare" },
    data: {
      nl: "Soort melding, omschrijving, datum, waarde, gever of organisatie en al je antwoorden. Bij nevenwerk kan daaruit ook een politieke, religieuze of vakbondsactiviteit blijken.",
      en: "Type of declaration, description, date, value, giver or organisation and all your answers. For side jobs these may show a political, religious or trade-union activity.",
    },
    purpose: {
      nl: "Beoordelen of het mag en vastleggen wat je hebt gemeld.",
      en: "Assessing whether it is allowed and recording what you declared.",
    },
    legalBasis: join(DECLARATION_BASIS, {
      nl: "AVG art. 9 lid 2 sub b (bijzondere gegevens: arbeidsrechtelijke plicht)",
      en: "GDPR art. 9(2)(b) (special categories: employment-law obligation)",
    }),
    audience: DECLARATION_AUDIENCE,
    retention: DECLARATION_RETENTION,
  },
  {
    id: "declaration-handling",
    model: "Declaration",
    personal: true,
    fields: [
      "reference",
      "status",
      "verdict",
      "ruleOutcome",
      "policyVersion",
      "deciderRole",
      "assigneeId",
      "submittedAt",
      "decidedAt",
      "reassessOn",
    ],
    title: { nl: "Melding: afhandeling", en: "Declaration: handling" },
    data: {
      nl: "Het kenmerk (zoals GES-2026-00042), status, wat de regels zeggen, wie moet beslissen, en wanneer het is verstuurd, besloten of opnieuw bekeken wordt.",
      en: "The reference (such as GES-2026-00042), status, what the rules say, who has to decide, and when it was sent, decided or is to be reassessed.",
    },
    purpose: {
      nl: "De melding naar de juiste persoon sturen en laten zien waar die staat.",
      en: "Routing the declaration to the right person and showing where it stands.",
    },
    legalBasis: DECLARATION_BASIS,
    audience: DECLARATION_AUDIENCE,
    retention: DECLARATION_RETENTION,
  },
  {
    id: "declaration-technical",
    model: "Declaration",
    personal: false,
    fields: ["id", "organisationId", "version", "submissionKey", "createdAt", "updatedAt"],
    title: { nl: "Melding: technisch", en: "Declaration: technical" },
    data: TECHNICAL,
    purpose: TECHNICAL_PURPOSE,
    legalBasis: DECLARATION_BASIS,
    audience: DECLARATION_AUDIENCE,
    retention: DECLARATION_RETENTION,
  },
  {
    id: "decision",
    model: "Decision",
    personal: true,
    fields: [
      "id",
      "declarationId",
      "deciderId",
      "onBehalfOfId",
      "outcome",
      "reason",
      "conditions",
      "giftDestination",
      "handedInAt",
      "reassessOn",
      "policyVersion",
      "acknowledgedAt",
      "againstCode",
      "codeOutcome",
      "createdAt",
    ],
    title: { nl: "Besluit op een melding", en: "Decision on a declaration" },
    data: {
      nl: "Uitkomst, reden, voorwaarden, wat er met een geschenk gebeurt, wie besliste (en namens wie), of het besluit afwijkt van wat de gedragscode zei, en wanneer je de voorwaarden las.",
      en: "Outcome, reason, conditions, what happens to a gift, who decided (and on whose behalf), whether the decision departs from what the code said, and when you read the conditions.",
    },
    purpose: {
      nl: "Vastleggen wat is besloten en waarom, zodat je het later kunt terugzien en er bezwaar tegen kunt maken.",
      en: "Recording what was decided and why, so you can look it up later and object to it.",
    },
    legalBasis: join(
      {
        nl: "Ambtenarenwet 2017 art. 8 lid 1 (toestemming werkgever)",
        en: "Civil Servants Act 2017 art. 8(1) (employer's permission)",
      },
      AVG_C_E,
    ),
    audience: DECLARATION_AUDIENCE,
    retention: ["CLOSED_DECLARATIONS"],
  },
  {
    id: "recusal",
    model: "Recusal",
    personal: true,
    fields: [
      "id",
      "organisationId",
      "personId",
      "declarationId",
      "decisionId",
      "subjectKind",
      "subject",
      "endsOn",
      "recordedById",
      "createdAt",
      "endedAt",
      "endedById",
      "endReason",
      "version",
    ],
    title: { nl: "Wat je niet behandelt (verschoning)", en: "What you do not handle (recusal)" },
    data: {
      nl: "Welke zaak, leverancier of persoon je niet behandelt, tot wanneer, wie dat vastlegde, en of en waarom het eerder stopte.",
      en: "Which matter, supplier or person you do not handle, until when, who recorded it, and whether and why it ended early.",
    },
    purpose: {
      nl: "Zorgen dat iemand anders de zaak behandelt als je een privérelatie of privécontact hebt gemeld.",
      en: "Making sure someone else handles the matter after you reported a private relationship or private contact.",
    },
    legalBasis: DECLARATION_BASIS,
    audience: DECLARATION_AUDIENCE,
    retention: ["CLOSED_DECLARATIONS"],
  },
  {
    id: "declaration-message",
    model: "DeclarationMessage",
    personal: true,
    fields: ["id", "declarationId", "authorId", "kind", "body", "createdAt"],
    title: { nl: "Vragen en antwoorden bij een melding", en: "Questions and answers on a declaration" },
    data: {
      nl: "De vraag van wie beslist, jouw antwoord of opmerking, wie het schreef en wanneer.",
      en: "The decider's question, your answer or note, who wrote it and when.",
    },
    purpose: { nl: "Ontbrekende informatie vragen en geven.", en: "Asking for and giving missing information." },
    legalBasis: DECLARATION_BASIS,
    audience: DECLARATION_AUDIENCE,
    retention: DECLARATION_RETENTION,
  },
  {
    id: "delegation",
    model: "Delegation",
    personal: true,
    fields: ["id", "managerId", "deputyId", "startsOn", "endsOn", "createdAt", "revokedAt"],
    title: { nl: "Vervanging", en: "Deputies" },
    data: {
      nl: "Welke leidinggevende wie als vervanger aanwees, en voor welke periode.",
      en: "Which manager named whom as deputy, and for which period.",
    },
    purpose: {
      nl: "Een vervanger laten beslissen als de leidinggevende afwezig is.",
      en: "Letting a deputy decide while the manager is away.",
    },
    legalBasis: AVG_C_E,
    audience: { nl: "De leidinggevende en de vervanger.", en: "The manager and the deputy." },
    retention: "ACCOUNT",
  },
  {
    id: "policy-setting",
    model: "PolicySetting",
    personal: false,
    fields: [
      "id",
      "organisationId",
      "effectiveFrom",
      "settings",
      "policyVersion",
      "reason",
      "createdById",
      "createdAt",
    ],
    title: { nl: "Aanscherping van de gedragscode", en: "Tightening of the code of conduct" },
    data: {
      nl: "Strengere regels van de organisatie, vanaf welke datum, en wie ze instelde.",
      en: "Stricter rules of the organisation, from which date, and who set them.",
    },
    purpose: {
      nl: "Meldingen beoordelen met het beleid dat op dat moment gold.",
      en: "Assessing declarations with the policy in force at the time.",
    },
    legalBasis: AW_INTEGRITY,
    audience: {
      nl: "Iedereen in de organisatie (de regels); wie ze instelde: integriteitsadviseurs en HR.",
      en: "Everyone in the organisation (the rules); who set them: integrity officers and HR.",
    },
    retention: "SETTING",
  },
  // ---- public register ------------------------------------------------------------------------------
  {
    id: "register-entry",
    model: "RegisterEntry",
    personal: true,
    fields: [
      "personName",
      "functionTitle",
      "sideJob",
      "sideJobOrganisation",
      "paid",
      "conditions",
      "startedOn",
      "personId",
      "declarationId",
      "registerNumber",
    ],
    title: { nl: "Openbaar register van nevenwerk", en: "Public register of side jobs" },
    data: {
      nl: "Naam, functie, het nevenwerk, de organisatie, of het betaald is en (Rijk) de voorwaarden.",
      en: "Name, job title, the side job, the organisation, whether it is paid and (Rijk) the conditions.",
    },
    purpose: {
      nl: "Nevenwerk van aangewezen functies openbaar maken, zoals de wet vraagt.",
      en: "Publishing side jobs of designated positions, as the law requires.",
    },
    legalBasis: join(
      {
        nl: "Ambtenarenwet 2017 art. 5 lid 1 sub c (openbaarmaking)",
        en: "Civil Servants Act 2017 art. 5(1)(c) (publication)",
      },
      { nl: "AVG art. 6 lid 1 sub c", en: "GDPR art. 6(1)(c)" },
    ),
    audience: {
      nl: "Na publicatie: iedereen (openbaar). Daarvoor en na afloop: HR.",
      en: "Once published: everyone (public). Before and after: HR.",
    },
    retention: ["REGISTER_HISTORY"],
  },
  {
    id: "register-handling",
    model: "RegisterEntry",
    personal: true,
    fields: [
      "id",
      "organisationId",
      "status",
      "publishedAt",
      "publishedById",
      "endedAt",
      "endReason",
      "correctedAt",
      "erasedAt",
      "erasureGround",
      "version",
      "createdAt",
      "updatedAt",
    ],
    title: { nl: "Openbaar register: afhandeling", en: "Public register: handling" },
    data: {
      nl: "Of het gepubliceerd is, door wie, wanneer het van het register ging en waarom, wanneer de tekst is gecorrigeerd en of het op grond van de AVG uit de geschiedenis is verwijderd.",
      en: "Whether it is published, by whom, when it left the register and why, when its text was corrected and whether it was removed from the history under the GDPR.",
    },
    purpose: { nl: "Laten zien wat wanneer openbaar was.", en: "Showing what was public when." },
    legalBasis: { nl: "Ambtenarenwet 2017 art. 5 lid 1 sub c", en: "Civil Servants Act 2017 art. 5(1)(c)" },
    audience: { nl: "HR.", en: "HR." },
    retention: ["REGISTER_HISTORY"],
  },
  // ---- HR administration ----------------------------------------------------------------------------
  {
    id: "people-import",
    model: "PeopleImport",
    personal: true,
    fields: [
      "id",
      "organisationId",
      "createdById",
      "fileName",
      "encoding",
      "status",
      "rows",
      "report",
      "createdAt",
      "appliedAt",
    ],
    title: { nl: "Import uit het HR-systeem", en: "Import from the HR system" },
    data: {
      nl: "Het ingelezen bestand met medewerkers (naam, e-mail, functie, schaal, afdeling) en wat de import veranderde.",
      en: "The uploaded file with employees (name, e-mail, job title, scale, unit) and what the import changed.",
    },
    purpose: {
      nl: "Controleren wat een import verandert voordat HR die doorvoert.",
      en: "Checking what an import changes before HR applies it.",
    },
    legalBasis: AVG_C_E,
    audience: { nl: "HR en functioneel beheer.", en: "HR and administrators." },
    retention: ["PEOPLE_IMPORTS"],
  },
  {
    id: "campaign",
    model: "DeclarationCampaign",
    personal: false,
    fields: [
      "id",
      "organisationId",
      "title",
      "year",
      "opensOn",
      "dueOn",
      "status",
      "nonRespondersPublished",
      "createdById",
      "closedAt",
      "version",
      "createdAt",
      "updatedAt",
    ],
    title: { nl: "Jaarlijkse controle", en: "Annual campaign" },
    data: {
      nl: "Titel, jaar, looptijd en wie de controle opende.",
      en: "Title, year, period and who opened the campaign.",
    },
    purpose: {
      nl: "Iedereen één keer per jaar laten bevestigen dat de meldingen compleet zijn.",
      en: "Asking everyone once a year to confirm their declarations are complete.",
    },
    legalBasis: AW_INTEGRITY,
    audience: { nl: "Iedereen in de organisatie.", en: "Everyone in the organisation." },
    retention: "SETTING",
  },
  {
    id: "campaign-response",
    model: "CampaignResponse",
    personal: true,
    fields: ["id", "campaignId", "personId", "answer", "unitId", "respondedAt"],
    title: { nl: "Jouw antwoord op de jaarlijkse controle", en: "Your answer to the annual campaign" },
    data: {
      nl: "Of je bevestigde dat je meldingen compleet zijn of dat je niets te melden had, en wanneer.",
      en: "Whether you confirmed your declarations are complete or that you had nothing to declare, and when.",
    },
    purpose: {
      nl: "Laten zien dat de organisatie het iedereen heeft gevraagd, en wie nog moet reageren.",
      en: "Showing that the organisation asked everyone, and who still has to answer.",
    },
    legalBasis: join(AW_INTEGRITY, AVG_C_E),
    audience: {
      nl: "Jij en HR; leidinggevenden alleen als HR de lijst van wie niet reageerde deelt.",
      en: "You and HR; managers only when HR shares the list of those who did not answer.",
    },
    retention: ["CAMPAIGN_RESPONSES"],
  },
  {
    id: "retention-rule",
    model: "RetentionRule",
    personal: false,
    fields: ["id", "organisationId", "category", "retentionMonths", "updatedById", "version", "createdAt", "updatedAt"],
    title: { nl: "Bewaartermijnen", en: "Retention periods" },
    data: {
      nl: "Hoe lang elke soort gegevens bewaard wordt, en wie dat instelde.",
      en: "How long each kind of data is kept, and who set it.",
    },
    purpose: { nl: "Gegevens niet langer bewaren dan nodig.", en: "Keeping data no longer than needed." },
    legalBasis: { nl: "AVG art. 5 lid 1 sub e (opslagbeperking)", en: "GDPR art. 5(1)(e) (storage limitation)" },
    audience: { nl: "HR en functioneel beheer.", en: "HR and administrators." },
    retention: "SETTING",
  },
  {
    id: "purge-run",
    model: "PurgeRun",
    personal: false,
    fields: ["id", "organisationId", "trigger", "removed", "startedAt", "finishedAt"],
    title: { nl: "Opruimrondes", en: "Purge runs" },
    data: {
      nl: "Wanneer er is opgeruimd, door wie of automatisch, en hoeveel van elke soort. Nooit de inhoud.",
      en: "When data was purged, by whom or automatically, and how many of each kind. Never the contents.",
    },
    purpose: {
      nl: "Kunnen aantonen dat gegevens op tijd worden verwijderd.",
      en: "Being able to show that data is removed on time.",
    },
    legalBasis: { nl: "AVG art. 5 lid 2 (verantwoording)", en: "GDPR art. 5(2) (accountability)" },
    audience: { nl: "HR en functioneel beheer.", en: "HR and administrators." },
    retention: "AUDIT",
  },
  {
    id: "declaration-counter",
    model: "DeclarationCounter",
    personal: false,
    fields: ["organisationId", "prefix", "year", "next"],
    title: { nl: "Teller voor kenmerken", en: "Counter for references" },
    data: {
      nl: "Het volgende nummer voor het kenmerk van een melding, per organisatie, soort en jaar. Geen gegevens over personen.",
      en: "The next number for a declaration's reference, per organisation, type and year. No data about people.",
    },
    purpose: {
      nl: "Elke melding een eigen kenmerk geven, zonder gaten in de nummering.",
      en: "Giving every declaration its own reference, without gaps in the numbering.",
    },
    legalBasis: DECLARATION_BASIS,
    audience: { nl: "Niemand leest hem; het portaal telt alleen.", en: "No one reads it; the portal only counts." },
    retention: "SETTING",
  },
  {
    id: "rate-limit",
    model: "RateLimitWindow",
    personal: true,
    fields: ["key", "windowStart", "count"],
    title: { nl: "Tellers tegen misbruik", en: "Counters against abuse" },
    data: {
      nl: "Hoe vaak iemand kort na elkaar probeerde in te loggen (per e-mailadres en per internetadres) of meldingen opsloeg, per kwartier of uur. Niet wat er werd ingevuld.",
      en: "How often someone tried to sign in (per e-mail address and per internet address) or saved declarations in a short time, per quarter of an hour or hour. Not what was entered.",
    },
    purpose: {
      nl: "Het portaal beschermen tegen het raden van accounts en tegen overbelasting.",
      en: "Protecting the portal against guessing accounts and against overload.",
    },
    legalBasis: {
      nl: "AVG art. 6 lid 1 sub e en art. 32 (beveiliging; een overheidsorganisatie kan zich niet op sub f beroepen)",
      en: "GDPR art. 6(1)(e) and art. 32 (security; a public authority cannot rely on point (f))",
    },
    audience: {
      nl: "Niemand leest ze; het portaal telt alleen. Ze worden na 24 uur verwijderd.",
      en: "No one reads them; the portal only counts. They are removed after 24 hours.",
    },
    retention: "SETTING",
  },
  // ---- audit trail ----------------------------------------------------------------------------------
  {
    id: "audit-event",
    model: "AuditEvent",
    personal: true,
    fields: [
      "id",
      "organisationId",
      "seq",
      "actorId",
      "action",
      "entityType",
      "entityId",
      "data",
      "at",
      "prevHash",
      "hash",
    ],
    title: { nl: "Logboek (audit trail)", en: "Audit trail" },
    data: {
      nl: "Wie wat deed en wanneer, met nummers en statussen. Nooit de inhoud van een melding.",
      en: "Who did what and when, with ids and statuses. Never the contents of a declaration.",
    },
    purpose: {
      nl: "Kunnen nagaan wie wat heeft gedaan, en misbruik en fouten ontdekken. De rij is aan elkaar gekoppeld: verwijderen zou dat onmogelijk maken.",
      en: "Being able to check who did what, and to detect misuse and mistakes. The events are chained: removing any would make that impossible.",
    },
    legalBasis: {
      nl: "AVG art. 5 lid 2 (verantwoording) en art. 32 (beveiliging)",
      en: "GDPR art. 5(2) (accountability) and art. 32 (security)",
    },
    audience: { nl: "Integriteitsadviseurs en HR.", en: "Integrity officers and HR." },
    retention: "AUDIT",
  },
  // ---- notifications and e-mail ---------------------------------------------------------------------
  {
    id: "notification",
    model: "Notification",
    personal: true,
    fields: [
      "id",
      "organisationId",
      "recipientId",
      "kind",
      "declarationId",
      "params",
      "eventKey",
      "readAt",
      "createdAt",
    ],
    title: { nl: "Berichten in het portaal", en: "Notifications in the portal" },
    data: {
      nl: "Wat er gebeurde (bijvoorbeeld: besluit genomen), het kenmerk en de soort melding, en of je het las. Nooit wat er gemeld is of namen.",
      en: "What happened (for example: decision taken), the declaration's reference and type, and whether you read it. Never what was declared, nor names.",
    },
    purpose: {
      nl: "Je laten weten dat er iets voor je klaarstaat.",
      en: "Telling you that something is waiting for you.",
    },
    legalBasis: AVG_C_E,
    audience: { nl: "Alleen de ontvanger.", en: "Only the recipient." },
    retention: ["NOTIFICATIONS"],
  },
  {
    id: "outbound-email",
    model: "OutboundEmail",
    personal: true,
    fields: [
      "id",
      "recipientId",
      "kind",
      "declarationId",
      "params",
      "eventKey",
      "status",
      "attempts",
      "lockedUntil",
      "lastError",
      "mailMessageId",
      "createdAt",
      "sentAt",
    ],
    title: { nl: "E-mails die klaarstaan", en: "E-mails waiting to be sent" },
    data: {
      nl: "Welke e-mail naar wie moet, en of het versturen lukte.",
      en: "Which e-mail goes to whom, and whether sending worked.",
    },
    purpose: { nl: "E-mails betrouwbaar en maar één keer versturen.", en: "Sending e-mails reliably and only once." },
    legalBasis: AVG_C_E,
    audience: { nl: "Niemand in het portaal; alleen het systeem.", en: "Nobody in the portal; only the system." },
    retention: ["NOTIFICATIONS"],
  },
  {
    id: "mail-message",
    model: "MailMessage",
    personal: true,
    fields: ["id", "recipientId", "toAddress", "subject", "body", "transport", "sentAt"],
    title: { nl: "Verstuurde e-mails", en: "Sent e-mails" },
    data: {
      nl: "E-mailadres, onderwerp en tekst van de e-mail die je kreeg.",
      en: "E-mail address, subject and text of the e-mail you received.",
    },
    purpose: { nl: "Kunnen nagaan welke e-mail is verstuurd.", en: "Being able to check which e-mail was sent." },
    legalBasis: AVG_C_E,
    audience: {
      nl: "Alleen de ontvanger (in de demo in het portaal).",
      en: "Only the recipient (in the demo, in the portal).",
    },
    retention: ["NOTIFICATIONS"],
  },
];

export function groupsOf(model: string): FieldGroup[] {
  return CATALOGUE.filter((g) => g.model === model);
}

/** The groups kept under a retention category (for "what does this period cover"). */
export function groupsKeptUnder(category: RetentionCategory): FieldGroup[] {
  return CATALOGUE.filter((g) => Array.isArray(g.retention) && g.retention.includes(category));
}
