// A private relationship that touches one's work (catalogue 1.12 V-1, V-2; decision 041). The form asks who the
// relation is with and whether the work touches; it asks for no name of the other person when not needed to arrange
// the recusal, and never what kind of romantic or family tie beyond the three the codes name.
import type { DeclarationFormDef } from "../form-model";
import { answerIs as is, yesNoOptions } from "../form-model";
import { explanationField, YES_NO_DOUBT_OPTIONS, yesNoField } from "./fields";

/**
 * The other party is the declarant's own manager (a colleague they depend on): the integrity officer decides.
 * Takes the parsed values (yes/no as booleans) or the stored answers (as typed: "yes"/"no").
 */
export function aboutOwnManager(v: Record<string, unknown>): boolean {
  const yes = (x: unknown) => x === true || x === "yes";
  return v.otherParty === "colleague" && yes(v.dependency) && yes(v.withOwnManager);
}

export const privateRelationshipForm: DeclarationFormDef = {
  type: "private-relationship",
  title: { nl: "Privérelatie op het werk melden", en: "Declare a private relationship at work" },
  intro: {
    nl: "Heb je een familierelatie, vriendschap of liefdesrelatie met een collega of met iemand van een organisatie waar je in je werk mee te maken hebt? Daar is op zich niets mis mee. Maar raakt het je werk, dan meld je het. Je leidinggevende gaat er discreet mee om en spreekt met je af welke zaken of mensen je niet behandelt.",
    en: "Do you have a family tie, friendship or romantic relationship with a colleague or with someone at an organisation you deal with in your work? There is nothing wrong with that in itself. But if it touches your work, you report it. Your manager handles it discreetly and agrees with you which matters or people you do not handle.",
  },
  fields: (ctx) => [
    {
      name: "relationKind",
      kind: "choice",
      label: { nl: "Wat voor relatie is het?", en: "What kind of relationship is it?" },
      options: [
        { value: "family", label: { nl: "Familie", en: "Family" } },
        { value: "friendship", label: { nl: "Vriendschap", en: "Friendship" } },
        { value: "romantic", label: { nl: "Liefdesrelatie", en: "Romantic relationship" } },
      ],
      requiredMessage: { nl: "Kies wat voor relatie het is.", en: "Choose what kind of relationship it is." },
    },
    {
      name: "otherParty",
      kind: "choice",
      label: { nl: "Met wie heb je de relatie?", en: "Who is the relationship with?" },
      options: [
        { value: "colleague", label: { nl: "Een collega", en: "A colleague" } },
        {
          value: "external-relation",
          label: {
            nl: "Iemand van een organisatie waar je in je werk mee te maken hebt",
            en: "Someone at an organisation you deal with in your work",
          },
        },
      ],
      requiredMessage: { nl: "Kies met wie je de relatie hebt.", en: "Choose who the relationship is with." },
    },
    {
      name: "otherPartyDescription",
      kind: "text",
      label: { nl: "Om wie of welke organisatie gaat het?", en: "Which person or organisation is it?" },
      hint: {
        nl: "Zoveel als je leidinggevende nodig heeft om af te spreken wat je niet behandelt. Bijvoorbeeld: een collega van team Vergunningen, of: Bouwbedrijf De Vries.",
        en: "As much as your manager needs to agree what you do not handle. For example: a colleague in the permits team, or: De Vries Construction.",
      },
      requiredMessage: {
        nl: "Vul in om wie of welke organisatie het gaat.",
        en: "Enter which person or organisation it is.",
      },
    },
    {
      name: "functionsTouch",
      kind: "choice",
      options: YES_NO_DOUBT_OPTIONS,
      label: {
        nl: "Raakt jouw werk het werk of de belangen van die persoon?",
        en: "Does your work touch that person's work or interests?",
      },
      hint: {
        nl: "Bijvoorbeeld: je werkt aan dezelfde zaken, je beslist over een aanvraag of opdracht van die persoon of organisatie, of jullie delen vertrouwelijke informatie.",
        en: "For example: you work on the same matters, you decide on an application or contract of that person or organisation, or you share confidential information.",
      },
      requiredMessage: {
        nl: "Kies of jouw werk het werk of de belangen van die persoon raakt.",
        en: "Choose whether your work touches that person's work or interests.",
      },
    },
    yesNoField("dependency", {
      showIf: is("otherParty", "colleague"),
      label: {
        nl: "Is een van jullie de leidinggevende van de ander, of beoordeelt, controleert of keurt een van jullie het werk van de ander goed?",
        en: "Is one of you the other's manager, or does one of you assess, check or approve the other's work?",
      },
      requiredMessage: {
        nl: "Kies of een van jullie het werk van de ander beoordeelt of goedkeurt.",
        en: "Choose whether one of you assesses or approves the other's work.",
      },
    }),
    yesNoField("withOwnManager", {
      showIf: (raw) => raw.otherParty === "colleague" && raw.dependency === "yes",
      label: { nl: "Is die collega jouw eigen leidinggevende?", en: "Is that colleague your own manager?" },
      hint: {
        nl: "Dan behandelt de integriteitsadviseur je melding, niet je leidinggevende.",
        en: "Then the integrity adviser handles your declaration, not your manager.",
      },
      requiredMessage: {
        nl: "Kies of die collega je eigen leidinggevende is.",
        en: "Choose whether that colleague is your own manager.",
      },
    }),
    {
      name: "riskToObjectivity",
      kind: "choice",
      options: YES_NO_DOUBT_OPTIONS,
      label: {
        nl: "Kan de relatie het lastig maken om in je werk professioneel en objectief te blijven?",
        en: "Could the relationship make it hard to stay professional and objective at work?",
      },
      hint: {
        nl: "Denk ook aan de schijn van voortrekken, of aan een relatie die misschien eindigt.",
        en: "Also think of the appearance of favouritism, or of a relationship that may end.",
      },
      requiredMessage: {
        nl: "Kies of de relatie het lastig kan maken om objectief te blijven.",
        en: "Choose whether the relationship could make it hard to stay objective.",
      },
    },
    // Only the Provincie's code says the employee may ask for this (003 L697-698).
    ...(ctx.profile.privateRelationship.employeeMayAskTransferOrDismissal
      ? [
          {
            name: "wantsTransferOrDismissal",
            kind: "yesno" as const,
            options: yesNoOptions(),
            label: {
              nl: "Wil je zelf vragen om overplaatsing of ontslag?",
              en: "Do you want to ask for a transfer or dismissal yourself?",
            },
            hint: {
              nl: "Dat kan als de relatie het voor jou lastig maakt om je werk goed te doen.",
              en: "You can if the relationship makes it hard for you to do your job well.",
            },
            requiredMessage: {
              nl: "Kies of je zelf om overplaatsing of ontslag wilt vragen.",
              en: "Choose whether you want to ask for a transfer or dismissal yourself.",
            },
          },
        ]
      : []),
    explanationField({
      nl: "Bijvoorbeeld: welke zaken je nu samen doet. Je leidinggevende gaat hier discreet mee om.",
      en: "For example: which matters you now work on together. Your manager treats this discreetly.",
    }),
  ],
  toRuleInput: (v) => ({
    type: "private-relationship",
    relationKind: v.relationKind as "family" | "friendship" | "romantic",
    otherParty: v.otherParty as "colleague" | "external-relation",
    functionsTouch: v.functionsTouch as "yes" | "no" | "doubt",
    dependency: v.otherParty === "colleague" && v.dependency === true,
    withOwnManager: aboutOwnManager(v),
    riskToObjectivity: v.riskToObjectivity as "yes" | "no" | "doubt",
    wantsTransferOrDismissal: v.wantsTransferOrDismissal === true,
  }),
  summarise: (v) => ({
    title: String(v.otherPartyDescription ?? ""),
    occursOn: null,
    valueCents: null,
    counterparty: (v.otherPartyDescription as string | null) ?? null,
  }),
};
