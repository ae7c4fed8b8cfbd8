// Private contacts with a supplier or business relation, reported in advance so that someone else handles the
// matter (catalogue 1.9 P-4; decision 041).
import type { DeclarationFormDef } from "../form-model";
import { answerIsNot as isNot } from "../form-model";
import { OTHER_OPTION, yesNoField } from "./fields";

export const supplierContactForm: DeclarationFormDef = {
  type: "supplier-contact",
  title: {
    nl: "Privécontact met een leverancier of zakelijke relatie melden",
    en: "Declare a private contact with a supplier or business relation",
  },
  intro: {
    nl: "Ken je privé iemand bij een leverancier, een inschrijver of een andere partij waar je in je werk mee te maken hebt? Meld het vooraf. Dan regelt je leidinggevende dat iemand anders de kwestie behandelt.",
    en: "Do you know someone privately at a supplier, a bidder or another party you deal with in your work? Report it in advance. Then your manager arranges for someone else to handle the matter.",
  },
  fields: (ctx) => [
    {
      name: "partyName",
      kind: "text",
      label: { nl: "Welke partij is het?", en: "Which party is it?" },
      hint: { nl: "De naam van het bedrijf of de organisatie.", en: "The name of the company or organisation." },
      requiredMessage: { nl: "Vul de naam van de partij in.", en: "Enter the name of the party." },
    },
    {
      name: "relationRole",
      kind: "choice",
      label: { nl: "Wat is die partij voor je organisatie?", en: "What is that party to your organisation?" },
      options: [
        { value: "supplier", label: { nl: "Een leverancier of opdrachtnemer", en: "A supplier or contractor" } },
        {
          value: "bidder",
          label: {
            nl: "Een partij die meedoet aan een inkoop of aanbesteding",
            en: "A party taking part in a procurement or tender",
          },
        },
        {
          value: "other-business-relation",
          label: { nl: "Een andere zakelijke relatie", en: "Another business relation" },
        },
      ],
      requiredMessage: {
        nl: "Kies wat die partij voor je organisatie is.",
        en: "Choose what that party is to your organisation.",
      },
    },
    {
      name: "contactKind",
      kind: "choice",
      label: {
        nl: "Wat voor privécontact heb je met die partij?",
        en: "What private contact do you have with that party?",
      },
      options: [
        { value: "family", label: { nl: "Er werkt familie van mij", en: "A family member of mine works there" } },
        {
          value: "friendship",
          label: { nl: "Er werkt een vriend of vriendin van mij", en: "A friend of mine works there" },
        },
        // Gemeente 002 L324-328: doing business privately with a party you deal with at work.
        ...(ctx.profile.supplierContact.privateDealingsReportable
          ? [
              {
                value: "private-business",
                label: {
                  nl: "Ik doe er privé zaken mee (ik koop of verkoop iets)",
                  en: "I do business with them privately (I buy or sell something)",
                },
              },
            ]
          : []),
        OTHER_OPTION,
      ],
      requiredMessage: { nl: "Kies wat voor privécontact je hebt.", en: "Choose what private contact you have." },
    },
    {
      name: "involvement",
      kind: "choice",
      label: {
        nl: "Wat is jouw rol in de kwestie met die partij?",
        en: "What is your part in the matter with that party?",
      },
      options: [
        { value: "handling", label: { nl: "Ik behandel of beslis erover", en: "I handle or decide it" } },
        { value: "may-handle", label: { nl: "Ik krijg er misschien mee te maken", en: "I may get involved" } },
        { value: "none", label: { nl: "Ik heb er geen rol in", en: "I have no part in it" } },
      ],
      requiredMessage: { nl: "Kies wat jouw rol in de kwestie is.", en: "Choose what your part in the matter is." },
    },
    {
      name: "matter",
      kind: "text",
      showIf: isNot("involvement", "none", ""),
      label: { nl: "Om welke kwestie gaat het?", en: "Which matter is it?" },
      hint: {
        nl: "Bijvoorbeeld: de aanbesteding schoonmaak 2026, of: het contract voor ICT-beheer.",
        en: "For example: the 2026 cleaning tender, or: the IT management contract.",
      },
      requiredMessage: { nl: "Vul in om welke kwestie het gaat.", en: "Enter which matter it is." },
    },
    yesNoField("alreadyStarted", {
      showIf: isNot("involvement", "none", ""),
      label: { nl: "Heb je al aan de kwestie gewerkt?", en: "Have you already worked on the matter?" },
      hint: {
        nl: "Dan meld je het nu meteen, en stop je tot je leidinggevende heeft geregeld wie het overneemt.",
        en: "Then report it now, and stop until your manager has arranged who takes over.",
      },
      requiredMessage: {
        nl: "Kies of je al aan de kwestie hebt gewerkt.",
        en: "Choose whether you have already worked on the matter.",
      },
    }),
    {
      name: "explanation",
      kind: "textarea",
      optional: true,
      label: { nl: "Toelichting (niet verplicht)", en: "Explanation (optional)" },
      requiredMessage: { nl: "Vul een toelichting in.", en: "Enter an explanation." },
    },
  ],
  toRuleInput: (v) => ({
    type: "supplier-contact",
    relationRole: v.relationRole as "supplier" | "bidder" | "other-business-relation",
    contactKind: v.contactKind as "family" | "friendship" | "private-business" | "other",
    involvement: v.involvement as "handling" | "may-handle" | "none",
    alreadyStarted: v.involvement !== "none" && v.alreadyStarted === true,
  }),
  summarise: (v) => ({
    title: String(v.matter ?? v.partyName ?? ""),
    occursOn: null,
    valueCents: null,
    counterparty: (v.partyName as string | null) ?? null,
  }),
};
