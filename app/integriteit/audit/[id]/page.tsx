import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { getAuditTrail, type AuditTrailEvent } from "@/lib/overview/audit-trail";
import { isAppError } from "@/lib/errors";
import { DB_TO_RULE_TYPE } from "@/lib/declarations/types";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { StatusTag } from "@/components/declarations/status-tag";
import { DataTable } from "@/components/overview/data-table";
import type { T } from "@/components/overview/labels";
import { loose, type MessageGroup } from "@/lib/i18n/keys";
import { DeclarationKicker } from "@/components/declarations/conversation";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("overview.audit.title") };
}

/** A translated text when the key exists, otherwise null. */
function maybe(t: T, group: MessageGroup, key: string): string | null {
  return loose(t, group, () => null)(key) || null;
}

function actionLabel(t: T, action: string): string {
  const key = action.replaceAll(".", "_");
  return maybe(t, "overview.audit.actions", key) ?? maybe(t, "declarations.historyActions", key) ?? action;
}

function factLabel(t: T, key: string): string {
  return maybe(t, "overview.audit.factLabels", key) ?? key;
}

function factValue(t: T, key: string, value: string): string {
  switch (key) {
    case "status":
    case "from":
      return maybe(t, "declarations.status", value) ?? value;
    case "outcome":
      return maybe(t, "declarations.outcome", value) ?? maybe(t, "declarations.decisionOutcome", value) ?? value;
    case "type":
      return value in DB_TO_RULE_TYPE
        ? t(`declarations.types.${DB_TO_RULE_TYPE[value as keyof typeof DB_TO_RULE_TYPE]}`)
        : value;
    case "reason":
      return maybe(t, "overview.audit.endReasons", value) ?? value;
    case "wasPublished":
      return value === "true" ? t("overview.audit.yes") : value === "false" ? t("overview.audit.no") : value;
    default:
      return value;
  }
}

function Check({ event, t }: { event: AuditTrailEvent; t: T }) {
  const ok = "font-semibold text-ok";
  const bad = "w-fit rounded bg-red-100 px-1 font-semibold text-red-900";
  return (
    <div
      className="space-y-1"
      data-testid="event-check"
      data-hash-ok={String(event.hashOk)}
      data-link-ok={String(event.linkOk)}
    >
      <p className={event.hashOk ? ok : bad}>
        {event.hashOk ? `✓ ${t("overview.audit.hashOk")}` : `✗ ${t("overview.audit.hashBad")}`}
      </p>
      <p className={event.linkOk ? ok : bad}>
        {!event.linkOk
          ? `✗ ${t("overview.audit.linkBad")}`
          : event.seq === 1
            ? `✓ ${t("overview.audit.linkFirst")}`
            : `✓ ${t("overview.audit.linkOk", { prev: String(event.seq - 1) })}`}
      </p>
      <p className="break-all font-mono text-xs text-neutral-700">
        {t("overview.audit.hash")}: {event.hash.slice(0, 16)}…<br />
        {t("overview.audit.prevHash")}: {event.prevHash.slice(0, 16)}…
      </p>
    </div>
  );
}

/** Every recorded step of one declaration of the organisation, with the hash-chain checks (integrity officers and HR). */
export default async function AuditTrailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("overview");
  const { id } = await params;
  const trail = await getAuditTrail(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { t, locale } = await getT();
  const d = trail.declaration;
  const broken = trail.events.filter((e) => !e.hashOk || !e.linkOk).length;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/integriteit/overzicht">{t("overview.audit.back")}</Link>
      </p>
      <div>
        {d ? <DeclarationKicker type={d.type} reference={d.reference} /> : null}
        <h1 className="text-2xl font-bold break-words sm:text-3xl">
          {t("overview.audit.heading", { title: d ? d.title || t("overview.untitled") : id })}
        </h1>
        {d ? (
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <span>{t("overview.audit.from", { name: d.personName })}</span>
            {d.unitName ? <span>{t("overview.audit.unit", { unit: d.unitName })}</span> : null}
            <StatusTag status={d.status} label={t(`declarations.status.${d.status}`)} />
            {d.submittedAt ? (
              <span>{t("declarations.detail.submittedOn", { date: formatDate(d.submittedAt, locale) })}</span>
            ) : null}
          </p>
        ) : (
          <p className="mt-2">{t("overview.audit.deleted")}</p>
        )}
        <p className="mt-4 max-w-prose">{t("overview.audit.lead")}</p>
      </div>
      <p
        className={`border-l-4 p-4 font-semibold ${broken === 0 ? "border-ok bg-green-50" : "border-error bg-red-50 text-red-900"}`}
        data-testid="chain-status"
        data-intact={String(trail.intact)}
      >
        {broken === 0 ? t("overview.audit.intact") : t("overview.audit.broken", { count: broken })}
      </p>
      {trail.events.length === 0 ? (
        <p>{t("overview.audit.empty")}</p>
      ) : (
        <DataTable
          caption={t("overview.audit.caption")}
          testId="audit-events"
          columns={[
            { label: t("overview.audit.seq"), rowHeader: true },
            { label: t("overview.audit.at") },
            { label: t("overview.audit.actor") },
            { label: t("overview.audit.action") },
            { label: t("overview.audit.facts") },
            { label: t("overview.audit.check") },
          ]}
          rows={trail.events.map((e) => ({
            key: String(e.seq),
            testId: "audit-event",
            data: { "data-action": e.action },
            cells: [
              e.seq,
              formatDateTime(e.at, locale),
              e.actorName ?? t("overview.audit.system"),
              actionLabel(t, e.action),
              e.facts.length === 0 ? (
                "–"
              ) : (
                <dl key="f" className="text-sm">
                  {e.facts.map((f) => (
                    <div key={f.key} className="flex flex-wrap gap-x-1">
                      <dt className="font-semibold">{factLabel(t, f.key)}:</dt>
                      <dd className="break-all">{factValue(t, f.key, f.value)}</dd>
                    </div>
                  ))}
                </dl>
              ),
              <Check key="c" event={e} t={t} />,
            ],
          }))}
        />
      )}
    </div>
  );
}
