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

/** A parameter whose value is one field of the profile, named by its path ("gift.alwaysHandIn"). */
function flag<S extends keyof PolicyProfile, K extends keyof PolicyProfile[S] & string>(
  p: PolicyProfile,
  section: S,
  key: K,
  nl: string,
  en: string,
): ReferenceParameter {
  return row(`${section}.${key}`, String(p[section][key]), nl, en);
}

function row(name: string, value: string, nl: string, en: string): ReferenceParameter {
  return { name, value, description: { nl, en } };
}

export function profileParameters(p: PolicyProfile): ReferenceParameter[] {
  return [
    row(
      "gift.capCents",
      `${p.gift.capCents} (${p.gift.capComparison === "at-most" ? "allowed up to and including" : "allowed only strictly below"} €${(p.gift.capCents / 100).toFixed(2)})`,
      "Waardegrens per geschenk",
      "Value limit per gift",
    ),
    flag(p, "gift", "alwaysHandIn", "Elk aangenomen geschenk inleveren", "Every accepted gift is handed in"),
    flag(p, "gift", "requiresExceptionGround", "Alleen aannemen op grond a/b/c", "Accept only on ground a/b/c"),
    flag(p, "gift", "homeAddressBan", "Geen geschenken op huisadres", "No gifts at home address"),
    flag(p, "gift", "loyaltyPointsPrivateBan", "Spaarpunten niet privé", "Loyalty points not private"),
    flag(p, "gift", "foreignRelationException", "Uitzondering buitenlandse relaties", "Foreign-relations exception"),
    flag(p, "invitation", "thirdPartyTripsBanned", "Geen door anderen betaalde reizen", "No trips paid by others"),
    row(
      "commercialActivity.decidedBy",
      String(p.commercialActivity.decidedBy ?? "no rule"),
      "Wie beslist over commerciële activiteiten",
      "Who decides on commercial activities",
    ),
    row(
      "tripExtension.maxHours",
      p.tripExtension.maxHours === null ? "no rule (manager decides)" : `${p.tripExtension.maxHours} h`,
      "Maximale privéverlenging dienstreis",
      "Maximum private trip extension",
    ),
    row("sideJob.publication", publicationText(p), "Wiens nevenwerk openbaar wordt", "Whose side jobs are published"),
    flag(
      p,
      "sideJob",
      "publishConditions",
      "Voorwaarden bij toestemming worden mee gepubliceerd",
      "Conditions of the permission are published with the side job",
    ),
    flag(p, "sideJob", "incompatibleMandates", "Kamerlidmaatschap onverenigbaar", "Parliament membership incompatible"),
    row(
      "formerEmployeeHire",
      `${p.formerEmployeeHire.strictness}${p.formerEmployeeHire.coolingMonths !== null ? `, ${p.formerEmployeeHire.coolingMonths} months` : ", no period"}`,
      "Inhuur oud-medewerkers",
      "Hiring former employees",
    ),
    row(
      "exMinisterContact.banMonths",
      p.exMinisterContact.banMonths === null ? "no rule" : `${p.exMinisterContact.banMonths} months`,
      "Lobbyverbod oud-bewindspersonen",
      "Former-minister lobbying ban",
    ),
    row(
      "privateRelationship.reportTo",
      p.privateRelationship.reportTo,
      "Privérelatie melden bij",
      "Private relationship reported to",
    ),
    row(
      "privateRelationship.measures",
      p.privateRelationship.measures.join(", "),
      "Maatregelen die de code noemt",
      "Measures the code names",
    ),
    flag(
      p,
      "privateRelationship",
      "employeeMayAskTransferOrDismissal",
      "Zelf om overplaatsing of ontslag vragen",
      "Employee may ask for a transfer or dismissal",
    ),
    row(
      "supplierContact.rule",
      p.supplierContact.rule,
      "Privécontact bij een leverancier of zakelijke relatie",
      "Private contact at a supplier or business relation",
    ),
    flag(
      p,
      "supplierContact",
      "privateDealingsReportable",
      "Privé zaken doen met een zakelijke relatie melden",
      "Private business with a work relation is reported",
    ),
    flag(
      p,
      "jobMove",
      "coolingOffRule",
      "Afkoelingsperiode bij gevoelige overstap",
      "Cooling-off for a sensitive move",
    ),
    // decision 040
    row(
      "tobaccoIndustryContact",
      p.tobaccoIndustryContact.transparencyRule
        ? `transparency${p.tobaccoIndustryContact.publishMeetingReports ? ", meeting reports published" : ""}`
        : "no rule",
      "Contact met de tabaksindustrie",
      "Contact with the tobacco industry",
    ),
    row("parliamentContact", parliamentText(p), "Contact met volksvertegenwoordigers", "Contact with elected members"),
    flag(
      p,
      "expenseClaim",
      "priorManagerPermission",
      "Declaratie: vooraf toestemming leidinggevende",
      "Expense claim: manager's permission in advance",
    ),
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
