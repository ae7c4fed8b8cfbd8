// Policy profiles: the parameters of each organisation's code of conduct, as data.
// Every number here comes from a source line; the citation sits next to it.
import { RuleInputError } from "./errors";
import type { Citation, LocalizedText, ProfileId } from "./types";
import { PROFILE_IDS } from "./types";
import { SALE_TO_EMPLOYER_POLICY, type SaleToEmployerPolicy } from "./evaluate/sale-to-employer";
import { PARTNER_TRAVEL_POLICY, type PartnerTravelPolicy } from "./evaluate/partner-travel";
import { TRAVEL_BENEFIT_POLICY, type TravelBenefitPolicy } from "./evaluate/travel-benefit";
import { SERVICE_CAR_POLICY, type ServiceCarPolicy } from "./evaluate/service-car";
import { TOBACCO_INDUSTRY_CONTACT_POLICY, type TobaccoIndustryContactPolicy } from "./evaluate/tobacco-industry-contact";
import { PARLIAMENT_CONTACT_POLICY, type ParliamentContactPolicy } from "./evaluate/parliament-contact";
import { EXPENSE_CLAIM_POLICY, type ExpenseClaimPolicy } from "./evaluate/expense-claim";
import { PRIVATE_RELATIONSHIP_POLICY, SUPPLIER_CONTACT_POLICY, type PrivateRelationshipPolicy, type SupplierContactPolicy } from "./evaluate/recusal-policy";

export type PublicationCriterion =
  | { kind: "none" }
  | { kind: "top-management-group" }
  | { kind: "top-official" }
  | { kind: "salary-scale"; minScale: number };

export interface PolicyProfile {
  /** The base profile (the organisation's code). Tightened profiles keep the base id. */
  id: ProfileId;
  /** Version of the policy, e.g. "rijk-2020.1"; tightened profiles get a derived id. */
  version: string;
  /** Base version this profile derives from (equal to `version` for base profiles). */
  baseVersion: string;
  label: LocalizedText;
  /** The source file of this organisation's code. */
  source: "000" | "001" | "002" | "003";
  /** Who the "top" is in this organisation (for referral / decider label). */
  topTitle: LocalizedText;
  /** Does the Rijk minimum framework (000 L100-106) bind this organisation? */
  boundByRijkMinimum: boolean;
  gift: {
    capCents: number;
    /** "at-most": value <= cap is allowed; "less-than": value < cap is allowed (Gemeente). */
    capComparison: "at-most" | "less-than";
    /** Every accepted gift is handed in to the manager who decides the destination. */
    alwaysHandIn: boolean;
    /** Gemeente: acceptance only on ground (a), (b) or (c) of 002 L401-407. */
    requiresExceptionGround: boolean;
    /** Gemeente: facilities and services only if refusing makes work impossible and the appearance is minimal. */
    strictServicesRule: boolean;
    homeAddressBan: boolean;
    loyaltyPointsPrivateBan: boolean;
    /** Rijk/EK: a foreign relation's gift that cannot be refused is a gift to the organisation. */
    foreignRelationException: boolean;
    /** Provincie: when politeness prevents refusal, consult the manager (003 L211-214). */
    politenessConsultation: boolean;
  };
  invitation: {
    /** Gemeente rule 3.5: no trips or stays paid by others. */
    thirdPartyTripsBanned: boolean;
    /** Gemeente rule 3.4: only if functional/representative AND the appearance of corruption is minimal. */
    strictConditions: boolean;
  };
  commercialActivity: {
    /** null: the code has no rule for speaking at commercial events within the job. */
    decidedBy: "management" | "manager" | null;
  };
  tripExtension: {
    /** null: the code sets no rule; the manager decides. */
    maxHours: number | null;
    /** True only when an organisation added the rule itself by tightening. */
    addedByOrganisation: boolean;
  };
  sideJob: {
    publication: PublicationCriterion;
    /** Extra publication threshold set by tightening (in addition to `publication`). */
    extraPublicationMinScale: number | null;
    /** Gemeente: topfunctionarissen report every intended side job. */
    topOfficialsReportAll: boolean;
    /** Rijk/EK: membership of the Eerste/Tweede Kamer or European Parliament is incompatible by law. */
    incompatibleMandates: boolean;
    /** The register publishes the conditions set with the permission (Rijk: "(met de voorwaarden)", 000 L784-787). */
    publishConditions: boolean;
  };
  financialInterest: {
    /** Provincie: report at entry or when acquiring the interest. */
    timingStated: boolean;
  };
  formerEmployeeHire: {
    /** null: the code sets no period. */
    coolingMonths: number | null;
    /** "ban": never within the period; "avoid": only for weighty reasons; "alert": be extra alert, justify. */
    strictness: "ban" | "avoid" | "alert";
    /** Provincie: current employees are hired as externals only "bij hoge uitzondering". */
    currentStaffAsExternalException: boolean;
  };
  exMinisterContact: {
    /** null: the code has no rule. */
    banMonths: number | null;
  };
  jobMove: {
    coolingOffRule: boolean;
  };
  // issue 13 group 2 (decision 039): the data lives next to each type's evaluator in lib/rules/evaluate/
  saleToEmployer: SaleToEmployerPolicy;
  partnerTravel: PartnerTravelPolicy;
  travelBenefit: TravelBenefitPolicy;
  serviceCar: ServiceCarPolicy;
  // issue 13 group 2 (decision 040): the data lives next to each type's evaluator in lib/rules/evaluate/
  tobaccoIndustryContact: TobaccoIndustryContactPolicy;
  parliamentContact: ParliamentContactPolicy;
  expenseClaim: ExpenseClaimPolicy;
  /** Decision 041: a private relationship that touches one's work, and private contacts with a supplier. */
  privateRelationship: PrivateRelationshipPolicy;
  supplierContact: SupplierContactPolicy;
  /** Settings applied by tightening (empty for base profiles). */
  settings: TighteningSettings;
}

export interface TighteningSettings {
  giftCapCents?: number;
  giftAlwaysHandIn?: boolean;
  tripExtensionMaxHours?: number;
  rehireCoolingMonths?: number;
  sideJobPublicationMinScale?: number;
}

const rijk: PolicyProfile = {
  id: "rijk",
  version: "rijk-2020.1",
  baseVersion: "rijk-2020.1",
  label: { nl: "Rijksoverheid (Gedragscode Integriteit Rijk 2020)", en: "Central government (Rijk code of conduct 2020)" },
  source: "000",
  topTitle: { nl: "Secretaris-Generaal", en: "Secretary-General" },
  boundByRijkMinimum: true,
  gift: {
    capCents: 5000, // 000 L419-421: "geen geschenken van meer dan €50,-"
    capComparison: "at-most",
    alwaysHandIn: false, // 000 L458-465: keep, return or hand in
    requiresExceptionGround: false,
    strictServicesRule: false,
    homeAddressBan: true, // 000 L429
    loyaltyPointsPrivateBan: true, // 000 L430-432, L1996-2003
    foreignRelationException: true, // 000 L454-457, L1980-1989
    politenessConsultation: false,
  },
  invitation: { thirdPartyTripsBanned: false, strictConditions: false },
  commercialActivity: { decidedBy: "management" }, // 000 L539
  tripExtension: { maxHours: 72, addedByOrganisation: false }, // 000 L2033-2035
  sideJob: {
    publication: { kind: "top-management-group" }, // 000 L784-787
    extraPublicationMinScale: null,
    topOfficialsReportAll: false,
    incompatibleMandates: true, // 000 L893-898
    publishConditions: true, // 000 L784-787 "worden (met de voorwaarden) openbaar gemaakt"
  },
  financialInterest: { timingStated: false },
  formerEmployeeHire: { coolingMonths: null, strictness: "alert", currentStaffAsExternalException: false }, // 000 L1128, L2546-2547
  exMinisterContact: { banMonths: 24 }, // 000 L980-987
  jobMove: { coolingOffRule: true }, // 000 L900-941
  saleToEmployer: SALE_TO_EMPLOYER_POLICY["rijk"],
  partnerTravel: PARTNER_TRAVEL_POLICY["rijk"],
  travelBenefit: TRAVEL_BENEFIT_POLICY["rijk"],
  serviceCar: SERVICE_CAR_POLICY["rijk"],
  tobaccoIndustryContact: TOBACCO_INDUSTRY_CONTACT_POLICY["rijk"],
  parliamentContact: PARLIAMENT_CONTACT_POLICY["rijk"],
  expenseClaim: EXPENSE_CLAIM_POLICY["rijk"],
  privateRelationship: PRIVATE_RELATIONSHIP_POLICY["rijk"],
  supplierContact: SUPPLIER_CONTACT_POLICY["rijk"],
  settings: {},
};

const eersteKamer: PolicyProfile = {
  ...rijk,
  id: "eerste-kamer",
  version: "eerste-kamer-2023.1",
  baseVersion: "eerste-kamer-2023.1",
  label: { nl: "Eerste Kamer (Gedragscode Integriteit ambtelijke organisatie, mei 2023)", en: "Senate (Eerste Kamer) code of conduct, May 2023" },
  source: "001",
  topTitle: { nl: "Griffier", en: "Clerk of the Senate (Griffier)" },
  commercialActivity: { decidedBy: "manager" }, // 001 L284 "Jouw leidinggevende bepaalt"
  privateRelationship: PRIVATE_RELATIONSHIP_POLICY["eerste-kamer"],
  supplierContact: SUPPLIER_CONTACT_POLICY["eerste-kamer"],
  // 001 L373-377: no publication bullet (decision 013)
  sideJob: { ...rijk.sideJob, publication: { kind: "none" }, publishConditions: false },
  saleToEmployer: SALE_TO_EMPLOYER_POLICY["eerste-kamer"],
  partnerTravel: PARTNER_TRAVEL_POLICY["eerste-kamer"],
  travelBenefit: TRAVEL_BENEFIT_POLICY["eerste-kamer"],
  serviceCar: SERVICE_CAR_POLICY["eerste-kamer"],
  tobaccoIndustryContact: TOBACCO_INDUSTRY_CONTACT_POLICY["eerste-kamer"],
  parliamentContact: PARLIAMENT_CONTACT_POLICY["eerste-kamer"],
  expenseClaim: EXPENSE_CLAIM_POLICY["eerste-kamer"],
};

const gemeente: PolicyProfile = {
  id: "gemeente",
  version: "gemeente-maastricht-2023.1",
  baseVersion: "gemeente-maastricht-2023.1",
  label: { nl: "Gemeente Maastricht (Gedragscode ambtelijke organisatie)", en: "Municipality of Maastricht (code of conduct)" },
  source: "002",
  topTitle: { nl: "gemeentesecretaris/algemeen directeur", en: "municipal secretary / general director" },
  boundByRijkMinimum: false,
  gift: {
    capCents: 5000, // 002 L401: "minder dan 50 euro"
    capComparison: "less-than",
    alwaysHandIn: true, // 002 L408-411
    requiresExceptionGround: true, // 002 L401-407
    strictServicesRule: true, // 002 L413-418
    homeAddressBan: false,
    loyaltyPointsPrivateBan: false,
    foreignRelationException: false,
    politenessConsultation: false,
  },
  invitation: { thirdPartyTripsBanned: true, strictConditions: true }, // 002 L420-431
  commercialActivity: { decidedBy: null },
  tripExtension: { maxHours: null, addedByOrganisation: false },
  sideJob: {
    publication: { kind: "top-official" }, // 002 L341-342
    extraPublicationMinScale: null,
    topOfficialsReportAll: true, // 002 L341
    incompatibleMandates: false,
    publishConditions: false, // 002 L341-342: "Hun nevenwerkzaamheden worden openbaar gemaakt", no conditions
  },
  financialInterest: { timingStated: false },
  formerEmployeeHire: { coolingMonths: 24, strictness: "avoid", currentStaffAsExternalException: false }, // 002 L270-272
  exMinisterContact: { banMonths: null },
  jobMove: { coolingOffRule: false },
  saleToEmployer: SALE_TO_EMPLOYER_POLICY["gemeente"],
  partnerTravel: PARTNER_TRAVEL_POLICY["gemeente"],
  travelBenefit: TRAVEL_BENEFIT_POLICY["gemeente"],
  serviceCar: SERVICE_CAR_POLICY["gemeente"],
  tobaccoIndustryContact: TOBACCO_INDUSTRY_CONTACT_POLICY["gemeente"],
  parliamentContact: PARLIAMENT_CONTACT_POLICY["gemeente"],
  expenseClaim: EXPENSE_CLAIM_POLICY["gemeente"],
  privateRelationship: PRIVATE_RELATIONSHIP_POLICY["gemeente"],
  supplierContact: SUPPLIER_CONTACT_POLICY["gemeente"],
  settings: {},
};

const provincie: PolicyProfile = {
  id: "provincie",
  version: "provincie-utrecht-2020.1",
  baseVersion: "provincie-utrecht-2020.1",
  label: { nl: "Provincie Utrecht (Gedragscode ambtelijke integriteit 2020)", en: "Province of Utrecht (code of conduct 2020)" },
  source: "003",
  topTitle: { nl: "algemeen directeur", en: "general director" },
  boundByRijkMinimum: false,
  gift: {
    capCents: 5000, // 003 L208-210: "nooit een grotere waarde ... dan €50,-"
    capComparison: "at-most",
    alwaysHandIn: false,
    requiresExceptionGround: false,
    strictServicesRule: false,
    homeAddressBan: true, // 003 L219
    loyaltyPointsPrivateBan: false, // not in 003 L216-219
    foreignRelationException: false,
    politenessConsultation: true, // 003 L211-214
  },
  invitation: { thirdPartyTripsBanned: false, strictConditions: false },
  commercialActivity: { decidedBy: "manager" }, // 003 L272-273
  tripExtension: { maxHours: null, addedByOrganisation: false },
  sideJob: {
    publication: { kind: "salary-scale", minScale: 14 }, // 003 L377-379
    extraPublicationMinScale: null,
    topOfficialsReportAll: false,
    incompatibleMandates: false,
    publishConditions: false, // 003 L377-379 names no conditions
  },
  financialInterest: { timingStated: true }, // 003 L334-336
  formerEmployeeHire: { coolingMonths: 24, strictness: "ban", currentStaffAsExternalException: true }, // 003 L456-458
  exMinisterContact: { banMonths: null },
  jobMove: { coolingOffRule: false },
  saleToEmployer: SALE_TO_EMPLOYER_POLICY["provincie"],
  partnerTravel: PARTNER_TRAVEL_POLICY["provincie"],
  travelBenefit: TRAVEL_BENEFIT_POLICY["provincie"],
  serviceCar: SERVICE_CAR_POLICY["provincie"],
  tobaccoIndustryContact: TOBACCO_INDUSTRY_CONTACT_POLICY["provincie"],
  parliamentContact: PARLIAMENT_CONTACT_POLICY["provincie"],
  expenseClaim: EXPENSE_CLAIM_POLICY["provincie"],
  privateRelationship: PRIVATE_RELATIONSHIP_POLICY["provincie"],
  supplierContact: SUPPLIER_CONTACT_POLICY["provincie"],
  settings: {},
};

export const PROFILES: Readonly<Record<ProfileId, PolicyProfile>> = Object.freeze({
  rijk,
  "eerste-kamer": eersteKamer,
  gemeente,
  provincie,
});

export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === "string" && (PROFILE_IDS as readonly string[]).includes(id);
}

export function getProfile(id: string): PolicyProfile {
  if (!isProfileId(id)) {
    throw new RuleInputError("profile", "unknown-profile", {
      nl: `Onbekend profiel "${String(id).slice(0, 40)}". Kies uit: ${PROFILE_IDS.join(", ")}.`,
      en: `Unknown profile "${String(id).slice(0, 40)}". Choose one of: ${PROFILE_IDS.join(", ")}.`,
    });
  }
  return PROFILES[id];
}

// ---------------------------------------------------------------------------------------------
// Tightening

export interface TighteningError {
  parameter: keyof TighteningSettings | string;
  message: LocalizedText;
  citation: Citation[];
}

export type TightenResult = { ok: true; profile: PolicyProfile } | { ok: false; errors: TighteningError[] };

const RIJK_MINIMUM: Citation = { file: "000", lines: "L100-106" };

/** Where each tunable parameter comes from in each organisation's code. */
const PARAMETER_SOURCE: Record<keyof TighteningSettings, Partial<Record<ProfileId, Citation>>> = {
  giftCapCents: {
    rijk: { file: "000", lines: "L419-421" },
    "eerste-kamer": { file: "001", lines: "L240" },
    gemeente: { file: "002", lines: "L400-407" },
    provincie: { file: "003", lines: "L208-210" },
  },
  giftAlwaysHandIn: { gemeente: { file: "002", lines: "L408-411" } },
  tripExtensionMaxHours: { rijk: { file: "000", lines: "L2033-2035" }, "eerste-kamer": { file: "001", lines: "L785" } },
  rehireCoolingMonths: { gemeente: { file: "002", lines: "L270-272" }, provincie: { file: "003", lines: "L456-458" } },
  sideJobPublicationMinScale: { provincie: { file: "003", lines: "L377-379" } },
};

function citationsFor(base: PolicyProfile, parameter: keyof TighteningSettings): Citation[] {
  const own = PARAMETER_SOURCE[parameter][base.id];
  const out: Citation[] = [];
  if (base.boundByRijkMinimum) out.push(RIJK_MINIMUM);
  if (own) out.push(own);
  return out;
}

function euro(cents: number): string {
  return `€${(cents / 100).toFixed(2)}`;
}

const KNOWN_SETTINGS: ReadonlyArray<keyof TighteningSettings> = [
  "giftCapCents",
  "giftAlwaysHandIn",
  "tripExtensionMaxHours",
  "rehireCoolingMonths",
  "sideJobPublicationMinScale",
];

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
}

/**
 * Apply an organisation's stricter settings to a base profile. A setting that is less strict
 * than the code is refused with the reason and the source line; 000 L100-106 forbids it for
 * Rijk organisations, and for the others the code itself is the floor (decision 013).
 */
export function tightenProfile(base: PolicyProfile, settings: unknown): TightenResult {
  const errors: TighteningError[] = [];
  const root = getProfile(base.id); // always tighten relative to the code, never to a tightened copy
  const prev = base.settings;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) {
    return {
      ok: false,
      errors: [{ parameter: "settings", message: { nl: "Instellingen moeten een object zijn.", en: "Settings must be an object." }, citation: [] }],
    };
  }
  const s = settings as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!(KNOWN_SETTINGS as readonly string[]).includes(key)) {
      errors.push({
        parameter: key,
        message: { nl: `Onbekende instelling "${key.slice(0, 40)}".`, en: `Unknown setting "${key.slice(0, 40)}".` },
        citation: [],
      });
    }
  }
  const merged: TighteningSettings = { ...prev };
  const p: PolicyProfile = structuredClone(base);

  if ("giftCapCents" in s) {
    const v = s.giftCapCents;
    const floor = Math.min(root.gift.capCents, prev.giftCapCents ?? Infinity);
    if (!isInt(v, 0, 100_000_000)) {
      errors.push({ parameter: "giftCapCents", message: { nl: "Het maximum voor geschenken moet een heel aantal centen zijn (0 of meer).", en: "The gift cap must be a whole number of cents (0 or more)." }, citation: [] });
    } else if (v > floor) {
      errors.push({
        parameter: "giftCapCents",
        message: {
          nl: `Een maximum van ${euro(v)} is minder streng dan de gedragscode (${euro(floor)}). Je mag de grens alleen verlagen.`,
          en: `A cap of ${euro(v)} is less strict than the code (${euro(floor)}). You may only lower the cap.`,
        },
        citation: citationsFor(root, "giftCapCents"),
      });
    } else {
      merged.giftCapCents = v;
      p.gift.capCents = v;
    }
  }
  if ("giftAlwaysHandIn" in s) {
    const v = s.giftAlwaysHandIn;
    if (typeof v !== "boolean") {
      errors.push({ parameter: "giftAlwaysHandIn", message: { nl: "Kies ja of nee.", en: "Must be true or false." }, citation: [] });
    } else if (!v && (root.gift.alwaysHandIn || prev.giftAlwaysHandIn === true)) {
      errors.push({
        parameter: "giftAlwaysHandIn",
        message: {
          nl: "De gedragscode zegt dat je elk geschenk inlevert. Dat kun je niet uitzetten.",
          en: "The code says every accepted gift is handed in. This cannot be switched off.",
        },
        citation: citationsFor(root, "giftAlwaysHandIn"),
      });
    } else {
      merged.giftAlwaysHandIn = v;
      p.gift.alwaysHandIn = v || root.gift.alwaysHandIn;
    }
  }
  if ("tripExtensionMaxHours" in s) {
    const v = s.tripExtensionMaxHours;
    const floor = Math.min(root.tripExtension.maxHours ?? Infinity, prev.tripExtensionMaxHours ?? Infinity);
    if (!isInt(v, 0, 24 * 365)) {
      errors.push({ parameter: "tripExtensionMaxHours", message: { nl: "Het maximum moet een heel aantal uren zijn (0 of meer).", en: "The maximum must be a whole number of hours (0 or more)." }, citation: [] });
    } else if (v > floor) {
      errors.push({
        parameter: "tripExtensionMaxHours",
        message: {
          nl: `${v} uur is langer dan de gedragscode toestaat (${floor} uur). Je mag het maximum alleen verlagen.`,
          en: `${v} hours is longer than the code allows (${floor} hours). You may only lower the maximum.`,
        },
        citation: citationsFor(root, "tripExtensionMaxHours"),
      });
    } else {
      merged.tripExtensionMaxHours = v;
      p.tripExtension = { maxHours: v, addedByOrganisation: root.tripExtension.maxHours === null };
    }
  }
  if ("rehireCoolingMonths" in s) {
    const v = s.rehireCoolingMonths;
    const floor = Math.max(root.formerEmployeeHire.coolingMonths ?? 0, prev.rehireCoolingMonths ?? 0);
    if (!isInt(v, 0, 1200)) {
      errors.push({ parameter: "rehireCoolingMonths", message: { nl: "De periode moet een heel aantal maanden zijn (0 of meer).", en: "The period must be a whole number of months (0 or more)." }, citation: [] });
    } else if (v < floor) {
      errors.push({
        parameter: "rehireCoolingMonths",
        message: {
          nl: `${v} maanden is korter dan de gedragscode (${floor} maanden). Je mag de periode alleen verlengen.`,
          en: `${v} months is shorter than the code (${floor} months). You may only lengthen the period.`,
        },
        citation: citationsFor(root, "rehireCoolingMonths"),
      });
    } else {
      merged.rehireCoolingMonths = v;
      p.formerEmployeeHire.coolingMonths = v;
      // A period added to the Rijk's "be extra alert" becomes "avoid unless weighty reasons".
      if (p.formerEmployeeHire.strictness === "alert" && v > 0) p.formerEmployeeHire.strictness = "avoid";
    }
  }
  if ("sideJobPublicationMinScale" in s) {
    const v = s.sideJobPublicationMinScale;
    const rootMin = root.sideJob.publication.kind === "salary-scale" ? root.sideJob.publication.minScale : Infinity;
    const floor = Math.min(rootMin, prev.sideJobPublicationMinScale ?? Infinity);
    if (!isInt(v, 1, 30)) {
      errors.push({ parameter: "sideJobPublicationMinScale", message: { nl: "De schaal moet een heel getal zijn van 1 tot en met 30.", en: "The scale must be a whole number from 1 to 30." }, citation: [] });
    } else if (v > floor) {
      errors.push({
        parameter: "sideJobPublicationMinScale",
        message: {
          nl: `Vanaf schaal ${v} publiceren is minder streng dan de gedragscode (vanaf schaal ${floor}). Je mag de grens alleen verlagen.`,
          en: `Publishing from scale ${v} is less strict than the code (from scale ${floor}). You may only lower the threshold.`,
        },
        citation: citationsFor(root, "sideJobPublicationMinScale"),
      });
    } else {
      merged.sideJobPublicationMinScale = v;
      p.sideJob.extraPublicationMinScale = v;
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  p.settings = merged;
  p.version = `${root.version}+${settingsSuffix(merged)}`;
  p.baseVersion = root.version;
  return { ok: true, profile: p };
}

function settingsSuffix(s: TighteningSettings): string {
  const parts: string[] = [];
  if (s.giftCapCents !== undefined) parts.push(`gift${s.giftCapCents}`);
  if (s.giftAlwaysHandIn !== undefined) parts.push(`handin${s.giftAlwaysHandIn ? 1 : 0}`);
  if (s.tripExtensionMaxHours !== undefined) parts.push(`trip${s.tripExtensionMaxHours}h`);
  if (s.rehireCoolingMonths !== undefined) parts.push(`rehire${s.rehireCoolingMonths}m`);
  if (s.sideJobPublicationMinScale !== undefined) parts.push(`pub${s.sideJobPublicationMinScale}`);
  return parts.length ? `org.${parts.join(".")}` : "org";
}

/**
 * Check that a value is a usable PolicyProfile (a base profile or the result of tightenProfile).
 * Throws RuleInputError otherwise, so a hand-made or corrupted profile never yields a verdict.
 */
export function assertProfile(p: unknown): PolicyProfile {
  if (typeof p !== "object" || p === null) {
    throw new RuleInputError("profile", "wrong-type", { nl: "Het profiel ontbreekt of is geen object.", en: "The profile is missing or not an object." });
  }
  const candidate = p as Partial<PolicyProfile>;
  const root = getProfile(String(candidate.id));
  if (candidate.version === root.version) return root;
  // A tightened profile: recompute it from its settings and require an exact match.
  const again = tightenProfile(root, candidate.settings ?? {});
  if (!again.ok || again.profile.version !== candidate.version || JSON.stringify(again.profile) !== JSON.stringify(candidate)) {
    throw new RuleInputError("profile", "invalid-value", {
      nl: "Het profiel is geen geldig (aangescherpt) profiel. Maak het met tightenProfile.",
      en: "The profile is not a valid (tightened) profile. Create it with tightenProfile.",
    });
  }
  return again.profile;
}
