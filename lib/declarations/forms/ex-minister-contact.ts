// Business contact with a former minister or state secretary within two years of leaving office (catalogue 4.1 M; rule D-2).
import type { DeclarationFormDef } from "../form-model";

export const exMinisterContactForm: DeclarationFormDef = {
  type: "ex-minister-contact",
  title: { nl: "Contact met een oud-bewindspersoon melden", en: "Declare contact with a former minister" },
  intro: {
    nl: "Een bewindspersoon is een minister of staatssecretaris. Heb je voor je werk contact met een oud-bewindspersoon? Meld dat hier. Tot twee jaar na het vertrek mag je geen zakelijk contact hebben over het beleid waar die persoon verantwoordelijk voor was.",
    en: "A member of government is a minister or state secretary. Do you have contact for your work with a former member of government? Declare it here. Until two years after leaving office, you may not have business contact about the policy that person was responsible for.",
  },
  fields: () => [
    {
      name: "ministerName",
      kind: "text",
      label: { nl: "Naam van de oud-bewindspersoon", en: "Name of the former minister" },
      hint: { nl: "En voor welke organisatie hij of zij nu werkt, als je dat weet.", en: "And which organisation he or she works for now, if you know." },
      requiredMessage: { nl: "Vul de naam van de oud-bewindspersoon in.", en: "Enter the name of the former minister." },
    },
    {
      name: "ministerLeftOfficeOn",
      kind: "date",
      notInFuture: true,
      label: { nl: "Wanneer is hij of zij gestopt als minister of staatssecretaris?", en: "When did he or she leave office as minister or state secretary?" },
      hint: { nl: "Weet je de precieze dag niet? Kies dan de eerste dag van de maand.", en: "Don't know the exact day? Then choose the first day of the month." },
      requiredMessage: { nl: "Vul in wanneer de oud-bewindspersoon is gestopt.", en: "Enter when the former minister left office." },
      invalidMessage: { nl: "Vul een bestaande datum in waarop de bewindspersoon stopte, bijvoorbeeld 2 juli 2024.", en: "Enter a real date on which the minister left office, for example 2 July 2024." },
      futureMessage: { nl: "Deze datum kan niet in de toekomst liggen. Is de persoon nog minister of staatssecretaris? Dan is dit geen oud-bewindspersoon.", en: "This date cannot be in the future. Is the person still a minister or state secretary? Then this is not a former minister." },
    },
    {
      name: "contactDate",
      kind: "date",
      label: { nl: "Datum van het contact", en: "Date of the contact" },
      hint: { nl: "Wanneer het contact was, of wanneer het gepland is.", en: "When the contact took place, or when it is planned." },
      requiredMessage: { nl: "Vul de datum van het contact in.", en: "Enter the date of the contact." },
      invalidMessage: { nl: "Vul een bestaande datum van het contact in, bijvoorbeeld 1 mei 2026.", en: "Enter a real date of the contact, for example 1 May 2026." },
    },
    {
      name: "subject",
      kind: "textarea",
      label: { nl: "Waar gaat het contact over?", en: "What is the contact about?" },
      requiredMessage: { nl: "Vul in waar het contact over gaat.", en: "Enter what the contact is about." },
    },
    {
      name: "formerPolicyArea",
      kind: "choice",
      label: { nl: "Gaat het over het beleid waar de oud-bewindspersoon verantwoordelijk voor was?", en: "Is it about the policy the former minister was responsible for?" },
      hint: { nl: "Bijvoorbeeld: de oud-minister van Landbouw spreekt je aan over landbouwbeleid.", en: "For example: the former minister of Agriculture talks to you about agricultural policy." },
      options: [
        { value: "yes", label: { nl: "Ja", en: "Yes" } },
        { value: "no", label: { nl: "Nee", en: "No" } },
        { value: "unsure", label: { nl: "Weet ik niet", en: "I don't know" } },
      ],
      requiredMessage: { nl: "Kies of het contact gaat over het oude beleidsterrein van de oud-bewindspersoon.", en: "Choose whether the contact concerns the former minister's former policy area." },
    },
  ],
  toRuleInput: (v) => ({
    type: "ex-minister-contact",
    ministerLeftOfficeOn: v.ministerLeftOfficeOn as string,
    contactDate: v.contactDate as string,
    formerPolicyArea: v.formerPolicyArea as "yes" | "no" | "unsure",
  }),
  summarise: (v) => ({
    title: String(v.subject ?? "").slice(0, 200),
    occursOn: (v.contactDate as string | null) ?? null,
    valueCents: null,
    counterparty: (v.ministerName as string | null) ?? null,
  }),
};
