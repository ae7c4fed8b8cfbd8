import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/session";
import { describeBulkResult, type BulkReason } from "@/lib/decisions/bulk";
import { getT } from "@/lib/i18n/server";
import { BULK_DECISION_LIMIT } from "@/lib/declarations/lifecycle";
import { queueLabels } from "@/components/decisions/queue-labels";
import { BulkList } from "@/components/decisions/bulk-list";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<{ besloten?: string }>;
}): Promise<Metadata> {
  const { t } = await getT();
  return { title: t((await searchParams).besloten ? "bulkDecisions.done.title" : "bulkDecisions.done.titleNone") };
}

const REASONS: readonly BulkReason[] = [
  "not-yours",
  "not-awaiting",
  "needs-judgement",
  "changed",
  "over-limit",
  "failed",
] as const;

const list = (s: string | undefined) => (s ? s.split(",").filter(Boolean).slice(0, 200) : []);

/** After a bulk approval: which were approved, and which not and why (issue 16 item 4). */
export default async function BulkDonePage({
  searchParams,
}: {
  searchParams: Promise<{ besloten?: string; niet?: string }>;
}) {
  const viewer = await requireRole("MANAGER");
  const { t } = await getT();
  const sp = await searchParams;
  const decided = list(sp.besloten);
  const notDecided = list(sp.niet).map((s) => {
    const [id = "", reason = ""] = s.split("~");
    return { id, reason: REASONS.find((r) => r === reason) ?? "failed" };
  });
  // Titles only of what the viewer may read as decider now; the query string is not trusted for anything else.
  const known = await describeBulkResult(viewer, [...decided, ...notDecided.map((n) => n.id)]);
  const types = queueLabels(t).types;
  const unknown = t("bulkDecisions.confirm.unknown");
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold">
        {t(decided.length > 0 ? "bulkDecisions.done.title" : "bulkDecisions.done.titleNone")}
      </h1>
      {decided.length > 0 ? (
        <FormAlert tone="success" testId="bulk-done">
          {t("bulkDecisions.done.next")}
        </FormAlert>
      ) : null}
      {decided.length > 0 ? (
        <Section id="bulk-decided" title={t("bulkDecisions.done.decided", { count: decided.length })}>
          <BulkList
            items={decided.map((id) => ({ id, item: known.get(id) ?? null }))}
            testId="bulk-decided"
            types={types}
            unknown={unknown}
          />
        </Section>
      ) : null}
      {notDecided.length > 0 ? (
        <Section id="bulk-not-decided" title={t("bulkDecisions.done.notDecided", { count: notDecided.length })}>
          <p className="mt-1">{t("bulkDecisions.done.notDecidedLead")}</p>
          <BulkList
            items={notDecided.map((n) => ({
              id: n.id,
              item: known.get(n.id) ?? null,
              reason: t(`bulkDecisions.reasons.${n.reason}`, { limit: BULK_DECISION_LIMIT }),
            }))}
            testId="bulk-not-decided"
            types={types}
            unknown={unknown}
          />
        </Section>
      ) : null}
      <p>
        <Link href="/beslissen">{t("bulkDecisions.done.back")}</Link>
      </p>
    </div>
  );
}
