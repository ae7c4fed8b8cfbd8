import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { listPublicOrganisations } from "@/lib/register/public";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("register.index.title") };
}

/** The public registers of all organisations on the portal. */
export default async function RegisterIndexPage() {
  const { t } = await getT();
  const organisations = await listPublicOrganisations();
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">{t("register.index.title")}</h1>
      <p>{t("register.index.lead")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {organisations.map((o) => (
          <li key={o.slug}>
            <Link href={`/register/${o.slug}`}>{o.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
