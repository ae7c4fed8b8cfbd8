// Tightening: an organisation may make its code's parameters stricter (never looser); the result is a derived
// profile whose version names its settings.
import type { Citation, LocalizedText, ProfileId } from "../types";
import { getProfile } from "./base";
import type { PolicyProfile, TighteningSettings } from "./types";

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
      errors: [
        {
          parameter: "settings",
          message: { nl: "Instellingen moeten een object zijn.", en: "Settings must be an object." },
          citation: [],
        },
      ],
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
      errors.push({
        parameter: "giftCapCents",
        message: {
          nl: "Het maximum voor geschenken moet een heel aantal centen zijn (0 of meer).",
          en: "The gift cap must be a whole number of cents (0 or more).",
        },
        citation: [],
      });
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
      errors.push({
        parameter: "giftAlwaysHandIn",
        message: { nl: "Kies ja of nee.", en: "Must be true or false." },
        citation: [],
      });
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
      errors.push({
        parameter: "tripExtensionMaxHours",
        message: {
          nl: "Het maximum moet een heel aantal uren zijn (0 of meer).",
          en: "The maximum must be a whole number of hours (0 or more).",
        },
        citation: [],
      });
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
      errors.push({
        parameter: "rehireCoolingMonths",
        message: {
          nl: "De periode moet een heel aantal maanden zijn (0 of meer).",
          en: "The period must be a whole number of months (0 or more).",
        },
        citation: [],
      });
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
      errors.push({
        parameter: "sideJobPublicationMinScale",
        message: {
          nl: "De schaal moet een heel getal zijn van 1 tot en met 30.",
          en: "The scale must be a whole number from 1 to 30.",
        },
        citation: [],
      });
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
