// The rule every profile starts from: an organisation may not be less strict than the Rijk code.
import { c, type RuleDefinition } from "./family";

export const GENERAL_RULES: readonly RuleDefinition[] = [
  {
    id: "profile.not-less-strict",
    title: {
      nl: "Organisaties mogen niet minder strikt zijn dan de Rijkscode",
      en: "Organisations may not be less strict than the Rijk code",
    },
    citation: [c("000", "L100-106")],
    appliesTo: [],
    profiles: ["rijk", "eerste-kamer"],
    quote: "Men mag daarbij niet minder strikt zijn dan deze gedragscode.",
  },
];
