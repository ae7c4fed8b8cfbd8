import type { Metadata } from "next";
import Link from "next/link";
import { canReach } from "@/lib/auth/areas";
import { getViewer } from "@/lib/auth/session";
import { savePersonAction, setPersonAccessAction, unlinkOidcSubjectAction } from "@/lib/people/actions";
import { getPerson, getSsoLink, listUnits, UNLINK_REASON_MAX } from "@/lib/people/data";
import { grantableRoles } from "@/lib/people/roles";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { peopleRecordPage } from "@/app/beheer/mensen/record-page";
import { ActionForm } from "@/components/ui/action-form";
import { AdminTabs } from "@/components/people/admin-tabs";
import { PersonForm } from "@/components/people/person-form";
import { personFormProps, unitOptions } from "@/components/people/person-form-props";
import { tabLabels } from "@/components/people/labels";
import { Tag } from "@/components/people/tag";
import { FormAlert } from "@/components/ui/form-alert";
import { keyIn } from "@/lib/i18n/keys";
import { Section } from "@/components/ui/section";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { t } = await getT();
  const viewer = await getViewer();
  const person = viewer && canReach(viewer, "people") ? await getPerson(viewer, (await params).id) : null;
  return { title: person ? t("people.form.editTitle", { name: person.name }) : t("people.tabs.people") };
}

const NOTICES = {
  toegevoegd: "people.form.created",
  opgeslagen: "people.form.saved",
  ingetrokken: "people.access.withdrawn",
  hersteld: "people.access.restored",
  ontkoppeld: "people.sso.unlinked",
} as const;

/** One person: the form (version-checked) and their access to the portal. */
export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { viewer, id, sp, record: person, t, locale, tr } = await peopleRecordPage(params, searchParams, getPerson);
  const units = await listUnits(viewer);
  const sso = await getSsoLink(viewer, id);
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => sp[k]);
  const props = personFormProps(tr, grantableRoles(viewer), person, tr("people.form.save"));
  return (
    <div className="space-y-6">
      {notice ? (
        <FormAlert tone="success" testId="notice">
          {tr(NOTICES[notice])}
        </FormAlert>
      ) : null}
      <p>
        <Link href="/beheer/mensen">{tr("people.form.back")}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{tr("people.form.editTitle", { name: person.name })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <Tag kind={person.status} label={tr(`people.status.${person.status}`)} />
          <span>{tr("people.form.reports", { count: person.reports })}</span>
        </p>
      </div>
      <AdminTabs current="people" inside labels={tabLabels(tr)} />
      {person.editable ? (
        <PersonForm
          action={savePersonAction}
          id={person.id}
          version={person.version}
          units={unitOptions(units)}
          locale={locale}
          {...props}
        />
      ) : (
        <p className="border-l-4 border-sky-700 bg-sky-50 p-4" data-testid="read-only">
          {tr("people.form.readOnly")}
        </p>
      )}
      <Section
        id="toegang"
        title={tr("people.access.title")}
        className="max-w-2xl rounded border border-neutral-300 p-4"
      >
        <p className="mt-2">
          {person.disabledAt
            ? tr("people.access.disabledSince", { date: formatDateTime(person.disabledAt, locale) })
            : tr("people.access.active")}
        </p>
        <div className="mt-3">
          {person.isViewer ? (
            <p>{tr("people.access.own")}</p>
          ) : !person.editable ? null : person.disabledAt ? (
            <ActionForm
              action={setPersonAccessAction}
              hidden={{ id: person.id, version: person.version, enabled: "true" }}
              label={tr("people.access.restore")}
            />
          ) : (
            <Link href={`/beheer/mensen/${person.id}/intrekken`} className={buttonClass("danger")}>
              {tr("people.access.withdraw")}
            </Link>
          )}
        </div>
      </Section>
      {sso ? (
        <Section
          id="sso"
          title={tr("people.sso.title")}
          className="max-w-2xl rounded border border-neutral-300 p-4"
          testId="sso-link"
        >
          <p className="mt-2">{sso.linked ? tr("people.sso.linked") : tr("people.sso.notLinked")}</p>
          {sso.refusals.length > 0 ? (
            <>
              <h3 className="mt-3 font-bold">{tr("people.sso.refusalsTitle")}</h3>
              <ul className="list-disc pl-6" data-testid="sso-refusals">
                {sso.refusals.map((r, i) => (
                  <li key={i}>
                    {formatDateTime(r.at, locale)}:{" "}
                    {t.has(keyIn("people.sso.refusal", r.reason))
                      ? tr(keyIn("people.sso.refusal", r.reason))
                      : tr("people.sso.refusal.unknown")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {sso.linked && sso.mayUnlink ? (
            <div className="mt-3 space-y-2">
              <p>{tr("people.sso.unlinkIntro")}</p>
              <ActionForm
                action={unlinkOidcSubjectAction}
                hidden={{ id: person.id }}
                label={tr("people.sso.unlink")}
                variant="danger"
              >
                <Field id="unlink-reason" label={tr("people.sso.reason")} look="plain">
                  <textarea
                    id="unlink-reason"
                    name="reason"
                    required
                    maxLength={UNLINK_REASON_MAX}
                    rows={3}
                    className="mt-1 block w-full rounded border-2 border-neutral-700 p-2"
                  />
                </Field>
              </ActionForm>
            </div>
          ) : null}
        </Section>
      ) : null}
    </div>
  );
}
