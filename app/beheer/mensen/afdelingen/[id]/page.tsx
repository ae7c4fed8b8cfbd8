import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { listUnits } from "@/lib/people/data";
import { getT } from "@/lib/i18n/server";
import { AdminTabs } from "@/components/people/admin-tabs";
import { UnitForm } from "@/components/people/unit-form";
import { peopleTranslator, tabLabels, unitFormLabels } from "@/components/people/labels";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("people.units.title") };
}

/** Rename a unit, change its code or put it under another unit. */
export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("people");
  const { id } = await params;
  // Only the viewer's own organisation's units are listed: a foreign id is "not found".
  const units = await listUnits(viewer);
  const unit = units.find((u) => u.id === id);
  if (!unit) notFound();
  const { t, locale } = await getT();
  const tr = peopleTranslator(t);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/beheer/mensen/afdelingen">{tr("people.units.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{tr("people.units.editTitle", { name: unit.name })}</h1>
      <AdminTabs current="units" inside labels={tabLabels(tr)} />
      <UnitForm unit={unit} parents={units} locale={locale} labels={unitFormLabels(tr, tr("people.units.save"))} />
    </div>
  );
}
