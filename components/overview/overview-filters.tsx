import { controlProps, FilterField, FilterForm, PeriodFieldset } from "@/components/ui/filter-form";
import { TypeOptions } from "@/components/declarations/type-options";
import { Options } from "@/components/ui/options";

export interface OverviewFilterLabels {
  label: string;
  year: string;
  periodLegend: string;
  periodHint: string;
  from: string;
  to: string;
  unit: string;
  allUnits: string;
  type: string;
  allTypes: string;
  apply: string;
  reset: string;
  errorSummaryTitle: string;
  errorTitlePrefix: string;
}

const ORDER = ["jaar", "van", "tot", "afdeling", "soort"];

/** The overview's filters: a plain GET form, so the figures can be bookmarked and it works without JavaScript. */
export function OverviewFilters({
  values,
  errors,
  years,
  units,
  types,
  labels,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  years: number[];
  units: { id: string; name: string }[];
  types: Record<string, string>;
  labels: OverviewFilterLabels;
}) {
  const p = (name: string, hint = false) => controlProps(name, values[name] ?? "", errors[name], hint);
  return (
    <FilterForm
      action="/integriteit/overzicht"
      label={labels.label}
      testId="overview-filters"
      submit={labels.apply}
      reset={labels.reset}
      summary={{ title: labels.errorSummaryTitle, titlePrefix: labels.errorTitlePrefix }}
      errors={errors}
      order={ORDER}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <FilterField name="jaar" label={labels.year} error={errors.jaar}>
          <select {...p("jaar")}>
            <Options options={years.map((y) => [String(y), y])} />
          </select>
        </FilterField>
        <FilterField name="afdeling" label={labels.unit} error={errors.afdeling}>
          <select {...p("afdeling")}>
            <Options all={labels.allUnits} options={units.map((u) => [u.id, u.name])} />
          </select>
        </FilterField>
        <FilterField name="soort" label={labels.type} error={errors.soort}>
          <select {...p("soort")}>
            <TypeOptions all={labels.allTypes} types={types} />
          </select>
        </FilterField>
      </div>
      <PeriodFieldset
        legend={labels.periodLegend}
        hint={labels.periodHint}
        hintId="period-hint"
        from={labels.from}
        to={labels.to}
        errors={errors}
        control={p}
      />
    </FilterForm>
  );
}
