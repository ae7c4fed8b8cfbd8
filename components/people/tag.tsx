const STYLE: Record<string, string> = {
  active: "bg-green-100 text-green-900",
  left: "bg-neutral-200 text-neutral-900",
  disabled: "bg-red-100 text-red-900",
  new: "bg-sky-100 text-sky-900",
  changed: "bg-amber-100 text-amber-900",
  unchanged: "bg-neutral-200 text-neutral-900",
  rejected: "bg-red-100 text-red-900",
  PREVIEWED: "bg-amber-100 text-amber-900",
  APPLIED: "bg-green-100 text-green-900",
  DISCARDED: "bg-neutral-200 text-neutral-900",
};

/** A short coloured label for a status or an outcome (the colour repeats the text, never replaces it). */
export function Tag({ kind, label }: { kind: string; label: string }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm font-semibold ${STYLE[kind] ?? "bg-neutral-200 text-neutral-900"}`}
    >
      {label}
    </span>
  );
}
