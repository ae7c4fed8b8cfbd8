// Expense claims (declaraties). The Gemeente needs the manager's permission in advance (002 L600-602); the other codes
// only ask that you claim costs actually made and not reimbursed otherwise. Issue 13 group 2, decision 040.
import type { DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { REAL_DATE_MESSAGE, YES_NO_UNSURE_OPTIONS, yesNoField } from "./fields";

export const expenseClaimForm: DeclarationFormDef = {
  type: "expense-claim",
  title: { nl: "Kosten declareren melden", en: "Declare an expense claim" },
  intro: {
    nl: "Wil je kosten voor je werk terugkrijgen? Bij sommige organisaties vraag je daar vooraf toestemming voor. Vul in wat je wilt declareren. Je ziet meteen wat jouw gedragscode vraagt.",
    en: "Do you want to be paid back for costs of your work? Some organisations ask you to get permission first. Enter what you want to claim. You see at once what your code asks.",
  },
  fields: (ctx) => {
    const p = ctx.profile.expenseClaim;
    return [
      {
        name: "costKind",
        kind: "choice",
        label: { nl: "Wat voor kosten zijn het?", en: "What kind of costs are they?" },
        options: [
          { value: "travel", label: { nl: "Reiskosten", en: "Travel costs" } },
          { value: "meal", label: { nl: "Eten en drinken", en: "Food and drink" } },
          { value: "course", label: { nl: "Cursus, congres of boek", en: "Course, conference or book" } },
          { value: "materials", label: { nl: "Spullen voor het werk", en: "Things for work" } },
          { value: "other", label: { nl: "Andere kosten", en: "Other costs" } },
        ],
        requiredMessage: { nl: "Kies wat voor kosten het zijn.", en: "Choose what kind of costs they are." },
      },
      {
        name: "description",
        kind: "text",
        label: { nl: "Omschrijving", en: "Description" },
        hint: {
          nl: "Bijvoorbeeld: treinreis naar Den Haag voor overleg met het ministerie.",
          en: "For example: train journey to The Hague for a meeting with the ministry.",
        },
        requiredMessage: { nl: "Beschrijf de kosten.", en: "Describe the costs." },
      },
      {
        name: "costDate",
        kind: "date",
        range: DATE_RANGES.nearby,
        label: { nl: "Wanneer maak je de kosten?", en: "When do you incur the costs?" },
        hint: { nl: "Of wanneer je ze gemaakt hebt.", en: "Or when you incurred them." },
        requiredMessage: { nl: "Vul in wanneer je de kosten maakt.", en: "Enter when you incur the costs." },
        invalidMessage: REAL_DATE_MESSAGE,
      },
      {
        name: "amount",
        kind: "money",
        label: { nl: "Bedrag in euro", en: "Amount in euros" },
        hint: {
          nl: "Schat het bedrag als je het nog niet precies weet. Bijvoorbeeld 49,50.",
          en: "Estimate the amount if you do not know it exactly yet. For example 49.50.",
        },
        requiredMessage: { nl: "Vul het bedrag in.", en: "Enter the amount." },
        invalidMessage: {
          nl: "Vul een bedrag in euro in, bijvoorbeeld 49,50.",
          en: "Enter an amount in euros, for example 49.50.",
        },
        maxCents: 10_000_000,
      },
      yesNoField("necessaryForWork", {
        // 002 L600-601: only reasonable and necessary costs.
        showIf: () => p.necessaryCostsOnly,
        label: {
          nl: "Zijn de kosten redelijk en nodig om je werk goed te doen?",
          en: "Are the costs reasonable and necessary to do your job well?",
        },
        requiredMessage: {
          nl: "Kies of de kosten redelijk en nodig zijn voor je werk.",
          en: "Choose whether the costs are reasonable and necessary for your work.",
        },
      }),
      {
        name: "otherReimbursement",
        kind: "choice",
        label: {
          nl: "Kun je de kosten ook op een andere manier vergoed krijgen?",
          en: "Can you get the costs reimbursed in another way?",
        },
        hint: {
          nl: "Bijvoorbeeld met een vaste onkostenvergoeding, een ov-kaart van het werk, of de organisator betaalt.",
          en: "For example with a fixed expense allowance, a work travel card, or the organiser pays.",
        },
        options: YES_NO_UNSURE_OPTIONS,
        requiredMessage: {
          nl: "Kies of je de kosten op een andere manier vergoed kunt krijgen.",
          en: "Choose whether you can get the costs reimbursed in another way.",
        },
      },
    ];
  },
  toRuleInput: (v) => ({
    type: "expense-claim",
    costDate: v.costDate as string,
    amountCents: (v.amount as number | null) ?? 0,
    // Not asked where the code has no "reasonable and necessary" permission rule.
    necessaryForWork: v.necessaryForWork !== false,
    otherReimbursement:
      v.otherReimbursement === "yes" || v.otherReimbursement === "unsure" ? v.otherReimbursement : "no",
  }),
  summarise: (v) => ({
    title: String(v.description ?? "").slice(0, 200),
    occursOn: (v.costDate as string | null) ?? null,
    valueCents: typeof v.amount === "number" ? v.amount : null,
    counterparty: null,
  }),
};
