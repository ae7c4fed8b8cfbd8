import type { PublicRegisterRow } from "@/lib/register/columns";
import { formatDate, type Locale } from "@/lib/format";
import { Table, tableClasses } from "@/components/ui/table";

export interface RegisterTableLabels {
  caption: string;
  region: string;
  number: string;
  name: string;
  functionTitle: string;
  sideJob: string;
  organisation: string;
  paid: string;
  conditions: string;
  since: string;
  yes: string;
  no: string;
  none: string;
}

/** The public register as a table; scrolls sideways inside its own (focusable) region on narrow screens. */
export function RegisterTable({
  rows,
  labels,
  locale,
  showConditions,
}: {
  rows: PublicRegisterRow[];
  labels: RegisterTableLabels;
  locale: Locale;
  showConditions: boolean;
}) {
  const c = tableClasses();
  return (
    <Table
      caption={labels.caption}
      captionVisible
      captionClassName="mb-2 font-bold"
      region={labels.region}
      testId="register-table"
      headers={[
        labels.number,
        labels.name,
        labels.functionTitle,
        labels.sideJob,
        labels.organisation,
        labels.paid,
        ...(showConditions ? [labels.conditions] : []),
        labels.since,
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className={c.row}>
          <td className={`${c.cell} whitespace-nowrap`} data-testid="register-number-cell">
            {r.registerNumber ?? labels.none}
          </td>
          <th scope="row" className={c.rowHeader}>
            {r.personName}
          </th>
          <td className={c.cell}>{r.functionTitle}</td>
          <td className={c.cell}>{r.sideJob}</td>
          <td className={c.cell}>{r.sideJobOrganisation}</td>
          <td className={c.cell}>{r.paid ? labels.yes : labels.no}</td>
          {showConditions ? <td className={c.cell}>{r.conditions || labels.none}</td> : null}
          <td className={c.cell}>
            {r.startedOn ? formatDate(r.startedOn.toISOString().slice(0, 10), locale) : labels.none}
          </td>
        </tr>
      ))}
    </Table>
  );
}
