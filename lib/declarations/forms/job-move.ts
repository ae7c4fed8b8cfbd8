// Moving to a new job outside the organisation that may be sensitive (catalogue 4.1 K; rule D-1).
import type { DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { explanationField, yesNoField } from "./fields";

export const jobMoveForm: DeclarationFormDef = {
  type: "job-move",
  title: { nl: "Overstap naar een nieuwe baan melden", en: "Declare a move to a new job" },
  intro: {
    nl: "Ga je bij een andere werkgever werken, of voor jezelf beginnen? Soms botst het nieuwe werk met je huidige werk. Meld de overstap op tijd. Dan kun je met je leidinggevende afspraken maken tot je vertrekt. Dit heet een afkoelingsperiode.",
    en: "Are you going to work for another employer, or start your own business? Sometimes the new work clashes with your current work. Declare the move in time. Then you can make agreements with your manager until you leave. This is called a cooling-off period.",
  },
  fields: () => [
    {
      name: "newEmployer",
      kind: "text",
      label: { nl: "Nieuwe werkgever", en: "New employer" },
      hint: {
        nl: "De naam van de organisatie. Begin je een eigen bedrijf? Vul dan de naam van je bedrijf in.",
        en: "The name of the organisation. Starting your own business? Then enter the name of your business.",
      },
      requiredMessage: { nl: "Vul de naam van je nieuwe werkgever in.", en: "Enter the name of your new employer." },
    },
    {
      name: "newFunction",
      kind: "text",
      label: { nl: "Nieuwe functie", en: "New job title" },
      hint: { nl: "Bijvoorbeeld: adviseur publieke zaken.", en: "For example: public affairs adviser." },
      requiredMessage: { nl: "Vul je nieuwe functie in.", en: "Enter your new job title." },
    },
    {
      name: "plannedLeaveDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Wanneer vertrek je hier?", en: "When do you leave here?" },
      hint: {
        nl: "Je laatste werkdag bij je huidige werkgever.",
        en: "Your last working day at your current employer.",
      },
      requiredMessage: { nl: "Vul in wanneer je hier vertrekt.", en: "Enter when you leave here." },
      invalidMessage: {
        nl: "Vul een bestaande datum van vertrek in, bijvoorbeeld 31 augustus 2026.",
        en: "Enter a real leaving date, for example 31 August 2026.",
      },
    },
    {
      name: "newJobStart",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Wanneer begin je in je nieuwe baan?", en: "When do you start your new job?" },
      requiredMessage: { nl: "Vul in wanneer je in je nieuwe baan begint.", en: "Enter when you start your new job." },
      invalidMessage: {
        nl: "Vul een bestaande startdatum in, bijvoorbeeld 1 september 2026.",
        en: "Enter a real start date, for example 1 September 2026.",
      },
    },
    yesNoField("newWorkReportableAsSideJob", {
      label: {
        nl: "Zou je het nieuwe werk moeten melden als je het nu naast je baan deed?",
        en: "Would you have to declare the new work if you did it now besides your job?",
      },
      hint: {
        nl: "Dat is zo als het nieuwe werk met je huidige werk te maken heeft. Bijvoorbeeld: je gaat werken voor een bedrijf waarover je nu besluiten neemt.",
        en: "That is the case when the new work relates to your current work. For example: you will work for a company you now make decisions about.",
      },
      requiredMessage: {
        nl: "Kies of je het nieuwe werk als nevenwerkzaamheid zou moeten melden.",
        en: "Choose whether you would have to declare the new work as a side job.",
      },
    }),
    yesNoField("interestsMayClash", {
      label: {
        nl: "Kunnen de belangen van je huidige werkgever botsen met je nieuwe werk?",
        en: "Could the interests of your current employer clash with your new work?",
      },
      hint: {
        nl: "Bijvoorbeeld: je weet nu dingen die je nieuwe werkgever voordeel geven.",
        en: "For example: you now know things that give your new employer an advantage.",
      },
      requiredMessage: {
        nl: "Kies of de belangen van je werkgever kunnen botsen met je nieuwe werk.",
        en: "Choose whether your employer's interests could clash with your new work.",
      },
    }),
    explanationField({
      nl: "Bijvoorbeeld: welke afspraken je al hebt gemaakt.",
      en: "For example: which agreements you have already made.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "job-move",
    plannedLeaveDate: v.plannedLeaveDate as string,
    newJobStart: v.newJobStart as string,
    newWorkReportableAsSideJob: v.newWorkReportableAsSideJob === true,
    interestsMayClash: v.interestsMayClash === true,
  }),
  summarise: (v) => ({
    title: String(v.newFunction ?? ""),
    occursOn: (v.plannedLeaveDate as string | null) ?? null,
    valueCents: null,
    counterparty: (v.newEmployer as string | null) ?? null,
  }),
};
