import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getFilingContext } from "@/lib/declarations/filing-context";
import { getT } from "@/lib/i18n/server";
import type { DeclarationType } from "@/lib/rules";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("declarations.start.title") };
}

const GROUPS: {
  key: "gifts" | "work" | "money" | "moves" | "travelResources" | "contacts" | "relations";
  types: DeclarationType[];
}[] = [
  { key: "gifts", types: ["gift", "invitation"] },
  { key: "work", types: ["side-job", "commercial-activity", "trip-extension"] },
  { key: "money", types: ["financial-interest", "sale-to-employer", "expense-claim"] },
  { key: "moves", types: ["job-move", "former-employee-hire", "ex-minister-contact"] },
  { key: "travelResources", types: ["partner-travel", "travel-benefit", "service-car"] },
  { key: "contacts", types: ["parliament-contact", "tobacco-industry-contact"] }, // decision 040
  { key: "relations", types: ["private-relationship", "supplier-contact"] },
];

/** "Melden": asks what happened, in plain Dutch, and leads to the right form. */
export default async function DeclareStartPage() {
  const viewer = await requireUser();
  const { t } = await getT();
  const context = await getFilingContext(viewer);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("declarations.start.title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("declarations.start.lead")}</p>
      </div>
      {GROUPS.map((group) => (
        <Section key={group.key} id={`group-${group.key}`} title={t(`declarations.start.groups.${group.key}`)}>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {group.types.map((type) => (
              <li key={type} className="rounded border border-neutral-300 p-4">
                <Link href={`/melden/${type}`} className="text-lg font-bold">
                  {t(`declarations.types.${type}`)}
                </Link>
                <p className="mt-1">{t(`declarations.start.desc.${type}`)}</p>
                {type === "financial-interest" && !context.person.financialRiskFunction ? (
                  <p className="mt-1 text-sm text-neutral-700">{t("declarations.start.financialNote")}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
