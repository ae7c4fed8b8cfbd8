// Zod issues -> a message key per field: the one loop every form used to write for itself. Schemas give message
// keys as their error messages (`{ error: "titleRequired" }`); a Zod default text is not a key and is translated as
// the namespace's "generic" message.

export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type ParsedIssues =
  /**
   * The form itself is stale or tampered with (a hidden id or version is wrong): one message, no field errors. Its
   * keys in order: the schema's own key for that field (people say "conflict" for a stale version), then staleKey.
   */
  | { kind: "stale"; keys: string[] }
  /** The first issue's key per field (the order the schema checks in). */
  | { kind: "fields"; keys: Record<string, string> };

export interface IssueOptions {
  /** Hidden fields the person did not type: an issue there means "this record is not (so) there for you". Default: id, version. */
  staleFields?: readonly string[];
  /** The message key for such an issue where the schema's message is no key. Default: notFound. */
  staleKey?: string;
  /** The field an issue without a path belongs to. Default: form. */
  formField?: string;
}

export const DEFAULT_STALE_FIELDS = ["id", "version"] as const;

export function issuesToFieldKeys(issues: readonly Issue[], options: IssueOptions = {}): ParsedIssues {
  const stale = options.staleFields ?? DEFAULT_STALE_FIELDS;
  const keys: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? options.formField ?? "form");
    if (stale.includes(field)) return { kind: "stale", keys: [issue.message, options.staleKey ?? "notFound"] };
    keys[field] ??= issue.message;
  }
  return { kind: "fields", keys };
}
