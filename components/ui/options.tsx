import type { ReactNode } from "react";

/**
 * A select's options from [value, text] pairs, with an "all" option (the empty value) first where the select may be
 * left open (a filter). One markup for every list of options built from data.
 */
export function Options({ all, options }: { all?: ReactNode; options: Iterable<readonly [string, ReactNode]> }) {
  return (
    <>
      {all !== undefined ? <option value="">{all}</option> : null}
      {Array.from(options, ([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </>
  );
}
