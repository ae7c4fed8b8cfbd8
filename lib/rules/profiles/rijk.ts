// The Rijk profile: Gedragscode Integriteit Rijk 2020 (source 000).
import type { PolicyProfile } from "./types";
import { codeProfile, typePolicies } from "./types";

export const rijk: PolicyProfile = {
  ...codeProfile(
    "rijk",
    "rijk-2020.1",
    { nl: "Rijksoverheid (Gedragscode Integriteit Rijk 2020)", en: "Central government (Rijk code of conduct 2020)" },
    "000",
  ),
  topTitle: { nl: "Secretaris-Generaal", en: "Secretary-General" },
  defaultReferralTitle: "Secretaris-Generaal", // as topTitle; 000 names no referral point in these words
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
  formerEmployeeHire: {
    coolingMonths: null,
    strictness: "alert",
    currentStaffAsExternalException: false,
    exceptionTerm: "weighty-reasons",
  }, // 000 L1128, L2546-2547 (no period; a tightened period speaks of weighty reasons, as 002 L271-272)
  exMinisterContact: { banMonths: 24 }, // 000 L980-987
  jobMove: { coolingOffRule: true }, // 000 L900-941
  ...typePolicies("rijk"),
  settings: {},
};
