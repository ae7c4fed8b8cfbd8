import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { listUnits } from "@/lib/people/data";
import { getT } from "@/lib/i18n/server";
import { AdminTabs } from "@/components/people/admin-tabs";
import { UnitForm } from "@/components/people/unit-form";
import { peopleTranslator, tabLabels, unitFormLabels } from "@/components/people/labels";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.units.title") };
}

/** The units as a tree, with the number of people in each; add a unit. */
export default async function UnitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireArea("people");
  const sp = await searchParams;
  const { t, locale } = await getT();
  const tr = peopleTranslator(t);
  const units = await listUnits(viewer);
  const notice = sp.toegevoegd ? tr("people.units.created") : sp.opgeslagen ? tr("people.units.saved") : null;
  const label = (key: string) => <StackLabel layout="stack-md">{tr(`people.units.${key}`)}</StackLabel>;
  const rt = tableClasses("stack-md");
  return (
    <div className="space-y-6">
      {notice ? (
        <FormAlert tone="success" testId="notice">
          {notice}
        </FormAlert>
      ) : null}
      <div>
        <h1 className="text-3xl font-bold">{tr("people.units.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{tr("people.units.lead")}</p>
      </div>
      <AdminTabs current="units" labels={tabLabels(tr)} />
      {units.length === 0 ? (
        <p>{tr("people.units.empty")}</p>
      ) : (
        <Table
          caption={tr("people.units.caption", { organisation: viewer.organisationName })}
          captionVisible
          layout="stack-md"
          testId="units"
          headers={["name", "code", "parent", "people", "edit"].map((k) => tr(`people.units.${k}`))}
          hiddenHeaders={[4]}
        >
          {units.map((u) => (
            <tr key={u.id} className={rt.row} data-testid="unit-row">
              <th scope="row" className={`${rt.cell} font-bold`} style={{ paddingLeft: `${u.depth * 1.25}rem` }}>
                {u.name}
              </th>
              <td className={rt.cell}>
                {label("code")}
                {u.code ?? "–"}
              </td>
              <td className={rt.cell}>
                {label("parent")}
                {u.parentName ?? "–"}
              </td>
              <td className={rt.cell}>
                {label("people")}
                <Link href={`/beheer/mensen?afdeling=${u.id}`}>{u.people}</Link>
              </td>
              <td className={rt.cell}>
                <Link href={`/beheer/mensen/afdelingen/${u.id}`} className="font-bold">
                  {tr("people.units.edit")}
                  <span className="sr-only">: {u.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Section
        id="nieuwe-afdeling"
        title={tr("people.units.add")}
        className="space-y-4 rounded border border-neutral-300 p-4"
      >
        <UnitForm unit={null} parents={units} locale={locale} labels={unitFormLabels(tr, tr("people.units.add"))} />
      </Section>
    </div>
  );
}
