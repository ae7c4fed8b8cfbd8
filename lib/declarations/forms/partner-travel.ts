// A partner travelling along on a business trip (catalogue 1.3 T-3; decision 039). Why the partner comes along is
// asked only where the code has the partner rule (Rijk, Eerste Kamer: profile partnerTravel.partnerRule).
import type { DeclarationFormDef, FormContext } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { TRIP_DESTINATION_FIELD, explanationField, yesNoField } from "./fields";

const asksReason = (_raw: unknown, ctx: FormContext) => ctx.profile.partnerTravel.partnerRule;

export const partnerTravelForm: DeclarationFormDef = {
  type: "partner-travel",
  title: { nl: "Partner reist mee op dienstreis", en: "Partner travelling along on a business trip" },
  intro: {
    nl: "Wil je partner meereizen op een dienstreis? Of zou je werkgever kosten van je partner betalen? Meld het vooraf. Dan weet je wat mag.",
    en: "Does your partner want to travel along on a business trip? Or would your employer pay costs of your partner? Report it in advance, so you know what is allowed.",
  },
  fields: () => [
    TRIP_DESTINATION_FIELD,
    {
      name: "startDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Eerste dag van de dienstreis", en: "First day of the business trip" },
      requiredMessage: {
        nl: "Vul de eerste dag van de dienstreis in.",
        en: "Enter the first day of the business trip.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 10 september 2026.",
        en: "Enter a real date, for example 10 September 2026.",
      },
    },
    {
      name: "endDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Laatste dag van de dienstreis", en: "Last day of the business trip" },
      requiredMessage: {
        nl: "Vul de laatste dag van de dienstreis in.",
        en: "Enter the last day of the business trip.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 12 september 2026.",
        en: "Enter a real date, for example 12 September 2026.",
      },
    },
    {
      name: "reason",
      kind: "choice",
      showIf: asksReason,
      label: { nl: "Waarom reist je partner mee?", en: "Why does your partner travel along?" },
      options: [
        {
          value: "functional",
          label: { nl: "Voor het werk", en: "For the work" },
          hint: {
            nl: "Je partner is nodig, bijvoorbeeld om Nederland of je organisatie goed te vertegenwoordigen.",
            en: "Your partner is needed, for example to represent the Netherlands or your organisation well.",
          },
        },
        {
          value: "special-situation",
          label: {
            nl: "Er is een bijzondere of onverwachte situatie",
            en: "There is a special or unexpected situation",
          },
          hint: {
            nl: "Bijvoorbeeld: je partner kan niet alleen thuis blijven.",
            en: "For example: your partner cannot stay at home alone.",
          },
        },
        {
          value: "private",
          label: { nl: "Voor de gezelligheid", en: "For company" },
          hint: { nl: "Er is geen reden vanuit het werk.", en: "There is no reason from the work." },
        },
      ],
      requiredMessage: { nl: "Kies waarom je partner meereist.", en: "Choose why your partner travels along." },
    },
    yesNoField("employerPaysPartnerCosts", {
      label: {
        nl: "Zou je werkgever kosten van je partner betalen?",
        en: "Would your employer pay costs of your partner?",
      },
      hint: {
        nl: "Bijvoorbeeld de reis, het hotel of het eten van je partner. Ook een deel telt.",
        en: "For example your partner's travel, hotel or meals. Part of it counts too.",
      },
      requiredMessage: {
        nl: "Kies of je werkgever kosten van je partner zou betalen.",
        en: "Choose whether your employer would pay costs of your partner.",
      },
    }),
    explanationField({
      nl: "Bijvoorbeeld: wat je partner doet op de reis.",
      en: "For example: what your partner does on the trip.",
    }),
  ],
  toRuleInput: (v, ctx) => ({
    type: "partner-travel",
    startDate: v.startDate as string,
    endDate: v.endDate as string,
    reason: ctx.profile.partnerTravel.partnerRule ? (v.reason as "functional" | "special-situation" | "private") : null,
    employerPaysPartnerCosts: v.employerPaysPartnerCosts === true,
  }),
  summarise: (v) => ({
    title: String(v.destination ?? ""),
    occursOn: (v.startDate as string | null) ?? null,
    valueCents: null,
    counterparty: null,
  }),
};
