// The policy form's fields in page order: the form (its error summary) and the action read the same list.
export const POLICY_FORM_FIELDS = [
  "giftCapEuros",
  "giftAlwaysHandIn",
  "tripExtensionMaxHours",
  "rehireCoolingMonths",
  "sideJobPublicationMinScale",
  "effectiveFrom",
  "reason",
] as const;
