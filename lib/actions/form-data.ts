import "server-only";
// Small helpers every server action uses: read the named text fields of a form, and turn message keys
// per field into texts in the viewer's language.
import { getT } from "@/lib/i18n/server";

export type Fields = Record<string, string | undefined>;

/** The named fields of a form as strings (a missing field, or a file, is undefined). */
export function formFields(formData: FormData, names: string[]): Fields {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : undefined]));
}

/** Message keys per field (e.g. "decisions.errors") as texts from `<namespace>.<key>`, or `<namespace>.generic` for an unknown key. */
export async function translateFieldErrors(namespace: string, keys: Record<string, string>): Promise<Record<string, string>> {
  const { t } = await getT();
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t.has(`${namespace}.${key}` as never) ? t(`${namespace}.${key}` as never) : t(`${namespace}.generic` as never)]));
}
