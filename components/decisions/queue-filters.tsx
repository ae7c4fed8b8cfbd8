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
  // max-w-full: a long type name ("Privécontact met een leverancier of zakelijke relatie") must not widen the page at 320 px.
  const select = "mt-1 block max-w-full rounded border-2 border-neutral-700 px-2 py-1";
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-4 rounded border border-neutral-300 p-3"
      aria-label={labels.filters}
    >
      <div className="min-w-0 max-w-full">
        <label htmlFor="filter-type" className="font-semibold">
          {labels.type}
        </label>
        <select id="filter-type" name="soort" defaultValue={current.type ?? ""} className={select}>
          <option value="">{labels.allTypes}</option>
          {Object.entries(types).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="filter-outcome" className="font-semibold">
          {labels.outcome}
        </label>
        <select id="filter-outcome" name="uitkomst" defaultValue={current.outcome ?? ""} className={select}>
          <option value="">{labels.allOutcomes}</option>
          <option value="NOT_PERMITTED">{labels.notPermitted}</option>
          <option value="APPROVAL_REQUIRED">{labels.approvalRequired}</option>
        </select>
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="filter-sort" className="font-semibold">
          {labels.sort}
        </label>
        <select id="filter-sort" name="volgorde" defaultValue={current.sort ?? "oldest"} className={select}>
          <option value="oldest">{labels.oldest}</option>
          <option value="newest">{labels.newest}</option>
        </select>
      </div>
      <button
        type="submit"
        className="rounded border-2 border-brand px-4 py-1 font-bold text-brand hover:bg-brand-light"
      >
        {labels.apply}
      </button>
    </form>
  );
}
