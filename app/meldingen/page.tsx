import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { listMyDeclarations } from "@/lib/declarations/reads";
import { locateByReference } from "@/lib/decisions/read";
import { normaliseReference } from "@/lib/declarations/reference";
import { ReferenceSearch } from "@/components/declarations/reference-search";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { StatusTag } from "@/components/declarations/status-tag";
import { listMyRecusals } from "@/lib/recusals/data";
import { RecusalList } from "@/components/recusals/recusal-list";
import { FormAlert } from "@/components/ui/form-alert";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.list.title") };
}

export default async function MyDeclarationsPage({
  searchParams,
}: {
  searchParams: Promise<{ verwijderd?: string; kenmerk?: string | string[]; ref?: string | string[] }>;
}) {
  const viewer = await requireUser();
  const { t, locale } = await getT();
  const { verwijderd, kenmerk, ref } = await searchParams;
  // Look-up by reference (?kenmerk= from the form, ?ref= for links): opens the declaration where the viewer may read
  // it (checked in the data layer); anything else, including someone else's, is "no declaration you may see".
  const asked = [kenmerk, ref]
    .flat()
    .find((v): v is string => typeof v === "string" && v.trim() !== "")
    ?.slice(0, 40);
  let searchError: string | undefined;
  if (asked) {
    const found = await locateByReference(viewer, asked);
    if (found) redirect(found.href);
    const reference = normaliseReference(asked);
    searchError = reference
      ? t("declarations.list.search.notFound", { reference })
      : t("declarations.list.search.invalid");
  }
  const [items, recusals] = await Promise.all([listMyDeclarations(viewer), listMyRecusals(viewer)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("declarations.list.title")}</h1>
        <Link href="/melden" className={buttonClass()}>
          {t("declarations.list.new")}
        </Link>
      </div>
      {verwijderd ? <FormAlert tone="success">{t("declarations.list.discardedNotice")}</FormAlert> : null}
      <ReferenceSearch value={asked} error={searchError} />
      {items.length === 0 ? (
        <p>{t("declarations.list.empty")}</p>
      ) : (
        <ul className="divide-y divide-neutral-300 border-y border-neutral-300" data-testid="my-declarations">
          {items.map((item) => (
            <li
              key={item.id}
              className="grid gap-1 py-4 md:grid-cols-[1fr_auto]"
              data-testid="declaration-row"
              data-status={item.status}
            >
              <div>
                <p className="text-sm text-neutral-700">
                  {t(`declarations.types.${item.type}`)}
                  {item.reference ? (
                    <>
                      {" "}
                      · <span data-testid="row-reference">{item.reference}</span>
                    </>
                  ) : null}
                </p>
                <Link href={`/meldingen/${item.id}`} className="text-lg font-bold">
                  {item.title || t("declarations.list.untitled")}
                </Link>
                {item.status === "DRAFT" ? (
                  // A draft: the date entered (when there is one), when it was last saved, and the notice before removal.
                  <>
                    {item.occursOn ? (
                      <p className="text-sm" data-testid="row-date">
                        {t("flow.drafts.enteredDate")}: {formatDate(item.occursOn, locale)}
                      </p>
                    ) : null}
                    <p className="text-sm" data-testid="row-saved">
                      {t("flow.drafts.savedOn", { date: formatDate(item.updatedAt, locale) })}
                    </p>
                    {item.deletesOn ? (
                      <p className="text-sm font-semibold text-warn" data-testid="row-deletes">
                        {t("flow.drafts.deletesOn", { date: formatDate(item.deletesOn, locale) })}
                      </p>
                    ) : null}
                  </>
                ) : (
                  <p className="text-sm">
                    {t("declarations.list.date")}: {formatDate(item.occursOn ?? item.createdAt, locale)}
                  </p>
                )}
                <p className="text-sm">
                  <span className="font-semibold">{t("declarations.list.nextStep")}:</span>{" "}
                  {t(`declarations.nextStep.${item.statusKey}`)}
                </p>
              </div>
              <div>
                <StatusTag status={item.status} label={t(`declarations.status.${item.statusKey}`)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {recusals.length > 0 ? (
        <Section id="my-recusals" title={t("recusals.mine.heading")}>
          <p className="mt-1 max-w-prose">{t("recusals.mine.lead")}</p>
          <RecusalList items={recusals} showPerson={false} decisionLinks={false} testId="my-recusals" />
        </Section>
      ) : null}
    </div>
  );
}
