// The Provincie profile: Provincie Utrecht, Gedragscode ambtelijke integriteit 2020 (source 003).
import type { PolicyProfile } from "./types";
import { codeProfile, typePolicies } from "./types";

export const provincie: PolicyProfile = {
  ...codeProfile(
    "provincie",
    "provincie-utrecht-2020.1",
    {
      nl: "Provincie Utrecht (Gedragscode ambtelijke integriteit 2020)",
      en: "Province of Utrecht (code of conduct 2020)",
    },
    "003",
  ),
  topTitle: { nl: "algemeen directeur", en: "general director" },
  defaultReferralTitle: "provinciesecretaris", // 003 names none; the demo organisation's title (prisma/seed-data.ts)
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
  formerEmployeeHire: {
    coolingMonths: 24,
    strictness: "ban",
    currentStaffAsExternalException: true,
    exceptionTerm: "very-exceptional",
  }, // 003 L456-458
  exMinisterContact: { banMonths: null },
  jobMove: { coolingOffRule: false },
  ...typePolicies("provincie"),
  settings: {},
};
