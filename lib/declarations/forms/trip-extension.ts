// Private extension of a business trip (catalogue 4.1 F; rule T-1, Rijk and Eerste Kamer).
import type { DeclarationFormDef, RawValues, Values } from "../form-model";
import { yesNoOptions, answerIs as is } from "../form-model";


/** The extension at the end is asked when there is none at the start (there must be one), or when the user says so. */
const showEndExtension = (raw: RawValues) => is("extendAtStart", "no")(raw) || is("extendAtEnd", "yes")(raw);
const hasEndExtension = (v: Values) => v.extendAtStart === false || v.extendAtEnd === true;

const DATETIME_INVALID = {
  nl: "Vul een bestaande datum en tijd in, bijvoorbeeld 10 september 2026 om 09:00.",
  en: "Enter a real date and time, for example 10 September 2026 at 09:00.",
};

export const tripExtensionForm: DeclarationFormDef = {
  type: "trip-extension",
  title: { nl: "Dienstreis privé verlengen", en: "Extend a business trip privately" },
  intro: {
    nl: "Wil je een dienstreis verlengen voor jezelf, bijvoorbeeld voor vakantie? Vraag het aan vóór je vertrekt. Je hebt schriftelijke toestemming nodig. De extra kosten betaal je zelf.",
    en: "Do you want to extend a business trip for yourself, for example for a holiday? Request it before you leave. You need written approval. You pay the extra costs yourself.",
  },
  fields: () => [
    {
      name: "destination",
      kind: "text",
      label: { nl: "Waar gaat de dienstreis naartoe?", en: "Where does the business trip go?" },
      hint: { nl: "De plaats en het land.", en: "The place and the country." },
      requiredMessage: { nl: "Vul in waar de dienstreis naartoe gaat.", en: "Enter where the business trip goes." },
    },
    {
      name: "purpose",
      kind: "text",
      label: { nl: "Wat is het doel van de dienstreis?", en: "What is the purpose of the business trip?" },
      hint: { nl: "Bijvoorbeeld: een overleg met de Europese Commissie.", en: "For example: a meeting with the European Commission." },
      requiredMessage: { nl: "Vul het doel van de dienstreis in.", en: "Enter the purpose of the business trip." },
    },
    {
      name: "tripStart",
      kind: "datetime",
      label: { nl: "Begin van de dienstreis", en: "Start of the business trip" },
      hint: { nl: "De dag en het tijdstip waarop de dienstreis begint, in Nederlandse tijd.", en: "The day and time the business trip starts, in Dutch time." },
      requiredMessage: { nl: "Vul de datum en tijd in waarop de dienstreis begint.", en: "Enter the date and time the business trip starts." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "tripEnd",
      kind: "datetime",
      label: { nl: "Einde van de dienstreis", en: "End of the business trip" },
      hint: { nl: "De dag en het tijdstip waarop de dienstreis eindigt, in Nederlandse tijd.", en: "The day and time the business trip ends, in Dutch time." },
      requiredMessage: { nl: "Vul de datum en tijd in waarop de dienstreis eindigt.", en: "Enter the date and time the business trip ends." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "extendAtStart",
      kind: "yesno",
      options: yesNoOptions(),
      label: { nl: "Ga je al eerder weg, voor jezelf?", en: "Do you leave earlier, for yourself?" },
      hint: { nl: "Dan verleng je de reis aan het begin. Dat mag niet altijd.", en: "Then you extend the trip at the start. That is not always allowed." },
      requiredMessage: { nl: "Kies of je de reis aan het begin verlengt.", en: "Choose whether you extend the trip at the start." },
    },
    {
      name: "startExtensionStart",
      kind: "datetime",
      showIf: is("extendAtStart", "yes"),
      label: { nl: "Begin van de verlenging aan het begin", en: "Start of the extension at the start" },
      hint: { nl: "Wanneer je vertrekt voor het privédeel.", en: "When you leave for the private part." },
      requiredMessage: { nl: "Vul in wanneer de verlenging aan het begin begint.", en: "Enter when the extension at the start begins." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "startExtensionEnd",
      kind: "datetime",
      showIf: is("extendAtStart", "yes"),
      label: { nl: "Einde van de verlenging aan het begin", en: "End of the extension at the start" },
      hint: { nl: "Meestal is dat het begin van de dienstreis.", en: "Usually this is the start of the business trip." },
      requiredMessage: { nl: "Vul in wanneer de verlenging aan het begin eindigt.", en: "Enter when the extension at the start ends." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "extendAtEnd",
      kind: "yesno",
      options: yesNoOptions(),
      showIf: is("extendAtStart", "yes"),
      label: { nl: "Blijf je ook na de dienstreis langer, voor jezelf?", en: "Do you also stay longer after the business trip, for yourself?" },
      hint: { nl: "Dan verleng je de reis ook aan het einde.", en: "Then you also extend the trip at the end." },
      requiredMessage: { nl: "Kies of je de reis ook aan het einde verlengt.", en: "Choose whether you also extend the trip at the end." },
    },
    {
      name: "endExtensionStart",
      kind: "datetime",
      showIf: showEndExtension,
      label: { nl: "Begin van de verlenging aan het einde", en: "Start of the extension at the end" },
      hint: { nl: "Meestal is dat het einde van de dienstreis.", en: "Usually this is the end of the business trip." },
      requiredMessage: { nl: "Vul in wanneer de verlenging aan het einde begint.", en: "Enter when the extension at the end begins." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "endExtensionEnd",
      kind: "datetime",
      showIf: showEndExtension,
      label: { nl: "Einde van de verlenging aan het einde", en: "End of the extension at the end" },
      hint: { nl: "Wanneer je terug bent of terugreist.", en: "When you are back or travel back." },
      requiredMessage: { nl: "Vul in wanneer de verlenging aan het einde eindigt.", en: "Enter when the extension at the end ends." },
      invalidMessage: DATETIME_INVALID,
    },
    {
      name: "explanation",
      kind: "textarea",
      optional: true,
      label: { nl: "Toelichting (niet verplicht)", en: "Explanation (optional)" },
      hint: { nl: "Bijvoorbeeld: of je verlof hebt aangevraagd, en wie de extra kosten betaalt.", en: "For example: whether you requested leave, and who pays the extra costs." },
      requiredMessage: { nl: "Vul een toelichting in.", en: "Enter an explanation." },
    },
  ],
  // The extension at the end comes first: then "extensions.0" is the end extension whenever there is one.
  // See ruleFieldToFormField below for the one case a fixed map cannot get right.
  toRuleInput: (v) => ({
    type: "trip-extension",
    tripStart: v.tripStart as string,
    tripEnd: v.tripEnd as string,
    extensions: [
      ...(hasEndExtension(v) ? [{ position: "end" as const, start: v.endExtensionStart as string, end: v.endExtensionEnd as string }] : []),
      ...(v.extendAtStart === true ? [{ position: "start" as const, start: v.startExtensionStart as string, end: v.startExtensionEnd as string }] : []),
    ],
  }),
  // "extensions.N" follows the order toRuleInput builds: the end extension first, when there is one.
  ruleFieldToFormField: (ruleField, v) => {
    const m = /^extensions\.(\d)\.(start|end|position)$/.exec(ruleField);
    if (!m) return undefined;
    const order = [...(hasEndExtension(v) ? ["end"] : []), ...(v.extendAtStart === true ? ["start"] : [])];
    const position = order[Number(m[1])];
    if (!position) return undefined;
    const part = m[2] === "position" ? "start" : m[2]!;
    return `${position}Extension${part[0]!.toUpperCase()}${part.slice(1)}`;
  },
  summarise: (v) => ({
    title: String(v.destination ?? ""),
    occursOn: String((v.extendAtStart === true ? v.startExtensionStart : v.tripStart) ?? "").slice(0, 10) || null,
    valueCents: null,
    counterparty: null,
  }),
};
