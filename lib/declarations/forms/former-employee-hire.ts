// Hiring a former (or current) employee as an external; filed by the hiring manager (catalogue 4.1 L; rules D-3 to D-5).
import type { DeclarationFormDef, L } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import type { PolicyProfile } from "@/lib/rules";
import { yesNoField } from "./fields";

/** The Provincie code speaks of "hoge uitzondering"; the Gemeente (and a tightened Rijk) of "zwaarwegende redenen". */
function weightyReasonsText(profile: PolicyProfile): { label: L; hint: L; requiredMessage: L } {
  if (profile.formerEmployeeHire.exceptionTerm === "very-exceptional") {
    return {
      label: { nl: "Is dit een hoge uitzondering?", en: "Is this a very exceptional case?" },
      hint: {
        nl: "Een hoge uitzondering is een heel bijzonder geval. Bijvoorbeeld: alleen deze persoon heeft de kennis die nodig is, en het werk kan niet wachten.",
        en: "A very exceptional case is a very special situation. For example: only this person has the knowledge needed, and the work cannot wait.",
      },
      requiredMessage: {
        nl: "Kies of dit een hoge uitzondering is.",
        en: "Choose whether this is a very exceptional case.",
      },
    };
  }
  return {
    label: {
      nl: "Zijn er zwaarwegende redenen om deze persoon toch in te huren?",
      en: "Are there weighty reasons to hire this person anyway?",
    },
    hint: {
      nl: "Zwaarwegend betekent: heel belangrijk. Bijvoorbeeld: alleen deze persoon heeft de kennis die nodig is, en het werk kan niet wachten.",
      en: "Weighty means: very important. For example: only this person has the knowledge needed, and the work cannot wait.",
    },
    requiredMessage: {
      nl: "Kies of er zwaarwegende redenen zijn om deze persoon in te huren.",
      en: "Choose whether there are weighty reasons to hire this person.",
    },
  };
}

export const formerEmployeeHireForm: DeclarationFormDef = {
  type: "former-employee-hire",
  title: { nl: "Inhuur van een (oud-)medewerker melden", en: "Declare hiring a (former) employee" },
  intro: {
    nl: "Ben je leidinggevende en wil je iemand inhuren die bij onze organisatie werkt of heeft gewerkt? Bijvoorbeeld als zzp'er of via een bureau. Meld dat hier voordat je een offerte vraagt.",
    en: "Are you a manager and do you want to hire someone who works or has worked at our organisation? For example as a freelancer or through an agency. Declare it here before you ask for a quote.",
  },
  fields: (ctx) => {
    const weighty = weightyReasonsText(ctx.profile);
    return [
      {
        name: "candidateName",
        kind: "text",
        label: { nl: "Naam van de kandidaat", en: "Name of the candidate" },
        requiredMessage: { nl: "Vul de naam van de kandidaat in.", en: "Enter the name of the candidate." },
      },
      {
        name: "assignment",
        kind: "text",
        label: { nl: "Welk werk gaat de kandidaat doen?", en: "What work will the candidate do?" },
        hint: {
          nl: "Bijvoorbeeld: projectleider nieuwe website.",
          en: "For example: project lead for the new website.",
        },
        requiredMessage: {
          nl: "Vul in welk werk de kandidaat gaat doen.",
          en: "Enter what work the candidate will do.",
        },
      },
      yesNoField("stillEmployed", {
        label: {
          nl: "Werkt de kandidaat nu nog bij onze organisatie?",
          en: "Does the candidate still work at our organisation?",
        },
        requiredMessage: {
          nl: "Kies of de kandidaat nu nog bij onze organisatie werkt.",
          en: "Choose whether the candidate still works at our organisation.",
        },
      }),
      {
        // The codes count from the end of the employment ("uit dienst", 002 L270-272; "na ontslag", 003 L457-458),
        // not from the last working day, which can be weeks earlier (leave at the end). Decision 038.
        name: "employmentEndedOn",
        kind: "date",
        range: DATE_RANGES.careerPast,
        showIf: is("stillEmployed", "no"),
        label: { nl: "Wat was de laatste dag van het dienstverband?", en: "What was the last day of the employment?" },
        hint: {
          nl: "De laatste dag dat de kandidaat bij ons in dienst was. Dat staat in het ontslagbesluit of de vaststellingsovereenkomst. Dit is niet altijd de laatste werkdag: verlof aan het einde telt mee.",
          en: "The last day the candidate was employed by us, as in the dismissal decision or settlement agreement. This is not always the last working day: leave at the end counts.",
        },
        requiredMessage: {
          nl: "Vul de laatste dag van het dienstverband van de kandidaat in.",
          en: "Enter the last day of the candidate's employment.",
        },
        invalidMessage: {
          nl: "Vul een bestaande datum in als laatste dag van het dienstverband, bijvoorbeeld 30 april 2025.",
          en: "Enter a real date as the last day of the employment, for example 30 April 2025.",
        },
        tooLateMessage: {
          nl: "De laatste dag van het dienstverband kan niet in de toekomst liggen. Werkt de kandidaat nog hier? Kies dan bij de vorige vraag Ja.",
          en: "The last day of the employment cannot be in the future. Does the candidate still work here? Then choose Yes at the previous question.",
        },
      },
      {
        // Declarations filed before decision 038 asked for the last working day. Shown (read-only in effect: it is
        // optional and no longer used) only on such a stored declaration until the new question is answered.
        name: "candidateLeftOn",
        kind: "date",
        range: DATE_RANGES.careerPast,
        optional: true,
        showIf: (raw) =>
          typeof raw.candidateLeftOn === "string" && raw.candidateLeftOn !== "" && !raw.employmentEndedOn,
        label: { nl: "Laatste werkdag (eerder gegeven antwoord)", en: "Last working day (earlier answer)" },
        hint: {
          nl: "Deze vraag stellen we niet meer. Vul hierboven de laatste dag van het dienstverband in.",
          en: "We no longer ask this question. Enter the last day of the employment above.",
        },
        requiredMessage: { nl: "Vul de laatste werkdag in.", en: "Enter the last working day." },
        invalidMessage: {
          nl: "Vul een bestaande datum in, bijvoorbeeld 1 mei 2025.",
          en: "Enter a real date, for example 1 May 2025.",
        },
      },
      {
        name: "plannedStart",
        kind: "date",
        range: DATE_RANGES.nearby,
        label: { nl: "Wanneer moet de inhuur beginnen?", en: "When should the hire start?" },
        requiredMessage: { nl: "Vul in wanneer de inhuur moet beginnen.", en: "Enter when the hire should start." },
        invalidMessage: {
          nl: "Vul een bestaande startdatum in, bijvoorbeeld 1 september 2026.",
          en: "Enter a real start date, for example 1 September 2026.",
        },
      },
      yesNoField("sameWork", {
        label: {
          nl: "Gaat de kandidaat hetzelfde werk doen als bij ons in dienst?",
          en: "Will the candidate do the same work as when employed by us?",
        },
        requiredMessage: {
          nl: "Kies of de kandidaat hetzelfde werk gaat doen.",
          en: "Choose whether the candidate will do the same work.",
        },
      }),
      yesNoField("leftWithSeverancePay", {
        showIf: is("stillEmployed", "no"),
        label: { nl: "Kreeg de kandidaat een vertrekpremie?", en: "Did the candidate receive a severance payment?" },
        hint: {
          nl: "Een vertrekpremie is geld dat iemand krijgt om te vertrekken.",
          en: "A severance payment is money someone receives for leaving.",
        },
        requiredMessage: {
          nl: "Kies of de kandidaat een vertrekpremie kreeg.",
          en: "Choose whether the candidate received a severance payment.",
        },
      }),
      yesNoField("weightyReasons", {
        label: weighty.label,
        hint: weighty.hint,
        requiredMessage: weighty.requiredMessage,
      }),
      {
        name: "weightyReasonsExplanation",
        kind: "textarea",
        showIf: is("weightyReasons", "yes"),
        label: { nl: "Leg uit waarom", en: "Explain why" },
        hint: {
          nl: "Waarom juist deze persoon? Waarom kan het niet op een andere manier?",
          en: "Why this person? Why can it not be done another way?",
        },
        requiredMessage: {
          nl: "Leg uit waarom je deze persoon toch wilt inhuren.",
          en: "Explain why you want to hire this person anyway.",
        },
      },
    ];
  },
  toRuleInput: (v) => ({
    type: "former-employee-hire",
    employmentEndedOn: v.stillEmployed === false ? (v.employmentEndedOn as string) : null,
    plannedStart: v.plannedStart as string,
    sameWork: v.sameWork === true,
    leftWithSeverancePay: v.stillEmployed === false && v.leftWithSeverancePay === true,
    weightyReasons: v.weightyReasons === true,
  }),
  summarise: (v) => ({
    title: String(v.assignment ?? ""),
    occursOn: (v.plannedStart as string | null) ?? null,
    valueCents: null,
    counterparty: (v.candidateName as string | null) ?? null,
  }),
};
