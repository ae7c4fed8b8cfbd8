// Private use of a service, lease or pool car (catalogue 1.4 R-7; decision 039).
import type { DeclarationFormDef, FormContext, L } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { explanationField } from "./fields";

function codeHint(ctx: FormContext): L {
  switch (ctx.profile.serviceCar.privateUse) {
    case "written-permission":
      return {
        nl: "Privégebruik mag alleen met schriftelijke toestemming. Voor privékilometers betaal je een eigen bijdrage.",
        en: "Private use needs written permission. You pay an own contribution for private kilometres.",
      };
    case "agree-with-manager":
      return { nl: "Je spreekt met je leidinggevende af wat mag.", en: "You agree with your manager what is allowed." };
    case "calamity-only":
      return {
        nl: "Dit mag alleen bij een noodgeval, en pas als je leidinggevende toestemming geeft. Naar huis rijden mag niet.",
        en: "This is allowed only in an emergency, and only after your manager gives permission. Driving home is not allowed.",
      };
    case "banned":
      return {
        nl: "Privégebruik en woon-werkverkeer met een dienst- of poolauto zijn niet toegestaan.",
        en: "Private use and travel between home and work with a service or pool car are not allowed.",
      };
  }
}

export const serviceCarForm: DeclarationFormDef = {
  type: "service-car",
  title: { nl: "Dienstauto privé gebruiken", en: "Private use of a service car" },
  intro: {
    nl: "Wil je een auto van het werk voor jezelf gebruiken? Ook naar huis rijden telt als privégebruik. Vraag het hier vooraf.",
    en: "Do you want to use a car from work for yourself? Driving home counts as private use too. Ask here in advance.",
  },
  fields: (ctx) => [
    {
      name: "car",
      kind: "choice",
      label: { nl: "Welke auto?", en: "Which car?" },
      options: [
        { value: "service", label: { nl: "Een dienstauto", en: "A service car" } },
        { value: "lease", label: { nl: "Een leaseauto van of via het werk", en: "A lease car from or through work" } },
        {
          value: "pool",
          label: { nl: "Een poolauto", en: "A pool car" },
          hint: { nl: "Een auto die collega's samen gebruiken.", en: "A car that colleagues share." },
        },
      ],
      requiredMessage: { nl: "Kies welke auto het is.", en: "Choose which car it is." },
    },
    {
      name: "purpose",
      kind: "choice",
      label: { nl: "Waarvoor wil je de auto gebruiken?", en: "What do you want to use the car for?" },
      hint: codeHint(ctx),
      options: [
        {
          value: "calamity",
          label: { nl: "Een noodgeval", en: "An emergency" },
          hint: {
            nl: "Bijvoorbeeld: je kind is ernstig gevallen en moet snel naar het ziekenhuis.",
            en: "For example: your child had a bad fall and must get to hospital quickly.",
          },
        },
        {
          value: "commute",
          label: { nl: "Van en naar huis rijden", en: "Driving to and from home" },
          hint: { nl: "Woon-werkverkeer.", en: "Travel between home and work." },
        },
        {
          value: "other-private",
          label: { nl: "Iets anders voor jezelf", en: "Something else for yourself" },
          hint: { nl: "Bijvoorbeeld boodschappen of een uitje.", en: "For example shopping or a day out." },
        },
      ],
      requiredMessage: {
        nl: "Kies waarvoor je de auto wilt gebruiken.",
        en: "Choose what you want to use the car for.",
      },
    },
    {
      name: "details",
      kind: "text",
      label: { nl: "Beschrijf kort waarvoor je de auto nodig hebt", en: "Describe briefly what you need the car for" },
      hint: {
        nl: "Schrijf in een paar woorden wat je gaat doen. Bijvoorbeeld: een verhuizing, of een bezoek aan het ziekenhuis.",
        en: "Write in a few words what you will do. For example: moving house, or a hospital visit.",
      },
      requiredMessage: {
        nl: "Beschrijf kort waarvoor je de auto nodig hebt.",
        en: "Describe briefly what you need the car for.",
      },
    },
    {
      name: "startDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Vanaf wanneer?", en: "From when?" },
      requiredMessage: {
        nl: "Vul in vanaf wanneer je de auto wilt gebruiken.",
        en: "Enter from when you want to use the car.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 1 september 2026.",
        en: "Enter a real date, for example 1 September 2026.",
      },
    },
    {
      name: "endDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Tot en met wanneer?", en: "Until when?" },
      hint: {
        nl: "Is het voor één dag? Vul dan twee keer dezelfde dag in.",
        en: "Is it for one day? Then enter the same day twice.",
      },
      requiredMessage: {
        nl: "Vul in tot wanneer je de auto wilt gebruiken.",
        en: "Enter until when you want to use the car.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 30 september 2026.",
        en: "Enter a real date, for example 30 September 2026.",
      },
    },
    explanationField({
      nl: "Bijvoorbeeld: hoeveel kilometer je ongeveer privé rijdt.",
      en: "For example: about how many kilometres you drive privately.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "service-car",
    purpose: v.purpose as "calamity" | "commute" | "other-private",
    startDate: v.startDate as string,
    endDate: v.endDate as string,
  }),
  summarise: (v) => ({
    title: String(v.details ?? ""),
    occursOn: (v.startDate as string | null) ?? null,
    valueCents: null,
    counterparty: null,
  }),
};
