// Field builders for the question shapes the declaration forms repeat (issue 14): a yes/no question, the optional
// explanation, the fields several forms ask word for word and the answer lists they share. A builder fills in what
// the shape fixes; the form gives what differs (its texts, when the field shows).
import type { FieldDef, L, Option } from "../form-model";
import { yesNoOptions } from "../form-model";
import { DATE_RANGES } from "../date-ranges";

type FieldParts = Omit<FieldDef, "name" | "kind" | "options">;

/** A yes/no question (options Ja/Nee). */
export function yesNoField(name: string, parts: FieldParts): FieldDef {
  return { name, kind: "yesno", options: yesNoOptions(), ...parts };
}

/** Yes, no or "Twijfel": a question whose answer the person may doubt. */
export const YES_NO_DOUBT_OPTIONS: Option[] = [
  ...yesNoOptions(),
  { value: "doubt", label: { nl: "Twijfel", en: "Not sure" } },
];
/** Yes, no or "Weet ik niet": a fact the person may not know. */
export const YES_NO_UNSURE_OPTIONS: Option[] = [
  ...yesNoOptions(),
  { value: "unsure", label: { nl: "Weet ik niet", en: "I don't know" } },
];
/** The last answer of a list that cannot name every case. */
export const OTHER_OPTION: Option = { value: "other", label: { nl: "Iets anders", en: "Something else" } };

const EXPLANATION_LABEL: L = { nl: "Toelichting (niet verplicht)", en: "Explanation (optional)" };
const EXPLANATION_REQUIRED: L = { nl: "Vul een toelichting in.", en: "Enter an explanation." };

/** The optional free-text explanation at the end of a form, with a hint of what to write. */
export function explanationField(hint: L): FieldDef {
  return {
    name: "explanation",
    kind: "textarea",
    optional: true,
    label: EXPLANATION_LABEL,
    hint,
    requiredMessage: EXPLANATION_REQUIRED,
  };
}

/** The message for a date that does not exist, with the example most date fields give. */
export const REAL_DATE_MESSAGE: L = {
  nl: "Vul een bestaande datum in, bijvoorbeeld 1 mei 2026.",
  en: "Enter a real date, for example 1 May 2026.",
};

/** The date of a contact (with a former minister, an elected member, the tobacco industry). */
export const CONTACT_DATE_FIELD: FieldDef = {
  name: "contactDate",
  kind: "date",
  range: DATE_RANGES.nearby,
  label: { nl: "Datum van het contact", en: "Date of the contact" },
  hint: {
    nl: "Wanneer het contact was, of wanneer het gepland is.",
    en: "When the contact took place, or when it is planned.",
  },
  requiredMessage: { nl: "Vul de datum van het contact in.", en: "Enter the date of the contact." },
  invalidMessage: {
    nl: "Vul een bestaande datum van het contact in, bijvoorbeeld 1 mei 2026.",
    en: "Enter a real date of the contact, for example 1 May 2026.",
  },
};

/** What a contact is about (with a former minister, an elected member); a form may add a hint. */
export function contactSubjectField(hint?: L): FieldDef {
  return {
    name: "subject",
    kind: "textarea",
    label: { nl: "Waar gaat het contact over?", en: "What is the contact about?" },
    ...(hint && { hint }),
    requiredMessage: { nl: "Vul in waar het contact over gaat.", en: "Enter what the contact is about." },
  };
}

/** Where a business trip goes (trip extension, partner travelling along). */
export const TRIP_DESTINATION_FIELD: FieldDef = {
  name: "destination",
  kind: "text",
  label: { nl: "Waar gaat de dienstreis naartoe?", en: "Where does the business trip go?" },
  hint: { nl: "De plaats en het land.", en: "The place and the country." },
  requiredMessage: { nl: "Vul in waar de dienstreis naartoe gaat.", en: "Enter where the business trip goes." },
};
