// Message keys -> texts in the viewer's language. Pure (the translator is passed in), so tests use the real messages.
import type { createTranslator } from "use-intl/core";
import type { Messages as Tree } from "@/lib/i18n/messages";
import { loose } from "@/lib/i18n/keys";

export type Translator = ReturnType<typeof createTranslator<Tree>>;
type Params = Record<string, string | number>;

/** How an action's message keys become texts: the namespace (e.g. "campaigns.errors") and placeholder values. */
export interface Messages {
  /** Keys are looked up here first, then as full keys (e.g. "recusals.errors.subjectRequired"); unknown -> `<namespace>.generic`. */
  namespace: string;
  /** A field (or one of its keys) whose message lives in another namespace (e.g. the recusal part of the decision form). */
  namespaceFor?: (field: string, key: string) => string | undefined;
  /** Placeholder values for a field's message (e.g. the bounds of a retention period). */
  fieldParams?: (field: string, t: Translator) => Params;
}

/**
 * A message key as text: in the action's namespace, else as a full key, else the shared text in "actions" (for a
 * feature without its own, e.g. "actions.notFound"), else the namespace's generic message.
 */
export function message(t: Translator, namespace: string, keys: string | string[], params?: Params): string {
  const list = typeof keys === "string" ? [keys] : keys;
  // The keys are composed at run time (an action's namespace and a code): "" when no such message (none is empty).
  const text = loose(t, null, () => null);
  for (const full of [
    ...list.map((key) => `${namespace}.${key}`),
    ...list.filter((key) => key.includes(".")),
    ...list.map((key) => `actions.${key}`),
  ]) {
    const found = text(full, params);
    if (found) return found;
  }
  return text(`${namespace}.generic`) || t("actions.generic");
}

/** Message keys per field as texts. */
export function fieldMessages(
  t: Translator,
  messages: Messages,
  keys: Record<string, string>,
  params: Record<string, Params> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(keys).map(([field, key]) => [
      field,
      message(t, messages.namespaceFor?.(field, key) ?? messages.namespace, key, {
        ...messages.fieldParams?.(field, t),
        ...params[field],
      }),
    ]),
  );
}
