import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("noAccess.title") };
}

export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ reden?: string }> }) {
  const { t } = await getT();
  const { reden } = await searchParams;
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-3xl font-bold">{t("noAccess.title")}</h1>
      <p className="text-lg">{reden === "rol" ? t("noAccess.roleBody") : t("noAccess.body")}</p>
      <p>
        <Link href="/">{t("noAccess.back")}</Link>
      </p>
    </div>
  );
}
