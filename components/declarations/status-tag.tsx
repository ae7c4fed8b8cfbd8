const STYLE: Record<string, string> = {
  DRAFT: "bg-neutral-200 text-neutral-900",
  REGISTERED: "bg-sky-100 text-sky-900",
  SUBMITTED: "bg-amber-100 text-amber-900",
  INFO_REQUESTED: "bg-orange-100 text-orange-900",
  ESCALATED: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  APPROVED_WITH_CONDITIONS: "bg-green-100 text-green-900",
  REFUSED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-neutral-200 text-neutral-900",
  ENDED: "bg-neutral-200 text-neutral-900",
};

export function StatusTag({ status, label }: { status: string; label: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${STYLE[status] ?? "bg-neutral-200"}`}>
      {label}
    </span>
  );
}
