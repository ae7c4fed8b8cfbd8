// The processing register: The public register.
import type { FieldGroup } from "./types";
import { join, ORGANISATION_RECORD, VERSIONED } from "./texts";

export const PUBLIC_REGISTER: FieldGroup[] = [
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
      ...ORGANISATION_RECORD,
      "status",
      "publishedAt",
      "publishedById",
      "endedAt",
      "endReason",
      "removalNote",
      "correctedAt",
      "erasedAt",
      "erasureGround",
      ...VERSIONED,
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
];
