// Gift or other benefit: received, offered, or declined at the offer (catalogue 4.1 A; rules G-*).
import type { DeclarationFormDef, L } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { yesNoOptions, answerIs as is, answerIsNot as not } from "../form-model";
import { explanationField, REAL_DATE_MESSAGE, yesNoField } from "./fields";

const euroNl = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euroEn = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });

/**
 * The hint quotes the effective limit (the code's, or a lower one the organisation set by tightening), so it never
 * says a gift is fine that the verdict refuses (issue 13). Same comparison as the rule module (lib/rules evaluate).
 */
export function groundsHint(capCents: number, comparison: "less-than" | "at-most"): L {
  const nl = euroNl.format(capCents / 100).replace(/\u00a0/g, " ");
  const en = euroEn.format(capCents / 100);
  return comparison === "less-than"
    ? {
        nl: `Bij de gemeente mag je een geschenk alleen aannemen als het minder dan ${nl} waard is én een van deze redenen geldt.`,
        en: `At the municipality you may accept a gift only if it is worth less than ${en} and one of these reasons applies.`,
      }
    : {
        nl: `Bij de gemeente mag je een geschenk alleen aannemen als het niet meer dan ${nl} waard is én een van deze redenen geldt.`,
        en: `At the municipality you may accept a gift only if it is worth no more than ${en} and one of these reasons applies.`,
      };
}

export const giftForm: DeclarationFormDef = {
  type: "gift",
  title: { nl: "Geschenk of ander voordeel melden", en: "Declare a gift or other benefit" },
  intro: {
    nl: "Meld een geschenk, dienst, korting of ander voordeel dat je door je werk krijgt of aangeboden krijgt. Ook als je het hebt geweigerd.",
    en: "Declare a gift, service, discount or other benefit you receive or are offered because of your work. Also if you refused it.",
  },
  fields: (ctx) => [
    {
      name: "direction",
      kind: "choice",
      label: { nl: "Wat is er gebeurd?", en: "What happened?" },
      options: [
        {
          value: "received",
          label: { nl: "Ik heb het gekregen", en: "I received it" },
          hint: { nl: "Het is aan jou gegeven of naar jou gestuurd.", en: "It was given or sent to you." },
        },
        {
          value: "offered",
          label: {
            nl: "Het is mij aangeboden, ik heb het nog niet aangenomen",
            en: "It was offered to me; I have not accepted it yet",
          },
          hint: { nl: "Je vraagt eerst wat mag.", en: "You ask first what is allowed." },
        },
        { value: "declined-at-offer", label: { nl: "Ik heb het meteen geweigerd", en: "I refused it straight away" } },
      ],
      requiredMessage: { nl: "Kies wat er is gebeurd met het geschenk.", en: "Choose what happened with the gift." },
    },
    {
      name: "kind",
      kind: "choice",
      label: { nl: "Wat voor voordeel is het?", en: "What kind of benefit is it?" },
      options: [
        { value: "goods", label: { nl: "Een cadeau of ander voorwerp", en: "A present or other object" } },
        { value: "voucher", label: { nl: "Een cadeaubon of boekenbon", en: "A gift voucher or book token" } },
        { value: "cash", label: { nl: "Geld", en: "Money" } },
        { value: "service", label: { nl: "Een dienst of faciliteit", en: "A service or facility" } },
        { value: "discount", label: { nl: "Een korting voor privé", en: "A private discount" } },
        { value: "loyalty-points", label: { nl: "Spaarpunten of airmiles", en: "Loyalty points or air miles" } },
        { value: "other-benefit", label: { nl: "Iets anders", en: "Something else" } },
      ],
      requiredMessage: { nl: "Kies wat voor voordeel het is.", en: "Choose what kind of benefit it is." },
    },
    {
      name: "description",
      kind: "text",
      label: { nl: "Omschrijving", en: "Description" },
      hint: {
        nl: "Bijvoorbeeld: fles wijn, boekenbon, korting op een reis.",
        en: "For example: bottle of wine, book token, discount on a trip.",
      },
      requiredMessage: {
        nl: "Vul in wat je kreeg of aangeboden kreeg.",
        en: "Enter what you received or were offered.",
      },
    },
    {
      name: "giver",
      kind: "text",
      label: { nl: "Van wie komt het?", en: "Who is it from?" },
      hint: { nl: "De naam van de persoon en de organisatie.", en: "The name of the person and the organisation." },
      requiredMessage: { nl: "Vul in van wie het geschenk komt.", en: "Enter who the gift is from." },
    },
    {
      name: "valueEuros",
      kind: "money",
      label: { nl: "Geschatte waarde in euro", en: "Estimated value in euros" },
      hint: { nl: "Wat het in de winkel kost. Bijvoorbeeld 49,99.", en: "What it costs in a shop. For example 49.99." },
      requiredMessage: {
        nl: "Vul de geschatte waarde in euro in, bijvoorbeeld 25,00.",
        en: "Enter the estimated value in euros, for example 25.00.",
      },
      invalidMessage: {
        nl: "Vul de waarde in als bedrag in euro, bijvoorbeeld 49,99.",
        en: "Enter the value as an amount in euros, for example 49.99.",
      },
    },
    {
      name: "date",
      kind: "date",
      range: DATE_RANGES.recentPast,
      label: { nl: "Datum", en: "Date" },
      hint: {
        nl: "Wanneer je het kreeg, of wanneer het werd aangeboden.",
        en: "When you received it, or when it was offered.",
      },
      requiredMessage: {
        nl: "Vul de datum in waarop je het kreeg of aangeboden kreeg.",
        en: "Enter the date you received it or it was offered.",
      },
      invalidMessage: REAL_DATE_MESSAGE,
      tooLateMessage: { nl: "De datum kan niet in de toekomst liggen.", en: "The date cannot be in the future." },
    },
    yesNoField("giverInProcurementOrAwaitingDecision", {
      label: {
        nl: "Doet de gever mee aan een aanbesteding, of wacht hij op een besluit van jou of je afdeling?",
        en: "Is the giver taking part in a procurement, or waiting for a decision by you or your unit?",
      },
      requiredMessage: {
        nl: "Kies of de gever meedoet aan een aanbesteding of wacht op een besluit.",
        en: "Choose whether the giver takes part in a procurement or awaits a decision.",
      },
    }),
    yesNoField("deliveredToHomeAddress", {
      showIf: is("direction", "received"),
      label: { nl: "Is het naar je huisadres gestuurd?", en: "Was it sent to your home address?" },
      requiredMessage: {
        nl: "Kies of het naar je huisadres is gestuurd.",
        en: "Choose whether it was sent to your home address.",
      },
    }),
    yesNoField("foreignRelation", {
      label: {
        nl: "Komt het van een buitenlandse of diplomatieke relatie?",
        en: "Is it from a foreign or diplomatic relation?",
      },
      requiredMessage: {
        nl: "Kies of het van een buitenlandse of diplomatieke relatie komt.",
        en: "Choose whether it is from a foreign or diplomatic relation.",
      },
    }),
    yesNoField("refusalWouldOffend", {
      showIf: not("direction", "declined-at-offer"),
      label: {
        nl: "Zou weigeren of teruggeven de gever erg kwetsen of in verlegenheid brengen?",
        en: "Would refusing or returning it seriously offend or embarrass the giver?",
      },
      requiredMessage: {
        nl: "Kies of weigeren de gever zou kwetsen.",
        en: "Choose whether refusing would offend the giver.",
      },
    }),
    yesNoField("privateUseOfPoints", {
      showIf: is("kind", "loyalty-points"),
      label: { nl: "Wil je de punten privé gebruiken?", en: "Do you want to use the points privately?" },
      requiredMessage: {
        nl: "Kies of je de punten privé wilt gebruiken.",
        en: "Choose whether you want to use the points privately.",
      },
    }),
    ...(ctx.profile.gift.requiresExceptionGround
      ? [
          {
            name: "exceptionGrounds",
            kind: "multi" as const,
            optional: true,
            showIf: not("direction", "declined-at-offer"),
            label: { nl: "Welke redenen gelden? (kies wat past)", en: "Which reasons apply? (choose what fits)" },
            hint: groundsHint(ctx.profile.gift.capCents, ctx.profile.gift.capComparison),
            options: [
              {
                value: "a",
                label: {
                  nl: "Weigeren of teruggeven zou de gever ernstig kwetsen of in verlegenheid brengen",
                  en: "Refusing or returning it would seriously offend or embarrass the giver",
                },
              },
              {
                value: "b",
                label: {
                  nl: "Het is een gewoon bedankje, zoals bloemen, een fles wijn of een boekenbon",
                  en: "It is an ordinary thank-you, such as flowers, a bottle of wine or a book token",
                },
              },
              {
                value: "c",
                label: {
                  nl: "Weigeren of terugsturen kan praktisch niet",
                  en: "Refusing or sending it back is not practically possible",
                },
              },
            ],
            requiredMessage: { nl: "Kies de redenen die gelden.", en: "Choose the reasons that apply." },
          },
          {
            name: "refusalMakesWorkImpossible",
            kind: "yesno" as const,
            options: yesNoOptions(),
            showIf: is("kind", "service"),
            label: {
              nl: "Maakt weigeren van deze dienst je werk onmogelijk of onwerkbaar?",
              en: "Would refusing this service make your work impossible or unworkable?",
            },
            requiredMessage: {
              nl: "Kies of weigeren je werk onmogelijk maakt.",
              en: "Choose whether refusing makes your work impossible.",
            },
          },
        ]
      : []),
    explanationField({
      nl: "Bijvoorbeeld de aanleiding: een bedankje voor een presentatie.",
      en: "For example the occasion: a thank-you for a presentation.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "gift",
    direction: v.direction as "received",
    kind: v.kind as "goods",
    valueCents: v.valueEuros as number,
    date: v.date as string,
    giverInProcurementOrAwaitingDecision: v.giverInProcurementOrAwaitingDecision === true,
    deliveredToHomeAddress: v.deliveredToHomeAddress === true,
    foreignRelation: v.foreignRelation === true,
    refusalWouldOffend: v.refusalWouldOffend === true,
    privateUseOfPoints: v.privateUseOfPoints === true,
    exceptionGrounds: ((v.exceptionGrounds as string[] | undefined) ?? []) as ("a" | "b" | "c")[],
    refusalMakesWorkImpossible: v.refusalMakesWorkImpossible === true,
  }),
  ruleFieldToFormField: { valueCents: "valueEuros" },
  summarise: (v) => ({
    title: String(v.description ?? ""),
    occursOn: (v.date as string | null) ?? null,
    valueCents: (v.valueEuros as number | null) ?? null,
    counterparty: (v.giver as string | null) ?? null,
  }),
};
