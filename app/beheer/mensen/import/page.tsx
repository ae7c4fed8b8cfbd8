import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { previewImportAction } from "@/lib/people/actions";
import { listImports } from "@/lib/people/data";
import { COLUMN_KEYS, COLUMNS } from "@/lib/people/csv";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { messagesIn } from "@/lib/i18n/keys";
import { AdminTabs } from "@/components/people/admin-tabs";
import { ImportUpload } from "@/components/people/import-upload";
import { peopleTranslator, tabLabels } from "@/components/people/labels";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { Tag } from "@/components/people/tag";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.import.title") };
}

const EXAMPLE = [
  "personeelsnummer;naam;e-mail;functie;afdeling;leidinggevende;rollen;schaal;topmanagementgroep;topfunctionaris;financieel-risicovolle functie;kwetsbare functie;in dienst;uit dienst",
  "BZK0101;Sevda Çelik;sevda.celik@bzk.example;Teamleider Inkoop;DIA;BZK0002;leidinggevende;12;nee;nee;ja;nee;1-5-2026;",
  "BZK0102;Jan Müller;jan.muller@bzk.example;Inkoper;DIA;BZK0101;;9;nee;nee;nee;ja;2026-05-01;31-12-2027",
].join("\n");

/** Upload a CSV export of the HR system; the column layout is documented here and in docs/people-import.md. */
export default async function ImportPage() {
  const viewer = await requireArea("people");
  const { t, locale } = await getT();
  const tr = peopleTranslator(t);
  const imports = await listImports(viewer);
  const label = (key: string) => <StackLabel layout="stack-md">{tr(`people.import.${key}`)}</StackLabel>;
  const rt = tableClasses("stack-md");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{tr("people.import.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{tr("people.import.lead")}</p>
      </div>
      <AdminTabs current="import" labels={tabLabels(tr)} />
      <ImportUpload
        action={previewImportAction}
        labels={{
          ...messagesIn(tr, "people.import", ["file", "fileHint", "upload", "problemTitle"]),
          errorTitlePrefix: tr("declarations.form.errorTitlePrefix"),
        }}
      />
      <Section id="regels" title={tr("people.import.rules")}>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {["rule1", "rule2", "rule3", "rule4", "rule5"].map((k) => (
            <li key={k}>{tr(`people.import.${k}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="kolommen" title={tr("people.import.columnsTitle")}>
        <Table
          caption={tr("people.import.columnsCaption")}
          layout="stack-md"
          className="mt-2"
          testId="columns"
          headers={[tr("people.import.column"), tr("people.import.meaning"), tr("people.import.alsoAccepted")]}
        >
          {COLUMN_KEYS.map((key) => (
            <tr key={key} className={rt.row}>
              <th scope="row" className={`${rt.cell} font-normal`}>
                <code className="font-bold">{COLUMNS[key].header}</code>
                <span className="block text-sm text-neutral-700">
                  {tr(COLUMNS[key].required ? "people.import.required" : "people.import.optional")}
                </span>
              </th>
              <td className={rt.cell}>
                {label("meaning")}
                {tr(`people.import.columns.${key}`)}
              </td>
              <td className={`${rt.cell} text-sm`}>
                {label("alsoAccepted")}
                {COLUMNS[key].synonyms.join(", ")}
              </td>
            </tr>
          ))}
        </Table>
        <h3 className="mt-4 text-lg font-bold">{tr("people.import.example")}</h3>
        <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-neutral-100 p-3 text-sm">{EXAMPLE}</pre>
      </Section>
      <Section id="eerder" title={tr("people.import.recent")}>
        {imports.length === 0 ? (
          <p>{tr("people.import.recentNone")}</p>
        ) : (
          <Table
            caption={tr("people.import.recentCaption")}
            layout="stack-md"
            className="mt-2"
            headers={["File", "Date", "Status", "Counts"].map((k) => tr(`people.import.recent${k}`))}
          >
            {imports.map((i) => (
              <tr key={i.id} className={rt.row}>
                <th scope="row" className={`${rt.cell} font-normal`}>
                  <Link href={`/beheer/mensen/import/${i.id}`} className="font-bold">
                    {i.fileName}
                  </Link>
                </th>
                <td className={rt.cell}>
                  {label("recentDate")}
                  {formatDateTime(i.createdAt, locale)}
                </td>
                <td className={rt.cell}>
                  {label("recentStatus")}
                  <Tag kind={i.status} label={tr(`people.import.importStatus.${i.status}`)} />
                </td>
                <td className={rt.cell}>
                  {label("recentCounts")}
                  {tr("people.import.countsShort", { ...i.counts })}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </div>
  );
}
