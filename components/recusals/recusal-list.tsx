import Link from "next/link";
import type { RecusalView } from "@/lib/recusals/data";
import { endRecusalAction } from "@/lib/recusals/actions";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { EndRecusalForm } from "./end-recusal-form";

/**
 * A list of active recusals as stacked rows (they reflow at 320 px). `showPerson` for the team and organisation
 * views; `decisionLinks` links each to its declaration's decision page (deciders only); the end form shows on the
 * rows the data layer says the viewer may end.
 */
export async function RecusalList({
  items,
  showPerson,
  decisionLinks,
  testId,
}: {
  items: RecusalView[];
  showPerson: boolean;
  decisionLinks: boolean;
  testId: string;
}) {
  const { t, locale } = await getT();
  const endLabels = {
    summary: t("recusals.end.summary"),
    reason: t("recusals.end.reason"),
    reasonHint: t("recusals.end.reasonHint"),
    submit: t("recusals.end.submit"),
    consequence: t("recusals.end.consequence"),
  };
  return (
    <ul className="divide-y divide-neutral-300 border-y border-neutral-300" data-testid={testId}>
      {items.map((r) => (
        <li key={r.id} className="py-3" data-testid="recusal-row">
          <dl className="grid gap-x-4 gap-y-1 md:grid-cols-[12rem_1fr]">
            {showPerson ? (
              <>
                <dt className="font-bold">{t("recusals.columns.person")}</dt>
                <dd>{r.personName}</dd>
              </>
            ) : null}
            <dt className="font-bold">{t("recusals.columns.subject")}</dt>
            <dd className="break-words" data-testid="recusal-subject">
              {t(`recusals.kinds.${r.subjectKind}`)}: {r.subject}
            </dd>
            <dt className="font-bold">{t("recusals.columns.endsOn")}</dt>
            <dd>{formatDate(r.endsOn, locale)}</dd>
            <dt className="font-bold">{t("recusals.columns.recordedBy")}</dt>
            <dd>{r.recordedByName}</dd>
            {r.declarationReference ? (
              <>
                <dt className="font-bold">{t("recusals.columns.reference")}</dt>
                <dd>
                  {decisionLinks ? (
                    <Link href={`/beslissen/${r.declarationId}`}>{r.declarationReference}</Link>
                  ) : (
                    r.declarationReference
                  )}
                </dd>
              </>
            ) : null}
          </dl>
          {r.canEnd ? (
            <EndRecusalForm action={endRecusalAction} id={r.id} version={r.version} labels={endLabels} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
