// The shape of a policy profile (the parameters of one organisation's code of conduct) and the building blocks
// the four profiles share.
import type { LocalizedText, ProfileId } from "../types";
import { SALE_TO_EMPLOYER_POLICY, type SaleToEmployerPolicy } from "../evaluate/sale-to-employer";
import { PARTNER_TRAVEL_POLICY, type PartnerTravelPolicy } from "../evaluate/partner-travel";
import { TRAVEL_BENEFIT_POLICY, type TravelBenefitPolicy } from "../evaluate/travel-benefit";
import { SERVICE_CAR_POLICY, type ServiceCarPolicy } from "../evaluate/service-car";
import {
  TOBACCO_INDUSTRY_CONTACT_POLICY,
  type TobaccoIndustryContactPolicy,
} from "../evaluate/tobacco-industry-contact";
import { PARLIAMENT_CONTACT_POLICY, type ParliamentContactPolicy } from "../evaluate/parliament-contact";
import { EXPENSE_CLAIM_POLICY, type ExpenseClaimPolicy } from "../evaluate/expense-claim";
import {
  PRIVATE_RELATIONSHIP_POLICY,
  SUPPLIER_CONTACT_POLICY,
  type PrivateRelationshipPolicy,
  type SupplierContactPolicy,
} from "../evaluate/recusal-policy";

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
  /** The referral point a new organisation starts with (`npm run bootstrap`; the organisation may change it). */
  defaultReferralTitle: string;
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
    /** What the form asks for a hire within the period: "zwaarwegende redenen" (002 L271-272) or "hoge uitzondering" (003 L456). */
    exceptionTerm: "weighty-reasons" | "very-exceptional";
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

/** The policies of the newer declaration types, whose data lives next to each type's evaluator in lib/rules/evaluate/. */
export type TypePolicies = Pick<
  PolicyProfile,
  | "saleToEmployer"
  | "partnerTravel"
  | "travelBenefit"
  | "serviceCar"
  | "tobaccoIndustryContact"
  | "parliamentContact"
  | "expenseClaim"
  | "privateRelationship"
  | "supplierContact"
>;

export function typePolicies(id: ProfileId): TypePolicies {
  return {
    saleToEmployer: SALE_TO_EMPLOYER_POLICY[id],
    partnerTravel: PARTNER_TRAVEL_POLICY[id],
    travelBenefit: TRAVEL_BENEFIT_POLICY[id],
    serviceCar: SERVICE_CAR_POLICY[id],
    tobaccoIndustryContact: TOBACCO_INDUSTRY_CONTACT_POLICY[id],
    parliamentContact: PARLIAMENT_CONTACT_POLICY[id],
    expenseClaim: EXPENSE_CLAIM_POLICY[id],
    privateRelationship: PRIVATE_RELATIONSHIP_POLICY[id],
    supplierContact: SUPPLIER_CONTACT_POLICY[id],
  };
}

/** Who a base profile (not tightened) is: its id, version (its own base version), name and source file. */
export function codeProfile(
  id: ProfileId,
  version: string,
  label: LocalizedText,
  source: PolicyProfile["source"],
): Pick<PolicyProfile, "id" | "version" | "baseVersion" | "label" | "source"> {
  return { id, version, baseVersion: version, label, source };
}
