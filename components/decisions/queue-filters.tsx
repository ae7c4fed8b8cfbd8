import type { ReactNode } from "react";
import { TypeOptions } from "@/components/declarations/type-options";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** A plain GET form: filters live in the URL, so a filtered queue can be bookmarked and works without JavaScript. */
export function QueueFilters({
  action,
  current,
  labels,
  types,
}: {
  action: string;
  current: { type?: string; outcome?: string; sort?: string };
  labels: Record<string, string>;
  types: Record<string, string>;
}) {
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-4 rounded border border-neutral-300 p-3"
      aria-label={labels.filters}
    >
      <FilterSelect id="filter-type" name="soort" label={labels.type} value={current.type ?? ""}>
        <TypeOptions all={labels.allTypes} types={types} />
      </FilterSelect>
      <FilterSelect id="filter-outcome" name="uitkomst" label={labels.outcome} value={current.outcome ?? ""}>
        <option value="">{labels.allOutcomes}</option>
        <option value="NOT_PERMITTED">{labels.notPermitted}</option>
        <option value="APPROVAL_REQUIRED">{labels.approvalRequired}</option>
      </FilterSelect>
      <FilterSelect id="filter-sort" name="volgorde" label={labels.sort} value={current.sort ?? "oldest"}>
        <option value="oldest">{labels.oldest}</option>
        <option value="newest">{labels.newest}</option>
      </FilterSelect>
      <Button variant="secondary" size="small">
        {labels.apply}
      </Button>
    </form>
  );
}

/** One filter of a GET form: a label and a select. */
function FilterSelect({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string;
  name: string;
  label: ReactNode;
  value: string;
  children: ReactNode;
}) {
  return (
    <Field id={id} look="compact" label={label} className="max-w-full">
      {/* max-w-full: a long type name ("Privécontact met een leverancier of zakelijke relatie") must not widen the page at 320 px. */}
      <select
        id={id}
        name={name}
        defaultValue={value}
        className="mt-1 block max-w-full rounded border-2 border-neutral-700 px-2 py-1"
      >
        {children}
      </select>
    </Field>
  );
}
