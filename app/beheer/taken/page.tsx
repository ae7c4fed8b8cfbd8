import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { getJobsOverview } from "@/lib/jobs/data";
import { Table, tableClasses } from "@/components/ui/table";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("jobs.title") };
}

/** Background jobs for administrators: this server's job runner and each recurring job's last run (lib/jobs/status.ts). */
export default async function JobsPage() {
  const viewer = await requireArea("jobs");
  const { t, locale } = await getT();
  const { runner, jobs, status } = await getJobsOverview(viewer);
  const rt = tableClasses();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("jobs.title")}</h1>
        <p className="max-w-prose text-lg">{t("jobs.lead")}</p>
        <p
          role="status"
          data-testid="jobs-overall"
          data-status={status}
          className={`border-l-4 p-3 ${status === "ok" ? "border-ok bg-green-50" : "border-warn bg-amber-50"}`}
        >
          {t(`jobs.overall.${status}`)}
        </p>
      </div>
      <Section id="verwerker" title={t("jobs.runner.heading")} size="2xl" className="space-y-2">
        <p data-testid="runner-status" data-status={runner.status}>
          {t(`jobs.runner.status.${runner.status}`)}
        </p>
        {runner.attempts > 1 ? <p>{t("jobs.runner.attempts", { count: runner.attempts })}</p> : null}
        {runner.lastError ? (
          <p>
            {t("jobs.runner.lastError", {
              error: [runner.lastError.errorName, runner.lastError.errorCode].filter(Boolean).join(" "),
            })}
          </p>
        ) : null}
        {runner.nextAttemptAt ? (
          <p>{t("jobs.runner.nextAttempt", { time: formatDateTime(runner.nextAttemptAt, locale) })}</p>
        ) : null}
        {runner.mailProblem ? (
          <p className="border-l-4 border-warn bg-amber-50 p-3" data-testid="mail-problem">
            {t("jobs.runner.mailProblem")}
          </p>
        ) : null}
      </Section>
      <Section id="vaste-taken" title={t("jobs.table.caption")} size="2xl" className="space-y-2">
        <Table
          caption={t("jobs.table.caption")}
          region={t("jobs.table.caption")}
          headers={[t("jobs.table.job"), t("jobs.table.interval"), t("jobs.table.lastRun"), t("jobs.table.state")]}
          testId="jobs-table"
        >
          {jobs.map((job) => (
            <tr
              key={job.queue}
              className={rt.row}
              data-testid="job-row"
              data-queue={job.queue}
              data-health={job.health}
            >
              <th scope="row" className="py-3 pr-4 font-normal">
                {t(`jobs.queues.${job.queue as "deliver-mail" | "decision-reminders"}`)}
              </th>
              <td className="py-3 pr-4">
                {t(job.intervalSeconds <= 60 ? "jobs.interval.minute" : "jobs.interval.day")}
              </td>
              <td className="py-3 pr-4">{job.lastRunAt ? formatDateTime(job.lastRunAt, locale) : t("jobs.never")}</td>
              <td className={`py-3 ${job.health === "warning" ? "font-bold" : ""}`}>
                {t(`jobs.health.${job.health}`)}
              </td>
            </tr>
          ))}
        </Table>
      </Section>
    </div>
  );
}
