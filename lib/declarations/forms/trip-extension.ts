// Private extension of a business trip (catalogue 4.1 F; rule T-1, Rijk and Eerste Kamer).
import type { DeclarationFormDef, FieldDef, L, RawValues, Values } from "../form-model";
import { answerIs as is } from "../form-model";
import { TRIP_DESTINATION_FIELD, explanationField, yesNoField } from "./fields";

/** The extension at the end is asked when there is none at the start (there must be one), or when the user says so. */
const showEndExtension = (raw: RawValues) => is("extendAtStart", "no")(raw) || is("extendAtEnd", "yes")(raw);
const hasEndExtension = (v: Values) => v.extendAtStart === false || v.extendAtEnd === true;

const DATETIME_INVALID = {
  nl: "Vul een bestaande datum en tijd in, bijvoorbeeld 10 9 2026 en 09:00.",
  en: "Enter a real date and time, for example 10 9 2026 and 09:00.",
};

type Edge = "start" | "end";
const EDGE = {
  start: { nl: ["Begin", "begint"], en: ["Start", "starts", "begins"] },
  end: { nl: ["Einde", "eindigt"], en: ["End", "ends", "ends"] },
} as const;
const AT = {
  start: { nl: "aan het begin", en: "at the start" },
  end: { nl: "aan het einde", en: "at the end" },
} as const;

/** When the business trip starts or ends. */
function tripTimeField(edge: Edge): FieldDef {
  const e = EDGE[edge];
  return {
    name: edge === "start" ? "tripStart" : "tripEnd",
    kind: "datetime",
    label: { nl: `${e.nl[0]} van de dienstreis`, en: `${e.en[0]} of the business trip` },
    hint: {
      nl: `De dag en het tijdstip waarop de dienstreis ${e.nl[1]}, in Nederlandse tijd.`,
      en: `The day and time the business trip ${e.en[1]}, in Dutch time.`,
    },
    requiredMessage: {
      nl: `Vul de datum en tijd in waarop de dienstreis ${e.nl[1]}.`,
      en: `Enter the date and time the business trip ${e.en[1]}.`,
    },
    invalidMessage: DATETIME_INVALID,
  };
}

/** When the private extension at the start or end of the trip starts or ends ("startExtensionEnd" ...). */
function extensionTimeField(at: Edge, edge: Edge, showIf: FieldDef["showIf"], hint: L): FieldDef {
  const e = EDGE[edge];
  return {
    name: `${at}Extension${edge === "start" ? "Start" : "End"}`,
    kind: "datetime",
    showIf,
    label: { nl: `${e.nl[0]} van de verlenging ${AT[at].nl}`, en: `${e.en[0]} of the extension ${AT[at].en}` },
    hint,
    requiredMessage: {
      nl: `Vul in wanneer de verlenging ${AT[at].nl} ${e.nl[1]}.`,
      en: `Enter when the extension ${AT[at].en} ${e.en[2]}.`,
    },
    invalidMessage: DATETIME_INVALID,
  };
}

export const tripExtensionForm: DeclarationFormDef = {
  type: "trip-extension",
  title: { nl: "Dienstreis privé verlengen", en: "Extend a business trip privately" },
  intro: {
    nl: "Wil je een dienstreis verlengen voor jezelf, bijvoorbeeld voor vakantie? Vraag het aan vóór je vertrekt. Je hebt schriftelijke toestemming nodig. De extra kosten betaal je zelf.",
    en: "Do you want to extend a business trip for yourself, for example for a holiday? Request it before you leave. You need written approval. You pay the extra costs yourself.",
  },
  fields: () => [
    TRIP_DESTINATION_FIELD,
    {
      name: "purpose",
      kind: "text",
      label: { nl: "Wat is het doel van de dienstreis?", en: "What is the purpose of the business trip?" },
      hint: {
        nl: "Bijvoorbeeld: een overleg met de Europese Commissie.",
        en: "For example: a meeting with the European Commission.",
      },
      requiredMessage: { nl: "Vul het doel van de dienstreis in.", en: "Enter the purpose of the business trip." },
    },
    tripTimeField("start"),
    tripTimeField("end"),
    yesNoField("extendAtStart", {
      label: { nl: "Ga je al eerder weg, voor jezelf?", en: "Do you leave earlier, for yourself?" },
      hint: {
        nl: "Dan verleng je de reis aan het begin. Dat mag niet altijd.",
        en: "Then you extend the trip at the start. That is not always allowed.",
      },
      requiredMessage: {
        nl: "Kies of je de reis aan het begin verlengt.",
        en: "Choose whether you extend the trip at the start.",
      },
    }),
    extensionTimeField("start", "start", is("extendAtStart", "yes"), {
      nl: "Wanneer je vertrekt voor het privédeel.",
      en: "When you leave for the private part.",
    }),
    extensionTimeField("start", "end", is("extendAtStart", "yes"), {
      nl: "Meestal is dat het begin van de dienstreis.",
      en: "Usually this is the start of the business trip.",
    }),
    yesNoField("extendAtEnd", {
      showIf: is("extendAtStart", "yes"),
      label: {
        nl: "Blijf je ook na de dienstreis langer, voor jezelf?",
        en: "Do you also stay longer after the business trip, for yourself?",
      },
      hint: { nl: "Dan verleng je de reis ook aan het einde.", en: "Then you also extend the trip at the end." },
      requiredMessage: {
        nl: "Kies of je de reis ook aan het einde verlengt.",
        en: "Choose whether you also extend the trip at the end.",
      },
    }),
    extensionTimeField("end", "start", showEndExtension, {
      nl: "Meestal is dat het einde van de dienstreis.",
      en: "Usually this is the end of the business trip.",
    }),
    extensionTimeField("end", "end", showEndExtension, {
      nl: "Wanneer je terug bent of terugreist.",
      en: "When you are back or travel back.",
    }),
    explanationField({
      nl: "Bijvoorbeeld: of je verlof hebt aangevraagd, en wie de extra kosten betaalt.",
      en: "For example: whether you requested leave, and who pays the extra costs.",
    }),
  ],
  // The extension at the end comes first: then "extensions.0" is the end extension whenever there is one.
  // See ruleFieldToFormField below for the one case a fixed map cannot get right.
  toRuleInput: (v) => ({
    type: "trip-extension",
    tripStart: v.tripStart as string,
    tripEnd: v.tripEnd as string,
    extensions: [
      ...(hasEndExtension(v)
        ? [{ position: "end" as const, start: v.endExtensionStart as string, end: v.endExtensionEnd as string }]
        : []),
      ...(v.extendAtStart === true
        ? [{ position: "start" as const, start: v.startExtensionStart as string, end: v.startExtensionEnd as string }]
        : []),
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
