import type { ReactNode } from "react";
import { Options } from "@/components/ui/options";

/** The declaration types as a filter's options, "all types" first. */
export function TypeOptions({ all, types }: { all: ReactNode; types: Record<string, string> }) {
  return <Options all={all} options={Object.entries(types)} />;
}
