import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { bulkDecideAction } from "@/lib/decisions/bulk-actions";
import { previewBulkDecision } from "@/lib/decisions/bulk";
import { getT } from "@/lib/i18n/server";
import { BULK_DECISION_LIMIT } from "@/lib/declarations/lifecycle";
import { queueLabels } from "@/components/decisions/queue-labels";
import { BulkList } from "@/components/decisions/bulk-list";
import { ActionForm } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("bulkDecisions.confirm.title") };
}

/** "Weet je het zeker?" before a bulk approval (issue 16 item 4): what will be decided, and what not and why. */
export default async function BulkConfirmPage({
  searchParams,
}: {
  searchParams: Promise<{ ids?: string | string[] }>;
}) {
  const viewer = await requireRole("MANAGER");
  const { t } = await getT();
  const sp = await searchParams;
  const ids = (Array.isArray(sp.ids) ? sp.ids : sp.ids ? [sp.ids] : []).flatMap((s) => s.split(","));
  // The data layer checks each declaration against the viewer's rights now; the query string only says what was chosen.
  const preview = await previewBulkDecision(viewer, ids);
  const types = queueLabels(t).types;
  const unknown = t("bulkDecisions.confirm.unknown");
  const count = preview.decidable.length;
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold">{t("bulkDecisions.confirm.title")}</h1>
      {ids.length === 0 ? (
        <p data-testid="bulk-none-selected">{t("bulkDecisions.confirm.noneSelected")}</p>
      ) : count === 0 ? (
        <p data-testid="bulk-none">{t("bulkDecisions.confirm.none")}</p>
      ) : (
        <>
          <p className="text-lg" data-testid="confirm-lead">
            {t("bulkDecisions.confirm.lead", { count })}
          </p>
          <Section id="bulk-will" title={t("bulkDecisions.confirm.willDecide")}>
            <BulkList
              items={preview.decidable.map((item) => ({ id: item.id, item }))}
              testId="bulk-decidable"
              types={types}
              unknown={unknown}
            />
          </Section>
        </>
      )}
      {preview.refused.length > 0 ? (
        <Section id="bulk-not" title={t("bulkDecisions.confirm.notDecided")}>
          <p className="mt-1">{t("bulkDecisions.confirm.notDecidedLead")}</p>
          <BulkList
            items={preview.refused.map((r) => ({
              ...r,
              reason: t(`bulkDecisions.reasons.${r.reason}`, { limit: BULK_DECISION_LIMIT }),
            }))}
            testId="bulk-refused"
            types={types}
            unknown={unknown}
          />
        </Section>
      ) : null}
      {count > 0 ? (
        <ActionForm action={bulkDecideAction} hidden={{}} label={t("bulkDecisions.confirm.submit")} variant="primary">
          {/* The version each was shown at: a declaration changed since is reported, not decided. */}
          {preview.decidable.map((item) => (
            <input key={item.id} type="hidden" name="items" value={`${item.id}:${item.version}`} />
          ))}
        </ActionForm>
      ) : null}
      <p>
        <Link href="/beslissen">{t("bulkDecisions.confirm.back")}</Link>
      </p>
    </div>
  );
}
