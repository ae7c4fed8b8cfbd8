// Selling goods or services to one's own employer (catalogue 1.9 P-7; decision 039). The question whether services
// are sold is asked everywhere (it says what is sold); its effect differs per code (lib/rules/evaluate/sale-to-employer.ts).
import type { DeclarationFormDef, FormContext, L } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { explanationField, yesNoField } from "./fields";

function codeHint(ctx: FormContext): L {
  switch (ctx.profile.saleToEmployer.rule) {
    case "permission-rarely-given":
      return {
        nl: "Verkopen aan je werkgever mag alleen met toestemming. Die toestemming wordt zelden gegeven.",
        en: "Selling to your employer is allowed only with permission. That permission is rarely given.",
      };
    case "statute-permission":
      return {
        nl: "Leveren aan de gemeente mag alleen met toestemming van je werkgever. Doe je zelf de inkoop hiervoor? Dan mag het niet.",
        en: "Delivering to the municipality is allowed only with your employer's permission. Do you do this purchase yourself? Then it is not allowed.",
      };
    case "no-rule":
      return {
        nl: "Je gedragscode heeft hier geen eigen regel over. Je leidinggevende beslist.",
        en: "Your code has no rule of its own on this. Your manager decides.",
      };
  }
}

export const saleToEmployerForm: DeclarationFormDef = {
  type: "sale-to-employer",
  title: { nl: "Iets verkopen aan je werkgever", en: "Selling something to your employer" },
  intro: {
    nl: "Wil je producten of diensten verkopen aan de organisatie waar je werkt? Zelf, of via je eigen bedrijf? Meld het vooraf. Dan kan je leidinggevende beslissen.",
    en: "Do you want to sell goods or services to the organisation you work for? Yourself, or through your own business? Report it in advance, so that your manager can decide.",
  },
  fields: (ctx) => [
    {
      name: "description",
      kind: "text",
      label: { nl: "Wat wil je verkopen?", en: "What do you want to sell?" },
      hint: codeHint(ctx),
      requiredMessage: { nl: "Vul in wat je wilt verkopen.", en: "Enter what you want to sell." },
    },
    {
      name: "kind",
      kind: "choice",
      label: { nl: "Is het een product of een dienst?", en: "Is it a product or a service?" },
      options: [
        {
          value: "goods",
          label: { nl: "Een product", en: "A product" },
          hint: { nl: "Bijvoorbeeld meubels, software of boeken.", en: "For example furniture, software or books." },
        },
        {
          value: "services",
          label: { nl: "Een dienst", en: "A service" },
          hint: { nl: "Bijvoorbeeld werk, advies of een cursus.", en: "For example work, advice or a course." },
        },
      ],
      requiredMessage: {
        nl: "Kies of het een product of een dienst is.",
        en: "Choose whether it is a product or a service.",
      },
    },
    {
      name: "business",
      kind: "text",
      optional: true,
      label: {
        nl: "Via welk bedrijf verkoop je? (niet verplicht)",
        en: "Through which business do you sell? (optional)",
      },
      hint: {
        nl: "Laat leeg als je het zelf verkoopt, zonder bedrijf.",
        en: "Leave empty if you sell it yourself, without a business.",
      },
      requiredMessage: { nl: "Vul de naam van het bedrijf in.", en: "Enter the name of the business." },
    },
    {
      name: "buyer",
      kind: "text",
      label: { nl: "Welk deel van de organisatie koopt het?", en: "Which part of the organisation buys it?" },
      hint: { nl: "De afdeling of het team.", en: "The department or team." },
      requiredMessage: {
        nl: "Vul in welk deel van de organisatie het koopt.",
        en: "Enter which part of the organisation buys it.",
      },
    },
    yesNoField("involvedInPurchase", {
      label: {
        nl: "Heb je in je werk zelf met deze inkoop te maken?",
        en: "Do you deal with this purchase in your own work?",
      },
      hint: {
        nl: "Bijvoorbeeld: je vraagt erom, kiest de leverancier, bestelt of keurt de rekening goed.",
        en: "For example: you ask for it, choose the supplier, order it or approve the invoice.",
      },
      requiredMessage: {
        nl: "Kies of je zelf met deze inkoop te maken hebt.",
        en: "Choose whether you deal with this purchase yourself.",
      },
    }),
    {
      name: "startDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Wanneer wil je voor het eerst leveren?", en: "When do you want to deliver for the first time?" },
      requiredMessage: {
        nl: "Vul in wanneer je voor het eerst wilt leveren.",
        en: "Enter when you want to deliver for the first time.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in, bijvoorbeeld 1 september 2026.",
        en: "Enter a real date, for example 1 September 2026.",
      },
    },
    {
      name: "value",
      kind: "money",
      optional: true,
      label: {
        nl: "Hoeveel is de verkoop ongeveer waard? (niet verplicht)",
        en: "About how much is the sale worth? (optional)",
      },
      hint: { nl: "In euro, bijvoorbeeld 1.500.", en: "In euros, for example 1,500." },
      requiredMessage: { nl: "Vul een bedrag in.", en: "Enter an amount." },
      invalidMessage: {
        nl: "Vul een bedrag in euro in, bijvoorbeeld 1.500 of 1500,00.",
        en: "Enter an amount in euros, for example 1,500 or 1500.00.",
      },
    },
    explanationField({
      nl: "Bijvoorbeeld: waarom de organisatie dit bij jou wil kopen.",
      en: "For example: why the organisation wants to buy this from you.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "sale-to-employer",
    kind: v.kind as "goods" | "services",
    involvedInPurchase: v.involvedInPurchase === true,
    startDate: v.startDate as string,
  }),
  summarise: (v) => ({
    title: String(v.description ?? ""),
    occursOn: (v.startDate as string | null) ?? null,
    valueCents: typeof v.value === "number" ? v.value : null,
    counterparty: (v.buyer as string | null) ?? null,
  }),
};
