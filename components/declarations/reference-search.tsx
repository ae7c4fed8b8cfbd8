// Find a declaration by its reference: a plain GET form (works without JavaScript) to /meldingen?kenmerk=...,
// which opens the declaration where the viewer may read it, or says that there is none for them.
interface Labels {
  label: string;
  hint: string;
  button: string;
  /** "Fout:" before an error, for screen readers. */
  errorPrefix: string;
}

export function ReferenceSearch({ labels, value, error }: { labels: Labels; value?: string; error?: string }) {
  return (
    <form method="get" action="/meldingen" role="search" className="max-w-md" data-testid="reference-search">
      <label htmlFor="kenmerk" className="block font-semibold">
        {labels.label}
      </label>
      <p id="kenmerk-hint" className="text-sm text-neutral-700">
        {labels.hint}
      </p>
      {error ? (
        <p id="kenmerk-error" className="font-semibold text-red-800" data-testid="reference-search-error">
          <span className="sr-only">{labels.errorPrefix} </span>
          {error}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="kenmerk"
          name="kenmerk"
          defaultValue={value}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={error ? "kenmerk-hint kenmerk-error" : "kenmerk-hint"}
          aria-invalid={error ? true : undefined}
          className="w-48 min-w-0 rounded border-2 border-neutral-700 px-2 py-1 uppercase"
        />
        <button
          type="submit"
          className="rounded border-2 border-brand px-4 py-1 font-bold text-brand hover:bg-neutral-100"
        >
          {labels.button}
        </button>
      </div>
    </form>
  );
}
