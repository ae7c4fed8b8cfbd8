import Link from "next/link";

/**
 * The sub-navigation of "Mensen en organisatie": where you are, and the other parts. On a page inside a part
 * (one person, one unit, one import) that part is marked as the current section, not as the current page.
 */
export function AdminTabs({
  current,
  inside = false,
  labels,
}: {
  current: "people" | "units" | "import" | "new" | "scim";
  inside?: boolean;
  labels: { label: string; people: string; units: string; import: string; new: string; scim: string };
}) {
  const items = [
    ["people", "/beheer/mensen", labels.people],
    ["units", "/beheer/mensen/afdelingen", labels.units],
    ["import", "/beheer/mensen/import", labels.import],
    ["new", "/beheer/mensen/nieuw", labels.new],
    ["scim", "/beheer/mensen/koppeling", labels.scim],
  ] as const;
  return (
    <nav aria-label={labels.label} className="border-b border-neutral-300">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {items.map(([key, href, text]) => (
          <li key={key}>
            <Link
              href={href}
              aria-current={current === key ? (inside ? "true" : "page") : undefined}
              className={`inline-block py-2 font-semibold ${current === key ? "border-b-4 border-brand text-brand-dark no-underline" : ""}`}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
