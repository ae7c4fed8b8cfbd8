import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listPeople, listUnits } from "@/lib/people/data";
import { parsePeopleQuery, peopleQueryHref } from "@/lib/people/schemas";
import { getT } from "@/lib/i18n/server";
import { AdminTabs } from "@/components/people/admin-tabs";
import { PeopleFilters, PeopleTable } from "@/components/people/people-list";
import { Pagination } from "@/components/ui/pagination";
import { peopleTranslator, tabLabels } from "@/components/people/labels";
import { FormAlert } from "@/components/ui/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.title") };
}

type Search = Record<string, string | string[] | undefined>;

/** The organisation's people: search, filter, sort, page. Only HR and administrators (lib/auth/areas.ts). */
export default async function PeoplePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireArea("people");
  const sp = await searchParams;
  const query = parsePeopleQuery(sp);
  const { t } = await getT();
  const tr = peopleTranslator(t);
  const [result, units] = await Promise.all([listPeople(viewer, query), listUnits(viewer)]);
  const imported = typeof sp.nieuw === "string" && typeof sp.gewijzigd === "string";
  return (
    <div className="space-y-6">
      {imported ? (
        <FormAlert tone="success" testId="notice">
          {tr("people.list.imported", { created: Number(sp.nieuw) || 0, updated: Number(sp.gewijzigd) || 0 })}
        </FormAlert>
      ) : null}
      <div>
        <h1 className="text-3xl font-bold">{tr("people.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{tr("people.lead")}</p>
      </div>
      <AdminTabs current="people" labels={tabLabels(tr)} />
      <PeopleFilters query={{ ...query, page: result.page }} units={units} t={tr} />
      <p aria-live="polite" className="font-semibold" data-testid="people-count">
        {tr("people.list.count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{tr("people.list.empty")}</p>
      ) : (
        <PeopleTable
          items={result.items}
          query={{ ...query, page: result.page }}
          caption={tr("people.list.caption", { organisation: viewer.organisationName })}
          t={tr}
        />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(page) => peopleQueryHref(query, { page })} />
    </div>
  );
}
