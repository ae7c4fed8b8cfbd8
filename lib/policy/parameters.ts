// The parameters an organisation may tighten (lib/rules tightenProfile), described for people: what each
// means, its value in the code, its value now. Pure: used by the settings page, the simulator and tests.
import { formatMoney, type Locale } from "@/lib/format";
import type { PolicyProfile, TighteningSettings } from "@/lib/rules";

export type ParameterKey = keyof TighteningSettings;

export const PARAMETER_KEYS: ParameterKey[] = [
  "giftCapCents",
  "giftAlwaysHandIn",
  "tripExtensionMaxHours",
  "rehireCoolingMonths",
  "sideJobPublicationMinScale",
];

/** The value of a parameter in a profile, in words. */
export function parameterValue(p: PolicyProfile, key: ParameterKey, locale: Locale): string {
  const nl = locale === "nl";
  switch (key) {
    case "giftCapCents":
      return `${p.gift.capComparison === "less-than" ? (nl ? "minder dan " : "less than ") : nl ? "hoogstens " : "at most "}${formatMoney(p.gift.capCents, locale)}`;
    case "giftAlwaysHandIn":
      return p.gift.alwaysHandIn ? (nl ? "ja, elk geschenk" : "yes, every gift") : nl ? "nee" : "no";
    case "tripExtensionMaxHours":
      return p.tripExtension.maxHours === null
        ? nl
          ? "geen regel (leidinggevende beslist)"
          : "no rule (the manager decides)"
        : nl
          ? `${p.tripExtension.maxHours} uur`
          : `${p.tripExtension.maxHours} hours`;
    case "rehireCoolingMonths":
      return p.formerEmployeeHire.coolingMonths === null
        ? nl
          ? "geen termijn"
          : "no period"
        : nl
          ? `${p.formerEmployeeHire.coolingMonths} maanden`
          : `${p.formerEmployeeHire.coolingMonths} months`;
    case "sideJobPublicationMinScale": {
      const c = p.sideJob.publication;
      const scales = [c.kind === "salary-scale" ? c.minScale : null, p.sideJob.extraPublicationMinScale].filter(
        (v): v is number => v !== null,
      );
      const group =
        c.kind === "top-management-group"
          ? nl
            ? "topmanagementgroep"
            : "top-management group"
          : c.kind === "top-official"
            ? nl
              ? "topfunctionarissen"
              : "top officials"
            : null;
      const parts = [
        group,
        scales.length
          ? nl
            ? `schaal ${Math.min(...scales)} en hoger`
            : `scale ${Math.min(...scales)} and higher`
          : null,
      ].filter(Boolean);
      return parts.length ? parts.join(nl ? " en " : " and ") : nl ? "niemand" : "nobody";
    }
  }
}

/** The settings as the form shows them (strings), from stored settings. */
export function settingsToForm(s: TighteningSettings): Record<ParameterKey, string> {
  return {
    giftCapCents: s.giftCapCents !== undefined ? (s.giftCapCents / 100).toFixed(2).replace(".", ",") : "",
    giftAlwaysHandIn: s.giftAlwaysHandIn ? "yes" : "",
    tripExtensionMaxHours: s.tripExtensionMaxHours !== undefined ? String(s.tripExtensionMaxHours) : "",
    rehireCoolingMonths: s.rehireCoolingMonths !== undefined ? String(s.rehireCoolingMonths) : "",
    sideJobPublicationMinScale: s.sideJobPublicationMinScale !== undefined ? String(s.sideJobPublicationMinScale) : "",
  };
}
