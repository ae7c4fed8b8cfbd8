// All declaration forms, keyed by declaration type.
import type { DeclarationType } from "@/lib/rules";
import type { DeclarationFormDef } from "../form-model";
import { commercialActivityForm } from "./commercial-activity";
import { exMinisterContactForm } from "./ex-minister-contact";
import { financialInterestForm } from "./financial-interest";
import { formerEmployeeHireForm } from "./former-employee-hire";
import { giftForm } from "./gift";
import { invitationForm } from "./invitation";
import { jobMoveForm } from "./job-move";
import { privateRelationshipForm } from "./private-relationship";
import { supplierContactForm } from "./supplier-contact";
import { sideJobForm } from "./side-job";
import { tripExtensionForm } from "./trip-extension";
import { saleToEmployerForm } from "./sale-to-employer";
import { partnerTravelForm } from "./partner-travel";
import { travelBenefitForm } from "./travel-benefit";
import { serviceCarForm } from "./service-car";
import { tobaccoIndustryContactForm } from "./tobacco-industry-contact";
import { parliamentContactForm } from "./parliament-contact";
import { expenseClaimForm } from "./expense-claim";

export const DECLARATION_FORMS: Record<DeclarationType, DeclarationFormDef> = {
  gift: giftForm,
  invitation: invitationForm,
  "commercial-activity": commercialActivityForm,
  "trip-extension": tripExtensionForm,
  "side-job": sideJobForm,
  "financial-interest": financialInterestForm,
  "former-employee-hire": formerEmployeeHireForm,
  "ex-minister-contact": exMinisterContactForm,
  "job-move": jobMoveForm,
  // decision 039
  "sale-to-employer": saleToEmployerForm,
  "partner-travel": partnerTravelForm,
  "travel-benefit": travelBenefitForm,
  "service-car": serviceCarForm,
  // decision 040
  "tobacco-industry-contact": tobaccoIndustryContactForm,
  "parliament-contact": parliamentContactForm,
  "expense-claim": expenseClaimForm,
  "private-relationship": privateRelationshipForm,
  "supplier-contact": supplierContactForm,
};

/** The form of a declaration type, or null for an unknown type (e.g. from a URL). */
export function getDeclarationForm(type: string): DeclarationFormDef | null {
  return Object.prototype.hasOwnProperty.call(DECLARATION_FORMS, type)
    ? DECLARATION_FORMS[type as DeclarationType]
    : null;
}

export {
  commercialActivityForm,
  exMinisterContactForm,
  financialInterestForm,
  formerEmployeeHireForm,
  giftForm,
  invitationForm,
  jobMoveForm,
  privateRelationshipForm,
  supplierContactForm,
  sideJobForm,
  tripExtensionForm,
  saleToEmployerForm,
  partnerTravelForm,
  travelBenefitForm,
  serviceCarForm,
  tobaccoIndustryContactForm,
  parliamentContactForm,
  expenseClaimForm,
};
