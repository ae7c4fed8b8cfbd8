import { controlProps, filterErrorSummary, FilterField, FilterForm, PeriodFieldset } from "@/components/ui/filter-form";
import { TypeOptions } from "@/components/declarations/type-options";
import { Options } from "@/components/ui/options";
import type { T } from "./labels";

const ORDER = ["jaar", "van", "tot", "afdeling", "soort"];

/** The overview's filters: a plain GET form, so the figures can be bookmarked and it works without JavaScript. */
export function OverviewFilters({
  values,
  errors,
  years,
  units,
  types,
  t,
}: {
  values: Record<string, string>;
  errors: Record<string, string>;
  years: number[];
  units: { id: string; name: string }[];
  types: Record<string, string>;
  t: T;
}) {
  const p = (name: string, hint = false) => controlProps(name, values[name] ?? "", errors[name], hint);
  return (
    <FilterForm
      action="/integriteit/overzicht"
      label={t("overview.filters.label")}
      testId="overview-filters"
      submit={t("overview.filters.apply")}
      reset={t("overview.filters.reset")}
      summary={filterErrorSummary(t)}
      errors={errors}
      order={ORDER}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <FilterField name="jaar" label={t("overview.filters.year")} error={errors.jaar}>
          <select {...p("jaar")}>
            <Options options={years.map((y) => [String(y), y])} />
          </select>
        </FilterField>
        <FilterField name="afdeling" label={t("overview.filters.unit")} error={errors.afdeling}>
          <select {...p("afdeling")}>
            <Options all={t("overview.filters.allUnits")} options={units.map((u) => [u.id, u.name])} />
          </select>
        </FilterField>
        <FilterField name="soort" label={t("overview.filters.type")} error={errors.soort}>
          <select {...p("soort")}>
            <TypeOptions all={t("overview.filters.allTypes")} types={types} />
          </select>
        </FilterField>
      </div>
      <PeriodFieldset
        legend={t("overview.filters.periodLegend")}
        hint={t("overview.filters.periodHint")}
        hintId="period-hint"
        from={t("overview.filters.from")}
        to={t("overview.filters.to")}
        errors={errors}
        control={p}
      />
    </FilterForm>
  );
}
