import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { savePersonAction } from "@/lib/people/actions";
import { listUnits } from "@/lib/people/data";
import { grantableRoles } from "@/lib/people/roles";
import { getT } from "@/lib/i18n/server";
import { AdminTabs } from "@/components/people/admin-tabs";
import { PersonForm } from "@/components/people/person-form";
import { personFormProps, unitOptions } from "@/components/people/person-form-props";
import { peopleTranslator, tabLabels } from "@/components/people/labels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.form.newTitle") };
}

export default async function NewPersonPage() {
  const viewer = await requireArea("people");
  const { t, locale } = await getT();
  const tr = peopleTranslator(t);
  const units = await listUnits(viewer);
  const props = personFormProps(tr, grantableRoles(viewer), null, tr("people.form.add"));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/beheer/mensen">{tr("people.form.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{tr("people.form.newTitle")}</h1>
      <AdminTabs current="new" labels={tabLabels(tr)} />
      <PersonForm
        action={savePersonAction}
        id={null}
        version={0}
        units={unitOptions(units)}
        locale={locale}
        {...props}
      />
    </div>
  );
}
