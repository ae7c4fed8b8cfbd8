// Find a declaration by its reference: a plain GET form (works without JavaScript) to /meldingen?kenmerk=...,
// which opens the declaration where the viewer may read it, or says that there is none for them.
import { getT } from "@/lib/i18n/server";

export async function ReferenceSearch({ value, error }: { value?: string; error?: string }) {
  const { t } = await getT();
  return (
    <form method="get" action="/meldingen" role="search" className="max-w-md" data-testid="reference-search">
      <label htmlFor="kenmerk" className="block font-semibold">
        {t("declarations.list.search.label")}
      </label>
      <p id="kenmerk-hint" className="text-sm text-neutral-700">
        {t("declarations.list.search.hint")}
      </p>
      {error ? (
        <p id="kenmerk-error" className="font-semibold text-red-800" data-testid="reference-search-error">
          <span className="sr-only">{t("declarations.form.errorTitlePrefix")} </span>
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
          {t("declarations.list.search.button")}
        </button>
      </div>
    </form>
  );
}
