// Find a declaration by its reference: a plain GET form (works without JavaScript) to /meldingen?kenmerk=...,
// which opens the declaration where the viewer may read it, or says that there is none for them.
import { getT } from "@/lib/i18n/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export async function ReferenceSearch({ value, error }: { value?: string; error?: string }) {
  const { t } = await getT();
  return (
    <form method="get" action="/meldingen" role="search" className="max-w-md" data-testid="reference-search">
      <Field
        id="kenmerk"
        look="compact"
        label={t("declarations.list.search.label")}
        hint={t("declarations.list.search.hint")}
        error={error}
        errorTestId="reference-search-error"
      >
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
          <Button variant="secondary" size="small">
            {t("declarations.list.search.button")}
          </Button>
        </div>
      </Field>
    </form>
  );
}
