// The processing register: The organisation (no personal data) and the people in it.
import { PERSON_DESIGNATIONS } from "@/lib/people/record";
import type { FieldGroup } from "./types";
import {
  AVG_C_E,
  AW_INTEGRITY,
  join,
  EVERYONE_IN_THE_ORGANISATION,
  HR_AND_ADMINISTRATORS,
  ORGANISATION_RECORD,
  VERSIONED,
} from "./texts";

export const ORGANISATION_AND_PEOPLE: FieldGroup[] = [
  {
    id: "organisation",
    model: "Organisation",
    personal: false,
    fields: [
      "id",
      "slug",
      "name",
      "profile",
      "referralTitle",
      "keepsGiftRegister",
      "tooiUri",
      "createdAt",
      "updatedAt",
    ],
    title: { nl: "Organisatie", en: "Organisation" },
    data: {
      nl: "Naam, gedragscode, meldpunt en overheidscode (TOOI) van de organisatie.",
      en: "Name, code of conduct, referral point and government identifier (TOOI) of the organisation.",
    },
    purpose: {
      nl: "De juiste regels toepassen. Het openbaar register als open data beschrijven.",
      en: "Applying the right rules. Describing the public register as open data.",
    },
    legalBasis: AW_INTEGRITY,
    audience: EVERYONE_IN_THE_ORGANISATION,
    retention: "SETTING",
  },
  {
    id: "unit",
    model: "Unit",
    personal: false,
    fields: [...ORGANISATION_RECORD, "name", "code", "parentId", "createdAt", "updatedAt"],
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
    fields: ["salaryScale", "roles", ...PERSON_DESIGNATIONS, "employmentStart", "employmentEnd"],
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
    fields: ["id", "externalId", "oidcSubject", "disabledAt", "sessionVersion", ...VERSIONED],
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
    audience: HR_AND_ADMINISTRATORS,
    retention: "ACCOUNT",
  },
];
