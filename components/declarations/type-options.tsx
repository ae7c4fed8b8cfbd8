import type { ReactNode } from "react";

/** The declaration types as a filter's options, "all types" first. */
export function TypeOptions({ all, types }: { all: ReactNode; types: Record<string, string> }) {
  return (
    <>
      <option value="">{all}</option>
      {Object.entries(types).map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </>
  );
}
