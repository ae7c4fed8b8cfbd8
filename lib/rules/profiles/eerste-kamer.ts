// The Eerste Kamer profile (source 001): the Rijk profile with the Senate's own differences.
import type { PolicyProfile } from "./types";
import { codeProfile, typePolicies } from "./types";
import { rijk } from "./rijk";

export const eersteKamer: PolicyProfile = {
  ...rijk,
  ...codeProfile(
    "eerste-kamer",
    "eerste-kamer-2023.1",
    {
      nl: "Eerste Kamer (Gedragscode Integriteit ambtelijke organisatie, mei 2023)",
      en: "Senate (Eerste Kamer) code of conduct, May 2023",
    },
    "001",
  ),
  topTitle: { nl: "Griffier", en: "Clerk of the Senate (Griffier)" },
  defaultReferralTitle: "Griffier", // 001 L443 "dan verwijst je door naar de Griffier"
  commercialActivity: { decidedBy: "manager" }, // 001 L284 "Jouw leidinggevende bepaalt"
  ...typePolicies("eerste-kamer"),
  // 001 L373-377: no publication bullet (decision 013)
  sideJob: { ...rijk.sideJob, publication: { kind: "none" }, publishConditions: false },
};
