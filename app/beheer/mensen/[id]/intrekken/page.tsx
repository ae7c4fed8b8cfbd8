import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { setPersonAccessAction } from "@/lib/people/actions";
import { getPerson } from "@/lib/people/data";
import { getT } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { peopleTranslator } from "@/components/people/labels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.access.withdraw") };
}

/** Confirmation before a consequential step: withdrawing access ends all of the person's sessions at once. */
export default async function WithdrawAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("people");
  const { id } = await params;
  const person = await getPerson(viewer, id);
  if (!person) notFound();
  const { t } = await getT();
  const tr = peopleTranslator(t);
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold">{tr("people.access.confirmTitle", { name: person.name })}</h1>
      {person.isViewer ? (
        <p>{tr("people.access.own")}</p>
      ) : person.disabledAt ? (
        <p>{tr("people.access.withdrawn")}</p>
      ) : (
        <>
          <p className="text-lg">{tr("people.access.confirmBody", { name: person.name })}</p>
          <ActionForm
            action={setPersonAccessAction}
            hidden={{ id: person.id, version: person.version, enabled: "false" }}
            label={tr("people.access.confirm")}
            variant="danger"
          />
        </>
      )}
      <p>
        <Link href={`/beheer/mensen/${person.id}`}>{tr("people.access.cancel")}</Link>
      </p>
    </div>
  );
}
