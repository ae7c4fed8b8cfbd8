// Speaking or sitting on a panel at a commercial event, as part of your job (catalogue 4.1 C; rule I-5).
import type { DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import { explanationField, OTHER_OPTION, REAL_DATE_MESSAGE, yesNoField } from "./fields";

export const commercialActivityForm: DeclarationFormDef = {
  type: "commercial-activity",
  title: { nl: "Spreken op een commercieel evenement melden", en: "Declare speaking at a commercial event" },
  intro: {
    nl: "Meld het als je voor je werk spreekt of in een panel zit op een congres of evenement dat commercieel is. Bespreek het vooraf met je leidinggevende. Doe je het privé, in je eigen tijd? Meld het dan als nevenwerkzaamheid.",
    en: "Declare it when you speak or sit on a panel for your work at a congress or event that is commercial. Discuss it in advance with your manager. Do you do it privately, in your own time? Then declare it as a side job.",
  },
  fields: () => [
    {
      name: "role",
      kind: "choice",
      label: { nl: "Wat ga je doen?", en: "What will you do?" },
      options: [
        { value: "speaker", label: { nl: "Een presentatie of toespraak geven", en: "Give a presentation or speech" } },
        { value: "panel-member", label: { nl: "In een panel of debat zitten", en: "Sit on a panel or in a debate" } },
        OTHER_OPTION,
      ],
      requiredMessage: { nl: "Kies wat je gaat doen op het evenement.", en: "Choose what you will do at the event." },
    },
    {
      name: "eventName",
      kind: "text",
      label: { nl: "Naam van het congres of evenement", en: "Name of the congress or event" },
      requiredMessage: {
        nl: "Vul de naam van het congres of evenement in.",
        en: "Enter the name of the congress or event.",
      },
    },
    {
      name: "organiser",
      kind: "text",
      label: { nl: "Wie organiseert het?", en: "Who organises it?" },
      hint: { nl: "De naam van de organisatie of het bedrijf.", en: "The name of the organisation or company." },
      requiredMessage: { nl: "Vul in wie het evenement organiseert.", en: "Enter who organises the event." },
    },
    {
      name: "eventDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Datum van het evenement", en: "Date of the event" },
      requiredMessage: { nl: "Vul de datum van het evenement in.", en: "Enter the date of the event." },
      invalidMessage: REAL_DATE_MESSAGE,
    },
    yesNoField("commerciallyOrganised", {
      label: { nl: "Is het evenement commercieel?", en: "Is the event commercial?" },
      hint: {
        nl: "Commercieel betekent: de organisator wil er geld aan verdienen. Bijvoorbeeld: bezoekers betalen entree.",
        en: "Commercial means: the organiser wants to make money from it. For example: visitors pay an entry fee.",
      },
      requiredMessage: { nl: "Kies of het evenement commercieel is.", en: "Choose whether the event is commercial." },
    }),
    {
      name: "policyRelevance",
      kind: "textarea",
      label: { nl: "Waarom is het belangrijk voor je werk?", en: "Why is it important for your work?" },
      hint: {
        nl: "Bijvoorbeeld: je legt nieuw beleid uit, of je haalt ideeën op voor beleid.",
        en: "For example: you explain new policy, or you gather ideas for policy.",
      },
      requiredMessage: {
        nl: "Vul in waarom het evenement belangrijk is voor je werk.",
        en: "Enter why the event is important for your work.",
      },
    },
    yesNoField("feeOffered", {
      label: {
        nl: "Biedt de organisator je geld of een cadeau aan voor je bijdrage?",
        en: "Does the organiser offer you money or a present for your contribution?",
      },
      hint: { nl: "Bijvoorbeeld een honorarium of een cadeaubon.", en: "For example a fee or a gift voucher." },
      requiredMessage: {
        nl: "Kies of de organisator je een vergoeding aanbiedt.",
        en: "Choose whether the organiser offers you a fee.",
      },
    }),
    {
      name: "feeAmount",
      kind: "money",
      showIf: is("feeOffered", "yes"),
      label: { nl: "Hoeveel is de vergoeding in euro?", en: "How much is the fee in euros?" },
      hint: {
        nl: "Bijvoorbeeld 250,00. Is het een cadeau? Vul dan de geschatte waarde in.",
        en: "For example 250.00. Is it a present? Then enter the estimated value.",
      },
      requiredMessage: {
        nl: "Vul in hoeveel de vergoeding is, bijvoorbeeld 250,00.",
        en: "Enter how much the fee is, for example 250.00.",
      },
      invalidMessage: {
        nl: "Vul de vergoeding in als bedrag in euro, bijvoorbeeld 250,00.",
        en: "Enter the fee as an amount in euros, for example 250.00.",
      },
    },
    yesNoField("acceptsFee", {
      showIf: is("feeOffered", "yes"),
      label: { nl: "Wil je de vergoeding aannemen?", en: "Do you want to accept the fee?" },
      hint: {
        nl: "Voor werk dat bij je functie hoort, laat je je in principe niet betalen.",
        en: "For work that is part of your job, you do not normally accept payment.",
      },
      requiredMessage: {
        nl: "Kies of je de vergoeding wilt aannemen.",
        en: "Choose whether you want to accept the fee.",
      },
    }),
    explanationField({
      nl: "Bijvoorbeeld: het onderwerp van je bijdrage.",
      en: "For example: the topic of your contribution.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "commercial-activity",
    role: v.role as "speaker",
    eventDate: v.eventDate as string,
    commerciallyOrganised: v.commerciallyOrganised === true,
    feeOfferedCents: v.feeOffered === true ? (v.feeAmount as number) : 0,
    acceptsFee: v.feeOffered === true && v.acceptsFee === true,
  }),
  ruleFieldToFormField: { feeOfferedCents: "feeAmount" },
  summarise: (v) => ({
    title: String(v.eventName ?? ""),
    occursOn: (v.eventDate as string | null) ?? null,
    valueCents: v.feeOffered === true ? ((v.feeAmount as number | null) ?? null) : null,
    counterparty: (v.organiser as string | null) ?? null,
  }),
};
