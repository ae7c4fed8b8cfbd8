import { snippetParts } from "@/lib/search/declarations";

/**
 * A search snippet with the matched words in <mark>. The snippet is split on the private-use markers the database
 * puts around a match and each part is rendered as text: whatever someone typed (markup included) stays text.
 */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="mt-2 max-w-prose break-words text-neutral-900" data-testid="search-snippet">
      {snippetParts(text).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-neutral-950">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
