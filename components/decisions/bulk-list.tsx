import Link from "next/link";
import type { BulkItem } from "@/lib/decisions/bulk";

/** The declarations of a bulk decision, each with its person, reference and (when not decided) the reason. */
export function BulkList({
  items,
  testId,
  types,
  unknown,
}: {
  items: { id: string; item: BulkItem | null; reason?: string }[];
  testId: string;
  types: Record<string, string>;
  /** The text for a declaration the viewer cannot see (only its absence is said). */
  unknown: string;
}) {
  return (
    <ul className="mt-2 space-y-3" data-testid={testId}>
      {items.map(({ id, item, reason }) => (
        <li key={id} className="border-l-4 border-neutral-300 pl-3 break-words" data-testid={`${testId}-item`}>
          {item ? (
            <>
              <Link href={`/beslissen/${item.id}`} className="font-semibold">
                {item.title}
              </Link>
              <span className="block text-sm text-neutral-700">
                {[item.personName, types[item.type], item.reference].filter(Boolean).join(" · ")}
              </span>
            </>
          ) : (
            <span className="font-semibold">{unknown}</span>
          )}
          {reason ? <span className="block">{reason}</span> : null}
        </li>
      ))}
    </ul>
  );
}
