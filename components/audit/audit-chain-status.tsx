// The integrity officer sees whether the audit log's hash chain is intact (verified on each view).
// Text carries the meaning (not only the colour); a break is announced to screen readers.
import type { AuditChainStatus } from "@/lib/audit/data";
import { formatDateTime, type Locale } from "@/lib/format";
import { FormAlert } from "@/components/ui/form-alert";
import type { getT } from "@/lib/i18n/server";
import { Section } from "@/components/ui/section";

type T = Awaited<ReturnType<typeof getT>>["t"];

export function AuditChainStatusSection({ status, t, locale }: { status: AuditChainStatus; t: T; locale: Locale }) {
  return (
    <Section id="logboek-controle" title={t("auditLog.heading")} className="space-y-3" testId="audit-chain-status">
      <p className="max-w-prose">{t("auditLog.lead")}</p>
      {status.ok ? (
        <p className="border-l-4 border-ok bg-green-50 p-3 font-bold" data-chain="intact">
          {t("auditLog.intact", { count: status.count })}
        </p>
      ) : (
        <div data-chain="broken">
          <FormAlert>
            <p className="font-bold">{t("auditLog.broken", { seq: status.brokenAtSeq ?? 0, count: status.count })}</p>
            {status.problem ? <p>{t(`auditLog.problems.${status.problem}`)}</p> : null}
          </FormAlert>
        </div>
      )}
      <p className="text-sm">{t("auditLog.checkedAt", { at: formatDateTime(status.checkedAt, locale) })}</p>
    </Section>
  );
}
