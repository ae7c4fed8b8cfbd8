// Financial interests, securities and securities transactions (catalogue 4.1 E; rules F-*).
import type { DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { explanationField, REAL_DATE_MESSAGE, yesNoField } from "./fields";

export const financialInterestForm: DeclarationFormDef = {
  type: "financial-interest",
  title: { nl: "Financieel belang melden", en: "Declare a financial interest" },
  intro: {
    nl: "Meld geld of bezit dat te maken kan hebben met je werk. Bijvoorbeeld aandelen in een bedrijf waar je in je werk mee te maken hebt. Dit geldt vooral als je werkgever jouw functie heeft aangewezen als risicofunctie.",
    en: "Declare money or property that may relate to your work. For example shares in a company you deal with in your work. This applies especially when your employer has designated your job as a risk function.",
  },
  fields: () => [
    {
      name: "kind",
      kind: "choice",
      label: { nl: "Wat wil je melden?", en: "What do you want to declare?" },
      options: [
        {
          value: "securities-holding",
          label: { nl: "Aandelen of andere effecten die ik bezit", en: "Shares or other securities I hold" },
          hint: {
            nl: "Effecten zijn onder andere aandelen, obligaties en opties.",
            en: "Securities include shares, bonds and options.",
          },
        },
        {
          value: "securities-transaction",
          label: { nl: "Een aankoop of verkoop van effecten", en: "A purchase or sale of securities" },
        },
        {
          value: "interest",
          label: { nl: "Een ander financieel belang", en: "Another financial interest" },
          hint: {
            nl: "Bijvoorbeeld een lening aan een bedrijf, of een deel van een bedrijf of vastgoed.",
            en: "For example a loan to a company, or a share in a company or property.",
          },
        },
      ],
      requiredMessage: {
        nl: "Kies wat voor financieel belang je meldt.",
        en: "Choose what kind of financial interest you declare.",
      },
    },
    {
      name: "moment",
      kind: "choice",
      label: { nl: "Waarom meld je het nu?", en: "Why do you declare it now?" },
      options: [
        { value: "at-entry", label: { nl: "Ik begin in deze functie", en: "I am starting in this job" } },
        {
          value: "on-acquisition",
          label: { nl: "Ik heb het belang net gekregen of gekocht", en: "I have just acquired or bought the interest" },
        },
        { value: "on-request", label: { nl: "Mijn werkgever heeft erom gevraagd", en: "My employer asked for it" } },
        { value: "other", label: { nl: "Een andere reden", en: "Another reason" } },
      ],
      requiredMessage: { nl: "Kies waarom je het belang nu meldt.", en: "Choose why you declare the interest now." },
    },
    {
      name: "company",
      kind: "text",
      label: { nl: "Om welk bedrijf of welke organisatie gaat het?", en: "Which company or organisation is it about?" },
      hint: {
        nl: "De naam, en in welke sector het bedrijf werkt. Bijvoorbeeld: Bouwbedrijf Jansen, bouw.",
        en: "The name, and the sector the company works in. For example: Jansen Construction, construction.",
      },
      requiredMessage: {
        nl: "Vul in om welk bedrijf of welke organisatie het gaat.",
        en: "Enter which company or organisation it is about.",
      },
    },
    {
      name: "description",
      kind: "textarea",
      label: { nl: "Omschrijving van het belang", en: "Description of the interest" },
      hint: {
        nl: "Wat bezit je, of wat heb je gekocht of verkocht? Ongeveer hoeveel?",
        en: "What do you hold, or what did you buy or sell? About how much?",
      },
      requiredMessage: { nl: "Beschrijf het financiële belang.", en: "Describe the financial interest." },
    },
    {
      name: "date",
      kind: "date",
      range: DATE_RANGES.longRunning,
      label: { nl: "Datum", en: "Date" },
      hint: {
        nl: "Wanneer je het belang kreeg, of de datum van de aankoop of verkoop.",
        en: "When you acquired the interest, or the date of the purchase or sale.",
      },
      requiredMessage: {
        nl: "Vul de datum van het belang of de transactie in.",
        en: "Enter the date of the interest or the transaction.",
      },
      invalidMessage: REAL_DATE_MESSAGE,
    },
    yesNoField("relatedToFunction", {
      label: {
        nl: "Heb je in je werk te maken met dit bedrijf of deze sector?",
        en: "Do you deal with this company or sector in your work?",
      },
      hint: {
        nl: "Bijvoorbeeld: je maakt beleid voor de sector, of je houdt toezicht op het bedrijf.",
        en: "For example: you make policy for the sector, or you supervise the company.",
      },
      requiredMessage: {
        nl: "Kies of je in je werk met dit bedrijf of deze sector te maken hebt.",
        en: "Choose whether you deal with this company or sector in your work.",
      },
    }),
    yesNoField("usesInsideInformation", {
      label: {
        nl: "Gebruik je geheime informatie uit je werk die de koers kan beïnvloeden?",
        en: "Do you use confidential information from your work that can affect the share price?",
      },
      hint: {
        nl: "Dit heet voorkennis. Bijvoorbeeld: je weet van een besluit dat nog niet openbaar is en dat de prijs van een aandeel verandert.",
        en: "This is called inside information. For example: you know of a decision that is not yet public and that changes the price of a share.",
      },
      requiredMessage: {
        nl: "Kies of je geheime informatie uit je werk gebruikt.",
        en: "Choose whether you use confidential information from your work.",
      },
    }),
    explanationField({
      nl: "Bijvoorbeeld: ook belangen van je partner die met jouw werk te maken hebben.",
      en: "For example: also interests of your partner that relate to your work.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "financial-interest",
    kind: v.kind as "interest",
    moment: v.moment as "other",
    date: v.date as string,
    relatedToFunction: v.relatedToFunction === true,
    usesInsideInformation: v.usesInsideInformation === true,
  }),
  summarise: (v) => ({
    title: String(v.company ?? ""),
    occursOn: (v.date as string | null) ?? null,
    valueCents: null,
    counterparty: (v.company as string | null) ?? null,
  }),
};
