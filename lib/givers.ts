// One giver, however it was typed. The single normalisation used wherever givers (or a counterparty organisation)
// are counted or matched in code: "Architectenbureau  Vos B.V." and "architectenbureau vos" are the same giver.
// The registers keep showing what was typed; only the comparison uses this key.

/**
 * Legal forms (rechtsvormen) ignored as a separate word at the start or end of a name, after their dots are removed
 * ("B.V." → "bv"). Only real legal forms: Dutch (BV, NV, VOF, CV, UA of a coöperatie) and the common foreign ones (Ltd, GmbH, Inc, LLC, PLC, SA, AG).
 * Words such as "holding" or "groep" are part of the name and stay.
 */
const LEGAL_FORMS = new Set(["bv", "nv", "vof", "cv", "ua", "ltd", "gmbh", "inc", "llc", "plc", "sa", "ag"]);

/** A giver's name as compared: NFKC, accents and case ignored, punctuation removed, spaces collapsed, legal forms dropped. */
export function giverKey(name: string | null | undefined): string {
  if (!name) return "";
  const words = name
    .normalize("NFKC")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.,'"’&()/-]+/g, "")
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && LEGAL_FORMS.has(words[0]!)) words.shift();
  return words.join(" ");
}

/**
 * The names (as typed) whose giver contains `part` (already a giverKey, e.g. a filter): "kurk" and "wijnhandel de
 * kurk" find "Wijnhandel  De Kurk B.V.". An empty part finds nothing; each name is returned once.
 */
export function giversContaining(part: string, names: readonly (string | null)[]): string[] {
  if (!part) return [];
  const found = new Set<string>();
  for (const name of names) if (name !== null && giverKey(name).includes(part)) found.add(name);
  return [...found];
}
