// Small server-side presentation helpers for the privacy pages (no client code).
import type { RetentionCategory } from "@/lib/generated/prisma/enums";
import type { getT } from "@/lib/i18n/server";
import type { Retention } from "@/lib/privacy/catalogue";
import { COUNT_KINDS, type RemovedCounts } from "@/lib/privacy/purge";
import { RETENTION_CATEGORIES } from "@/lib/privacy/retention";
import { keyIn } from "@/lib/i18n/keys";

export type Translator = Awaited<ReturnType<typeof getT>>["t"];

/** "7 jaar" for whole years, "6 maanden" otherwise. */
export function periodText(t: Translator, months: number): string {
  return months % 12 === 0
    ? t("privacy.retention.years", { count: months / 12 })
    : t("privacy.retention.months", { count: months });
}

/** How long a catalogue group is kept: its categories with this organisation's periods, or the fixed rule. */
export function retentionText(t: Translator, retention: Retention, months: Record<RetentionCategory, number>): string {
  return Array.isArray(retention)
    ? retention.map((c) => `${t(`privacy.categories.${c}.name`)}: ${periodText(t, months[c])}`).join("; ")
    : t(`privacy.catalogue.kept.${retention}`);
}

/** Non-zero counts per category, e.g. [["CLOSED_DECLARATIONS", ["2 meldingen", "1 besluit"]]]. */
export function removedParts(t: Translator, counts: RemovedCounts): [RetentionCategory, string[]][] {
  return RETENTION_CATEGORIES.map((category): [RetentionCategory, string[]] => [
    category,
    COUNT_KINDS[category]
      .filter((kind) => (counts[category][kind] ?? 0) > 0)
      .map((kind) => t(keyIn("privacy.purge.kinds", kind), { count: counts[category][kind] ?? 0 })),
  ]).filter(([, parts]) => parts.length > 0);
}

/** What a run removed, as a short list per category; "Niets" when nothing. */
export function RemovedList({ t, counts }: { t: Translator; counts: RemovedCounts }) {
  const parts = removedParts(t, counts);
  if (parts.length === 0) return <>{t("privacy.purge.nothing")}</>;
  return (
    <ul className="space-y-1">
      {parts.map(([category, texts]) => (
        <li key={category}>
          <span className="font-semibold">{t(`privacy.categories.${category}.name`)}:</span> {texts.join(", ")}
        </li>
      ))}
    </ul>
  );
}
