// Business contact with a former minister or state secretary within two years of leaving office (catalogue 4.1 M; rule D-2).
import type { DeclarationFormDef, L } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import { CONTACT_DATE_FIELD, contactSubjectField, YES_NO_UNSURE_OPTIONS } from "./fields";

const MONTHS: L[] = [
  ["januari", "January"],
  ["februari", "February"],
  ["maart", "March"],
  ["april", "April"],
  ["mei", "May"],
  ["juni", "June"],
  ["juli", "July"],
  ["augustus", "August"],
  ["september", "September"],
  ["oktober", "October"],
  ["november", "November"],
  ["december", "December"],
].map(([nl, en]) => ({ nl: nl!, en: en! }));

/**
 * This year and the five before it, newest first. A minister who left earlier than that left more than two years
 * before any contact now; choosing the oldest year then only makes the reading stricter.
 */
function recentYears(today: string): string[] {
  const y = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => String(y - i));
}

export const exMinisterContactForm: DeclarationFormDef = {
  type: "ex-minister-contact",
  title: { nl: "Contact met een oud-bewindspersoon melden", en: "Declare contact with a former minister" },
  intro: {
    nl: "Een bewindspersoon is een minister of staatssecretaris. Heb je voor je werk contact met een oud-bewindspersoon? Meld dat hier. Tot twee jaar na het vertrek mag je geen zakelijk contact hebben over het beleid waar die persoon verantwoordelijk voor was.",
    en: "A member of government is a minister or state secretary. Do you have contact for your work with a former member of government? Declare it here. Until two years after leaving office, you may not have business contact about the policy that person was responsible for.",
  },
  fields: (ctx) => [
    {
      name: "ministerName",
      kind: "text",
      label: { nl: "Naam van de oud-bewindspersoon", en: "Name of the former minister" },
      hint: {
        nl: "En voor welke organisatie hij of zij nu werkt, als je dat weet.",
        en: "And which organisation he or she works for now, if you know.",
      },
      requiredMessage: {
        nl: "Vul de naam van de oud-bewindspersoon in.",
        en: "Enter the name of the former minister.",
      },
    },
    {
      // 000 L980-987: two years after leaving office. An unknown day must not shorten the ban, so we ask for what is
      // known and the rule module counts from the latest day it can have been (decision 038).
      name: "leftOfficeKnown",
      kind: "choice",
      label: {
        nl: "Weet je wanneer hij of zij gestopt is als minister of staatssecretaris?",
        en: "Do you know when he or she left office as minister or state secretary?",
      },
      options: [
        { value: "day", label: { nl: "Ja, ik weet de precieze dag", en: "Yes, I know the exact day" } },
        {
          value: "month",
          label: { nl: "Ik weet alleen de maand en het jaar", en: "I know only the month and the year" },
        },
        { value: "year", label: { nl: "Ik weet alleen het jaar", en: "I know only the year" } },
      ],
      requiredMessage: {
        nl: "Kies wat je weet over de datum waarop de oud-bewindspersoon stopte.",
        en: "Choose what you know about the date the former minister left office.",
      },
    },
    {
      name: "ministerLeftOfficeOn",
      kind: "date",
      range: DATE_RANGES.formerMinister,
      // A stored declaration from before the question above was asked still shows its date.
      showIf: (raw) =>
        raw.leftOfficeKnown === "day" ||
        ((raw.leftOfficeKnown === undefined || raw.leftOfficeKnown === "") &&
          typeof raw.ministerLeftOfficeOn === "string" &&
          raw.ministerLeftOfficeOn !== ""),
      label: {
        nl: "Wanneer is hij of zij gestopt als minister of staatssecretaris?",
        en: "When did he or she leave office as minister or state secretary?",
      },
      hint: {
        nl: "De dag van het aftreden. Je vindt die op rijksoverheid.nl of parlement.com.",
        en: "The day of leaving office. You can find it on rijksoverheid.nl or parlement.com.",
      },
      requiredMessage: {
        nl: "Vul in wanneer de oud-bewindspersoon is gestopt.",
        en: "Enter when the former minister left office.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in waarop de bewindspersoon stopte, bijvoorbeeld 2 juli 2024.",
        en: "Enter a real date on which the minister left office, for example 2 July 2024.",
      },
      tooLateMessage: {
        nl: "Deze datum kan niet in de toekomst liggen. Is de persoon nog minister of staatssecretaris? Dan is dit geen oud-bewindspersoon.",
        en: "This date cannot be in the future. Is the person still a minister or state secretary? Then this is not a former minister.",
      },
    },
    {
      name: "leftOfficeMonth",
      kind: "choice",
      showIf: is("leftOfficeKnown", "month"),
      label: { nl: "In welke maand stopte hij of zij?", en: "In which month did he or she leave office?" },
      hint: {
        nl: "We tellen de twee jaar vanaf de laatste dag van die maand. Zo eindigt het verbod nooit te vroeg.",
        en: "We count the two years from the last day of that month, so the ban never ends too early.",
      },
      options: MONTHS.map((m, i) => ({ value: String(i + 1).padStart(2, "0"), label: m })),
      requiredMessage: {
        nl: "Kies de maand waarin de oud-bewindspersoon stopte.",
        en: "Choose the month in which the former minister left office.",
      },
    },
    {
      name: "leftOfficeYear",
      kind: "choice",
      showIf: is("leftOfficeKnown", "month", "year"),
      label: { nl: "In welk jaar stopte hij of zij?", en: "In which year did he or she leave office?" },
      hint: {
        nl: "Alleen het jaar bekend? Dan tellen we vanaf 31 december van dat jaar (of vandaag, als dat eerder is).",
        en: "Only the year known? Then we count from 31 December of that year (or today, if that is earlier).",
      },
      options: recentYears(ctx.today).map((y) => ({ value: y, label: { nl: y, en: y } })),
      requiredMessage: {
        nl: "Kies het jaar waarin de oud-bewindspersoon stopte.",
        en: "Choose the year in which the former minister left office.",
      },
    },
    CONTACT_DATE_FIELD,
    contactSubjectField(),
    {
      // 000 L983-984: "vanuit jouw ambtelijk functioneren": the ban covers contacts in your work only.
      name: "capacity",
      kind: "choice",
      label: { nl: "Heb je dit contact voor je werk of privé?", en: "Is this contact for your work or private?" },
      hint: {
        nl: "Privé is bijvoorbeeld: de oud-bewindspersoon is je buurman of zit in je sportclub, en het gaat niet over je werk.",
        en: "Private means, for example: the former minister is your neighbour or in your sports club, and it is not about your work.",
      },
      options: [
        { value: "official", label: { nl: "Voor mijn werk", en: "For my work" } },
        { value: "private", label: { nl: "Privé, niet over mijn werk", en: "Private, not about my work" } },
      ],
      requiredMessage: {
        nl: "Kies of je dit contact voor je werk of privé hebt.",
        en: "Choose whether this contact is for your work or private.",
      },
    },
    {
      name: "formerPolicyArea",
      kind: "choice",
      label: {
        nl: "Gaat het over het beleid waar de oud-bewindspersoon verantwoordelijk voor was?",
        en: "Is it about the policy the former minister was responsible for?",
      },
      hint: {
        nl: "Bijvoorbeeld: de oud-minister van Landbouw spreekt je aan over landbouwbeleid.",
        en: "For example: the former minister of Agriculture talks to you about agricultural policy.",
      },
      options: YES_NO_UNSURE_OPTIONS,
      requiredMessage: {
        nl: "Kies of het contact gaat over het oude beleidsterrein van de oud-bewindspersoon.",
        en: "Choose whether the contact concerns the former minister's former policy area.",
      },
    },
  ],
  toRuleInput: (v) => {
    // A stored declaration from before the "what do you know" question gave a day.
    const known = v.leftOfficeKnown === "month" || v.leftOfficeKnown === "year" ? v.leftOfficeKnown : "day";
    const left =
      known === "day"
        ? (v.ministerLeftOfficeOn as string)
        : known === "month"
          ? `${v.leftOfficeYear as string}-${v.leftOfficeMonth as string}-01`
          : `${v.leftOfficeYear as string}-01-01`;
    return {
      type: "ex-minister-contact",
      ministerLeftOfficeOn: left,
      leftOfficeKnown: known,
      contactDate: v.contactDate as string,
      capacity: v.capacity === "private" ? "private" : "official",
      formerPolicyArea: v.formerPolicyArea as "yes" | "no" | "unsure",
    };
  },
  ruleFieldToFormField: (ruleField, v) =>
    ruleField === "ministerLeftOfficeOn" && v.leftOfficeKnown !== "day" ? "leftOfficeYear" : undefined,
  summarise: (v) => ({
    title: String(v.subject ?? "").slice(0, 200),
    occursOn: (v.contactDate as string | null) ?? null,
    valueCents: null,
    counterparty: (v.ministerName as string | null) ?? null,
  }),
};
