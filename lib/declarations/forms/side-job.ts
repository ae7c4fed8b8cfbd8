// Side job (nevenwerkzaamheid): current or intended, new, changed or ended (catalogue 4.1 D; rules N-*).
import type { FieldDef, DeclarationFormDef } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import { ALL_SIDE_JOB_QUESTION_IDS, SIDE_JOB_QUESTIONS } from "@/lib/rules";
import { explanationField, OTHER_OPTION, YES_NO_DOUBT_OPTIONS, yesNoField } from "./fields";
import { sideJobQuestionField } from "./side-job-field";

export { sideJobQuestionField } from "./side-job-field";

export const sideJobForm: DeclarationFormDef = {
  type: "side-job",
  title: { nl: "Nevenwerkzaamheid melden", en: "Declare a side job" },
  intro: {
    nl: "Een nevenwerkzaamheid is werk dat je naast je baan doet. Betaald of onbetaald, groot of klein. Bijvoorbeeld in een bestuur, als vrijwilliger of in je eigen bedrijf. Meld ook als je ermee stopt of als er iets verandert.",
    en: "A side job is work you do besides your job. Paid or unpaid, big or small. For example on a board, as a volunteer or in your own business. Also declare it when you stop or when something changes.",
  },
  fields: (ctx) => [
    {
      name: "status",
      kind: "choice",
      label: { nl: "Doe je dit werk al?", en: "Do you already do this work?" },
      options: [
        { value: "current", label: { nl: "Ja, ik doe het al", en: "Yes, I already do it" } },
        { value: "intended", label: { nl: "Nee, ik ben het van plan", en: "No, I am planning to" } },
      ],
      requiredMessage: {
        nl: "Kies of je het werk al doet of van plan bent.",
        en: "Choose whether you already do the work or are planning to.",
      },
    },
    {
      name: "change",
      kind: "choice",
      showIf: is("status", "current"),
      label: { nl: "Wat wil je melden?", en: "What do you want to declare?" },
      options: [
        {
          value: "new",
          label: { nl: "Ik meld dit werk voor het eerst", en: "I declare this work for the first time" },
        },
        {
          value: "changed",
          label: { nl: "Er is iets veranderd", en: "Something has changed" },
          hint: { nl: "Bijvoorbeeld meer uren of een andere rol.", en: "For example more hours or a different role." },
        },
        { value: "ended", label: { nl: "Ik ben ermee gestopt", en: "I have stopped" } },
      ],
      requiredMessage: {
        nl: "Kies of het werk nieuw is, veranderd is of gestopt is.",
        en: "Choose whether the work is new, has changed or has ended.",
      },
    },
    {
      name: "organisation",
      kind: "text",
      label: { nl: "Voor welke organisatie doe je het?", en: "Which organisation do you do it for?" },
      hint: {
        nl: "De naam, en wat voor organisatie het is. Bijvoorbeeld: Voetbalclub Sparta, sportvereniging. Werk je voor jezelf? Vul dan de naam van je bedrijf in.",
        en: "The name, and what kind of organisation it is. For example: Sparta football club, sports club. Self-employed? Then enter the name of your business.",
      },
      requiredMessage: {
        nl: "Vul in voor welke organisatie je het werk doet.",
        en: "Enter which organisation you do the work for.",
      },
    },
    {
      name: "role",
      kind: "choice",
      label: { nl: "Wat is je rol?", en: "What is your role?" },
      options: [
        {
          value: "board-member",
          label: { nl: "Bestuurslid", en: "Board member" },
          hint: {
            nl: "Bijvoorbeeld voorzitter of penningmeester van een vereniging of stichting.",
            en: "For example chair or treasurer of an association or foundation.",
          },
        },
        {
          value: "supervisory-board",
          label: {
            nl: "Lid van een raad van toezicht of raad van commissarissen",
            en: "Member of a supervisory board",
          },
          hint: {
            nl: "Je houdt toezicht op het bestuur van een organisatie.",
            en: "You supervise the management of an organisation.",
          },
        },
        { value: "employee", label: { nl: "Werknemer bij een andere werkgever", en: "Employee of another employer" } },
        { value: "own-business", label: { nl: "Eigen bedrijf of zzp", en: "Own business or self-employed" } },
        {
          value: "partner-or-shareholder",
          label: { nl: "Vennoot of aandeelhouder", en: "Partner or shareholder" },
          hint: { nl: "Je bent mede-eigenaar van een bedrijf.", en: "You are a co-owner of a business." },
        },
        { value: "volunteer", label: { nl: "Vrijwilliger", en: "Volunteer" } },
        {
          value: "writing-or-speaking",
          label: { nl: "Schrijven of spreken op persoonlijke titel", en: "Writing or speaking in a personal capacity" },
          hint: {
            nl: "Bijvoorbeeld een artikel of een lezing, niet namens je werkgever.",
            en: "For example an article or a lecture, not on behalf of your employer.",
          },
        },
        {
          value: "political-office",
          label: { nl: "Politieke functie", en: "Political office" },
          hint: {
            nl: "Bijvoorbeeld lid van de gemeenteraad, Provinciale Staten of de Tweede Kamer.",
            en: "For example member of a municipal council, provincial council or the House of Representatives.",
          },
        },
        OTHER_OPTION,
      ],
      requiredMessage: {
        nl: "Kies wat je rol is bij de organisatie.",
        en: "Choose what your role is at the organisation.",
      },
    },
    {
      name: "mandate",
      kind: "choice",
      showIf: is("role", "political-office"),
      label: {
        nl: "Ben je lid of word je lid van een van deze?",
        en: "Are you or will you become a member of one of these?",
      },
      hint: {
        nl: "Voor ambtenaren van het Rijk kan dat volgens de wet niet samen met hun baan.",
        en: "For central government civil servants, the law does not allow this together with their job.",
      },
      options: [
        { value: "none", label: { nl: "Nee, geen van deze", en: "No, none of these" } },
        { value: "eerste-kamer", label: { nl: "Eerste Kamer", en: "Senate (Eerste Kamer)" } },
        { value: "tweede-kamer", label: { nl: "Tweede Kamer", en: "House of Representatives (Tweede Kamer)" } },
        { value: "european-parliament", label: { nl: "Europees Parlement", en: "European Parliament" } },
      ],
      requiredMessage: {
        nl: "Kies of je lid bent of wordt van de Eerste Kamer, de Tweede Kamer of het Europees Parlement.",
        en: "Choose whether you are or will become a member of the Senate, the House of Representatives or the European Parliament.",
      },
    },
    {
      name: "description",
      kind: "textarea",
      label: { nl: "Wat doe je precies?", en: "What exactly do you do?" },
      hint: { nl: "Beschrijf in een paar zinnen je taken.", en: "Describe your tasks in a few sentences." },
      requiredMessage: { nl: "Beschrijf wat je precies doet.", en: "Describe what exactly you do." },
    },
    yesNoField("paid", {
      label: { nl: "Krijg je geld voor dit werk?", en: "Are you paid for this work?" },
      hint: { nl: "Een gewone onkostenvergoeding telt niet mee.", en: "A normal expense allowance does not count." },
      requiredMessage: {
        nl: "Kies of je voor dit werk betaald krijgt.",
        en: "Choose whether you are paid for this work.",
      },
    }),
    {
      name: "hoursPerMonth",
      kind: "hours",
      // Decision 051: a side job beside a job; 200 hours a month is more than a full-time job (about 160).
      hoursRange: { min: 0, max: 200 },
      label: { nl: "Hoeveel uur per maand besteed je eraan?", en: "How many hours a month do you spend on it?" },
      hint: {
        nl: "Een schatting in uren per maand is goed. Bijvoorbeeld: 8 of 2,5.",
        en: "An estimate in hours a month is fine. For example: 8 or 2.5.",
      },
      requiredMessage: {
        nl: "Vul in hoeveel uur per maand je eraan besteedt.",
        en: "Enter how many hours a month you spend on it.",
      },
    },
    {
      name: "startDate",
      kind: "date",
      range: DATE_RANGES.longRunning,
      label: { nl: "Startdatum", en: "Start date" },
      hint: { nl: "Wanneer je begon of wilt beginnen.", en: "When you started or want to start." },
      requiredMessage: {
        nl: "Vul in wanneer je met dit werk begon of wilt beginnen.",
        en: "Enter when you started or want to start this work.",
      },
      invalidMessage: {
        nl: "Vul een bestaande startdatum in, bijvoorbeeld 1 mei 2026.",
        en: "Enter a real start date, for example 1 May 2026.",
      },
    },
    {
      name: "endDate",
      kind: "date",
      range: DATE_RANGES.careerPast,
      showIf: (raw) => is("status", "current")(raw) && is("change", "ended")(raw),
      label: { nl: "Einddatum", en: "End date" },
      hint: { nl: "Wanneer je bent gestopt.", en: "When you stopped." },
      requiredMessage: { nl: "Vul in wanneer je met dit werk bent gestopt.", en: "Enter when you stopped this work." },
      invalidMessage: {
        nl: "Vul een bestaande einddatum in, bijvoorbeeld 1 mei 2026.",
        en: "Enter a real end date, for example 1 May 2026.",
      },
    },
    ...SIDE_JOB_QUESTIONS[ctx.profileId].map((q, i): FieldDef => ({
      name: sideJobQuestionField(q.id),
      kind: "choice",
      label: q.text,
      hint: i === 0 ? { nl: "Twijfel je? Kies dan Twijfel.", en: "Not sure? Then choose Not sure." } : undefined,
      options: YES_NO_DOUBT_OPTIONS,
      requiredMessage: {
        nl: `Kies Ja, Nee of Twijfel bij de vraag: ${q.text.nl}`,
        en: `Choose Yes, No or Not sure for the question: ${q.text.en}`,
      },
    })),
    explanationField({
      nl: "Bijvoorbeeld: uitleg bij een vraag waarop je Ja of Twijfel antwoordde.",
      en: "For example: an explanation of a question you answered Yes or Not sure.",
    }),
  ],
  toRuleInput: (v, ctx) => ({
    type: "side-job",
    status: v.status as "current",
    // An intended side job is always new; "changed" and "ended" are asked only for a current one.
    change: v.status === "current" ? (v.change as "new") : "new",
    paid: v.paid === true,
    role: v.role as "other",
    mandate: v.role === "political-office" ? (v.mandate as "none") : "none",
    startDate: v.startDate as string,
    endDate: v.status === "current" && v.change === "ended" ? (v.endDate as string) : null,
    answers: Object.fromEntries(
      SIDE_JOB_QUESTIONS[ctx.profileId].map((q) => [q.id, v[sideJobQuestionField(q.id)] as "yes" | "no" | "doubt"]),
    ),
  }),
  ruleFieldToFormField: Object.fromEntries(
    ALL_SIDE_JOB_QUESTION_IDS.map((id) => [`answers.${id}`, sideJobQuestionField(id)]),
  ),
  summarise: (v) => ({
    title: String(v.organisation ?? ""),
    occursOn: (v.startDate as string | null) ?? null,
    valueCents: null,
    counterparty: (v.organisation as string | null) ?? null,
  }),
};
