"use client";
import { useTranslations } from "use-intl";
import type { Verdict } from "@/lib/rules";

const TONE: Record<string, string> = {
  "no-duty": "border-neutral-500",
  register: "border-sky-700",
  "approval-required": "border-amber-600",
  "not-permitted": "border-error",
};

/**
 * The live verdict in one line, fixed at the bottom of a narrow screen (issue 19 item 4): while the person types, the
 * outcome stays in sight instead of only in the full panel below the buttons; "Uitleg" goes to that panel. From the
 * large breakpoint the panel stands beside the form and this line is not shown. Not a live region itself: the full
 * panel announces changes (one announcement, not two).
 */
export function VerdictDock({
  outcome,
  label,
  panelId,
}: {
  outcome: Verdict["outcome"] | null;
  label: string | null;
  panelId: string;
}) {
  const t = useTranslations("flow.verdictDock");
  return (
    <div
      className={`fixed inset-x-0 bottom-0 z-20 border-t-4 bg-white px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.15)] lg:hidden ${outcome ? (TONE[outcome] ?? "") : "border-neutral-300"}`}
      data-testid="verdict-dock"
      data-verdict-dock=""
      data-outcome={outcome ?? undefined}
    >
      <p className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-3">
        <span className="text-sm text-neutral-700">{t("label")}:</span>
        <span className={outcome ? "font-bold" : "text-sm"} data-testid="verdict-dock-outcome">
          {label ?? t("pending")}
        </span>
        <a href={`#${panelId}`} className="ml-auto text-sm">
          {t("more")}
        </a>
      </p>
    </div>
  );
}
