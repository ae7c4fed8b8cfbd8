// The legal bases, audiences, technical texts and record fields that several groups of the processing register share.
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import type { Text } from "./types";

export const AVG_C_E = {
  nl: "AVG art. 6 lid 1 sub c (wettelijke plicht) en sub e (taak van algemeen belang)",
  en: "GDPR art. 6(1)(c) (legal obligation) and (e) (public task)",
};
export const AW_INTEGRITY = {
  nl: "Ambtenarenwet 2017 art. 4 (integriteitsbeleid)",
  en: "Civil Servants Act 2017 art. 4 (integrity policy)",
};
export const join = (...texts: Text[]): Text => ({
  nl: texts.map((t) => t.nl).join("; "),
  en: texts.map((t) => t.en).join("; "),
});

export const DECLARATION_BASIS = join(
  {
    nl: "Ambtenarenwet 2017 art. 5 lid 1 sub b en d, art. 8 (melden van nevenwerk, financiële belangen en geschenken)",
    en: "Civil Servants Act 2017 art. 5(1)(b) and (d), art. 8 (declaring side jobs, financial interests and gifts)",
  },
  AW_INTEGRITY,
  AVG_C_E,
);
export const DECLARATION_AUDIENCE: Text = {
  nl: "Jij; je leidinggevende of diens vervanger die beslist; bij opschaling de integriteitsadviseur.",
  en: "You; your manager or their deputy who decides; the integrity officer when escalated.",
};
/** Who sees what only HR and the administrators work with (imports, reminders, retention, purges, accounts). */
export const HR_AND_ADMINISTRATORS: Text = { nl: "HR en functioneel beheer.", en: "HR and administrators." };
/** Who sees what the whole organisation works with (the organisation's settings, the annual campaign). */
export const EVERYONE_IN_THE_ORGANISATION: Text = {
  nl: "Iedereen in de organisatie.",
  en: "Everyone in the organisation.",
};
export const DECLARATION_RETENTION: RetentionCategory[] = ["CLOSED_DECLARATIONS", "DRAFTS"];
/** The first fields of a record that belongs to one organisation: its own id and its organisation's. */
export const ORGANISATION_RECORD = ["id", "organisationId"] as const;
/** The last fields of a record that changes: its version (against lost updates) and when it was made and changed. */
export const VERSIONED = ["version", "createdAt", "updatedAt"] as const;
export const TECHNICAL: Text = {
  nl: "Technische gegevens: nummers, versies en tijdstippen.",
  en: "Technical data: ids, versions and timestamps.",
};
export const TECHNICAL_PURPOSE: Text = {
  nl: "Het portaal werkt ermee: records terugvinden en gelijktijdige wijzigingen herkennen.",
  en: "The portal needs them to find records and to detect changes made at the same time.",
};
