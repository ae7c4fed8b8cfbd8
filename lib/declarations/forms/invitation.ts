// Invitation, hospitality or event, including trips and stays paid by others (catalogue 4.1 B; rules I-1 to I-4).
import type { DeclarationFormDef, RawValues } from "../form-model";
import { DATE_RANGES } from "../date-ranges";
import { answerIs as is } from "../form-model";
import { explanationField, OTHER_OPTION, REAL_DATE_MESSAGE, yesNoField } from "./fields";

/** Costs that make it "a trip or stay paid by others" (I-4). */
const TRAVEL_OR_STAY = ["travel", "stay"];

/** The answers so far describe a trip or stay paid by others (what the rule module calls it, lib/rules evaluate). */
function paysTravelOrStay(raw: RawValues): boolean {
  const paid = raw.paidByOthers;
  const list = Array.isArray(paid) ? paid : typeof paid === "string" ? [paid] : [];
  return raw.eventKind === "trip" || list.some((p) => TRAVEL_OR_STAY.includes(p));
}

export const invitationForm: DeclarationFormDef = {
  type: "invitation",
  title: { nl: "Uitnodiging of evenement melden", en: "Declare an invitation or event" },
  intro: {
    nl: "Meld een uitnodiging voor een lunch, diner, receptie, evenement of reis die een ander betaalt. Meld het liefst voordat je gaat. Je leidinggevende bespreekt dan met jou of je kunt gaan.",
    en: "Declare an invitation to a lunch, dinner, reception, event or trip that someone else pays for. Preferably declare it before you go. Your manager then discusses with you whether you can go.",
  },
  fields: () => [
    {
      name: "eventKind",
      kind: "choice",
      label: { nl: "Waarvoor ben je uitgenodigd?", en: "What are you invited to?" },
      options: [
        { value: "lunch", label: { nl: "Een lunch", en: "A lunch" } },
        { value: "dinner", label: { nl: "Een diner", en: "A dinner" } },
        { value: "reception", label: { nl: "Een receptie of borrel", en: "A reception or drinks" } },
        { value: "excursion", label: { nl: "Een excursie of rondleiding", en: "An excursion or guided tour" } },
        {
          value: "event",
          label: { nl: "Een evenement, zoals een opening of een feest", en: "An event, such as an opening or a party" },
        },
        {
          value: "congress",
          label: { nl: "Een congres, seminar of symposium", en: "A congress, seminar or symposium" },
        },
        {
          value: "sports-vip",
          label: { nl: "Een sportwedstrijd in een VIP-ruimte", en: "A sports match in a VIP area" },
          hint: { nl: "Bijvoorbeeld een skybox of business-seats.", en: "For example a skybox or business seats." },
        },
        { value: "performance", label: { nl: "Een voorstelling of concert", en: "A show or concert" } },
        {
          value: "trip",
          label: { nl: "Een reis of verblijf", en: "A trip or stay" },
          hint: { nl: "In Nederland of in het buitenland.", en: "In the Netherlands or abroad." },
        },
        OTHER_OPTION,
      ],
      requiredMessage: { nl: "Kies waarvoor je bent uitgenodigd.", en: "Choose what you are invited to." },
    },
    {
      name: "description",
      kind: "text",
      label: { nl: "Omschrijving", en: "Description" },
      hint: {
        nl: "Bijvoorbeeld: nieuwjaarsdiner van een branchevereniging, of een studiereis naar Brussel.",
        en: "For example: new year's dinner of a trade association, or a study trip to Brussels.",
      },
      requiredMessage: { nl: "Vul in wat voor uitnodiging het is.", en: "Enter what kind of invitation it is." },
    },
    {
      name: "host",
      kind: "text",
      label: { nl: "Wie nodigt je uit?", en: "Who is inviting you?" },
      hint: {
        nl: "De naam van de persoon en de organisatie. En wat de organisatie met je werk te maken heeft.",
        en: "The name of the person and the organisation. And how the organisation relates to your work.",
      },
      requiredMessage: { nl: "Vul in wie je uitnodigt.", en: "Enter who is inviting you." },
    },
    {
      name: "location",
      kind: "text",
      label: { nl: "Waar is het?", en: "Where is it?" },
      hint: {
        nl: "De plaats. Is het in het buitenland? Vul dan ook het land in.",
        en: "The place. Is it abroad? Then also enter the country.",
      },
      requiredMessage: { nl: "Vul in waar het is.", en: "Enter where it is." },
    },
    {
      name: "startDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      label: { nl: "Datum", en: "Date" },
      hint: {
        nl: "De dag van het evenement. Duurt het langer? Dan de eerste dag.",
        en: "The day of the event. Does it last longer? Then the first day.",
      },
      requiredMessage: { nl: "Vul de datum van het evenement in.", en: "Enter the date of the event." },
      invalidMessage: REAL_DATE_MESSAGE,
    },
    yesNoField("multiDay", {
      label: { nl: "Duurt het langer dan één dag?", en: "Does it last longer than one day?" },
      requiredMessage: {
        nl: "Kies of het langer dan één dag duurt.",
        en: "Choose whether it lasts longer than one day.",
      },
    }),
    {
      name: "endDate",
      kind: "date",
      range: DATE_RANGES.nearby,
      showIf: is("multiDay", "yes"),
      label: { nl: "Laatste dag", en: "Last day" },
      requiredMessage: {
        nl: "Vul de laatste dag van het evenement of de reis in.",
        en: "Enter the last day of the event or trip.",
      },
      invalidMessage: {
        nl: "Vul een bestaande datum in als laatste dag, bijvoorbeeld 3 mei 2026.",
        en: "Enter a real date as the last day, for example 3 May 2026.",
      },
    },
    {
      name: "paidByOthers",
      kind: "multi",
      label: {
        nl: "Wat betaalt de gastheer of een ander voor jou? (kies wat past)",
        en: "What does the host or someone else pay for you? (choose what fits)",
      },
      options: [
        { value: "entry", label: { nl: "Toegang of kaartje", en: "Entry or ticket" } },
        { value: "food", label: { nl: "Eten en drinken", en: "Food and drink" } },
        { value: "travel", label: { nl: "Reiskosten", en: "Travel costs" } },
        { value: "stay", label: { nl: "Hotel of overnachting", en: "Hotel or overnight stay" } },
        OTHER_OPTION,
      ],
      requiredMessage: {
        nl: "Kies wat de gastheer of een ander voor jou betaalt.",
        en: "Choose what the host or someone else pays for you.",
      },
    },
    yesNoField("tripNecessaryForWork", {
      // Gemeente 002 L428-431: a visit paid by others is not accepted, unless the manager judges it necessary for the
      // job; then it is work and the municipality pays. The employee's view decides only where it goes.
      showIf: (raw, ctx) => ctx.profile.invitation.thirdPartyTripsBanned && paysTravelOrStay(raw),
      label: { nl: "Is het bezoek nodig voor je werk?", en: "Is the visit necessary for your work?" },
      hint: {
        nl: "Je leidinggevende beslist of het nodig is. Is het nodig? Dan is het werk en betaalt de gemeente de reis en het verblijf, niet de gastheer.",
        en: "Your manager decides whether it is necessary. If it is, it is work and the municipality pays the travel and stay, not the host.",
      },
      requiredMessage: {
        nl: "Kies of het bezoek nodig is voor je werk.",
        en: "Choose whether the visit is necessary for your work.",
      },
    }),
    {
      name: "estimatedValue",
      kind: "money",
      label: { nl: "Geschatte waarde voor jou in euro", en: "Estimated value for you in euros" },
      hint: {
        nl: "Wat het zou kosten als je alles zelf betaalt. Tel kaartje, eten, reis en hotel bij elkaar op. Bijvoorbeeld 85,00.",
        en: "What it would cost if you paid for everything yourself. Add up ticket, food, travel and hotel. For example 85.00.",
      },
      requiredMessage: {
        nl: "Vul de geschatte waarde van de uitnodiging in euro in, bijvoorbeeld 85,00.",
        en: "Enter the estimated value of the invitation in euros, for example 85.00.",
      },
      invalidMessage: {
        nl: "Vul de waarde in als bedrag in euro, bijvoorbeeld 85,00.",
        en: "Enter the value as an amount in euros, for example 85.00.",
      },
    },
    {
      name: "purpose",
      kind: "textarea",
      label: { nl: "Waarom is het nuttig voor je werk?", en: "Why is it useful for your work?" },
      hint: {
        nl: "Bijvoorbeeld: je houdt er een toespraak, of je vertegenwoordigt de organisatie.",
        en: "For example: you give a speech there, or you represent the organisation.",
      },
      requiredMessage: { nl: "Vul in waarom het nuttig is voor je werk.", en: "Enter why it is useful for your work." },
    },
    yesNoField("functionalOrRepresentative", {
      label: {
        nl: "Ga je erheen voor je werk of om de organisatie te vertegenwoordigen?",
        en: "Do you go for your work or to represent the organisation?",
      },
      hint: {
        nl: "Vertegenwoordigen betekent: je bent er namens de organisatie. Bijvoorbeeld bij een officiële opening.",
        en: "Representing means: you are there on behalf of the organisation. For example at an official opening.",
      },
      requiredMessage: {
        nl: "Kies of je erheen gaat voor je werk of om de organisatie te vertegenwoordigen.",
        en: "Choose whether you go for your work or to represent the organisation.",
      },
    }),
    yesNoField("appearanceOfCorruptionMinimal", {
      label: {
        nl: "Is de kans klein dat het lijkt alsof de gastheer je wil omkopen?",
        en: "Is it unlikely to look as if the host wants to bribe you?",
      },
      hint: {
        nl: "Denk aan hoe het eruitziet voor anderen. Een duur uitje van een bedrijf dat iets van jou wil, ziet er niet goed uit.",
        en: "Think of how it looks to others. An expensive outing from a company that wants something from you does not look good.",
      },
      requiredMessage: {
        nl: "Kies of de kans klein is dat het lijkt op omkoping.",
        en: "Choose whether it is unlikely to look like bribery.",
      },
    }),
    yesNoField("hostInProcurementOrAwaitingDecision", {
      label: {
        nl: "Doet de gastheer mee aan een aanbesteding, of wacht hij op een besluit van jou of je afdeling?",
        en: "Is the host taking part in a procurement, or waiting for a decision by you or your unit?",
      },
      hint: {
        nl: "Een aanbesteding is een wedstrijd tussen bedrijven om een opdracht van de overheid te krijgen.",
        en: "A procurement is a competition between companies to win a government contract.",
      },
      requiredMessage: {
        nl: "Kies of de gastheer meedoet aan een aanbesteding of wacht op een besluit.",
        en: "Choose whether the host takes part in a procurement or awaits a decision.",
      },
    }),
    explanationField({
      nl: "Bijvoorbeeld: welke kosten je zelf betaalt, of wie er nog meer gaat.",
      en: "For example: which costs you pay yourself, or who else is going.",
    }),
  ],
  toRuleInput: (v) => {
    const paid = (v.paidByOthers as string[] | undefined) ?? [];
    return {
      type: "invitation",
      eventKind: v.eventKind as "dinner",
      startDate: v.startDate as string,
      endDate: (v.multiDay === true ? v.endDate : v.startDate) as string,
      estimatedValueCents: v.estimatedValue as number,
      hostInProcurementOrAwaitingDecision: v.hostInProcurementOrAwaitingDecision === true,
      functionalOrRepresentative: v.functionalOrRepresentative === true,
      appearanceOfCorruptionMinimal: v.appearanceOfCorruptionMinimal === true,
      othersPayTravelOrStay: paid.some((p) => TRAVEL_OR_STAY.includes(p)),
      tripNecessaryForWork: v.tripNecessaryForWork === true,
    };
  },
  ruleFieldToFormField: { estimatedValueCents: "estimatedValue" },
  summarise: (v) => ({
    title: String(v.description ?? ""),
    occursOn: (v.startDate as string | null) ?? null,
    valueCents: (v.estimatedValue as number | null) ?? null,
    counterparty: (v.host as string | null) ?? null,
  }),
};
