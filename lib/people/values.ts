// Values as the HR system writes them and the portal stores them. Pure and small: used by the CSV import,
// the schemas and (through the schemas) the forms in the browser.
import type { Role } from "@/lib/generated/prisma/client";

/** Lower case, accents off, hyphens/underscores/dots/extra spaces as one space: "E_mail " -> "e mail". */
export function normaliseHeader(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-_.:/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** An e-mail address as the portal stores it (lower case), or null when it is not one. */
export function normaliseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && /^[^\s@<>(),;:"\[\]]+@[^\s@<>(),;:"\[\]]+\.[^\s@<>(),;:"\[\]]+$/.test(email)
    ? email
    : null;
}

/** 2026-05-01, 1-5-2026, 01-05-2026, 1/5/2026 or 1.5.2026 -> "2026-05-01"; null when not a real date. */
export function parseDutchDate(value: string): string | null {
  const v = value.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const TRUE = new Set(["ja", "j", "yes", "y", "1", "waar", "true", "x"]);
const FALSE = new Set(["nee", "n", "no", "0", "onwaar", "false", ""]);

/** ja/nee (and the usual alternatives); an empty cell is "nee". */
export function parseBoolean(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

const ROLE_NAMES: Record<string, Role> = {
  medewerker: "EMPLOYEE",
  employee: "EMPLOYEE",
  leidinggevende: "MANAGER",
  manager: "MANAGER",
  integriteitsadviseur: "INTEGRITY_OFFICER",
  integriteitscoordinator: "INTEGRITY_OFFICER",
  "integrity officer": "INTEGRITY_OFFICER",
  integriteit: "INTEGRITY_OFFICER",
  hr: "HR",
  personeelszaken: "HR",
  "p&o": "HR",
  beheerder: "ADMIN",
  "functioneel beheerder": "ADMIN",
  admin: "ADMIN",
  administrator: "ADMIN",
};

export const ROLE_ORDER: Role[] = ["EMPLOYEE", "MANAGER", "INTEGRITY_OFFICER", "HR", "ADMIN"];

/** "leidinggevende, HR" -> EMPLOYEE, MANAGER, HR (everyone is an employee). Unknown names are returned apart. */
export function parseRoles(value: string): { roles: Role[]; unknown: string[] } {
  const found = new Set<Role>(["EMPLOYEE"]);
  const unknown: string[] = [];
  for (const part of value.split(/[,;|+/]/)) {
    const name = normaliseHeader(part);
    if (!name) continue;
    const role = ROLE_NAMES[name] ?? (ROLE_ORDER as string[]).find((r) => r.toLowerCase() === name.replace(/ /g, "_"));
    if (role) found.add(role as Role);
    else unknown.push(part.trim());
  }
  return { roles: ROLE_ORDER.filter((r) => found.has(r)), unknown };
}

/** The form's fields in page order (the error summary lists them in this order). */
export const PERSON_FORM_FIELDS = [
  "name",
  "email",
  "externalId",
  "functionTitle",
  "unitId",
  "manager",
  "roles",
  "salaryScale",
  "designations",
  "employmentStart",
  "employmentEnd",
] as const;
