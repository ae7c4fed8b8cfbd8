// Contact with elected members: Kamerleden (Rijk 000 L1480-1551), Eerste Kamer members (001 L599-601), raadsleden
// (Gemeente 002 L500-502, L563-573) and members of Provinciale Staten (003 L573-584). Issue 13 group 2, decision 040.
import { z } from "zod";
import type { Collector, Env } from "./collector";
import type { LocalizedText, ProfileId } from "../types";
import { afterTheFact, calendarDate, cite as c, ruleFamily } from "./shared";

export const ParliamentContactDeclarationSchema = z.strictObject({
  type: z.literal("parliament-contact"),
  /** The day of the contact (past or planned). */
  contactDate: calendarDate,
  /** Who started it: the member asked, or you approach the member yourself. */
  initiative: z.enum(["member-asked", "own-initiative"]),
  /** Rijk: what you give. public information; non-public information; a technical briefing. "public" where not asked. */
  informationKind: z.enum(["public", "non-public", "briefing"]),
  /** You give only factual (technical) information: no personal or policy opinions. */
  factualOnly: z.boolean(),
  /** Eerste Kamer: the contact is part of your work, or you use your position for a private purpose. "work" where not asked. */
  purpose: z.enum(["work", "private"]),
});
export type ParliamentContactDeclaration = z.infer<typeof ParliamentContactDeclarationSchema>;

export interface ParliamentContactPolicy {
  /** Who the elected members are in this code. */
  members: LocalizedText;
  /** Ask permission before a contact, also for technical briefings (000 L1525-1528). */
  priorPermission: boolean;
  /** Public information may be given directly; informing the minister through the line is advised (000 L1535-1548). */
  publicInformationDirect: boolean;
  /** Only factual information, no (policy) opinions. */
  factualOnly: boolean;
  /** No information or help on your own initiative (002 L500-502). */
  ownInitiativeBanned: boolean;
  /** After an exchange, always inform the gedeputeerde (003 L583-584). */
  informGedeputeerde: boolean;
  /** Eerste Kamer: discretion about members, no private use of your position; no reporting duty (001 L601). */
  discretionOnly: boolean;
}

export const PARLIAMENT_CONTACT_POLICY: Record<ProfileId, ParliamentContactPolicy> = {
  rijk: {
    members: { nl: "Kamerleden", en: "members of parliament" },
    priorPermission: true,
    publicInformationDirect: true,
    factualOnly: true,
    ownInitiativeBanned: false,
    informGedeputeerde: false,
    discretionOnly: false,
  }, // 000 L1480-1551
  "eerste-kamer": {
    members: { nl: "Kamerleden", en: "members of the Senate" },
    priorPermission: false,
    publicInformationDirect: false,
    factualOnly: false,
    ownInitiativeBanned: false,
    informGedeputeerde: false,
    discretionOnly: true,
  }, // 001 L599-601
  gemeente: {
    members: { nl: "raadsleden", en: "council members" },
    priorPermission: false,
    publicInformationDirect: false,
    factualOnly: true,
    ownInitiativeBanned: true,
    informGedeputeerde: false,
    discretionOnly: false,
  }, // 002 L500-502, L570-573
  provincie: {
    members: { nl: "Statenleden", en: "members of the Provincial Council" },
    priorPermission: false,
    publicInformationDirect: false,
    factualOnly: true,
    ownInitiativeBanned: false,
    informGedeputeerde: true,
    discretionOnly: false,
  }, // 003 L573-584
};

const TYPE = "parliament-contact" as const;

export const PARLIAMENT_CONTACT_RULES = [
  ...ruleFamily(
    "parliament.prior-permission",
    TYPE,
    {
      nl: "Contact met Kamerleden: vraag vooraf toestemming, ook voor een briefing",
      en: "Contact with members of parliament: ask permission in advance, also for a briefing",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1495-1506"), c("000", "L1525-1528")],
        quote: "vraag vooraf toestemming, dit geldt ook voor vaktechnische briefings;",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.non-public-via-line",
    TYPE,
    {
      nl: "Niet-openbare informatie loopt via de lijn en de parlementair contactpersoon",
      en: "Non-public information goes through the line and the parliamentary contact person",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1519-1523"), c("000", "L1550-1551")],
        quote: "niet-openbare informatieverstrekking loopt via de lijn en de parlementair contactpersoon.",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.public-information",
    TYPE,
    {
      nl: "Openbare informatie mag je rechtstreeks geven; licht de bewindspersoon in",
      en: "Public information may be given directly; inform the minister",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1535-1548")],
        quote:
          "openbare informatie kun je rechtstreeks verstrekken, geadviseerd wordt om de bewindspersoon hier via de lijn en de parlementair contactpersoon over in te lichten;",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.factual-only",
    TYPE,
    {
      nl: "Alleen feitelijke informatie, geen meningen over beleid",
      en: "Factual information only, no opinions on policy",
    },
    [
      {
        profile: "rijk",
        citation: [c("000", "L1489-1493"), c("000", "L1529-1532")],
        quote:
          "verstrek alleen feitelijke informatie: uit geen persoonlijke meningen of beleidsopvattingen en leg geen verantwoording af over gevoerd beleid;",
      },
      {
        profile: "gemeente",
        citation: [c("002", "L570-573")],
        quote:
          "Gebruikelijk is wel dat raadsleden jou als ambtenaar om technische uitleg en informatie kunnen vragen. Je beperkt je dan tot het geven van die technisch inhoudelijke informatie.",
      },
      {
        profile: "provincie",
        citation: [c("003", "L580-582")],
        quote:
          "In alle gevallen beperk je je als ambtenaar tot het verstrekken van feitelijke (technische-) informatie. Beleidsopvattingen zijn voorbehouden aan de gedeputeerden.",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.no-own-initiative",
    TYPE,
    {
      nl: "Geen informatie of ambtelijke bijstand aan raadsleden op eigen initiatief",
      en: "No information or assistance to council members on your own initiative",
    },
    [
      {
        profile: "gemeente",
        citation: [c("002", "L500-502")],
        quote:
          "Je verstrekt geen informatie aan raadsleden op eigen initiatief en je verleent ook geen ambtelijke bijstand op eigen initiatief.",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.inform-gedeputeerde",
    TYPE,
    {
      nl: "Licht altijd de gedeputeerde in na contact met Statenleden",
      en: "Always inform the gedeputeerde after contact with members of the Provincial Council",
    },
    [
      {
        profile: "provincie",
        citation: [c("003", "L573-577"), c("003", "L583-584")],
        quote:
          "Het is belangrijk dat je altijd de gedeputeerde inlicht als je informatie uitgewisseld hebt met leden van provinciale staten.",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.discretion",
    TYPE,
    {
      nl: "Discreet omgaan met informatie over en van Kamerleden; politiek neutraal",
      en: "Discretion about information on and from members; political neutrality",
    },
    [
      {
        profile: "eerste-kamer",
        citation: [c("001", "L599-601")],
        quote:
          "Als Kamerambtenaar dien je discreet met deze informatie om te gaan. Het is niet toegestaan naar buiten te treden met informatie over wat Kamerleden hebben gezegd of gedaan of deze voor een ander doel te gebruiken dan waar het voor verstrekt is.",
      },
    ],
  ),
  ...ruleFamily(
    "parliament.no-private-use-of-position",
    TYPE,
    {
      nl: "Je positie bij de Kamer niet gebruiken voor privédoelen, ook niet in contact met Kamerleden",
      en: "Do not use your position for private purposes, also in contacts with members",
    },
    [
      {
        profile: "eerste-kamer",
        citation: [c("001", "L601")],
        quote:
          "Verder geldt dat je als Kamerambtenaar je positie bij de Kamer niet mag aanwenden voor privédoeleinden. Dit geldt ook voor de contacten die je hebt met Kamerleden.",
      },
    ],
  ),
];

export function evaluateParliamentContact(d: ParliamentContactDeclaration, env: Env, c: Collector): void {
  const p = env.p.parliamentContact;
  const m = p.members;
  if (p.discretionOnly) {
    if (d.purpose === "private") {
      c.reason(
        "parliament.no-private-use-of-position",
        "not-permitted",
        `Je mag je positie niet gebruiken voor privédoelen. Dat geldt ook voor je contact met ${m.nl}.`,
        `You may not use your position for private purposes. This also applies to your contact with ${m.en}.`,
      );
      c.route("manager");
    }
    c.finding(
      "parliament.discretion",
      "no-duty",
      `Je hoeft contact met ${m.nl} niet te melden. Ga wel discreet om met wat zij zeggen of doen, en blijf politiek neutraal.`,
      `You need not report contact with ${m.en}. Do be discreet about what they say or do, and stay politically neutral.`,
      ["handle-member-information-discreetly"],
    );
    c.voluntary = true;
    return;
  }
  if (p.factualOnly && !d.factualOnly) {
    c.finding(
      "parliament.factual-only",
      "not-permitted",
      `Je geeft ${m.nl} alleen feitelijke informatie. Een mening over beleid geef je niet: dat doet de bestuurder.`,
      `You give ${m.en} factual information only. You give no opinion on policy: that is for the responsible politician.`,
      ["factual-information-only"],
      "manager",
    );
  }
  if (p.ownInitiativeBanned && d.initiative === "own-initiative") {
    c.finding(
      "parliament.no-own-initiative",
      "not-permitted",
      `Je geeft ${m.nl} geen informatie en geen hulp op eigen initiatief. Alleen als een raadslid je om technische uitleg vraagt.`,
      `You give ${m.en} no information and no help on your own initiative; only when a council member asks you for a technical explanation.`,
      ["no-own-initiative-to-council"],
      "manager",
    );
  }
  if (p.priorPermission) {
    const { nl: lateNl, en: lateEn } = afterTheFact(env, d.contactDate, {
      nl: "Het contact is al geweest: vraag voortaan vooraf toestemming.",
      en: "The contact has already taken place: in future, ask for permission in advance.",
    });
    if (d.informationKind === "public" && p.publicInformationDirect) {
      c.finding(
        "parliament.public-information",
        "register",
        "Openbare informatie mag je rechtstreeks geven. Laat de minister via je leidinggevende en de parlementair contactpersoon weten wat je gaf.",
        "You may give public information directly. Let the minister know, through your manager and the parliamentary contact person, what you gave.",
        ["inform-minister-via-line"],
        "manager",
      );
    } else if (d.informationKind === "briefing") {
      c.finding(
        "parliament.prior-permission",
        "approval-required",
        `Een vaktechnische briefing geef je alleen na akkoord van de minister, in overleg met Voorlichting en de parlementair contactpersoon. Je leidinggevende vraagt dat akkoord.${lateNl}`,
        `You give a technical briefing only with the minister's approval, in consultation with Communications and the parliamentary contact person. Your manager asks for that approval.${lateEn}`,
        ["permission-before-contact"],
        "manager",
      );
    } else {
      c.finding(
        "parliament.prior-permission",
        "approval-required",
        `Vraag vooraf toestemming voor contact met ${m.nl}.${lateNl}`,
        `Ask permission in advance for contact with ${m.en}.${lateEn}`,
        ["permission-before-contact"],
      );
      c.finding(
        "parliament.non-public-via-line",
        "approval-required",
        "Niet-openbare informatie geef je alleen via je leidinggevende en de parlementair contactpersoon. De minister beslist.",
        "You give non-public information only through your manager and the parliamentary contact person. The minister decides.",
        ["inform-minister-via-line"],
        "manager",
      );
    }
    if (p.factualOnly && d.factualOnly) c.oblige("parliament.factual-only", "factual-information-only");
    return;
  }
  if (p.informGedeputeerde) {
    c.finding(
      "parliament.inform-gedeputeerde",
      "register",
      `Contact met ${m.nl} mag. Vertel de gedeputeerde altijd dat je informatie hebt uitgewisseld. Je leidinggevende krijgt deze melding ter informatie.`,
      `Contact with ${m.en} is allowed. Always tell the gedeputeerde that you exchanged information. Your manager receives this declaration for information.`,
      ["inform-gedeputeerde"],
    );
    if (d.factualOnly) c.oblige("parliament.factual-only", "factual-information-only");
    c.route("manager");
    return;
  }
  if (c.reasons.length === 0) {
    // Gemeente: a council member asked, and you give technical information only.
    c.finding(
      "parliament.factual-only",
      "no-duty",
      `${m.nl[0]!.toUpperCase()}${m.nl.slice(1)} mogen je om technische uitleg vragen. Geef dan alleen die technische informatie. Je hoeft het niet te melden, maar je mag het vastleggen.`,
      `${m.en[0]!.toUpperCase()}${m.en.slice(1)} may ask you for a technical explanation. Give only that technical information. You need not report it, but you may record it.`,
      ["factual-information-only"],
    );
    c.voluntary = true;
  }
}
