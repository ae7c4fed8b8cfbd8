import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { createDelegationAction, revokeDelegationAction } from "@/lib/decisions/actions";
import { listDelegations } from "@/lib/decisions/deputies";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { messagesIn } from "@/lib/i18n/keys";
import { ActionForm } from "@/components/ui/action-form";
import { DelegationForm } from "@/components/decisions/delegation-form";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("decisions.deputies.title") };
}

export default async function DeputiesPage() {
  const viewer = await requireRole("MANAGER");
  const { t, locale } = await getT();
  const { given, received, candidates } = await listDelegations(viewer);
  const period = (s: string, e: string) =>
    t("decisions.deputies.period", { start: formatDate(s, locale), end: formatDate(e, locale) });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("decisions.deputies.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("decisions.deputies.lead")}</p>
      </div>
      <Section id="gegeven" title={t("decisions.deputies.given")}>
        {given.length === 0 ? (
          <p>{t("decisions.deputies.none")}</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="deputies-given">
            {given.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-4">
                <span>
                  {g.name}: {period(g.startsOn, g.endsOn)}
                </span>
                <ActionForm
                  action={revokeDelegationAction}
                  hidden={{ id: g.id }}
                  label={`${t("decisions.deputies.revoke")}`}
                  variant="danger"
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="nieuw" title={t("decisions.deputies.add")} className="rounded border border-neutral-300 p-4">
        <DelegationForm
          action={createDelegationAction}
          candidates={candidates}
          labels={{
            ...messagesIn(t, "decisions.deputies", ["deputy", "choose", "startsOn", "endsOn", "add"]),
            ...messagesIn(t, "declarations.form", ["errorSummaryTitle", "errorTitlePrefix"]),
          }}
        />
      </Section>
      <Section id="ontvangen" title={t("decisions.deputies.received")}>
        {received.length === 0 ? (
          <p>{t("decisions.deputies.none")}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {received.map((r) => (
              <li key={r.id}>
                {r.name}: {period(r.startsOn, r.endsOn)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
