// Contact with the tobacco industry (issue 13 group 2, decision 040). Rijk 000 L965-979 and Eerste Kamer 001 L435,
// L441: policy may not be influenced by the tobacco industry's interests (WHO FCTC art. 5.3); where contact happens
// anyway, transparency comes first and reports of permitted meetings are published on the organisation's website.
// The Gemeente and Provincie codes have no such rule (only general lobbying advice).
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { ProfileId } from "../types";
import { calendarDate, cite as c, ruleFamily, rijkAndEersteKamer } from "./shared";

export const TobaccoIndustryContactDeclarationSchema = z.strictObject({
  type: z.literal("tobacco-industry-contact"),
  /** The day of the contact (past or planned). */
  contactDate: calendarDate,
  /**
   * meeting: a meeting (overleg) of which a report is published; call-or-message: a call, letter or e-mail;
   * declined: the industry approached you and you declined (no contact took place).
   */
  contactKind: z.enum(["meeting", "call-or-message", "declined"]),
});
export type TobaccoIndustryContactDeclaration = z.infer<typeof TobaccoIndustryContactDeclarationSchema>;

export interface TobaccoIndustryContactPolicy {
  /** The code names the tobacco industry: contact is transparent and needs to be a permitted one ("toegestaan overleg"). */
  transparencyRule: boolean;
  /** Reports of permitted meetings are made public on the organisation's website. */
  publishMeetingReports: boolean;
}

export const TOBACCO_INDUSTRY_CONTACT_POLICY: Record<ProfileId, TobaccoIndustryContactPolicy> = {
  rijk: { transparencyRule: true, publishMeetingReports: true }, // 000 L967-979
  "eerste-kamer": { transparencyRule: true, publishMeetingReports: true }, // 001 L441
  gemeente: { transparencyRule: false, publishMeetingReports: false },
  provincie: { transparencyRule: false, publishMeetingReports: false },
};

const TYPE = "tobacco-industry-contact" as const;
const INFLUENCE_RIJK =
  "Op grond van internationale afspraken mag je de vaststelling en uitvoering van overheidsbeleid niet laten beïnvloeden door de commerciële en andere gevestigde belangen van de tabaksindustrie.";

export const TOBACCO_INDUSTRY_CONTACT_RULES = [
  ...ruleFamily(
    "tobacco.transparency",
    TYPE,
    {
      nl: "Contact met de tabaksindustrie: geen invloed op beleid, transparantie voorop",
      en: "Contact with the tobacco industry: no influence on policy, transparency first",
    },
    [
      ...rijkAndEersteKamer({
        quote: `${INFLUENCE_RIJK} Als er toch contacten plaatsvinden, staat transparantie voorop.`,
        rijk: [c("000", "L945-947"), c("000", "L965-972")],
        eersteKamer: [c("001", "L435"), c("001", "L441")],
      }),
    ],
  ),
  ...ruleFamily(
    "tobacco.meeting-report-published",
    TYPE,
    {
      nl: "Verslagen van toegestaan overleg met de tabaksindustrie worden openbaar",
      en: "Reports of permitted meetings with the tobacco industry are published",
    },
    rijkAndEersteKamer({
      quote:
        "Dit betekent onder andere dat verslagen van toegestaan overleg met de tabaksindustrie openbaar worden gemaakt op de website van de betrokken overheidsorganisatie.",
      rijk: [c("000", "L972-979")],
      eersteKamer: [c("001", "L441")],
    }),
  ),
  ...ruleFamily(
    "tobacco.avoid-contact",
    TYPE,
    {
      nl: "Contact met lobbyisten soms vermijden; geweigerd contact",
      en: "Sometimes avoid contact with lobbyists; contact declined",
    },
    rijkAndEersteKamer({
      quote:
        "Soms is het algemeen belang er mee gediend om contacten met lobbyisten te vermijden. In specifieke gevallen is dat ook vastgelegd, bijvoorbeeld ten aanzien van contacten met de tabaksindustrie.",
      rijk: [c("000", "L965-968")],
      eersteKamer: [c("001", "L441")],
    }),
  ),
  ...ruleFamily(
    "tobacco.no-rule",
    TYPE,
    {
      nl: "Geen regel over de tabaksindustrie in deze gedragscode (alleen algemeen advies over lobbyisten)",
      en: "No rule on the tobacco industry in this code (only general advice on lobbyists)",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L683-686")],
        quote:
          "Je moet extra voorzichtig zijn bij onderwerpen die in het nieuws zijn, of waarvoor bij belangengroepen (lobbyisten) bijzondere belangstelling bestaat.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L410-420")],
        quote: "Overleg met je collega’s en je leidinggevende waar die situaties in jouw werk aanwezig kunnen zijn.",
      },
    ],
  ),
];

export function evaluateTobaccoIndustryContact(d: TobaccoIndustryContactDeclaration, env: Env, c: Collector): void {
  const policy = env.p.tobaccoIndustryContact;
  if (!policy.transparencyRule) {
    c.reason(
      "tobacco.no-rule",
      "no-duty",
      "Je gedragscode heeft geen aparte regel over contact met de tabaksindustrie. Wees wel open en onafhankelijk. Twijfel je? Bespreek het met je leidinggevende.",
      "Your code has no separate rule on contact with the tobacco industry. Do stay open and independent; in doubt, discuss it with your manager.",
    );
    c.voluntary = true;
    return;
  }
  if (d.contactKind === "declined") {
    c.reason(
      "tobacco.avoid-contact",
      "no-duty",
      "Je hebt het contact geweigerd. Dat past bij de gedragscode. Je hoeft niets te melden, maar je mag het vastleggen.",
      "You declined the contact, which fits the code. You need not report anything, but you may record it.",
    );
    c.voluntary = true;
    return;
  }
  const afterwards = d.contactDate < env.today;
  c.finding(
    "tobacco.transparency",
    "approval-required",
    afterwards
      ? "Het contact met de tabaksindustrie is al geweest. Je leidinggevende beoordeelt of het contact toegestaan was. Meld zulk contact voortaan vooraf."
      : "Contact met de tabaksindustrie mag alleen als het toegestaan is. Je leidinggevende beslist daarover. Het beleid mag niet beïnvloed worden door de tabaksindustrie.",
    afterwards
      ? "The contact with the tobacco industry has already taken place. Your manager judges whether it was permitted. In future, report such contact in advance."
      : "Contact with the tobacco industry is allowed only when it is permitted; your manager decides. Policy may not be influenced by the tobacco industry.",
    ["no-tobacco-influence"],
  );
  if (d.contactKind === "meeting" && policy.publishMeetingReports) {
    c.finding(
      "tobacco.meeting-report-published",
      "approval-required",
      "Is het overleg toegestaan? Dan wordt het verslag openbaar gemaakt op de website van je organisatie.",
      "If the meeting is permitted, its report is made public on your organisation's website.",
      ["tobacco-meeting-report-published"],
    );
  }
  c.route("manager");
}
