/** Open or closed, as a tag (the colour repeats the word, it never replaces it). */
export function CampaignStatus({ status, label }: { status: "OPEN" | "CLOSED"; label: string }) {
  const style = status === "OPEN" ? "bg-green-100 text-green-900" : "bg-neutral-200 text-neutral-900";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${style}`} data-testid="campaign-status">
      {label}
    </span>
  );
}
