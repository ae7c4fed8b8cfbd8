// Lifecycle groups in raw SQL: the status list is built from the group (lib/declarations/lifecycle.ts), never
// typed again in a query, so a query and the data layer cannot disagree on what "open" or "sent" means.
import { Prisma } from "@/lib/generated/prisma/client";
import type { DeclarationStatus } from "./lifecycle";

/** `<column> in (…)` for a group of statuses; `column` is trusted SQL such as `d.status`. */
export function statusIn(column: string, statuses: readonly DeclarationStatus[]): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(column)}::text in (${Prisma.join([...statuses])})`;
}
