import type { Messages } from "./messages";

type Group<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? Group<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;
type GroupPaths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? never : `${Prefix}${K}` | GroupPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A group of messages: a path in the message tree that holds messages, e.g. "declarations.status". */
export type MessageGroup = GroupPaths<Messages>;
/** The keys of the messages directly in a group, e.g. "declarations.status.DRAFT" | "declarations.status.SUBMITTED" | … */
export type KeyIn<G extends MessageGroup> = {
  [K in keyof Group<Messages, G> & string]: Group<Messages, G>[K] extends string ? `${G}.${K}` : never;
}[keyof Group<Messages, G> & string];

/**
 * The key of the message for a value known only at run time (a status, a type, an error code from an action) in a
 * group whose name the type checker verifies. Where the value has a union type of its own, prefer a template literal
 * with it: then every member must have a message. Use `has` (t.has) where a value may lack a message.
 */
export function keyIn<G extends MessageGroup>(group: G, part: string): KeyIn<G> {
  return `${group}.${part}` as KeyIn<G>;
}

type Values = Record<string, string | number | Date>;
/** What `loose` needs of a translator (getT()'s `t` or createTranslator's). */
interface Translator {
  has(key: never): boolean;
}

/**
 * A translator for keys under a group that are composed at run time from several parts ("detail.by", an audit
 * event's name): the one place where a key is not checked by the type checker, so each use says which group
 * (null: any key, for the people pages' `Translate`, whose keys are whole paths).
 * Returns `fallback` (default: the key itself) when the message does not exist.
 */
export function loose<G extends MessageGroup>(
  t: Translator,
  group: G | null,
  fallback?: (key: string) => string | null,
) {
  const call = t as unknown as ((key: string, values?: Values) => string) & { has(key: string): boolean };
  return (key: string, values?: Values): string => {
    const full = group ? `${group}.${key}` : key;
    if (call.has(full)) return call(full, values);
    return fallback ? (fallback(key) ?? "") : full;
  };
}

type NameIn<G extends MessageGroup> = {
  [K in keyof Group<Messages, G> & string]: Group<Messages, G>[K] extends string ? K : never;
}[keyof Group<Messages, G> & string];

/**
 * The messages `names` of one group, by name: the labels a page hands to a client component, e.g.
 * messagesIn(t, "decisions.deputies", ["deputy", "add"]) is { deputy: t("decisions.deputies.deputy"), add: … }.
 */
export function messagesIn<G extends MessageGroup, N extends NameIn<G>>(
  t: (key: KeyIn<G>) => string,
  group: G,
  names: readonly N[],
): Record<N, string> {
  return Object.fromEntries(names.map((name) => [name, t(`${group}.${name}` as KeyIn<G>)])) as Record<N, string>;
}
