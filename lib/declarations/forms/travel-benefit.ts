// Delay compensation and travel benefits from a business trip (catalogue 1.3 T-4; decision 039). The follow-up
// question depends on the kind: claimed costs for care vouchers, private use for bonus points.
import type { DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import { explanationField, yesNoField } from "./fields";

export const travelBenefitForm: DeclarationFormDef = {
  type: "travel-benefit",
  title: { nl: "Vergoeding of voordeel van een dienstreis", en: "Compensation or benefit from a business trip" },
  intro: {
    nl: "Kreeg je geld of bonnen van een reisorganisatie omdat je dienstreis vertraagd was? Of spaar je punten met je dienstreizen? Meld het hier. Dan zie je voor wie het is.",
    en: "Did a travel company give you money or vouchers because your business trip was delayed? Or do you collect points with your business trips? Report it here, and see whom it is for.",
  },
  fields: () => [
    {
      name: "kind",
      kind: "choice",
      label: { nl: "Wat kreeg je?", en: "What did you get?" },
      options: [
        {
          value: "delay-compensation",
          label: { nl: "Geld of een tegoedbon voor vertraging", en: "Money or a credit voucher for a delay" },
          hint: {
            nl: "Bijvoorbeeld voor een vertraagde, geannuleerde of overboekte vlucht.",
            en: "For example for a delayed, cancelled or overbooked flight.",
          },
        },
        {
          value: "care-vouchers",
          label: { nl: "Bonnen voor eten, een hotel of een taxi", en: "Vouchers for food, a hotel or a taxi" },
          hint: {
            nl: "Bijvoorbeeld voor eten en drinken, een extra nacht in een hotel of een taxi naar het hotel.",
            en: "For example for food and drink, an extra night in a hotel or a taxi to the hotel.",
          },
        },
        {
          value: "loyalty-points",
          label: { nl: "Bonuspunten of air miles", en: "Bonus points or air miles" },
          hint: {
            nl: "Punten van een spaarprogramma, bijvoorbeeld van een luchtvaartmaatschappij.",
            en: "Points of a loyalty programme, for example of an airline.",
          },
        },
      ],
      requiredMessage: { nl: "Kies wat je kreeg.", en: "Choose what you got." },
    },
    {
      name: "company",
      kind: "text",
      label: { nl: "Van welk bedrijf?", en: "From which company?" },
      hint: {
        nl: "Bijvoorbeeld de luchtvaartmaatschappij of de spoorwegen.",
        en: "For example the airline or the railway.",
      },
      requiredMessage: { nl: "Vul in van welk bedrijf je het kreeg.", en: "Enter which company it came from." },
    },
    {
      name: "tripDate",
      kind: "date",
      range: DATE_RANGES.recentPast,
      tooLateMessage: {
        nl: "De dienstreis ligt in de toekomst. Meld het als je het hebt gekregen.",
        en: "The business trip is in the future. Report it once you have received it.",
      },
      label: { nl: "Wanneer was de dienstreis?", en: "When was the business trip?" },
      hint: { nl: "De eerste dag van de reis.", en: "The first day of the trip." },
      requiredMessage: { nl: "Vul in wanneer de dienstreis was.", en: "Enter when the business trip was." },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 10 september 2026.",
        en: "Enter a real date, for example 10 September 2026.",
      },
    },
    {
      name: "value",
      kind: "money",
      optional: true,
      label: { nl: "Hoeveel is het waard? (niet verplicht)", en: "How much is it worth? (optional)" },
      hint: {
        nl: "Weet je het niet precies? Schat het dan. Weet je het helemaal niet? Laat het leeg.",
        en: "Not sure? Estimate it. No idea at all? Leave it empty.",
      },
      requiredMessage: { nl: "Vul een bedrag in.", en: "Enter an amount." },
      invalidMessage: {
        nl: "Vul een bedrag in euro in, bijvoorbeeld 250 of 249,99.",
        en: "Enter an amount in euros, for example 250 or 249.99.",
      },
    },
    yesNoField("costsAlsoClaimed", {
      showIf: is("kind", "care-vouchers"),
      label: {
        nl: "Declareer je deze kosten ook bij je werkgever?",
        en: "Do you also claim these costs from your employer?",
      },
      hint: {
        nl: "Bijvoorbeeld: je betaalde het eten met de bon, en declareert het eten toch.",
        en: "For example: you paid the meal with the voucher and still claim the meal.",
      },
      requiredMessage: {
        nl: "Kies of je deze kosten ook declareert.",
        en: "Choose whether you also claim these costs.",
      },
    }),
    yesNoField("privateUseOfPoints", {
      showIf: is("kind", "loyalty-points"),
      label: { nl: "Wil je de punten voor jezelf gebruiken?", en: "Do you want to use the points for yourself?" },
      hint: { nl: "Bijvoorbeeld voor een vakantie.", en: "For example for a holiday." },
      requiredMessage: {
        nl: "Kies of je de punten voor jezelf wilt gebruiken.",
        en: "Choose whether you want to use the points for yourself.",
      },
    }),
    explanationField({ nl: "Bijvoorbeeld: welke vlucht het was.", en: "For example: which flight it was." }),
  ],
  toRuleInput: (v) => ({
    type: "travel-benefit",
    kind: v.kind as "delay-compensation" | "care-vouchers" | "loyalty-points",
    tripDate: v.tripDate as string,
    valueCents: typeof v.value === "number" ? v.value : 0,
    costsAlsoClaimed: v.kind === "care-vouchers" && v.costsAlsoClaimed === true,
    privateUseOfPoints: v.kind === "loyalty-points" && v.privateUseOfPoints === true,
  }),
  summarise: (v) => ({
    title: String(v.company ?? ""),
    occursOn: (v.tripDate as string | null) ?? null,
    valueCents: typeof v.value === "number" ? v.value : null,
    counterparty: (v.company as string | null) ?? null,
  }),
};
