import type { PublicRegisterRow } from "@/lib/register/columns";
import { formatDate, type Locale } from "@/lib/format";

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
  return (
    <div
      role="region"
      aria-label={labels.region}
      tabIndex={0}
      className="relative overflow-x-auto focus:outline focus:outline-2"
    >
      <table className="w-full border-collapse text-left" data-testid="register-table">
        <caption className="mb-2 text-left font-bold">{labels.caption}</caption>
        <thead>
          <tr className="border-b-2 border-neutral-800">
            <th scope="col" className="py-2 pr-4">
              {labels.number}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.name}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.functionTitle}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.sideJob}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.organisation}
            </th>
            <th scope="col" className="py-2 pr-4">
              {labels.paid}
            </th>
            {showConditions ? (
              <th scope="col" className="py-2 pr-4">
                {labels.conditions}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              {labels.since}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-neutral-300 align-top">
              <td className="py-2 pr-4 whitespace-nowrap" data-testid="register-number-cell">
                {r.registerNumber ?? labels.none}
              </td>
              <th scope="row" className="py-2 pr-4 font-normal">
                {r.personName}
              </th>
              <td className="py-2 pr-4">{r.functionTitle}</td>
              <td className="py-2 pr-4">{r.sideJob}</td>
              <td className="py-2 pr-4">{r.sideJobOrganisation}</td>
              <td className="py-2 pr-4">{r.paid ? labels.yes : labels.no}</td>
              {showConditions ? <td className="py-2 pr-4">{r.conditions || labels.none}</td> : null}
              <td className="py-2 pr-4">
                {r.startedOn ? formatDate(r.startedOn.toISOString().slice(0, 10), locale) : labels.none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
