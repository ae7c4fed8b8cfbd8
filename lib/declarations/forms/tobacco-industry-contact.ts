// Contact with the tobacco industry (issue 13 group 2, decision 040). The Rijk and the Eerste Kamer publish reports
// of permitted meetings (000 L972-979, 001 L441): the publication line is built from structured fields only
// (date, organisation, topic), never from what the person typed as an explanation.
import type { DeclarationFormDef, L, Values } from "../form-model";
import { CONTACT_DATE_FIELD, explanationField } from "./fields";

const TOPICS: { value: string; label: L }[] = [
  { value: "regulation", label: { nl: "Wetten en regels over tabak", en: "Tobacco laws and regulations" } },
  { value: "excise", label: { nl: "Accijns en belastingen", en: "Excise duty and taxes" } },
  { value: "enforcement", label: { nl: "Toezicht en handhaving", en: "Supervision and enforcement" } },
  { value: "illicit-trade", label: { nl: "Illegale handel", en: "Illicit trade" } },
  { value: "other", label: { nl: "Een ander onderwerp", en: "Another subject" } },
];

export interface TobaccoPublicationEntry {
  date: string;
  organisation: string;
  topic: L;
}

/**
 * What may be published about a permitted meeting with the tobacco industry: the date, the tobacco company or
 * organisation, and the topic from a fixed list. Never the employee's own text or name (decision 040). Null when
 * the declaration is not a meeting of which a report is published.
 */
export function tobaccoPublicationEntry(values: Values): TobaccoPublicationEntry | null {
  if (values.contactKind !== "meeting") return null;
  const topic = TOPICS.find((t) => t.value === values.topic);
  const organisation = typeof values.company === "string" ? values.company.trim() : "";
  const date = typeof values.contactDate === "string" ? values.contactDate : "";
  if (!topic || organisation === "" || date === "") return null;
  return { date, organisation, topic: topic.label };
}

export const tobaccoIndustryContactForm: DeclarationFormDef = {
  type: "tobacco-industry-contact",
  title: { nl: "Contact met de tabaksindustrie melden", en: "Declare contact with the tobacco industry" },
  intro: {
    nl: "Het beleid mag niet beïnvloed worden door de tabaksindustrie. Heb je voor je werk contact met een tabaksbedrijf of iemand die voor hen lobbyt? Meld het hier, het liefst vooraf.",
    en: "Policy may not be influenced by the tobacco industry. Do you have contact for your work with a tobacco company or someone who lobbies for it? Declare it here, preferably in advance.",
  },
  fields: (ctx) => {
    const rule = ctx.profile.tobaccoIndustryContact;
    return [
      {
        name: "company",
        kind: "text",
        label: { nl: "Met welk bedrijf of welke organisatie?", en: "With which company or organisation?" },
        hint: {
          nl: "Bijvoorbeeld de naam van het tabaksbedrijf, of het lobbybureau en voor wie het werkt.",
          en: "For example the name of the tobacco company, or the lobbying firm and whom it works for.",
        },
        requiredMessage: {
          nl: "Vul in met welk bedrijf of welke organisatie je contact hebt.",
          en: "Enter which company or organisation you have contact with.",
        },
      },
      {
        name: "contactKind",
        kind: "choice",
        showIf: () => rule.transparencyRule,
        label: { nl: "Wat voor contact is het?", en: "What kind of contact is it?" },
        options: [
          {
            value: "meeting",
            label: { nl: "Een overleg of afspraak", en: "A meeting" },
            hint: rule.publishMeetingReports
              ? {
                  nl: "Van een toegestaan overleg wordt een verslag openbaar gemaakt.",
                  en: "A report of a permitted meeting is made public.",
                }
              : undefined,
          },
          {
            value: "call-or-message",
            label: { nl: "Een telefoongesprek, brief of e-mail", en: "A phone call, letter or e-mail" },
          },
          {
            value: "declined",
            label: { nl: "Ze wilden contact, maar ik heb het geweigerd", en: "They wanted contact, but I declined" },
          },
        ],
        requiredMessage: { nl: "Kies wat voor contact het is.", en: "Choose what kind of contact it is." },
      },
      CONTACT_DATE_FIELD,
      {
        name: "topic",
        kind: "choice",
        showIf: (raw) => rule.publishMeetingReports && raw.contactKind === "meeting",
        label: { nl: "Waar gaat het overleg over?", en: "What is the meeting about?" },
        hint: {
          nl: "Dit onderwerp komt bij de openbare melding van het overleg, samen met de datum en de naam van het bedrijf. Jouw naam niet.",
          en: "This topic is published with the date and the company's name when the meeting is made public. Your name is not.",
        },
        options: TOPICS,
        requiredMessage: { nl: "Kies waar het overleg over gaat.", en: "Choose what the meeting is about." },
      },
      explanationField({
        nl: "Bijvoorbeeld: wie het contact zocht en waarom het nodig is. Deze tekst wordt niet openbaar.",
        en: "For example: who sought the contact and why it is needed. This text is not made public.",
      }),
    ];
  },
  toRuleInput: (v) => ({
    type: "tobacco-industry-contact",
    contactDate: v.contactDate as string,
    contactKind: v.contactKind === "meeting" || v.contactKind === "declined" ? v.contactKind : "call-or-message",
  }),
  summarise: (v) => {
    const topic = TOPICS.find((t) => t.value === v.topic);
    const kind =
      v.contactKind === "meeting" ? "Overleg" : v.contactKind === "declined" ? "Geweigerd contact" : "Contact";
    return {
      title: `${kind} met ${String(v.company ?? "")}${topic ? ` over ${topic.label.nl.toLowerCase()}` : ""}`.slice(
        0,
        200,
      ),
      occursOn: (v.contactDate as string | null) ?? null,
      valueCents: null,
      counterparty: (v.company as string | null) ?? null,
    };
  },
};
