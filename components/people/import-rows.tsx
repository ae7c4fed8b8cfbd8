import type { Change, ReportRow } from "@/lib/people/plan-model";
import type { Issue } from "@/lib/people/csv";
import { formatDate, type Locale } from "@/lib/format";
import type { Translate } from "./people-list";
import { StackLabel, Table, tableClasses } from "@/components/ui/table";
import { Tag } from "./tag";
import { lostCharactersIssue } from "@/lib/people/lost-characters";

const BOOLEAN_FIELDS = new Set(["topManagementGroup", "topOfficial", "financialRiskFunction", "vulnerableFunction"]);
const DATE_FIELDS = new Set(["employmentStart", "employmentEnd"]);

function display(t: Translate, locale: Locale, field: string, value: string | null): string {
  if (value === null || value === "") return t("people.preview.blank");
  if (BOOLEAN_FIELDS.has(field)) return value === "true" ? t("people.preview.yes") : t("people.preview.no");
  if (DATE_FIELDS.has(field)) return formatDate(value, locale);
  if (field === "roles")
    return value
      .split(",")
      .map((r) => t(`roles.${r}`))
      .join(", ");
  return value;
}

export function changeText(t: Translate, locale: Locale, change: Change, isNew: boolean): string {
  const field = t(`people.preview.fields.${change.field}`);
  const to = display(t, locale, change.field, change.to);
  return isNew
    ? t("people.preview.value", { field, to })
    : t("people.preview.change", { field, from: display(t, locale, change.field, change.from), to });
}

export function issueText(t: Translate, issue: Issue): string {
  const params = { ...(issue.params ?? {}) };
  if (issue.code === "roleNotAllowed" && params.role) params.role = t(`roles.${params.role}`);
  return t(`people.issues.${issue.code}`, params);
}

/** The rows of a preview: line number, who, outcome, and the changes or the reasons for rejecting. */
export function ImportRows({
  rows,
  caption,
  t,
  locale,
}: {
  rows: ReportRow[];
  caption: string;
  t: Translate;
  locale: Locale;
}) {
  const label = (key: string) => <StackLabel layout="stack-md">{t(`people.preview.${key}`)}</StackLabel>;
  const rt = tableClasses("stack-md");
  return (
    <Table
      caption={caption}
      captionVisible
      layout="stack-md"
      testId="import-rows"
      headers={["line", "person", "outcome", "details"].map((k) => t(`people.preview.${k}`))}
    >
      {rows.map((row) => (
        <tr key={row.line} className={rt.row} data-testid="import-row" data-line={row.line} data-outcome={row.outcome}>
          <td className={`${rt.cell} whitespace-nowrap font-semibold`}>
            {t("people.preview.lineNumber", { line: row.line })}
          </td>
          <th scope="row" className={`${rt.cell} font-normal`}>
            <span className="font-bold">{row.name || "–"}</span>
            {row.externalId ? <span className="block text-sm text-neutral-700">{row.externalId}</span> : null}
          </th>
          <td className={rt.cell}>
            {label("outcome")}
            <Tag kind={row.outcome} label={t(`people.preview.${row.outcome}`)} />
          </td>
          <td className={rt.cell}>
            {lostCharactersIssue(row.name) ? (
              <p className="mb-1 font-bold wrap-anywhere" data-testid="lost-characters">
                {t("people.preview.warning")}: {issueText(t, lostCharactersIssue(row.name)!)}
              </p>
            ) : null}
            {row.reasons.length ? (
              <ul className="list-disc pl-5 text-error">
                {row.reasons.map((r, i) => (
                  <li key={i}>{issueText(t, r)}</li>
                ))}
              </ul>
            ) : row.changes.length ? (
              <ul className="list-disc pl-5 wrap-anywhere">
                {/* A new person's name and number are in the person column already. */}
                {row.changes
                  .filter((c) => row.outcome !== "new" || (c.field !== "name" && c.field !== "externalId"))
                  .map((c) => (
                    <li key={c.field}>{changeText(t, locale, c, row.outcome === "new")}</li>
                  ))}
              </ul>
            ) : (
              "–"
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
