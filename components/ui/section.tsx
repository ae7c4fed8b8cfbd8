import type { ReactNode } from "react";

/**
 * A part of a page under its own heading: a `<section>` named by its `<h2>` (aria-labelledby), so that the regions
 * list of a screen reader reads the heading. `size`: "2xl" for a page's main parts, "xl" for parts of a panel.
 */
export function Section({
  id,
  title,
  size = "xl",
  className,
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  size?: "xl" | "2xl";
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className={size === "2xl" ? "text-2xl font-bold" : "text-xl font-bold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}
