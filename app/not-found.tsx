import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT();
  return (
    <div className="max-w-prose space-y-4">
      <title>{t("errors.notFoundTitle")}</title>
      <h1 className="text-3xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="text-lg">{t("errors.notFoundBody")}</p>
      <p>
        <Link href="/">{t("noAccess.back")}</Link>
      </p>
    </div>
  );
}
