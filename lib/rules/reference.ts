// A structured, human-readable reference of the rules per profile, and a Markdown rendering
// (docs/rules-reference.md is generated from it by `npx tsx scripts/rules.ts reference`).
import { getProfile, PROFILES, type PolicyProfile } from "./profiles";
import { RULES, type RuleDefinition } from "./registry";
import { SIDE_JOB_QUESTIONS, type SideJobQuestion } from "./side-job-questions";
import type { Citation, DeclarationType, LocalizedText, ProfileId } from "./types";
import { DECLARATION_TYPES, PROFILE_IDS } from "./types";

export interface ReferenceParameter {
  name: string;
  value: string;
  description: LocalizedText;
}

export interface ProfileReference {
  profileId: ProfileId;
  policyVersion: string;
  label: LocalizedText;
  source: string;
  parameters: ReferenceParameter[];
  rulesByType: { type: DeclarationType; rules: RuleDefinition[] }[];
  generalRules: RuleDefinition[];
  sideJobQuestions: readonly SideJobQuestion[];
}

function publicationText(p: PolicyProfile): string {
  const c = p.sideJob.publication;
  const base =
    c.kind === "none"
      ? "none stated"
      : c.kind === "top-management-group"
        ? "topmanagementgroep"
        : c.kind === "top-official"
          ? "topfunctionarissen"
          : `salary scale >= ${c.minScale}`;
  return p.sideJob.extraPublicationMinScale !== null
    ? `${base}; also salary scale >= ${p.sideJob.extraPublicationMinScale}`
    : base;
}

function parliamentText(p: PolicyProfile): string {
  const q = p.parliamentContact;
  const parts = [
    q.priorPermission && "permission in advance",
    q.publicInformationDirect && "public information directly",
    q.factualOnly && "factual information only",
    q.ownInitiativeBanned && "not on own initiative",
    q.informGedeputeerde && "inform the gedeputeerde",
    q.discretionOnly && "discretion only, no reporting duty",
  ].filter(Boolean);
  return `${q.members.en}: ${parts.join(", ")}`;
}

export function profileParameters(p: PolicyProfile): ReferenceParameter[] {
  return [
    {
      name: "gift.capCents",
      value: `${p.gift.capCents} (${p.gift.capComparison === "at-most" ? "allowed up to and including" : "allowed only strictly below"} €${(p.gift.capCents / 100).toFixed(2)})`,
      description: { nl: "Waardegrens per geschenk", en: "Value limit per gift" },
    },
    {
      name: "gift.alwaysHandIn",
      value: String(p.gift.alwaysHandIn),
      description: { nl: "Elk aangenomen geschenk inleveren", en: "Every accepted gift is handed in" },
    },
    {
      name: "gift.requiresExceptionGround",
      value: String(p.gift.requiresExceptionGround),
      description: { nl: "Alleen aannemen op grond a/b/c", en: "Accept only on ground a/b/c" },
    },
    {
      name: "gift.homeAddressBan",
      value: String(p.gift.homeAddressBan),
      description: { nl: "Geen geschenken op huisadres", en: "No gifts at home address" },
    },
    {
      name: "gift.loyaltyPointsPrivateBan",
      value: String(p.gift.loyaltyPointsPrivateBan),
      description: { nl: "Spaarpunten niet privé", en: "Loyalty points not private" },
    },
    {
      name: "gift.foreignRelationException",
      value: String(p.gift.foreignRelationException),
      description: { nl: "Uitzondering buitenlandse relaties", en: "Foreign-relations exception" },
    },
    {
      name: "invitation.thirdPartyTripsBanned",
      value: String(p.invitation.thirdPartyTripsBanned),
      description: { nl: "Geen door anderen betaalde reizen", en: "No trips paid by others" },
    },
    {
      name: "commercialActivity.decidedBy",
      value: String(p.commercialActivity.decidedBy ?? "no rule"),
      description: { nl: "Wie beslist over commerciële activiteiten", en: "Who decides on commercial activities" },
    },
    {
      name: "tripExtension.maxHours",
      value: p.tripExtension.maxHours === null ? "no rule (manager decides)" : `${p.tripExtension.maxHours} h`,
      description: { nl: "Maximale privéverlenging dienstreis", en: "Maximum private trip extension" },
    },
    {
      name: "sideJob.publication",
      value: publicationText(p),
      description: { nl: "Wiens nevenwerk openbaar wordt", en: "Whose side jobs are published" },
    },
    {
      name: "sideJob.publishConditions",
      value: String(p.sideJob.publishConditions),
      description: {
        nl: "Voorwaarden bij toestemming worden mee gepubliceerd",
        en: "Conditions of the permission are published with the side job",
      },
    },
    {
      name: "sideJob.incompatibleMandates",
      value: String(p.sideJob.incompatibleMandates),
      description: { nl: "Kamerlidmaatschap onverenigbaar", en: "Parliament membership incompatible" },
    },
    {
      name: "formerEmployeeHire",
      value: `${p.formerEmployeeHire.strictness}${p.formerEmployeeHire.coolingMonths !== null ? `, ${p.formerEmployeeHire.coolingMonths} months` : ", no period"}`,
      description: { nl: "Inhuur oud-medewerkers", en: "Hiring former employees" },
    },
    {
      name: "exMinisterContact.banMonths",
      value: p.exMinisterContact.banMonths === null ? "no rule" : `${p.exMinisterContact.banMonths} months`,
      description: { nl: "Lobbyverbod oud-bewindspersonen", en: "Former-minister lobbying ban" },
    },
    {
      name: "privateRelationship.reportTo",
      value: p.privateRelationship.reportTo,
      description: { nl: "Privérelatie melden bij", en: "Private relationship reported to" },
    },
    {
      name: "privateRelationship.measures",
      value: p.privateRelationship.measures.join(", "),
      description: { nl: "Maatregelen die de code noemt", en: "Measures the code names" },
    },
    {
      name: "privateRelationship.employeeMayAskTransferOrDismissal",
      value: String(p.privateRelationship.employeeMayAskTransferOrDismissal),
      description: {
        nl: "Zelf om overplaatsing of ontslag vragen",
        en: "Employee may ask for a transfer or dismissal",
      },
    },
    {
      name: "supplierContact.rule",
      value: p.supplierContact.rule,
      description: {
        nl: "Privécontact bij een leverancier of zakelijke relatie",
        en: "Private contact at a supplier or business relation",
      },
    },
    {
      name: "supplierContact.privateDealingsReportable",
      value: String(p.supplierContact.privateDealingsReportable),
      description: {
        nl: "Privé zaken doen met een zakelijke relatie melden",
        en: "Private business with a work relation is reported",
      },
    },
    {
      name: "jobMove.coolingOffRule",
      value: String(p.jobMove.coolingOffRule),
      description: { nl: "Afkoelingsperiode bij gevoelige overstap", en: "Cooling-off for a sensitive move" },
    },
    // decision 040
    {
      name: "tobaccoIndustryContact",
      value: p.tobaccoIndustryContact.transparencyRule
        ? `transparency${p.tobaccoIndustryContact.publishMeetingReports ? ", meeting reports published" : ""}`
        : "no rule",
      description: { nl: "Contact met de tabaksindustrie", en: "Contact with the tobacco industry" },
    },
    {
      name: "parliamentContact",
      value: parliamentText(p),
      description: { nl: "Contact met volksvertegenwoordigers", en: "Contact with elected members" },
    },
    {
      name: "expenseClaim.priorManagerPermission",
      value: String(p.expenseClaim.priorManagerPermission),
      description: {
        nl: "Declaratie: vooraf toestemming leidinggevende",
        en: "Expense claim: manager's permission in advance",
      },
    },
  ];
}

/** The reference of a code (by profile id) or of an organisation's tightened profile (lib/rules tightenProfile). */
export function ruleReference(profileOrId: string | PolicyProfile): ProfileReference {
  const p = typeof profileOrId === "string" ? getProfile(profileOrId) : profileOrId;
  const own = RULES.filter((r) => r.profiles.includes(p.id));
  return {
    profileId: p.id,
    policyVersion: p.version,
    label: p.label,
    source: p.source,
    parameters: profileParameters(p),
    rulesByType: DECLARATION_TYPES.map((type) => ({ type, rules: own.filter((r) => r.appliesTo.includes(type)) })),
    generalRules: own.filter((r) => r.appliesTo.length === 0),
    sideJobQuestions: SIDE_JOB_QUESTIONS[p.id],
  };
}

const cite = (cs: Citation[]): string => cs.map((c) => `${c.file} ${c.lines}`).join(", ");
const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderReferenceMarkdown(profileIds: readonly ProfileId[] = PROFILE_IDS): string {
  const out: string[] = [];
  out.push("# Rules reference");
  out.push("");
  out.push("Generated by `npx tsx scripts/rules.ts reference --format md` from `lib/rules`. Do not edit by hand;");
  out.push("a unit test fails when this file differs from the generated text.");
  out.push("");
  out.push(
    "Citations are `file Lstart-end` in `/work/shared/sources` (000 Rijk, 001 Eerste Kamer, 002 Gemeente Maastricht, 003 Provincie Utrecht).",
  );
  out.push("");
  for (const id of profileIds) {
    const ref = ruleReference(id);
    out.push(`## ${ref.label.en} — \`${ref.profileId}\` (${ref.policyVersion})`);
    out.push("");
    out.push(`${ref.label.nl}. Source file ${ref.source}.`);
    out.push("");
    out.push("### Parameters");
    out.push("");
    out.push("| Parameter | Value | Meaning |");
    out.push("|---|---|---|");
    for (const prm of ref.parameters) out.push(`| \`${prm.name}\` | ${esc(prm.value)} | ${esc(prm.description.en)} |`);
    out.push("");
    if (ref.generalRules.length) {
      out.push("### General");
      out.push("");
      for (const r of ref.generalRules)
        out.push(`- \`${r.id}\` — ${r.title.en} (${cite(r.citation)}): “${esc(r.quote)}”`);
      out.push("");
    }
    for (const group of ref.rulesByType) {
      out.push(`### \`${group.type}\``);
      out.push("");
      if (group.rules.length === 0) {
        out.push("_No rule in this code._");
      } else {
        out.push("| Rule id | Rule | Source | Quote |");
        out.push("|---|---|---|---|");
        for (const r of group.rules)
          out.push(`| \`${r.id}\` | ${esc(r.title.en)} / ${esc(r.title.nl)} | ${cite(r.citation)} | ${esc(r.quote)} |`);
      }
      out.push("");
    }
    out.push("### Side-job self-assessment questions");
    out.push("");
    for (const q of ref.sideJobQuestions)
      out.push(
        `- \`${q.id}\` (${q.citation.file} ${q.citation.lines}): ${q.text.nl} / ${q.text.en}${q.prohibitedIfYes ? " — a yes means that use is not permitted (not the side job itself)" : ""}`,
      );
    out.push("");
  }
  return out.join("\n");
}

export function allProfileReferences(): ProfileReference[] {
  return (Object.keys(PROFILES) as ProfileId[]).map((id) => ruleReference(id));
}
