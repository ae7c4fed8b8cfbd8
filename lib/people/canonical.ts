/**
 * JSON with object keys in sorted order: PostgreSQL's jsonb does not keep the order keys were written in,
 * so a stored plan and a freshly computed one are compared in this form. Dates compare as ISO strings.
 */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, (v as Record<string, unknown>)[k]]),
          )
        : v,
    ) ?? "undefined"
  );
}
