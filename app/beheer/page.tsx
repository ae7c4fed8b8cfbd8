import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ADMIN_AREA_PATHS, reachableAreas } from "@/lib/auth/areas";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.title") };
}

/** The administration hub: the areas the viewer's roles reach (lib/auth/areas.ts). */
export default async function AdminHubPage() {
  const viewer = await requireUser();
  const areas = reachableAreas(viewer);
  if (areas.length === 0) redirect("/geen-toegang?reden=rol");
  const { t } = await getT();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("admin.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("admin.lead")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {areas.map((area) => (
          <li key={area} className="rounded border border-neutral-300 p-4">
            <h2 className="text-xl font-bold">
              <Link href={ADMIN_AREA_PATHS[area]}>{t(`admin.areas.${area}.title`)}</Link>
            </h2>
            <p className="mt-1">{t(`admin.areas.${area}.body`)}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/register/${viewer.organisationSlug}`}>{t("admin.publicRegister")}</Link>
      </p>
    </div>
  );
}
