// The Gemeente profile: Gemeente Maastricht, Gedragscode ambtelijke organisatie 2023 (source 002).
import type { PolicyProfile } from "./types";
import { codeProfile, typePolicies } from "./types";

export const gemeente: PolicyProfile = {
  ...codeProfile(
    "gemeente",
    "gemeente-maastricht-2023.1",
    {
      nl: "Gemeente Maastricht (Gedragscode ambtelijke organisatie)",
      en: "Municipality of Maastricht (code of conduct)",
    },
    "002",
  ),
  topTitle: { nl: "gemeentesecretaris/algemeen directeur", en: "municipal secretary / general director" },
  defaultReferralTitle: "gemeentesecretaris", // 002 L812 "De gemeentesecretaris/algemeen directeur"
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
  formerEmployeeHire: {
    coolingMonths: 24,
    strictness: "avoid",
    currentStaffAsExternalException: false,
    exceptionTerm: "weighty-reasons",
  }, // 002 L270-272
  exMinisterContact: { banMonths: null },
  jobMove: { coolingOffRule: false },
  ...typePolicies("gemeente"),
  settings: {},
};
