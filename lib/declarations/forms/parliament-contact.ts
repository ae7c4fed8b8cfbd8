// Contact with elected members: Kamerleden (Rijk), members of the Eerste Kamer, raadsleden (Gemeente), Statenleden
// (Provincie). Issue 13 group 2, decision 040. Each question shows only where the organisation's code asks it.
import type { DeclarationFormDef } from "../form-model";
import { CONTACT_DATE_FIELD, contactSubjectField, yesNoField } from "./fields";

export const parliamentContactForm: DeclarationFormDef = {
  type: "parliament-contact",
  title: { nl: "Contact met een volksvertegenwoordiger melden", en: "Declare contact with an elected member" },
  intro: {
    nl: "Een volksvertegenwoordiger is bijvoorbeeld een Kamerlid, raadslid of Statenlid. Contact voor je werk mag, maar er zijn regels. Hier lees je wat jouw gedragscode vraagt.",
    en: "An elected member is for example a member of parliament, a council member or a member of the Provincial Council. Contact for your work is allowed, but there are rules. Here you read what your code asks.",
  },
  fields: (ctx) => {
    const p = ctx.profile.parliamentContact;
    const m = p.members;
    return [
      {
        name: "memberName",
        kind: "text",
        label: {
          nl: `Naam van het ${m.nl === "raadsleden" ? "raadslid" : m.nl === "Statenleden" ? "Statenlid" : "Kamerlid"}`,
          en: `Name of the ${m.en.replace(/^members of /, "member of ").replace(/^council members$/, "council member")}`,
        },
        hint: { nl: "En de partij of fractie, als je die weet.", en: "And the party or group, if you know it." },
        requiredMessage: {
          nl: "Vul de naam in van de volksvertegenwoordiger.",
          en: "Enter the name of the elected member.",
        },
      },
      CONTACT_DATE_FIELD,
      {
        // 002 L500-502: no information or help on your own initiative.
        name: "initiative",
        kind: "choice",
        showIf: () => p.ownInitiativeBanned,
        label: { nl: "Wie begon het contact?", en: "Who started the contact?" },
        options: [
          {
            value: "member-asked",
            label: {
              nl: `Het ${m.nl === "raadsleden" ? "raadslid" : "Kamerlid"} vroeg mij om uitleg of informatie`,
              en: "The member asked me for an explanation or information",
            },
          },
          {
            value: "own-initiative",
            label: { nl: "Ik wil zelf informatie of hulp geven", en: "I want to give information or help myself" },
          },
        ],
        requiredMessage: { nl: "Kies wie het contact begon.", en: "Choose who started the contact." },
      },
      {
        // 000 L1500-1551: public information, non-public information, a technical briefing.
        name: "informationKind",
        kind: "choice",
        showIf: () => p.priorPermission,
        label: { nl: "Wat voor informatie geef je?", en: "What kind of information do you give?" },
        options: [
          {
            value: "public",
            label: { nl: "Informatie die al openbaar is", en: "Information that is already public" },
            hint: {
              nl: "Bijvoorbeeld iets uit een openbaar rapport of van de website.",
              en: "For example something from a public report or the website.",
            },
          },
          {
            value: "non-public",
            label: { nl: "Informatie die nog niet openbaar is", en: "Information that is not yet public" },
          },
          {
            value: "briefing",
            label: { nl: "Een vaktechnische briefing", en: "A technical briefing" },
            hint: {
              nl: "Je geeft achtergrondinformatie over je vakgebied, bijvoorbeeld aan een commissie.",
              en: "You give background information on your field, for example to a committee.",
            },
          },
        ],
        requiredMessage: { nl: "Kies wat voor informatie je geeft.", en: "Choose what kind of information you give." },
      },
      yesNoField("factualOnly", {
        showIf: () => p.factualOnly,
        label: { nl: "Geef je alleen feitelijke informatie?", en: "Do you give only factual information?" },
        hint: {
          nl: "Feitelijk is: cijfers, uitleg over hoe iets werkt, wat er besloten is. Niet feitelijk is: jouw mening over het beleid.",
          en: "Factual means: figures, an explanation of how something works, what was decided. Not factual: your opinion on the policy.",
        },
        requiredMessage: {
          nl: "Kies of je alleen feitelijke informatie geeft.",
          en: "Choose whether you give only factual information.",
        },
      }),
      {
        // 001 L601: no private use of your position, also in contacts with members.
        name: "purpose",
        kind: "choice",
        showIf: () => p.discretionOnly,
        label: { nl: "Waarvoor is het contact?", en: "What is the contact for?" },
        options: [
          {
            value: "work",
            label: { nl: "Voor mijn werk: ik ondersteun het Kamerlid", en: "For my work: I support the member" },
          },
          {
            value: "private",
            label: {
              nl: "Voor iets privé, bijvoorbeeld een gunst voor mezelf of een bekende",
              en: "For something private, for example a favour for myself or someone I know",
            },
          },
        ],
        requiredMessage: { nl: "Kies waarvoor het contact is.", en: "Choose what the contact is for." },
      },
      contactSubjectField({
        nl: "Kort: welke vraag of welk onderwerp. Deze tekst blijft vertrouwelijk.",
        en: "Briefly: which question or subject. This text stays confidential.",
      }),
    ];
  },
  toRuleInput: (v) => ({
    type: "parliament-contact",
    contactDate: v.contactDate as string,
    initiative: v.initiative === "own-initiative" ? "own-initiative" : "member-asked",
    informationKind:
      v.informationKind === "non-public" || v.informationKind === "briefing" ? v.informationKind : "public",
    // Not asked where the code has no "factual only" rule (Eerste Kamer): then nothing to check.
    factualOnly: v.factualOnly !== false,
    purpose: v.purpose === "private" ? "private" : "work",
  }),
  summarise: (v) => ({
    title: String(v.subject ?? "").slice(0, 200),
    occursOn: (v.contactDate as string | null) ?? null,
    valueCents: null,
    counterparty: (v.memberName as string | null) ?? null,
  }),
};
