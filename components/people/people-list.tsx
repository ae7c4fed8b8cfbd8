import Link from "next/link";
import type { PersonListItem } from "@/lib/people/data";
import { DESIGNATIONS, peopleQueryHref, type PeopleQuery, type PeopleSort } from "@/lib/people/schemas";
import { ROLE_ORDER } from "@/lib/people/values";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { Options } from "@/components/ui/options";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Tag } from "./tag";

/** Translates within the portal's messages (server side). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and works without JavaScript. */
export function PeopleFilters({
  query,
  units,
  t,
}: {
  query: PeopleQuery;
  units: { id: string; name: string; depth: number }[];
  t: Translate;
}) {
  const control = "mt-1 block w-full rounded border-2 border-neutral-700 px-2 py-2";
  /** A select of the filters: `key` names its id (filter-<key>) and its label (people.list.<key>). */
  const select = (key: string, name: string, value: string, options: [string, string][]) => ({
    id: `filter-${key}`,
    name,
    label: t(`people.list.${key}`),
    value,
    options,
  });
  const selects = [
    select("unit", "afdeling", query.unitId ?? "", [
      ["", t("people.list.allUnits")],
      ...units.map((u): [string, string] => [u.id, `${"– ".repeat(u.depth)}${u.name}`]),
    ]),
    select("role", "rol", query.role ?? "", [
      ["", t("people.list.allRoles")],
      ...ROLE_ORDER.map((r): [string, string] => [r, t(`roles.${r}`)]),
    ]),
    select("designation", "aanwijzing", query.designation ?? "", [
      ["", t("people.list.allDesignations")],
      ...DESIGNATIONS.map((d): [string, string] => [d, t(`people.designations.${d}`)]),
    ]),
    select("status", "status", query.status, [
      ["actief", t("people.list.statusActive")],
      ["vertrokken", t("people.list.statusLeft")],
      ["alle", t("people.list.statusAll")],
    ]),
  ];
  return (
    <form
      method="get"
      action="/beheer/mensen"
      className="rounded border border-neutral-300 p-4"
      aria-labelledby="filters-title"
      role="search"
    >
      <h2 id="filters-title" className="sr-only">
        {t("people.list.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-3">
        <Field
          id="filter-q"
          label={t("people.list.search")}
          hint={t("people.list.searchHint")}
          look="compact"
          className="md:col-span-3"
        >
          <input
            id="filter-q"
            name="zoek"
            type="search"
            defaultValue={query.q}
            aria-describedby="filter-q-hint"
            className={`${control} max-w-xl`}
          />
        </Field>
        {selects.map(({ id, name, label, value, options }) => (
          <Field key={id} id={id} label={label} look="compact">
            <select id={id} name={name} defaultValue={value} className={control}>
              <Options options={options} />
            </select>
          </Field>
        ))}
      </div>
      {/* Keep the chosen order when filtering. */}
      {query.sort !== "naam" ? <input type="hidden" name="sorteer" value={query.sort} /> : null}
      {query.dir !== "op" ? <input type="hidden" name="richting" value={query.dir} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button>{t("people.list.apply")}</Button>
        <Link href="/beheer/mensen">{t("people.list.reset")}</Link>
      </div>
    </form>
  );
}

/** A column header's text; a link that sorts by it where the column can be sorted. */
function SortLink({
  column,
  sort,
  query,
  t,
}: {
  column: string;
  sort: PeopleSort | null;
  query: PeopleQuery;
  t: Translate;
}) {
  const label = t(`people.list.columns.${column}`);
  if (!sort) return label;
  const active = query.sort === sort;
  const next = active && query.dir === "op" ? "af" : "op";
  return (
    <Link href={peopleQueryHref(query, { sort, dir: next, page: 1 })} className="whitespace-nowrap font-bold">
      {label}
      <span className="sr-only">{`, ${t("people.list.sortBy", { column: label })}`}</span>
      {active ? <span aria-hidden="true">{query.dir === "op" ? " ▲" : " ▼"}</span> : null}
    </Link>
  );
}

/** The people of one page: name (with e-mail), function, unit (with manager), roles, scale, status. */
export function PeopleTable({
  items,
  query,
  caption,
  t,
}: {
  items: PersonListItem[];
  query: PeopleQuery;
  caption: string;
  t: Translate;
}) {
  const label = (column: string) => <StackLabel layout="stack-lg">{t(`people.list.columns.${column}`)}</StackLabel>;
  const rt = tableClasses("stack-lg");
  const sortable: [string, PeopleSort | null][] = [
    ["name", "naam"],
    ["function", "functie"],
    ["unit", "afdeling"],
    ["roles", null],
    ["scale", "schaal"],
    ["status", null],
  ];
  const sortedColumn = sortable.findIndex(([, sort]) => sort !== null && sort === query.sort);
  return (
    <Table
      caption={caption}
      captionVisible
      layout="stack-lg"
      testId="people"
      headers={sortable.map(([column, sort]) => (
        <SortLink key={column} column={column} sort={sort} query={query} t={t} />
      ))}
      sorted={
        sortedColumn >= 0
          ? { column: sortedColumn, direction: query.dir === "op" ? "ascending" : "descending" }
          : undefined
      }
    >
      {items.map((p) => (
        <tr key={p.id} className={rt.row} data-testid="person-row">
          <th scope="row" className={`${rt.cell} font-normal lg:min-w-60`}>
            <Link href={`/beheer/mensen/${p.id}`} className="font-bold">
              {p.name}
            </Link>
            <span className="block text-sm text-neutral-700 wrap-anywhere">{p.email}</span>
            {p.externalId ? <span className="block text-sm text-neutral-700">{p.externalId}</span> : null}
          </th>
          <td className={rt.cell}>
            {label("function")}
            {p.functionTitle || "–"}
          </td>
          <td className={rt.cell}>
            {label("unit")}
            {p.unitName ?? "–"}
            {p.managerName ? (
              <span className="block text-sm text-neutral-700">
                {t("people.list.managedBy", { name: p.managerName })}
              </span>
            ) : null}
          </td>
          <td className={rt.cell}>
            {label("roles")}
            {p.roles
              .filter((r) => r !== "EMPLOYEE")
              .map((r) => t(`roles.${r}`))
              .join(", ") || t("roles.EMPLOYEE")}
            {p.designations.length ? (
              <span className="block text-sm text-neutral-700">
                {p.designations.map((d) => t(`people.designations.${d}`)).join(", ")}
              </span>
            ) : null}
          </td>
          <td className={rt.cell}>
            {label("scale")}
            {p.salaryScale ?? "–"}
          </td>
          <td className={rt.cell}>
            {label("status")}
            <Tag kind={p.status} label={t(`people.status.${p.status}`)} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
